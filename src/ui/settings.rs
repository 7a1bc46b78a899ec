//! The settings component: language, text size, theme and fullscreen, what the officer
//! chose on screen. Remembered in the user's config dir (written on the writer thread), but
//! never at a kiosk, where each resident starts from the settings kiosk mode began with.

use std::path::PathBuf;

use iced::widget::{button, column, container, row, text};
use iced::{Alignment, Element, Length, Task, window};

use super::background;
use super::prefs::{Prefs, SCALE_STEP};
use super::theme::{Colors, ThemeChoice};
use super::view::widgets::{
    BODY, BOLD, HEADING, SMALL, choice, choice_look, choice_sized, wrapping,
};
use crate::i18n::{self, strings};
use crate::text::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Message {
    SetLanguage(Lang),
    /// L, and the language button with two languages: the next language.
    ToggleLanguage,
    /// The language button with more than two languages: the chooser opens.
    OpenChooser,
    /// Esc or Back in the chooser.
    CloseChooser,
    SetTheme(ThemeChoice),
    Scale(ScaleStep),
    ToggleFullscreen,
    /// The settings file was written (or could not be: the log says why).
    Saved,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScaleStep {
    Up,
    Down,
    Reset,
}

#[derive(Debug)]
pub struct Settings {
    pub prefs: Prefs,
    /// Where preferences are kept; `None` keeps them in memory only (tests, kiosks).
    path: Option<PathBuf>,
    /// The language shown: the chosen one, or else the schedule's.
    pub lang: Lang,
    /// What the schedule offers and Loket has words for, in the schedule's order.
    pub offered: Vec<Lang>,
    /// The chooser of languages is open (more than two offered).
    pub chooser_open: bool,
    /// The settings as the window started: a kiosk's next resident starts from them.
    initial: Prefs,
    pub fullscreen: bool,
}

impl Settings {
    /// Reads the settings file (if any) and starts in `start` (`--lang`, else the
    /// schedule's) unless a language was chosen. A kiosk keeps nothing it is given.
    pub fn load(path: Option<PathBuf>, start: Lang, offered: Vec<Lang>, kiosk: bool) -> Settings {
        let prefs = path.as_deref().map(Prefs::load).unwrap_or_default();
        let chosen = prefs.language.filter(|lang| offered.contains(lang));
        Settings {
            lang: chosen.unwrap_or(start),
            offered,
            chooser_open: false,
            initial: prefs.clone(),
            prefs,
            path: path.filter(|_| !kiosk),
            fullscreen: kiosk,
        }
    }

    /// The languages a schedule offers that Loket has words for (a language without a
    /// translation file is left out; the log says so).
    pub fn available(listed: &[Lang]) -> Vec<Lang> {
        let catalog = crate::locale::current();
        listed
            .iter()
            .copied()
            .filter(|lang| {
                let has = catalog.has(*lang);
                if !has {
                    tracing::warn!(%lang, "the schedule offers a language Loket has no words for");
                }
                has
            })
            .collect()
    }

    /// The language after the one shown, in the schedule's order.
    fn next_language(&self) -> Lang {
        let at = self.offered.iter().position(|l| *l == self.lang);
        let next = at.map_or(0, |i| (i + 1) % self.offered.len().max(1));
        self.offered.get(next).copied().unwrap_or(self.lang)
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::SetLanguage(lang) => {
                self.chooser_open = false;
                self.set_language(lang)
            }
            Message::ToggleLanguage => self.set_language(self.next_language()),
            Message::OpenChooser => {
                self.chooser_open = true;
                Task::none()
            }
            Message::CloseChooser => {
                self.chooser_open = false;
                Task::none()
            }
            Message::SetTheme(choice) => {
                self.prefs.theme = choice;
                self.save()
            }
            Message::Scale(step) => {
                let scale = match step {
                    ScaleStep::Up => self.prefs.scale + SCALE_STEP,
                    ScaleStep::Down => self.prefs.scale - SCALE_STEP,
                    ScaleStep::Reset => 1.0,
                };
                self.prefs.scale = Prefs::clamp_scale(scale);
                self.save()
            }
            Message::ToggleFullscreen => {
                self.fullscreen = !self.fullscreen;
                let mode = if self.fullscreen {
                    window::Mode::Fullscreen
                } else {
                    window::Mode::Windowed
                };
                window::latest().and_then(move |id| window::set_mode(id, mode))
            }
            Message::Saved => Task::none(),
        }
    }

    fn set_language(&mut self, lang: Lang) -> Task<Message> {
        self.lang = lang;
        self.prefs.language = Some(lang);
        self.save()
    }

    /// A new schedule: its languages are offered, and its start language shown unless one
    /// of the offered was chosen.
    pub fn schedule_languages(&mut self, start: Lang, offered: Vec<Lang>) {
        self.offered = offered;
        let chosen = self
            .prefs
            .language
            .filter(|lang| self.offered.contains(lang));
        self.lang = chosen.unwrap_or(start);
        if self.offered.len() <= 2 {
            self.chooser_open = false;
        }
    }

    /// The language button: the chooser with more than two languages, else the other one.
    pub fn language_button(&self) -> Message {
        if self.offered.len() > 2 {
            Message::OpenChooser
        } else {
            Message::ToggleLanguage
        }
    }

    /// Whether the settings are as the window started, in `schedule_lang`.
    pub fn untouched(&self, schedule_lang: Lang) -> bool {
        self.prefs == self.initial && self.lang == schedule_lang && !self.chooser_open
    }

    /// The next resident at a kiosk: the starting settings, the schedule's language.
    pub fn reset(&mut self, schedule_lang: Lang) {
        self.prefs = self.initial.clone();
        self.lang = schedule_lang;
        self.chooser_open = false;
    }

    pub fn scale(&self) -> f32 {
        self.prefs.scale
    }

    pub fn theme(&self) -> ThemeChoice {
        self.prefs.theme
    }

    /// Writes the settings on the writer thread (atomically, with fsync).
    fn save(&self) -> Task<Message> {
        let Some(path) = self.path.clone() else {
            return Task::none();
        };
        let prefs = self.prefs.clone();
        Task::perform(
            background::write(move || {
                if let Err(error) = prefs.save(&path) {
                    tracing::warn!(path = %path.display(), %error, "could not save settings");
                }
            }),
            |()| Message::Saved,
        )
    }
}

