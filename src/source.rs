//! Where the schedule comes from, in order: `--schedule PATH`, `$LOKET_SCHEDULE`, the user's
//! config dir, the system file, and finally the copy built into the binary.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::fleet::TrustedKeys;
pub use crate::places::{
    FILE_NAME, ReadError, data_dir, last_good_file, read_file, system_file, user_config_file,
};
use crate::schedule::{self, Checked};

pub const ENV_VAR: &str = "LOKET_SCHEDULE";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    File { path: PathBuf, origin: Origin },
    Bundled,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Origin {
    Argument,
    Environment,
    UserConfig,
    System,
    /// The verified copy of a fleet's published schedule.
    Fleet,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Origin::Argument => "given with --schedule",
            Origin::Environment => "from $LOKET_SCHEDULE",
            Origin::UserConfig => "the user's own",
            Origin::System => "the system-wide file",
            Origin::Fleet => "the fleet's verified copy",
        })
    }
}

impl Source {
    /// How diagnostics name it: the path, or a label for the built-in copy.
    pub fn display_name(&self) -> String {
        match self {
            Source::File { path, .. } => path.display().to_string(),
            Source::Bundled => "<built-in schedule.ron>".to_owned(),
        }
    }

    pub fn path(&self) -> Option<&Path> {
        match self {
            Source::File { path, .. } => Some(path),
            Source::Bundled => None,
        }
    }
}

/// Picks the schedule to use now. An explicit path wins even when it does not exist (so the
/// caller can say so); the config and system files only count when they exist.
pub fn locate(argument: Option<&Path>) -> Source {
    Search::new(argument).locate()
}

/// Where the schedule is looked for: one fixed file (`--schedule`, `$LOKET_SCHEDULE`), or
/// the usual places in order, looked at afresh on every reload, so a file put in the user's
/// config folder while Loket runs is found.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Search {
    Fixed {
        path: PathBuf,
        origin: Origin,
    },
    Places {
        user: Option<PathBuf>,
        system: PathBuf,
    },
    /// `$LOKET_SCHEDULE`: that file while it exists, else the search after it (a file on a
    /// network share that is briefly unreachable must not turn a counter back to the
    /// built-in programme while the user's or the system file is there).
    Preferred {
        path: PathBuf,
        then: Box<Search>,
    },
    /// No file at all: only the built-in schedule (tests, demos).
    BuiltIn,
    /// A fleet's verified copy (`cache`), whose signature is checked again at every read
    /// under `keys`; before the first download, `fallback` as usual.
    Fleet {
        cache: PathBuf,
        keys: TrustedKeys,
        fallback: Box<Search>,
    },
}

impl Search {
    pub fn new(argument: Option<&Path>) -> Search {
        search_with(
            argument,
            std::env::var_os(ENV_VAR).map(PathBuf::from),
            user_config_file(),
            system_file(),
        )
    }

    /// Follows a fleet: its verified copy once there is one. A fixed file (`--schedule`,
    /// `$LOKET_SCHEDULE`) still wins: that is an administrator trying a file by hand.
    pub fn following(self, cache: PathBuf, keys: TrustedKeys) -> Search {
        match self {
            Search::Fixed { .. } => self,
            Search::Preferred { path, then } => Search::Preferred {
                path,
                then: Box::new(then.following(cache, keys)),
            },
            fallback => Search::Fleet {
                cache,
                keys,
                fallback: Box::new(fallback),
            },
        }
    }

    /// The keys a file found by this search must be signed with, if any.
    pub fn keys_for(&self, source: &Source) -> Option<&TrustedKeys> {
        match (self, source) {
            (Search::Preferred { then, .. }, _) => then.keys_for(source),
            (
                Search::Fleet { keys, .. },
                Source::File {
                    origin: Origin::Fleet,
                    ..
                },
            ) => Some(keys),
            _ => None,
        }
    }

    /// Just this file, as `--schedule PATH` asks.
    pub fn file(path: &Path) -> Search {
        Search::Fixed {
            path: path.to_owned(),
            origin: Origin::Argument,
        }
    }

    pub fn locate(&self) -> Source {
        match self {
            Search::Fixed { path, origin } => Source::File {
                path: path.clone(),
                origin: *origin,
            },
            Search::Places { user, system } => {
                if let Some(path) = user.as_ref().filter(|p| p.is_file()) {
                    return Source::File {
                        path: path.clone(),
                        origin: Origin::UserConfig,
                    };
                }
                if system.is_file() {
                    return Source::File {
                        path: system.clone(),
                        origin: Origin::System,
                    };
                }
                Source::Bundled
            }
            Search::Preferred { path, then } => {
                if path.is_file() {
                    Source::File {
                        path: path.clone(),
                        origin: Origin::Environment,
                    }
                } else {
                    then.locate()
                }
            }
            Search::BuiltIn => Source::Bundled,
            Search::Fleet {
                cache, fallback, ..
            } => {
                // The previous verified copy counts too: it stands in for a lost one.
                let previous = cache.with_file_name(crate::fleet::cache::PREVIOUS_FILE);
                if cache.is_file() || previous.is_file() {
                    Source::File {
                        path: cache.clone(),
                        origin: Origin::Fleet,
                    }
                } else {
                    fallback.locate()
                }
            }
        }
    }

    /// The files whose creation, change or removal may change which schedule is in use.
    pub fn watched(&self) -> Vec<PathBuf> {
        match self {
            Search::Fixed { path, .. } => vec![path.clone()],
            Search::Places { user, system } => {
                user.iter().cloned().chain([system.clone()]).collect()
            }
            Search::BuiltIn => Vec::new(),
            Search::Preferred { path, then } => std::iter::once(path.clone())
                .chain(then.watched())
                .collect(),
            Search::Fleet {
                cache, fallback, ..
            } => std::iter::once(cache.clone())
                .chain(fallback.watched())
                .collect(),
        }
    }

