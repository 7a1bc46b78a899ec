//! What kiosk mode draws over the screen: the PIN box for staff, and the idle warning for
//! a resident who may have walked away.

use chrono::{DateTime, Utc};
use iced::widget::{column, container, mouse_area, row, text, text_input};
use iced::{Alignment, Background, Color, Element, Length};

use super::{Idle, Kiosk, Message};
use crate::i18n::{self, strings};
use crate::text::Lang;
use crate::ui::icons;
use crate::ui::theme::Colors;
use crate::ui::view::widgets::{self, BODY, BOLD, HEADING, choice_sized, panel};

/// The PIN box, focused when it opens.
pub static PIN: std::sync::LazyLock<iced::widget::Id> =
    std::sync::LazyLock::new(|| iced::widget::Id::new("kiosk-pin"));

/// Leaving kiosk mode asks for the schedule's PIN; after a wrong one, how long the next
/// try waits.
pub fn pin_entry(
    kiosk: &Kiosk,
    lang: Lang,
    colors: Colors,
    now: DateTime<Utc>,
) -> Element<'_, Message> {
    let s = strings(lang);
    let pin = kiosk.pin.clone().unwrap_or_default();
    let mut content = column![
        text(s.kiosk_exit_pin).size(BODY).font(BOLD),
        text_input("PIN", &pin)
            .id(PIN.clone())
            .secure(true)
            .size(BODY)
            .padding(12)
            .width(240)
            .on_input(Message::PinInput)
            .on_submit(Message::PinSubmit),
        row![
            choice_sized(
                s.leave_kiosk.to_owned(),
                Message::PinSubmit,
                true,
                colors,
                true,
                false
            ),
            choice_sized(
                s.cancel.to_owned(),
                Message::PinCancel,
                false,
                colors,
                true,
                false
            ),
        ]
        .spacing(10)
        .wrap(),
    ]
    .spacing(14);
    if kiosk.wrong_pin {
        let said = match kiosk.pin_wait(now) {
            Some(wait) => i18n::wrong_pin_wait(lang, wait.num_seconds() + 1),
            None => s.wrong_pin.to_owned(),
        };
        content = content.push(
            widgets::wrapping(said)
                .size(BODY)
                .font(BOLD)
                .color(colors.closed),
        );
    }
    container(panel(content, colors).max_width(520))
        .center_x(Length::Fill)
        .into()
}

/// Before the kiosk starts over: a plain question, the seconds left and one big button, in
/// a band at the foot of the screen over a light veil, so what the resident was reading
/// (a meeting ID being typed into a phone) stays in view. A touch anywhere counts as more
/// time; keys only wake the screen (the policy in [`super::Kiosk::admit`]).
pub fn idle_warning<'a>(idle: Idle, lang: Lang, colors: Colors) -> Element<'a, Message> {
    let s = strings(lang);
    let seconds = match idle {
        Idle::Warning(seconds) => seconds,
        _ => 0,
    };
    let band = panel(
        row![
            widgets::wrapping(i18n::idle_warning(lang, seconds))
                .size(HEADING)
                .font(BOLD)
                .width(Length::Fill),
            widgets::action(
                &icons::CLOSING,
                s.more_time,
                Message::MoreTime,
                widgets::Emphasis::Primary,
                colors,
                false,
            ),
        ]
        .spacing(24)
        .align_y(Alignment::Center)
        .wrap(),
        colors,
    )
    .max_width(1100);
    let veil = Color {
        a: 0.35,
        ..colors.text
    };
    mouse_area(
        container(band)
            .padding(16)
            .width(Length::Fill)
            .height(Length::Fill)
            .align_x(Alignment::Center)
            .align_y(Alignment::End)
            .style(move |_| container::Style {
                background: Some(Background::Color(veil)),
                ..container::Style::default()
            }),
    )
    .on_press(Message::MoreTime)
    .into()
}
