//! The schedule a running Loket shows: the last good one, and what is wrong with the file
//! when the file is not good. A bad or missing file never replaces a good schedule.
//!
//! Reading is split from applying so that a window can read on another thread: [`read`]
//! (and [`read_if_changed`]) do the file I/O and the checking and return a [`Reading`];
//! [`LiveSchedule::apply`] only compares and swaps, and hands back the copy to keep, for
//! the caller to write where it likes.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

use crate::fleet::{self, TrustedKeys};
use crate::schedule::{self, Diagnostic, Schedule};
use crate::source::{self, Fingerprint, Search, Source};

/// Where the schedule on screen came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// The file itself.
    File,
    /// Loket's copy of the last good file: the file is broken, or there is none.
    LastGood,
    /// The copy built into Loket: no good file and no good copy of one.
    Builtin,
}

/// What the file looks like now, if it is not simply good.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileTrouble {
    /// The file has errors; the schedule on screen is older.
    Rejected(Vec<Diagnostic>),
    /// The file cannot be read (deleted mid-save, permissions, not a regular file).
    Unreadable(String),
    /// A fleet's verified copy failed its check on this machine (changed here, damaged, or
    /// signed with a key no longer trusted).
    Unverified(String),
}

#[derive(Debug, Clone)]
pub struct LiveSchedule {
    /// Where the schedule is looked for on each reload.
    pub search: Search,
    /// The file last looked at (or the built-in copy when there was none).
    pub source: Source,
    /// Where the last good file is copied to; `None` keeps no copy.
    pub last_good: Option<PathBuf>,
    pub schedule: Schedule,
    pub origin: Origin,
    /// When the schedule on screen was loaded.
    pub loaded_at: DateTime<Utc>,
    pub trouble: Option<FileTrouble>,
    /// Warnings of the schedule on screen.
    pub warnings: Vec<Diagnostic>,
    /// The file as last read, to tell whether it changed since.
    pub fingerprint: Option<Fingerprint>,
}

/// What a reload did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reload {
    /// A new schedule is in use.
    Applied,
    /// Nothing new (a comment, a re-save, still no file).
    Unchanged,
    /// The file is broken; the previous schedule stays.
    Rejected,
    /// The file cannot be read or is gone; the previous schedule stays.
    Unreadable,
}

/// One look at the schedule file: which file, how it looked, and what it holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    pub source: Source,
    pub fingerprint: Option<Fingerprint>,
    pub found: Found,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Found {
    Good(Box<GoodFile>),
    Trouble(FileTrouble),
    /// No schedule file in any of the places looked at.
    NoFile,
}

/// A good schedule file, as read.
#[derive(Debug, Clone, PartialEq)]
pub struct GoodFile {
    pub schedule: Schedule,
    pub warnings: Vec<Diagnostic>,
    pub bytes: Vec<u8>,
    /// A fleet's previous verified copy stands in, because the current one cannot be used
    /// (this says why).
    pub standing_in: Option<String>,
}

/// A good file's bytes to keep as the last good copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeepCopy {
    pub path: PathBuf,
    pub bytes: Vec<u8>,
}

/// Looks for the schedule where `search` says, reads and checks it. Blocking I/O: a window
/// calls this off its own thread.
pub fn read(search: &Search) -> Reading {
    let source = search.locate();
    let fingerprint = source::fingerprint(&source);
    let found = match source {
        Source::Bundled => Found::NoFile,
        Source::File { .. } => match read_checked(&source, search.keys_for(&source)) {
            Ok(good) => Found::Good(Box::new(good)),
            Err(trouble) => Found::Trouble(trouble),
        },
    };
    Reading {
        source,
        fingerprint,
        found,
    }
}

/// [`read`], but only when the file to use is another one, or its size or modification
/// time differ from `known`: a cheap look for the minute tick.
pub fn read_if_changed(search: &Search, known: Option<&Fingerprint>) -> Option<Reading> {
    let source = search.locate();
    (source::fingerprint(&source).as_ref() != known).then(|| read(search))
}

/// The schedule built into Loket, used when there is no good file.
pub fn bundled() -> Schedule {
    schedule::check_str(schedule::BUNDLED)
        .schedule
        .expect("the bundled schedule is checked by the test suite")
}

