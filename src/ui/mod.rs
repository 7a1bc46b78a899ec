//! The window (iced, tiny-skia renderer): a shell (`app`) routing messages between its
//! components (feed, details, settings, voice, kiosk), each with its state, update and view.

pub mod app;
mod background;
pub mod details;
pub mod feed;
pub mod fleet;
pub mod focus;
pub mod icons;
pub mod keys;
pub mod kiosk;
pub mod message;
pub mod prefs;
pub mod settings;
pub mod theme;
mod ticks;
pub mod view;
pub mod voice;

use std::borrow::Cow;
use std::process::ExitCode;

use iced::{Size, window};

pub use app::{App, Options};
use view::widgets::{BODY, FONT};

/// The application id: the window's class on X11 and Wayland, and the .desktop file's name.
pub const APP_ID: &str = "io.loket.Loket";

pub const FONT_REGULAR: &[u8] = crate::fonts::REGULAR;
pub const FONT_BOLD: &[u8] = crate::fonts::BOLD;

/// Fonts are embedded: a kiosk with no system fonts would otherwise draw blank labels.
pub fn settings() -> iced::Settings {
    iced::Settings {
        id: Some(APP_ID.to_owned()),
        fonts: vec![
            Cow::Borrowed(FONT_REGULAR),
            Cow::Borrowed(FONT_BOLD),
            Cow::Borrowed(icons::FONT_BYTES),
        ],
        default_font: FONT,
        default_text_size: BODY.into(),
        antialiasing: true,
        ..iced::Settings::default()
    }
}

/// The window's first size: it fits a 1024×768 screen with a panel. It also opens
/// maximised, so under a window manager it fills the screen's work area, whatever that is.
pub const DEFAULT_SIZE: Size = Size::new(1024.0, 700.0);

fn window_settings(kiosk: bool, scale: f32) -> window::Settings {
    window::Settings {
        size: Size::new(DEFAULT_SIZE.width / scale, DEFAULT_SIZE.height / scale),
        maximized: !kiosk,
        min_size: Some(Size::new(640.0, 480.0)),
        fullscreen: kiosk,
        decorations: !kiosk,
        // The window decides: a kiosk refuses Alt+F4 and the window menu's Close.
        exit_on_close_request: false,
        // The Wayland app id and X11 class (the desktop entry's StartupWMClass); Linux only.
        #[cfg(target_os = "linux")]
        platform_specific: window::settings::PlatformSpecific {
            application_id: APP_ID.to_owned(),
            ..Default::default()
        },
        ..window::Settings::default()
    }
}

/// Why no window can be opened here, if that is already clear before trying.
fn missing_display() -> Option<&'static str> {
    if cfg!(all(unix, not(target_os = "macos"))) {
        let set = |name| std::env::var_os(name).is_some_and(|v| !v.is_empty());
        if !set("DISPLAY") && !set("WAYLAND_DISPLAY") {
            return Some(
                "no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Start Loket from a desktop session, or use `loket status` in a terminal.",
            );
        }
    }
    None
}

/// winit panics when a system library it loads at run time is missing; say that in one
/// plain sentence instead of a backtrace.
fn explain_start_up_failures() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let message = info
            .payload()
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| info.payload().downcast_ref::<&str>().copied())
            .unwrap_or("");
        let library = [
            "LibraryOpenError",
            "XOpenDisplayFailed",
            "NoWaylandLib",
            "libxkbcommon",
        ]
        .iter()
        .any(|needle| message.contains(needle));
        if library {
            // One sentence, naming the library when the error does, never a debug dump.
            let what = match library_named_in(message) {
                Some(name) => format!("the system library {name} is missing"),
                None => {
                    "a system library is missing or the display refused the connection".to_owned()
                }
            };
            eprintln!(
                "loket: cannot open a window: {what}; on Debian or Ubuntu run ./scripts/install-deps.sh."
            );
            std::process::exit(2);
        }
        default(info);
    }));
}

/// The shared library an error message names (`libxkbcommon-x11.so.0`), if any.
fn library_named_in(message: &str) -> Option<&str> {
    message.match_indices("lib").find_map(|(start, _)| {
        let rest = &message[start..];
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '+')))
            .unwrap_or(rest.len());
        let name = rest[..end].trim_end_matches('.');
        name.contains(".so").then_some(name)
    })
}

/// Opens the window and runs until it is closed.
pub fn run(options: Options) -> ExitCode {
    if let Some(reason) = missing_display() {
        eprintln!("loket: {reason}");
        return ExitCode::from(2);
    }
    explain_start_up_failures();
    // The user's config folder is watched for a schedule saved there while Loket runs, and
    // a fleet's cache folder for new verified versions; a folder that does not exist
    // cannot be watched.
    for path in options.search.watched_folders_to_create() {
        let _ = std::fs::create_dir_all(path);
    }
    let kiosk = options.kiosk;
    // iced multiplies the first size by the text size: divide it out, so the window opens
    // at DEFAULT_SIZE whatever the text size.
    let scale = options
        .prefs_path
        .as_deref()
        .map_or(1.0, |path| prefs::Prefs::load(path).scale);
    let boot = move || {
        let mut app = App::new(options.clone());
        let startup = app.startup();
        // Maximised (or, in kiosk mode, fullscreen) as the window appears: some window
        // managers and kiosk compositors (cage) ignore the hint given at creation.
        let maximise = if kiosk {
            kiosk::screen::fill_the_screen().map(message::Message::Kiosk)
        } else {
            window::latest().and_then(|id| window::maximize(id, true))
        };
        (app, iced::Task::batch([maximise, startup]))
    };
    let result = iced::application(boot, App::update, view::view)
        .title(App::title)
        .theme(App::theme)
        .subscription(App::subscription)
        .scale_factor(App::scale_factor)
        .settings(settings())
        .window(window_settings(kiosk, scale))
        .run();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("loket: cannot open the window: {error}");
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_missing_library_is_named_in_one_sentence() {
        let dump = r#"called `Result::unwrap()` on an `Err` value: LibraryOpenError(OpenError { kind: Library, detail: "opening library failed (libxkbcommon-x11.so.0: cannot open shared object file: No such file or directory); opening library failed (libxkbcommon-x11.so: cannot open)" })"#;
        assert_eq!(super::library_named_in(dump), Some("libxkbcommon-x11.so.0"));
        assert_eq!(super::library_named_in("XOpenDisplayFailed"), None);
    }
}
