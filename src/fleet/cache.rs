//! The verified copy of the fleet's schedule in Loket's data folder (`fleet/schedule.ron`
//! with its `.minisig`), and what the last checks found (`fleet/state.json`). Only
//! [`super::update`] writes here, after verifying; the window and the command line read the
//! copy through the usual reload path, which verifies its signature again.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::signature::TrustedKeys;
use crate::schedule::{self, Schedule};

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Cache {
    dir: PathBuf,
}

/// What Loket remembers between checks.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct State {
    /// The URL the copy came from: validators only make sense for the same URL.
    pub url: Option<String>,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    /// The last whole download that verified: conditional requests are made only for a
    /// day after it (see [`super::update::FULL_DOWNLOAD_EVERY`]).
    #[serde(default)]
    pub downloaded_at: Option<DateTime<Utc>>,
    /// The highest serial ever accepted: never go below it, even if the copy is deleted.
    pub serial: Option<u64>,
    /// The last check that reached the server and ended well (updated or unchanged).
    pub verified_at: Option<DateTime<Utc>>,
    /// The last check of any kind, and what it found, for staff and `loket check`.
    pub checked_at: Option<DateTime<Utc>>,
    pub last_result: Option<String>,
}

/// The copy on disk, with its signature checked again and its contents checked.
#[derive(Debug, Clone)]
pub struct Copy {
    pub bytes: Vec<u8>,
    pub schedule: Schedule,
}

impl Cache {
    pub fn at(dir: impl Into<PathBuf>) -> Cache {
        Cache { dir: dir.into() }
    }

    /// `~/.local/share/loket/fleet` on Linux.
    pub fn default_place() -> Option<Cache> {
        crate::source::data_dir().map(|d| Cache::at(d.join("fleet")))
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn schedule_path(&self) -> PathBuf {
        self.dir.join(crate::source::FILE_NAME)
    }

    pub fn signature_path(&self) -> PathBuf {
        signature_path(&self.schedule_path())
    }

    fn state_path(&self) -> PathBuf {
        self.dir.join("state.json")
    }

    /// What the last checks found; a missing or damaged state counts as none.
    pub fn state(&self) -> State {
        std::fs::read(self.state_path())
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default()
    }

    pub fn save_state(&self, state: &State) -> std::io::Result<()> {
        let json = serde_json::to_vec_pretty(state).expect("the state serialises");
        crate::atomic_file::write(&self.state_path(), &json)
    }

    /// The cached copy, if its signature verifies under `keys` and it is a good schedule.
    pub fn verified_copy(&self, keys: &TrustedKeys) -> Option<Copy> {
        let bytes = read_verified(&self.schedule_path(), keys).ok()?;
        let schedule = schedule::check_bytes(&bytes).schedule?;
        Some(Copy { bytes, schedule })
    }

    /// Waits for, then holds, the right to check and write (until the file is dropped).
    pub fn lock(&self) -> std::io::Result<std::fs::File> {
        std::fs::create_dir_all(&self.dir)?;
        let file = std::fs::File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(self.dir.join("lock"))?;
        file.lock()?;
        Ok(file)
    }

    /// Stores a verified download: the signature first, then the schedule, each replaced
    /// atomically, so the watcher (which looks at the schedule) sees a matching pair.
    pub fn store(&self, bytes: &[u8], signature: &[u8]) -> std::io::Result<()> {
        crate::atomic_file::write(&self.signature_path(), signature)?;
        crate::atomic_file::write(&self.schedule_path(), bytes)
    }
}

/// `schedule.ron` → `schedule.ron.minisig`, as minisign names it.
pub fn signature_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".minisig");
    PathBuf::from(name)
}

/// Reads a schedule and the `.minisig` beside it and checks the signature; gives the bytes
/// only when it verifies. A store between the two reads is caught by reading once more.
pub fn read_verified(path: &Path, keys: &TrustedKeys) -> Result<Vec<u8>, String> {
    let attempt = || -> Result<Vec<u8>, String> {
        let bytes = crate::source::read_file(path).map_err(|e| e.error.to_string())?;
        let signature_path = signature_path(path);
        let signature = read_signature(&signature_path)
            .map_err(|e| format!("no signature beside it ({}: {e})", signature_path.display()))?;
        keys.verify(&bytes, &signature)
            .map(|_| bytes)
            .map_err(|e| format!("its signature does not verify: {e}"))
    };
    attempt().or_else(|_| attempt())
}

/// A `.minisig` file, read only up to [`super::signature::MAX_SIGNATURE_BYTES`].
pub fn read_signature(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(super::signature::MAX_SIGNATURE_BYTES)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn one_check_at_a_time() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::at(dir.path().join("fleet"));
        let first = cache.lock().unwrap();
        let (done, finished) = std::sync::mpsc::channel();
        let other = cache.clone();
        std::thread::spawn(move || {
            let _second = other.lock().unwrap();
            done.send(()).unwrap();
        });
        assert!(
            finished.recv_timeout(Duration::from_millis(300)).is_err(),
            "a second check waits while the first holds the cache"
        );
        drop(first);
        assert!(finished.recv_timeout(Duration::from_secs(5)).is_ok());
    }
}