impl LiveSchedule {
    /// Loads at start-up, on the calling thread (before the first frame, reading a few
    /// kilobytes costs less than a frame). Never fails: a broken or missing file starts on
    /// the last good copy of it (when there is one) or the built-in schedule, with the
    /// trouble recorded.
    pub fn start(search: Search, last_good: Option<PathBuf>, now: DateTime<Utc>) -> LiveSchedule {
        let (live, copy) = LiveSchedule::start_deferred(search, last_good, now);
        if let Some(copy) = copy {
            keep_copy(&copy);
        }
        live
    }

    /// [`LiveSchedule::start`], leaving the write of the last good copy to the caller (the
    /// window does it on its writer thread, like every other write).
    pub fn start_deferred(
        search: Search,
        last_good: Option<PathBuf>,
        now: DateTime<Utc>,
    ) -> (LiveSchedule, Option<KeepCopy>) {
        let reading = read(&search);
        // What shows until the reading is applied: the last good copy or the built-in
        // schedule are read only when the file itself is not good.
        let (schedule, origin) = match &reading.found {
            Found::Good(good) => (good.schedule.clone(), Origin::Builtin),
            _ => match last_good.as_deref().and_then(read_last_good) {
                Some(copy) => (copy, Origin::LastGood),
                None => (bundled(), Origin::Builtin),
            },
        };
        let mut live = LiveSchedule {
            search,
            source: reading.source.clone(),
            last_good,
            schedule,
            origin,
            loaded_at: now,
            trouble: None,
            warnings: Vec::new(),
            fingerprint: None,
        };
        let (_, copy) = live.apply(reading, now);
        (live, copy)
    }

    /// Reads the file again and applies it, all on this thread (command line and tests;
    /// the window reads off its thread and calls [`LiveSchedule::apply`]).
    pub fn reload(&mut self, now: DateTime<Utc>) -> Reload {
        let (outcome, copy) = self.apply(read(&self.search), now);
        if let Some(copy) = &copy {
            keep_copy(copy);
        }
        outcome
    }

    /// Takes in what a read found: a good, different file replaces the schedule (and its
    /// bytes come back, to be kept as the last good copy); anything else leaves the
    /// schedule as it is and records why.
    pub fn apply(&mut self, reading: Reading, now: DateTime<Utc>) -> (Reload, Option<KeepCopy>) {
        self.source = reading.source;
        self.fingerprint = reading.fingerprint;
        match reading.found {
            Found::NoFile if self.origin == Origin::File => {
                // The file in use is gone: keep its schedule and say so.
                self.trouble = Some(FileTrouble::Unreadable(
                    "no schedule file was found".to_owned(),
                ));
                (Reload::Unreadable, None)
            }
            Found::NoFile => {
                // No file before either: the last good copy or the built-in one stays.
                self.trouble = None;
                (Reload::Unchanged, None)
            }
            Found::Trouble(trouble) => {
                let outcome = match trouble {
                    FileTrouble::Rejected(_) => Reload::Rejected,
                    FileTrouble::Unreadable(_) | FileTrouble::Unverified(_) => Reload::Unreadable,
                };
                self.trouble = Some(trouble);
                (outcome, None)
            }
            Found::Good(good) if good.standing_in.is_some() && self.origin == Origin::File => {
                // The fleet's copy went bad while running: what is on screen was verified
                // and is newer than the previous copy, so it stays.
                self.trouble = good.standing_in.map(FileTrouble::Unverified);
                (Reload::Unreadable, None)
            }
            Found::Good(good) => {
                let good = *good;
                self.trouble = good.standing_in.clone().map(FileTrouble::Unverified);
                self.warnings = good.warnings;
                if self.origin == Origin::File && good.schedule == self.schedule {
                    return (Reload::Unchanged, None);
                }
                log_loaded(&self.source, &good.schedule);
                self.schedule = good.schedule;
                self.origin = Origin::File;
                self.loaded_at = now;
                let copy = self.last_good.clone().map(|path| KeepCopy {
                    path,
                    bytes: good.bytes,
                });
                (Reload::Applied, copy)
            }
        }
    }

