//! What the window shows: the banner, a notice about the schedule file, then the home screen
//! or a category's details, and the settings bar.

mod banner;
mod details;
mod fleet;
pub mod home;
mod notice;
pub mod widgets;

use iced::widget::{column, container, row, scrollable, stack, text};
use iced::{Alignment, Element, Length};

use super::app::{App, Screen};
use super::kiosk::{self, Idle};
use super::message::{Message, ScaleStep};
use super::theme::{Colors, ThemeChoice};
use crate::i18n::strings;
use widgets::{BANNER, BODY, HUGE, SMALL, choice, choice_sized};

/// The page's scrollable: screen changes snap it back to the top.
pub static PAGE: std::sync::LazyLock<iced::widget::Id> =
    std::sync::LazyLock::new(|| iced::widget::Id::new("page"));

/// How the page is laid out for the space it has: the window in logical pixels divided by
/// the text size. Narrow spaces stack what sits side by side; short ones tighten the
/// banner, the footer and the gaps, so what a resident needs stays on the first screen.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fit {
    pub width: f32,
    pub height: f32,
}

impl Fit {
    pub fn of(app: &App) -> Fit {
        let size = app.layout_size();
        Fit {
            width: size.width,
            height: size.height,
        }
    }

    /// Too narrow for the QR code beside the details, or for large digits side by side.
    pub fn narrow(&self) -> bool {
        self.width < 1100.0
    }

    /// Too short for a roomy banner and gaps (800×600 at ordinary text size is short).
    pub fn short(&self) -> bool {
        self.height < 620.0
    }

    /// Tile columns: as many as fit at about 400 px each, one when that is all there is.
    pub fn columns(&self) -> usize {
        ((self.width - 48.0) / 400.0).floor().clamp(1.0, 3.0) as usize
    }

    /// The meeting ID and passcode's size.
    pub fn huge(&self) -> f32 {
        match (self.narrow(), self.short()) {
            // Small enough that the ID and the passcode still share a line at 512 px.
            (true, true) if self.width < 600.0 => 30.0,
            (true, true) => 36.0,
            (true, false) => 40.0,
            _ => HUGE,
        }
    }

    /// Space between blocks.
    pub fn gap(&self) -> f32 {
        if self.short() { 8.0 } else { 18.0 }
    }

    /// The height left for the page under the banner and above the footer (estimated from
    /// the text sizes they use at this fit).
    pub fn page_room(&self) -> f32 {
        let (banner, bar) = if self.short() {
            (2.0 * (BODY + 2.0) * 1.3 + 8.0, SMALL * 1.3 + 16.0 + 6.0)
        } else {
            (
                BANNER * 1.3 + BODY * 1.3 * 2.0 + 32.0,
                SMALL * 1.3 + 16.0 + 22.0,
            )
        };
        self.height - banner - bar - self.page_padding().y()
    }

    pub fn page_padding(&self) -> iced::Padding {
        if self.short() {
            iced::Padding::from([8, 12])
        } else {
            iced::Padding::from([20, 24])
        }
    }
}

