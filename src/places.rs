//! Where Loket's files live (the same places in code, README, packages and the window's
//! notices) and the one bounded way to read a schedule file. Shared by the schedule's
//! sources and the fleet's cache, so neither depends on the other for them.

use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::schedule::{self, MAX_FILE_BYTES};

pub const FILE_NAME: &str = "schedule.ron";

/// On Windows one folder per kind, all named `Loket` (what the installer, the README and the
/// window's notices say): the machine's in `%ProgramData%\Loket`, the user's in
/// `%APPDATA%\Loket`, Loket's own (logs, the last good copy, the fleet's cache) in
/// `%LOCALAPPDATA%\Loket`. Elsewhere the platform's usual places (XDG on Linux).
fn windows_folder(variable: &str) -> Option<PathBuf> {
    let base = std::env::var_os(variable).filter(|value| !value.is_empty())?;
    Some(PathBuf::from(base).join("Loket"))
}

/// The user's config folder: the user's schedule, `fleet.ron` and the settings
/// (`~/.config/loket` on Linux, `%APPDATA%\Loket` on Windows).
pub fn user_config_dir() -> Option<PathBuf> {
    if cfg!(windows) {
        return windows_folder("APPDATA");
    }
    directories::ProjectDirs::from("", "", "loket").map(|d| d.config_dir().to_owned())
}

/// The user's config file (`~/.config/loket/schedule.ron` on Linux).
pub fn user_config_file() -> Option<PathBuf> {
    user_config_dir().map(|dir| dir.join(FILE_NAME))
}

/// The window's settings (language, theme, text size).
pub fn settings_file() -> Option<PathBuf> {
    user_config_dir().map(|dir| dir.join("settings.ron"))
}

/// The machine-wide file a package installs.
pub fn system_file() -> PathBuf {
    if cfg!(windows) {
        let base = std::env::var_os("ProgramData").unwrap_or_else(|| "C:\\ProgramData".into());
        PathBuf::from(base).join("Loket").join(FILE_NAME)
    } else if cfg!(target_os = "macos") {
        PathBuf::from("/Library/Application Support/Loket").join(FILE_NAME)
    } else {
        PathBuf::from("/etc/loket").join(FILE_NAME)
    }
}

/// The folders translation files (`CODE.ftl`) are read from, the machine's first, so the
/// user's win: `/etc/loket/locales` and `~/.config/loket/locales` on Linux,
/// `%ProgramData%\Loket\locales` and `%APPDATA%\Loket\locales` on Windows.
pub fn locale_dirs() -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    if let Some(machine) = system_file().parent() {
        dirs.push(machine.join("locales"));
    }
    if let Some(user) = user_config_dir() {
        dirs.push(user.join("locales"));
    }
    dirs
}

/// Reading failed before any checking could start: missing, unreadable, a directory.
#[derive(Debug)]
pub struct ReadError {
    pub path: PathBuf,
    pub error: std::io::Error,
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cannot read {}: {}", self.path.display(), self.error)
    }
}

impl std::error::Error for ReadError {}

/// Reads a schedule file: at most one byte past the size limit, so a huge or endless file
/// (a device, a pipe) cannot exhaust memory; the check then refuses it.
pub fn read_file(path: &Path) -> Result<Vec<u8>, ReadError> {
    let fail = |error| ReadError {
        path: path.to_owned(),
        error,
    };
    // Look before opening: opening a pipe with no writer waits forever, and a device
    // never ends. Only a regular file (or a link to one) is a schedule.
    let metadata = std::fs::metadata(path).map_err(fail)?;
    if metadata.is_dir() {
        return Err(fail(std::io::Error::other("it is a directory")));
    }
    if !metadata.is_file() {
        return Err(fail(std::io::Error::other(
            "it is not a regular file (a pipe, socket or device)",
        )));
    }
    if metadata.len() > MAX_FILE_BYTES as u64 {
        return Err(fail(std::io::Error::other(schedule::check::too_large(
            metadata.len(),
        ))));
    }
    let file = std::fs::File::open(path).map_err(fail)?;
    let mut bytes = Vec::new();
    // The file may grow between the look and the read: never read past the limit.
    file.take(MAX_FILE_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(fail)?;
    Ok(bytes)
}

/// Where Loket keeps its own files: the last good schedule and logs
/// (`~/.local/share/loket` on Linux, `%LOCALAPPDATA%\Loket` on Windows).
pub fn data_dir() -> Option<PathBuf> {
    if cfg!(windows) {
        return windows_folder("LOCALAPPDATA");
    }
    directories::ProjectDirs::from("", "", "loket").map(|d| d.data_dir().to_owned())
}

/// The copy of the last schedule file that was good, kept so a broken file at start-up
/// does not mean falling back to the built-in schedule.
pub fn last_good_file() -> Option<PathBuf> {
    data_dir().map(|d| d.join("last-good-schedule.ron"))
}