    pub fn problems(&self) -> &[Diagnostic] {
        match &self.trouble {
            Some(FileTrouble::Rejected(problems)) => problems,
            _ => &[],
        }
    }
}

/// Reads and checks the file; a refusal logs `schedule rejected` with the first problem's
/// `path:line:col`.
fn read_checked(source: &Source, keys: Option<&TrustedKeys>) -> Result<GoodFile, FileTrouble> {
    let name = source.display_name();
    let (bytes, standing_in) = match (keys, source.path()) {
        // A fleet's copy is used only while its signature verifies: a copy changed on
        // this machine is refused like a tampered download, and the previous verified
        // copy stands in (never the built-in schedule while a verified copy exists).
        (Some(keys), Some(path)) => {
            fleet::cache::read_verified_or_previous(path, keys).map_err(|error| {
                match path.exists() {
                    true => FileTrouble::Unverified(error),
                    false => FileTrouble::Unreadable(error),
                }
            })
        }
        _ => source::read(source)
            .map(|bytes| (bytes, None))
            .map_err(|e| FileTrouble::Unreadable(e.error.to_string())),
    }
    .inspect_err(|trouble| {
        if let FileTrouble::Unreadable(error) | FileTrouble::Unverified(error) = trouble {
            tracing::warn!(path = %name, %error, "schedule unreadable, keeping the current one");
        }
    })?;
    let checked = schedule::check_bytes(&bytes);
    let Some(schedule) = checked.schedule else {
        let first = checked.first_error(&name);
        tracing::warn!(
            path = %name,
            problems = checked.diagnostics.len(),
            "schedule rejected: {first}"
        );
        return Err(FileTrouble::Rejected(checked.diagnostics));
    };
    if let Some(why) = &standing_in {
        tracing::warn!(path = %name, %why, "the fleet's copy cannot be used; its previous verified copy stands in");
    }
    Ok(GoodFile {
        schedule,
        warnings: checked.diagnostics,
        bytes,
        standing_in: standing_in
            .map(|why| format!("{why}; showing the previous verified copy until the next check")),
    })
}

/// The line scripts look for when a schedule is applied.
fn log_loaded(source: &Source, schedule: &Schedule) {
    tracing::info!(
        path = %source.display_name(),
        categories = schedule.categories.len(),
        hosts = schedule.host_count(),
        "schedule loaded"
    );
}

fn read_last_good(path: &Path) -> Option<Schedule> {
    let bytes = source::read_file(path).ok()?;
    let schedule = schedule::check_bytes(&bytes).schedule?;
    tracing::info!(path = %path.display(), "using the last good copy of the schedule");
    Some(schedule)
}