pub fn view(app: &App) -> Element<'_, Message> {
    // One line per view built: the benchmark counts them (RUST_LOG=loket::redraw=trace).
    tracing::trace!(target: "loket::redraw", "view built");
    let colors = Colors::of(app.prefs.theme);
    let fit = Fit::of(app);
    let body: Element<'_, Message> = match (&app.kiosk, app.screen) {
        (Some(kiosk), _) if kiosk.pin.is_some() => {
            kiosk::view::pin_entry(kiosk, app.lang, colors, app.clock_now()).map(Message::Kiosk)
        }
        (_, Screen::Category(index)) => match (app.category(), app.selected_host()) {
            (Some((_, category)), Some(host)) => {
                details::view(app, index, category, host, colors, fit)
            }
            _ => home::view(app, colors, fit),
        },
        (_, Screen::Home) => home::view(app, colors, fit),
    };
    let mut page = column![banner::view(app, colors, fit)];
    // Notices about the schedule file are for staff: a kiosk's residents never see them
    // (the log has them).
    if app.kiosk.is_none()
        && let Some(notice) = notice::view(app, colors)
    {
        page = page.push(notice);
    }
    if app.kiosk.is_none()
        && let Some(fleet) = fleet::view(app, colors)
    {
        page = page.push(fleet);
    }
    let page = page
        .push(
            scrollable(container(body).padding(fit.page_padding()))
                .id(PAGE.clone())
                .direction(scrollable::Direction::Vertical(
                    scrollable::Scrollbar::new()
                        .width(16)
                        .scroller_width(16)
                        .spacing(2),
                ))
                .style(move |theme, status| scrollbar_style(theme, status, colors))
                .height(Length::Fill)
                .width(Length::Fill),
        )
        .push(settings_bar(app, colors, fit));
    // The idle warning lies over the screen, which stays in view behind it.
    let idle = app.live.schedule.kiosk.idle_minutes;
    match &app.kiosk {
        Some(kiosk) if kiosk.pin.is_none() => match kiosk.idle(app.clock_now(), idle) {
            Idle::Active => page.into(),
            warned => stack![
                page,
                kiosk::view::idle_warning(warned, app.lang, colors).map(Message::Kiosk)
            ]
            .into(),
        },
        _ => page.into(),
    }
}

/// A wide scrollbar in the text colour on a bordered rail: a plain sign that more is below.
fn scrollbar_style(
    theme: &iced::Theme,
    status: scrollable::Status,
    colors: Colors,
) -> scrollable::Style {
    let mut style = scrollable::default(theme, status);
    let rail = scrollable::Rail {
        background: Some(iced::Background::Color(colors.surface)),
        border: iced::Border::default().width(1).color(colors.border),
        scroller: scrollable::Scroller {
            background: iced::Background::Color(colors.text),
            border: iced::Border::default().rounded(8),
        },
    };
    style.vertical_rail = rail;
    style
}

/// Language, text size and (for staff) the theme: one compact row that never scrolls
/// away, so they are always one tap away at any text size.
fn settings_bar(app: &App, colors: Colors, fit: Fit) -> Element<'_, Message> {
    let s = strings(app.lang);
    let theme_label = match app.prefs.theme {
        ThemeChoice::Light => s.theme_light,
        ThemeChoice::Dark => s.theme_dark,
        ThemeChoice::HighContrast => s.theme_contrast,
    };
    let large = app.kiosk.is_some();
    let mut bar = row![
        choice_sized(
            format!("Aa · {}", app.lang.next().native_name()),
            Message::ToggleLanguage,
            false,
            colors,
            large,
        ),
        choice_sized(
            "A−".to_owned(),
            Message::Scale(ScaleStep::Down),
            false,
            colors,
            large
        ),
        choice_sized(
            "A+".to_owned(),
            Message::Scale(ScaleStep::Up),
            false,
            colors,
            large
        ),
    ]
    .spacing(8)
    .align_y(Alignment::Center);
    // A kiosk is used by residents with their fingers: language and text size only.
    // Always on screen: the details (or at home, the banner) read aloud.
    bar = bar.push(choice_sized(
        if app.is_reading() {
            s.stop_reading.to_owned()
        } else {
            s.read_aloud.to_owned()
        },
        Message::ReadAloud,
        app.is_reading(),
        colors,
        large,
    ));
    // Staff's theme button: left out where it would push the footer onto a second row
    // (large text on a small screen); it is there at any ordinary size.
    if app.kiosk.is_none() && fit.width >= 640.0 {
        bar = bar.push(choice(
            format!("{}: {theme_label}", s.theme),
            Message::SetTheme(app.prefs.theme.next()),
            false,
            colors,
        ));
        if !fit.short() && fit.width >= 1300.0 {
            let hint = crate::i18n::keys_hint(app.lang, app.schedule().categories.len());
            bar = bar.push(text(hint).size(SMALL).color(colors.muted));
        }
    }
    let background = colors.surface;
    container(bar.wrap())
        .padding(if fit.short() { [2, 12] } else { [10, 24] })
        .width(Length::Fill)
        .style(move |_| container::Style {
            background: Some(iced::Background::Color(background)),
            text_color: Some(colors.text),
            border: iced::Border::default().width(1).color(colors.border),
            ..container::Style::default()
        })
        .into()
}
