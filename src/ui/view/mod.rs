//! What the window shows: the banner, staff's strips about the schedule file and the fleet,
//! then the home screen or a category's details, and the footer. Views read a [`Context`]
//! and their own component's state, never the shell.

mod banner;
mod fleet;
pub mod home;
mod notice;
pub mod widgets;

pub use notice::has_strip;

use chrono::DateTime;
use chrono_tz::Tz;
use iced::widget::{column, container, scrollable, stack};
use iced::{Element, Length};

use super::app::App;
use super::details::{self, Screen};
use super::kiosk::{self, Idle};
use super::message::Message;
use super::theme::Colors;
use super::{icons, settings, voice};
use crate::calendar::Status;
use crate::i18n::strings;
use crate::schedule::Schedule;
use crate::text::Lang;
use widgets::{BANNER, BODY, HUGE, SMALL};

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
    pub fn new(size: iced::Size) -> Fit {
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

/// What every view reads besides its own component's state: the schedule and its
/// statuses, the time, the language, the colours and the room there is.
#[derive(Clone, Copy)]
pub struct Context<'a> {
    pub schedule: &'a Schedule,
    pub statuses: &'a [Status],
    pub overall: &'a Status,
    /// Now in the schedule's zone, as of the last tick.
    pub now: DateTime<Tz>,
    pub lang: Lang,
    pub colors: Colors,
    pub fit: Fit,
    pub kiosk: bool,
    /// "Open in browser" is offered.
    pub browser_allowed: bool,
    /// "Print" is offered.
    pub print_allowed: bool,
    /// "Send to phone" is offered (a counter, never a kiosk).
    pub send_allowed: bool,
    /// The control with the keyboard's focus ring, if any.
    pub focused: Option<&'a Message>,
}

impl Context<'_> {
    /// Whether the control that sends `message` has the focus ring.
    pub fn has_focus(&self, message: impl Into<Message>) -> bool {
        self.focused
            .is_some_and(|focused| *focused == message.into())
    }
}

impl<'a> Context<'a> {
    pub fn of(app: &'a App) -> Context<'a> {
        Context {
            schedule: app.schedule(),
            statuses: &app.feed.statuses,
            overall: &app.feed.overall,
            now: app.local_now(),
            lang: app.settings.lang,
            colors: Colors::of(app.settings.theme()),
            fit: Fit::new(app.layout_size()),
            kiosk: app.kiosk.is_some(),
            browser_allowed: app.browser_allowed(),
            print_allowed: app.print_allowed(),
            send_allowed: app.kiosk.is_none(),
            focused: app.focused.as_ref(),
        }
    }
}

/// The shell's view: the banner, staff's strips, the page of the screen showing (or the PIN
/// box), the footer, and the idle warning over it all.
pub fn view(app: &App) -> Element<'_, Message> {
    // One line per view built: the benchmark counts them (RUST_LOG=loket::redraw=trace).
    tracing::trace!(target: "loket::redraw", "view built");
    let context = Context::of(app);
    let (colors, fit) = (context.colors, context.fit);
    let body: Element<'_, Message> = match (&app.kiosk, app.details.screen) {
        (Some(kiosk), _) if kiosk.pin.is_some() => {
            kiosk::view::pin_entry(kiosk, context.lang, colors, app.clock_now()).map(Message::Kiosk)
        }
        _ if app.settings.chooser_open => settings::chooser(
            &app.settings,
            colors,
            app.focused.as_ref(),
            Message::Settings,
        ),
        (_, Screen::Category(index)) => match (app.category(), app.selected_host()) {
            (Some((_, category)), Some(host)) => {
                details::view::view(&app.details, &app.voice, context, index, category, host)
                    .map(Message::Details)
            }
            _ => home::view(&app.voice, &app.feed, context).map(Message::Details),
        },
        (_, Screen::Home) => home::view(&app.voice, &app.feed, context).map(Message::Details),
    };
    let mut page = column![banner::view(context)];
    // Notices about the schedule file are for staff: a kiosk's residents never see them
    // (the log has them).
    if !context.kiosk {
        page = page
            .extend(notice::view(&app.feed, context).map(|strip| strip.map(Message::Feed)))
            .extend(fleet::view(&app.feed, context).map(|strip| strip.map(Message::Feed)))
            .extend(notice::locales(&app.feed, context).map(|strip| strip.map(Message::Feed)));
    }
    // Counts for staff (never at a kiosk): a failing store is a strip, today's number sits
    // in the footer.
    let (counts_trouble, counts_today) = match app.counts_line() {
        Some((true, line)) => (Some(line), None),
        Some((false, line)) => (None, Some(line)),
        None => (None, None),
    };
    if let Some(line) = counts_trouble {
        page = page.push(notice::plain(&icons::WARNING, line, colors));
    }
    let reading = app.voice.is_reading();
    let s = strings(context.lang);
    let footer = settings::Footer {
        read_aloud: (
            if reading {
                s.stop_reading
            } else {
                s.read_aloud
            },
            Message::Voice(voice::Message::ReadAloud),
            reading,
        ),
        kiosk: context.kiosk,
        categories: context.schedule.categories.len(),
        width: fit.width,
        short: fit.short(),
        focused: app.focused.clone(),
        counts: counts_today,
    };
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
        .push(settings::view(
            &app.settings,
            footer,
            colors,
            Message::Settings,
        ));
    // The idle warning lies over the screen, which stays in view behind it.
    let idle = context.schedule.kiosk.idle_minutes;
    match &app.kiosk {
        Some(kiosk) if kiosk.pin.is_none() => match kiosk.idle(app.clock_now(), idle) {
            Idle::Active => page.into(),
            warned => stack![
                page,
                kiosk::view::idle_warning(warned, context.lang, colors).map(Message::Kiosk)
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