/// What the footer holds besides the settings: Read aloud (and whether it is reading).
pub struct Footer<'a, M> {
    pub read_aloud: (&'a str, M, bool),
    pub kiosk: bool,
    pub categories: usize,
    pub width: f32,
    pub short: bool,
    /// The control with the keyboard's focus ring, if any.
    pub focused: Option<M>,
    /// "Today: 23 residents helped", for staff.
    pub counts: Option<String>,
}

/// Language, text size, Read aloud and (for staff) the theme: one compact row that never
/// scrolls away, so they are always one tap away at any text size.
pub fn view<'a, M: Clone + PartialEq + 'a>(
    settings: &Settings,
    footer: Footer<'a, M>,
    colors: Colors,
    wrap: impl Fn(Message) -> M,
) -> Element<'a, M> {
    let s = strings(settings.lang);
    let theme_label = match settings.prefs.theme {
        ThemeChoice::Light => s.theme_light,
        ThemeChoice::Dark => s.theme_dark,
        ThemeChoice::HighContrast => s.theme_contrast,
    };
    // A kiosk is used by residents with their fingers: large buttons.
    let large = footer.kiosk;
    let (read_label, read_message, reading) = footer.read_aloud;
    let read_focused = footer.focused.as_ref() == Some(&read_message);
    // With two languages the button names the other one; with more it opens the chooser.
    let language_button = settings.language_button();
    let language_label = match language_button {
        Message::OpenChooser => format!("Aa · {}", s.language),
        _ => format!("Aa · {}", settings.next_language().native_name()),
    };
    let mut bar = row![
        choice_sized(
            language_label,
            wrap(language_button),
            settings.chooser_open,
            colors,
            large,
            footer.focused.as_ref() == Some(&wrap(language_button)),
        ),
        choice_sized(
            "A−".to_owned(),
            wrap(Message::Scale(ScaleStep::Down)),
            false,
            colors,
            large,
            footer.focused.as_ref() == Some(&wrap(Message::Scale(ScaleStep::Down)))
        ),
        choice_sized(
            "A+".to_owned(),
            wrap(Message::Scale(ScaleStep::Up)),
            false,
            colors,
            large,
            footer.focused.as_ref() == Some(&wrap(Message::Scale(ScaleStep::Up)))
        ),
        choice_sized(
            read_label.to_owned(),
            read_message,
            reading,
            colors,
            large,
            read_focused
        ),
    ]
    .spacing(8)
    .align_y(Alignment::Center);
    // Staff's theme button: left out where it would push the footer onto a second row
    // (large text on a small screen); it is there at any ordinary size.
    if !footer.kiosk && footer.width >= 640.0 {
        bar = bar.push(choice(
            format!("{}: {theme_label}", s.theme),
            wrap(Message::SetTheme(settings.prefs.theme.next())),
            false,
            colors,
            footer.focused.as_ref() == Some(&wrap(Message::SetTheme(settings.prefs.theme.next()))),
        ));
        if let Some(line) = footer.counts {
            bar = bar.push(text(line).size(SMALL).color(colors.muted));
        }
        if !footer.short && footer.width >= 1300.0 {
            let hint = i18n::keys_hint(settings.lang, footer.categories);
            bar = bar.push(text(hint).size(SMALL).color(colors.muted));
        }
    }
    let background = colors.surface;
    container(bar.wrap())
        .padding(if footer.short { [2, 12] } else { [10, 24] })
        .width(Length::Fill)
        .style(move |_| container::Style {
            background: Some(iced::Background::Color(background)),
            text_color: Some(colors.text),
            border: iced::Border::default().width(1).color(colors.border),
            ..container::Style::default()
        })
        .into()
}

/// The chooser: every offered language in its own name and script, large enough for a
/// finger, the one shown marked; a draft translation says so in the language on screen.
pub fn chooser<'a, M: Clone + PartialEq + 'a>(
    settings: &Settings,
    colors: Colors,
    focused: Option<&M>,
    wrap: impl Fn(Message) -> M,
) -> Element<'a, M> {
    let s = strings(settings.lang);
    let catalog = crate::locale::current();
    let mut list = column![text(s.choose_language).size(HEADING).font(BOLD)].spacing(14);
    for lang in &settings.offered {
        let language = catalog.get(*lang);
        let name = language.map_or_else(|| lang.code().to_owned(), |l| l.name.clone());
        let draft = language.is_some_and(|l| l.draft);
        let message = wrap(Message::SetLanguage(*lang));
        let has_focus = focused == Some(&message);
        let label = if draft {
            format!("{name}  ({})", s.draft_translation)
        } else {
            name
        };
        let (foreground, style) = choice_look(*lang == settings.lang, colors, has_focus);
        list = list.push(
            button(wrapping(label).size(BODY).font(BOLD).color(foreground))
                .width(Length::Fill)
                .padding([16, 24])
                .on_press(message)
                .style(style),
        );
    }
    container(list.max_width(720)).width(Length::Fill).into()
}
