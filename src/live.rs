//! The schedule a running Loket shows: the last good one, and what is wrong with the file
//! when the file is not good. A bad or missing file never replaces a good schedule.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

use crate::schedule::{self, Diagnostic, Schedule};
use crate::source::{self, Source};

/// Where the schedule on screen came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// The file itself.
    File,
    /// Loket's copy of the last good file, because the file is broken or missing at start.
    LastGood,
    /// The copy built into Loket, because there is no file and no good copy of one.
    Builtin,
}

/// What the file looks like now, if it is not simply good.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileTrouble {
    /// The file has errors; the schedule on screen is older.
    Rejected(Vec<Diagnostic>),
    /// The file cannot be read (deleted mid-save, permissions).
    Unreadable(String),
}

#[derive(Debug, Clone)]
pub struct LiveSchedule {
    pub source: Source,
    /// Where the last good file is copied to; `None` keeps no copy.
    last_good: Option<PathBuf>,
    pub schedule: Schedule,
    pub origin: Origin,
    /// When the schedule on screen was loaded.
    pub loaded_at: DateTime<Utc>,
    pub trouble: Option<FileTrouble>,
    /// Warnings of the schedule on screen.
    pub warnings: Vec<Diagnostic>,
}

/// What a reload did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reload {
    /// A new schedule is in use.
    Applied,
    /// The file is good but says nothing new (a comment, a re-save).
    Unchanged,
    /// The file is broken; the previous schedule stays.
    Rejected,
    /// The file cannot be read; the previous schedule stays.
    Unreadable,
}

fn bundled() -> Schedule {
    schedule::check_str(schedule::BUNDLED)
        .schedule
        .expect("the bundled schedule is checked by the test suite")
}

impl LiveSchedule {
    /// Loads at start-up. Never fails: a broken or missing file starts on the last good
    /// copy of it (when there is one) or the built-in schedule, with the trouble recorded.
    pub fn start(source: Source, last_good: Option<PathBuf>, now: DateTime<Utc>) -> LiveSchedule {
        let checked = match source {
            Source::Bundled => Err(None),
            Source::File { .. } => read_checked(&source).map_err(Some),
        };
        let (schedule, origin, warnings, trouble) = match checked {
            Ok(good) => {
                log_loaded(&source, &good.schedule);
                keep_copy(last_good.as_deref(), &good.bytes);
                (good.schedule, Origin::File, good.warnings, None)
            }
            Err(trouble) => match last_good.as_deref().and_then(read_last_good) {
                Some(copy) => (copy, Origin::LastGood, Vec::new(), trouble),
                None => (bundled(), Origin::Builtin, Vec::new(), trouble),
            },
        };
        LiveSchedule {
            source,
            last_good,
            schedule,
            origin,
            loaded_at: now,
            trouble,
            warnings,
        }
    }

    /// Reads the file again and applies it only if it is good and different.
    pub fn reload(&mut self, now: DateTime<Utc>) -> Reload {
        let good = match read_checked(&self.source) {
            Ok(good) => good,
            Err(trouble) => {
                let outcome = match trouble {
                    FileTrouble::Rejected(_) => Reload::Rejected,
                    FileTrouble::Unreadable(_) => Reload::Unreadable,
                };
                self.trouble = Some(trouble);
                return outcome;
            }
        };
        self.trouble = None;
        self.warnings = good.warnings;
        if self.origin == Origin::File && good.schedule == self.schedule {
            return Reload::Unchanged;
        }
        log_loaded(&self.source, &good.schedule);
        self.schedule = good.schedule;
        self.origin = Origin::File;
        self.loaded_at = now;
        keep_copy(self.last_good.as_deref(), &good.bytes);
        Reload::Applied
    }

    pub fn problems(&self) -> &[Diagnostic] {
        match &self.trouble {
            Some(FileTrouble::Rejected(problems)) => problems,
            _ => &[],
        }
    }
}

/// A good schedule file, as read.
struct GoodFile {
    schedule: Schedule,
    warnings: Vec<Diagnostic>,
    bytes: Vec<u8>,
}

/// Reads and checks the file; a refusal logs `schedule rejected` with the first problem's
/// `path:line:col`.
fn read_checked(source: &Source) -> Result<GoodFile, FileTrouble> {
    let name = source.display_name();
    let bytes = source::read(source).map_err(|e| {
        tracing::warn!(path = %name, error = %e.error, "schedule unreadable, keeping the current one");
        FileTrouble::Unreadable(e.error.to_string())
    })?;
    let checked = schedule::check_bytes(&bytes);
    let Some(schedule) = checked.schedule else {
        let first = checked
            .diagnostics
            .iter()
            .find(|d| d.is_error())
            .map(|d| d.render(&name))
            .unwrap_or_default();
        tracing::warn!(
            path = %name,
            problems = checked.diagnostics.len(),
            "schedule rejected: {first}"
        );
        return Err(FileTrouble::Rejected(checked.diagnostics));
    };
    Ok(GoodFile {
        schedule,
        warnings: checked.diagnostics,
        bytes,
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

/// Keeps a copy of a good file, written atomically, and only when it differs: this runs
/// before the first frame, and an fsync there would be wasted on every start.
fn keep_copy(path: Option<&Path>, bytes: &[u8]) {
    let Some(path) = path else { return };
    if std::fs::read(path).is_ok_and(|kept| kept == bytes) {
        return;
    }
    if let Err(error) = crate::atomic_file::write(path, bytes) {
        tracing::warn!(path = %path.display(), %error, "could not keep a copy of the schedule");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::Origin as SourceOrigin;

    fn file_source(path: &std::path::Path) -> Source {
        Source::File {
            path: path.to_owned(),
            origin: SourceOrigin::Argument,
        }
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
}