/// Keeps a copy of a good file, written atomically (with fsync), and only when it differs
/// from the copy already kept. Blocking I/O: a window calls this off its own thread.
pub fn keep_copy(copy: &KeepCopy) {
    if std::fs::read(&copy.path).is_ok_and(|kept| kept == copy.bytes) {
        return;
    }
    if let Err(error) = crate::atomic_file::write(&copy.path, &copy.bytes) {
        tracing::warn!(path = %copy.path.display(), %error, "could not keep a copy of the schedule");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file_source(path: &std::path::Path) -> Search {
        Search::file(path)
    }

    fn now() -> DateTime<Utc> {
        "2025-12-09T15:00:00Z".parse().unwrap()
    }

    #[test]
    fn good_bad_good_never_shows_the_bad_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("schedule.ron");
        std::fs::write(&path, schedule::BUNDLED).unwrap();
        let mut live = LiveSchedule::start(file_source(&path), None, now());
        assert_eq!(live.origin, Origin::File);
        assert_eq!(live.trouble, None);

        let broken = schedule::BUNDLED.replace("\"19:00\"", "\"25:00\"");
        std::fs::write(&path, &broken).unwrap();
        assert_eq!(live.reload(now()), Reload::Rejected);
        assert_eq!(live.schedule, bundled(), "the good schedule stays");
        assert_eq!(live.problems().len(), 5);

        let renamed = schedule::BUNDLED.replace("General enquiries", "General questions");
        std::fs::write(&path, &renamed).unwrap();
        assert_eq!(live.reload(now()), Reload::Applied);
        assert_eq!(live.schedule.categories[0].name.en(), "General questions");
        assert!(live.problems().is_empty());

        let commented = format!("// a comment\n{renamed}");
        std::fs::write(&path, commented).unwrap();
        assert_eq!(live.reload(now()), Reload::Unchanged);
    }

    #[test]
    fn a_broken_or_missing_file_at_start_uses_the_builtin_schedule() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("schedule.ron");
        std::fs::write(&path, "Schedule(").unwrap();
        let live = LiveSchedule::start(file_source(&path), None, now());
        assert_eq!(live.origin, Origin::Builtin);
        assert_eq!(live.problems().len(), 1);

        let missing = LiveSchedule::start(file_source(&dir.path().join("none.ron")), None, now());
        assert_eq!(missing.origin, Origin::Builtin);
        assert!(matches!(missing.trouble, Some(FileTrouble::Unreadable(_))));
    }

    #[test]
    fn a_broken_file_at_start_uses_the_last_good_copy() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("schedule.ron");
        let copy = dir.path().join("data/last-good.ron");
        let renamed = schedule::BUNDLED.replace("General enquiries", "General questions");
        std::fs::write(&path, &renamed).unwrap();
        let live = LiveSchedule::start(file_source(&path), Some(copy.clone()), now());
        assert_eq!(live.origin, Origin::File);
        assert_eq!(std::fs::read_to_string(&copy).unwrap(), renamed);

        std::fs::write(&path, "Schedule(").unwrap();
        let live = LiveSchedule::start(file_source(&path), Some(copy), now());
        assert_eq!(live.origin, Origin::LastGood);
        assert_eq!(live.schedule.categories[0].name.en(), "General questions");
        assert_eq!(live.problems().len(), 1);
    }

    #[test]
    fn no_file_then_a_reload_keeps_the_last_good_copy_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let user = dir.path().join("config/loket/schedule.ron");
        let copy = dir.path().join("data/last-good.ron");
        let kept = schedule::BUNDLED.replace("General enquiries", "Kept copy");
        std::fs::create_dir_all(copy.parent().unwrap()).unwrap();
        std::fs::write(&copy, &kept).unwrap();
        let search = Search::Places {
            user: Some(user.clone()),
            system: dir.path().join("etc/schedule.ron"),
        };
        let mut live = LiveSchedule::start(search, Some(copy.clone()), now());
        assert_eq!(live.origin, Origin::LastGood);
        assert_eq!(live.schedule.categories[0].name.en(), "Kept copy");
        // Ctrl+R (or a wake-up) with still no file: nothing changes, nothing is written.
        assert_eq!(live.reload(now()), Reload::Unchanged);
        assert_eq!(live.origin, Origin::LastGood);
        assert_eq!(live.trouble, None);
        assert_eq!(std::fs::read_to_string(&copy).unwrap(), kept);
        // A schedule created in the user's folder while running is found on the next look.
        let fresh = schedule::BUNDLED.replace("General enquiries", "Fresh file");
        std::fs::create_dir_all(user.parent().unwrap()).unwrap();
        std::fs::write(&user, &fresh).unwrap();
        assert_eq!(live.reload(now()), Reload::Applied);
        assert_eq!(live.origin, Origin::File);
        assert_eq!(live.source.path(), Some(user.as_path()));
        assert_eq!(std::fs::read_to_string(&copy).unwrap(), fresh);
        // Removed again: its schedule stays, and the window says the file is gone.
        std::fs::remove_file(&user).unwrap();
        assert_eq!(live.reload(now()), Reload::Unreadable);
        assert_eq!(live.schedule.categories[0].name.en(), "Fresh file");
    }

    #[test]
    fn only_a_changed_file_is_read_again() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("schedule.ron");
        std::fs::write(&path, schedule::BUNDLED).unwrap();
        let search = file_source(&path);
        let live = LiveSchedule::start(search.clone(), None, now());
        assert!(read_if_changed(&search, live.fingerprint.as_ref()).is_none());
        // An edit made on another machine of a network share: no event, but a new size.
        std::fs::write(&path, format!("// edited\n{}", schedule::BUNDLED)).unwrap();
        let reading = read_if_changed(&search, live.fingerprint.as_ref()).expect("changed");
        assert!(matches!(reading.found, Found::Good(_)));
    }
}
