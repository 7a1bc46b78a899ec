//! What the window shows: the banner, a notice about the schedule file, then the home screen
//! or a category's details, and the settings bar.

mod banner;
mod details;
mod home;
mod notice;
pub mod widgets;

use iced::widget::{column, container, row, scrollable, space, text, text_input};
use iced::{Alignment, Element, Length};

use super::app::{App, Screen};
use super::message::{Message, ScaleStep};
use super::theme::{Colors, ThemeChoice};
use crate::i18n::strings;
use widgets::{BODY, BOLD, SMALL, choice, panel};

pub fn view(app: &App) -> Element<'_, Message> {
    // One line per view built: the benchmark counts them (RUST_LOG=loket::redraw=trace).
    tracing::trace!(target: "loket::redraw", "view built");
    let colors = Colors::of(app.prefs.theme);
    let body: Element<'_, Message> = match (&app.kiosk, app.screen) {
        (Some(kiosk), _) if kiosk.pin.is_some() => pin_entry(app, colors),
        (_, Screen::Category(index)) => match (app.category(), app.selected_host()) {
            (Some((_, category)), Some(host)) => details::view(app, index, category, host, colors),
            _ => home::view(app, colors),
        },
        (_, Screen::Home) => home::view(app, colors),
    };
    let mut page = column![banner::view(app, colors)];
    if let Some(notice) = notice::view(app, colors) {
        page = page.push(notice);
    }
    page.push(
        scrollable(container(body).padding([20, 24]))
            .height(Length::Fill)
            .width(Length::Fill),
    )
    .push(settings_bar(app, colors))
    .into()
}

/// Language, theme and text size: a footer that never scrolls away, so they are always one
/// tap away.
fn settings_bar(app: &App, colors: Colors) -> Element<'_, Message> {
    let s = strings(app.lang);
    let theme_label = |choice: ThemeChoice| match choice {
        ThemeChoice::Light => s.theme_light,
        ThemeChoice::Dark => s.theme_dark,
        ThemeChoice::HighContrast => s.theme_contrast,
    };
    let themes = ThemeChoice::ALL.into_iter().map(|t| {
        choice(
            theme_label(t).to_owned(),
            Message::SetTheme(t),
            app.prefs.theme == t,
            colors,
        )
    });
    let language = choice(
        app.lang.next().native_name().to_owned(),
        Message::ToggleLanguage,
        false,
        colors,
    );
    let text_size = row![
        text(s.text_size).size(SMALL),
        choice(
            "A-".to_owned(),
            Message::Scale(ScaleStep::Down),
            false,
            colors
        ),
        choice(
            "A+".to_owned(),
            Message::Scale(ScaleStep::Up),
            false,
            colors
        ),
    ]
    .spacing(8)
    .align_y(Alignment::Center);
    // A kiosk is used by residents with their fingers: language and text size only.
    let content = if app.kiosk.is_some() {
        column![row![language, space::horizontal().width(24), text_size].align_y(Alignment::Center)]
    } else {
        let bar = row![
            language,
            space::horizontal().width(12),
            text(s.theme).size(SMALL),
            row(themes).spacing(8),
            space::horizontal().width(12),
            text_size,
        ]
        .spacing(8)
        .align_y(Alignment::Center)
        .wrap();
        column![bar, text(s.keys_hint).size(SMALL).color(colors.muted)].spacing(8)
    };
    let background = colors.surface;
    container(content)
        .padding([12, 24])
        .width(Length::Fill)
        .style(move |_| container::Style {
            background: Some(iced::Background::Color(background)),
            text_color: Some(colors.text),
            border: iced::Border::default().width(1).color(colors.border),
            ..container::Style::default()
        })
        .into()
}

/// Leaving kiosk mode asks for the schedule's PIN.
fn pin_entry(app: &App, colors: Colors) -> Element<'_, Message> {
    let s = strings(app.lang);
    let pin = app
        .kiosk
        .as_ref()
        .and_then(|k| k.pin.clone())
        .unwrap_or_default();
    let wrong = app.kiosk.as_ref().is_some_and(|k| k.wrong_pin);
    let mut content = column![
        text(s.kiosk_exit_pin).size(BODY).font(BOLD),
        text_input("PIN", &pin)
            .secure(true)
            .size(BODY)
            .padding(12)
            .width(240)
            .on_input(Message::PinInput)
            .on_submit(Message::PinSubmit),
        row![
            choice(s.leave_kiosk.to_owned(), Message::PinSubmit, true, colors),
            choice(s.cancel.to_owned(), Message::PinCancel, false, colors),
        ]
        .spacing(10),
    ]
    .spacing(14);
    if wrong {
        content = content.push(text(s.wrong_pin).size(BODY).font(BOLD).color(colors.closed));
    }
    container(panel(content, colors).width(480))
        .center_x(Length::Fill)
        .into()
}