    /// The folders Loket itself owns and should create so they can be watched: the user's
    /// config folder, a fleet's cache folder.
    pub fn watched_folders_to_create(&self) -> Vec<PathBuf> {
        match self {
            Search::Places { user, .. } => user
                .iter()
                .filter_map(|u| u.parent())
                .map(Path::to_owned)
                .collect(),
            Search::Fleet {
                cache, fallback, ..
            } => cache
                .parent()
                .map(Path::to_owned)
                .into_iter()
                .chain(fallback.watched_folders_to_create())
                .collect(),
            Search::Preferred { then, .. } => then.watched_folders_to_create(),
            Search::Fixed { .. } | Search::BuiltIn => Vec::new(),
        }
    }
}

fn search_with(
    argument: Option<&Path>,
    environment: Option<PathBuf>,
    user: Option<PathBuf>,
    system: PathBuf,
) -> Search {
    if let Some(path) = argument {
        return Search::Fixed {
            path: path.to_owned(),
            origin: Origin::Argument,
        };
    }
    let places = Search::Places { user, system };
    match environment.filter(|p| !p.as_os_str().is_empty()) {
        Some(path) => Search::Preferred {
            path,
            then: Box::new(places),
        },
        None => places,
    }
}

/// What a file looked like when it was read: a change of size or modification time means
/// it is worth reading again. This is how edits on a network share are noticed, where no
/// change events arrive for edits made on another machine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fingerprint {
    pub path: PathBuf,
    pub len: u64,
    pub modified: Option<std::time::SystemTime>,
}

/// The file's fingerprint; `None` for the built-in copy or a file that cannot be looked at.
pub fn fingerprint(source: &Source) -> Option<Fingerprint> {
    let path = source.path()?;
    let metadata = std::fs::metadata(path).ok()?;
    Some(Fingerprint {
        path: path.to_owned(),
        len: metadata.len(),
        modified: metadata.modified().ok(),
    })
}

/// Reads and checks the schedule from `source`.
pub fn load(source: &Source) -> Result<Checked, ReadError> {
    read(source).map(|bytes| schedule::check_bytes(&bytes))
}

/// The schedule's bytes. Reads at most one byte past the size limit, so a huge or endless
/// file (a device, a pipe) cannot exhaust memory; the check then refuses it.
pub fn read(source: &Source) -> Result<Vec<u8>, ReadError> {
    match source {
        Source::Bundled => Ok(schedule::BUNDLED.as_bytes().to_vec()),
        Source::File { path, .. } => read_file(path),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn argument_then_environment_then_files_then_bundled() {
        let dir = tempfile::tempdir().unwrap();
        let user = dir.path().join("user.ron");
        let system = dir.path().join("system.ron");
        let arg = PathBuf::from("given.ron");

        let pick = |env: Option<&str>| {
            search_with(
                None,
                env.map(PathBuf::from),
                Some(user.clone()),
                system.clone(),
            )
            .locate()
        };
        assert_eq!(pick(None), Source::Bundled);
        std::fs::write(&system, "x").unwrap();
        assert_eq!(
            pick(None),
            Source::File {
                path: system.clone(),
                origin: Origin::System
            }
        );
        std::fs::write(&user, "x").unwrap();
        assert_eq!(
            pick(None),
            Source::File {
                path: user.clone(),
                origin: Origin::UserConfig
            }
        );
        let env = dir.path().join("env.ron");
        let env_text = env.to_str().unwrap();
        // Missing, it does not hide the files after it ("the first of these that exists").
        assert_eq!(pick(Some(env_text)), pick(None));
        std::fs::write(&env, "x").unwrap();
        assert_eq!(
            pick(Some(env_text)),
            Source::File {
                path: env.clone(),
                origin: Origin::Environment
            }
        );
        assert_eq!(pick(Some("")), pick(None), "an empty variable is unset");
        let chosen = search_with(Some(&arg), Some("env.ron".into()), None, system.clone());
        assert_eq!(chosen.locate().path(), Some(arg.as_path()));
        assert_eq!(chosen.watched(), std::slice::from_ref(&arg));
        let places = search_with(None, None, Some(user.clone()), system.clone());
        assert_eq!(places.watched(), [user.clone(), system.clone()]);
    }

    #[test]
    fn reading_refuses_directories_and_reports_missing_files() {
        let dir = tempfile::tempdir().unwrap();
        let as_dir = Source::File {
            path: dir.path().to_owned(),
            origin: Origin::Argument,
        };
        assert!(load(&as_dir).unwrap_err().to_string().contains("directory"));
        let missing = Source::File {
            path: dir.path().join("nope.ron"),
            origin: Origin::Argument,
        };
        assert!(load(&missing).unwrap_err().to_string().contains("nope.ron"));
        let big = dir.path().join("big.ron");
        std::fs::write(&big, vec![b' '; 2 * 1024 * 1024]).unwrap();
        let message = read_file(&big).unwrap_err().to_string();
        assert!(message.contains("2097152 bytes (2.0 MiB)"), "{message}");
    }

    #[cfg(unix)]
    #[test]
    fn a_pipe_is_refused_at_once() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("schedule.ron");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .expect("mkfifo runs");
        assert!(made.success());
        let message = read_file(&fifo).unwrap_err().to_string();
        assert!(message.contains("not a regular file"), "{message}");
    }

    #[test]
    fn the_bundled_schedule_is_valid() {
        let checked = load(&Source::Bundled).unwrap();
        assert!(checked.diagnostics.is_empty(), "{:?}", checked.diagnostics);
        assert_eq!(Source::Bundled.display_name(), "<built-in schedule.ron>");
    }
}
