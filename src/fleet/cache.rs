//! The verified copy of the fleet's schedule in Loket's data folder, and what the last
//! checks found (`fleet/state.json`). Only [`super::update`] writes here, after verifying;
//! the window and the command line read the copy through the usual reload path, which
//! verifies its signature again.
//!
//! The signature and the schedule are kept together in one file (`verified-schedule`), so
//! one rename replaces the pair: a reader, a crash, a kill or a full disk can only ever
//! leave the old pair or the new one, never a new signature beside an old schedule. The
//! copy it replaced stays as `previous-schedule` (a hard link: no extra room needed), to
//! stand in should the current copy ever be damaged on this machine.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::signature::{MAX_SIGNATURE_BYTES, TrustedKeys};
use crate::schedule::{self, MAX_FILE_BYTES, MAX_SERIAL, Schedule};

/// The signature and the schedule, in one file.
pub const COPY_FILE: &str = "verified-schedule";
/// The copy before the last update, kept to stand in for a damaged current copy.
pub const PREVIOUS_FILE: &str = "previous-schedule";
const MAGIC: &str = "loket verified copy 1\n";

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Cache {
    dir: PathBuf,
}

/// What Loket remembers between checks.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct State {
    /// The URL the copy came from (without any password): validators only make sense for
    /// the same URL.
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

/// Why the lock could not be had.
#[derive(Debug)]
pub enum LockError {
    /// Another check held it for the whole wait (a stopped or hung `loket fetch`).
    Busy(Duration),
    Io(std::io::Error),
}

impl std::fmt::Display for LockError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LockError::Busy(waited) => write!(
                f,
                "another check of this machine's fleet cache held it for {} s (a stopped or hung loket fetch?); try again later",
                waited.as_secs().max(1)
            ),
            LockError::Io(error) => error.fmt(f),
        }
    }
}

impl Cache {
    pub fn at(dir: impl Into<PathBuf>) -> Cache {
        Cache { dir: dir.into() }
    }

    /// `~/.local/share/loket/fleet` on Linux.
    pub fn default_place() -> Option<Cache> {
        crate::places::data_dir().map(|d| Cache::at(d.join("fleet")))
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The verified copy: signature and schedule in one file.
    pub fn copy_path(&self) -> PathBuf {
        self.dir.join(COPY_FILE)
    }

    /// The copy the last update replaced.
    pub fn previous_path(&self) -> PathBuf {
        self.dir.join(PREVIOUS_FILE)
    }

    /// Where Loket before this version kept the pair, as two files.
    fn legacy_paths(&self) -> (PathBuf, PathBuf) {
        let schedule = self.dir.join(crate::places::FILE_NAME);
        let signature = signature_path(&schedule);
        (schedule, signature)
    }

    fn state_path(&self) -> PathBuf {
        self.dir.join("state.json")
    }

    /// What the last checks found; a missing or damaged state counts as none. A serial
    /// above [`MAX_SERIAL`] (written before the cap existed) is forgotten, so it cannot
    /// block every later version.
    pub fn state(&self) -> State {
        let mut state: State = std::fs::read(self.state_path())
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default();
        if state.serial.is_some_and(|serial| serial > MAX_SERIAL) {
            tracing::warn!(serial = state.serial, "forgetting a serial above 2^53");
            state.serial = None;
        }
        state
    }

    pub fn save_state(&self, state: &State) -> std::io::Result<()> {
        let json = serde_json::to_vec_pretty(state).expect("the state serialises");
        crate::atomic_file::write(&self.state_path(), &json)
    }

    /// The cached copy, if its signature verifies under `keys` and it is a good schedule.
    pub fn verified_copy(&self, keys: &TrustedKeys) -> Option<Copy> {
        let bytes = read_verified(&self.copy_path(), keys).ok()?;
        let schedule = schedule::check_bytes(&bytes).schedule?;
        Some(Copy { bytes, schedule })
    }

    /// Waits, at most until `deadline`, for the right to check and write, then holds it
    /// until the file is dropped. The lock is the operating system's: a process that dies
    /// lets go of it at once; one that is stopped holds it, hence the bound.
    pub fn lock(&self, deadline: Instant) -> Result<std::fs::File, LockError> {
        std::fs::create_dir_all(&self.dir).map_err(LockError::Io)?;
        let file = std::fs::File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(self.dir.join("lock"))
            .map_err(LockError::Io)?;
        let started = Instant::now();
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(file),
                Err(std::fs::TryLockError::WouldBlock) => {}
                Err(std::fs::TryLockError::Error(error)) => return Err(LockError::Io(error)),
            }
            if Instant::now() >= deadline {
                return Err(LockError::Busy(started.elapsed()));
            }
            std::thread::sleep(Duration::from_millis(25));
        }
    }

    /// Stores a verified download: signature and schedule in one file, replaced by one
    /// rename; the copy it replaces is kept as the previous one. Call under [`Cache::lock`].
    pub fn store(&self, bytes: &[u8], signature: &[u8], keys: &TrustedKeys) -> std::io::Result<()> {
        self.remove_leftovers();
        let current = self.copy_path();
        // Only a copy that still verifies becomes the previous one: a damaged copy must
        // never replace the good previous copy that would stand in for it.
        if read_verified(&current, keys).is_ok() {
            // A hard link costs no room on a full disk; where links are not possible the
            // previous copy is simply not kept.
            let previous = self.previous_path();
            let link = self.dir.join(".previous-link");
            let _ = std::fs::remove_file(&link);
            if std::fs::hard_link(&current, &link).is_ok() {
                let _ = std::fs::rename(&link, &previous);
                // rename() does nothing when both names are already links to one file
                // (a killed store linked them): the spare name goes.
                let _ = std::fs::remove_file(&link);
            }
        }
        crate::atomic_file::write(&current, &encode(bytes, signature))?;
        let (schedule, signature) = self.legacy_paths();
        let _ = std::fs::remove_file(signature);
        let _ = std::fs::remove_file(schedule);
        Ok(())
    }

    /// Removes what a killed check left half-written (temporary files). Call under
    /// [`Cache::lock`]: no other writer is at work then.
    pub fn remove_leftovers(&self) {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return;
        };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name.starts_with(".tmp") || name == ".previous-link" {
                match std::fs::remove_file(entry.path()) {
                    Ok(()) => {
                        tracing::info!(file = %name, "removed a leftover of an interrupted check");
                    }
                    Err(error) => tracing::warn!(file = %name, %error, "cannot remove a leftover"),
                }
            }
        }
    }

    /// A pair kept by an older Loket (`schedule.ron` and `schedule.ron.minisig`) becomes
    /// the one-file copy, if it verifies and there is no copy yet. Call under the lock.
    pub fn adopt_legacy(&self, keys: &TrustedKeys) {
        if self.copy_path().exists() {
            return;
        }
        let (schedule, signature) = self.legacy_paths();
        let (Ok(bytes), Ok(sig)) = (
            crate::places::read_file(&schedule),
            read_signature(&signature),
        ) else {
            return;
        };
        if keys.verify(&bytes, &sig).is_ok() {
            match self.store(&bytes, &sig, keys) {
                Ok(()) => {
                    tracing::info!(dir = %self.dir.display(), "the fleet copy now keeps its signature in the same file");
                }
                Err(error) => tracing::warn!(%error, "cannot convert the old fleet copy"),
            }
        }
    }
}

/// `schedule.ron` → `schedule.ron.minisig`, as minisign names it.
pub fn signature_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".minisig");
    PathBuf::from(name)
}

/// The one-file form: a line naming the format, then the signature and the schedule, each
/// after a line giving its length, so a cut file is noticed.
fn encode(schedule: &[u8], signature: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(schedule.len() + signature.len() + 64);
    out.extend_from_slice(MAGIC.as_bytes());
    out.extend_from_slice(format!("signature {}\n", signature.len()).as_bytes());
    out.extend_from_slice(signature);
    out.extend_from_slice(format!("\nschedule {}\n", schedule.len()).as_bytes());
    out.extend_from_slice(schedule);
    out
}

/// The schedule and signature of a one-file copy.
fn decode(file: &[u8]) -> Result<(&[u8], &[u8]), String> {
    let damaged = |what: &str| format!("the copy is damaged ({what})");
    let rest = file
        .strip_prefix(MAGIC.as_bytes())
        .ok_or_else(|| damaged("not a verified copy"))?;
    let (signature, rest) = section(rest, "signature").ok_or_else(|| damaged("signature"))?;
    let rest = rest
        .strip_prefix(b"\n")
        .ok_or_else(|| damaged("signature"))?;
    let (schedule, rest) = section(rest, "schedule").ok_or_else(|| damaged("cut short"))?;
    if !rest.is_empty() {
        return Err(damaged("bytes after the schedule"));
    }
    Ok((schedule, signature))
}

/// `NAME LEN\n` then LEN bytes: the bytes and what follows them.
fn section<'a>(bytes: &'a [u8], name: &str) -> Option<(&'a [u8], &'a [u8])> {
    let newline = bytes.iter().take(40).position(|b| *b == b'\n')?;
    let header = std::str::from_utf8(&bytes[..newline]).ok()?;
    let len: usize = header.strip_prefix(name)?.strip_prefix(' ')?.parse().ok()?;
    let body = &bytes[newline + 1..];
    (body.len() >= len).then(|| body.split_at(len))
}

/// Reads a one-file copy and checks its signature; gives the schedule's bytes only when it
/// verifies. One read of one file: an update meanwhile replaces the file whole.
pub fn read_verified(path: &Path, keys: &TrustedKeys) -> Result<Vec<u8>, String> {
    let limit = (MAX_FILE_BYTES as u64) + MAX_SIGNATURE_BYTES + 128;
    let metadata =
        std::fs::metadata(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    if !metadata.is_file() {
        return Err(format!("{} is not a regular file", path.display()));
    }
    let mut file = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(limit).read_to_end(&mut file))
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let (schedule, signature) = decode(&file)?;
    keys.verify(schedule, signature)
        .map(|_| schedule.to_vec())
        .map_err(|e| format!("its signature does not verify: {e}"))
}

/// [`read_verified`] of the copy at `path`, or else of the previous copy beside it: the
/// bytes, and why the current copy could not be used when the previous one stands in.
pub fn read_verified_or_previous(
    path: &Path,
    keys: &TrustedKeys,
) -> Result<(Vec<u8>, Option<String>), String> {
    match read_verified(path, keys) {
        Ok(bytes) => Ok((bytes, None)),
        Err(why) => {
            let previous = path.with_file_name(PREVIOUS_FILE);
            match read_verified(&previous, keys) {
                Ok(bytes) if previous != path => Ok((bytes, Some(why))),
                _ => Err(why),
            }
        }
    }
}

/// A `.minisig` file, read only up to [`MAX_SIGNATURE_BYTES`].
pub fn read_signature(path: &Path) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(MAX_SIGNATURE_BYTES)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn far() -> Instant {
        Instant::now() + Duration::from_secs(60)
    }

    #[test]
    fn one_check_at_a_time() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::at(dir.path().join("fleet"));
        let first = cache.lock(far()).unwrap();
        let (done, finished) = std::sync::mpsc::channel();
        let other = cache.clone();
        std::thread::spawn(move || {
            let _second = other.lock(far()).unwrap();
            done.send(()).unwrap();
        });
        assert!(
            finished.recv_timeout(Duration::from_millis(300)).is_err(),
            "a second check waits while the first holds the cache"
        );
        drop(first);
        assert!(finished.recv_timeout(Duration::from_secs(5)).is_ok());
    }

    #[test]
    fn a_stopped_holder_blocks_a_check_only_until_its_deadline() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::at(dir.path().join("fleet"));
        let _held = cache.lock(far()).unwrap();
        let started = Instant::now();
        let refused = cache.lock(Instant::now() + Duration::from_millis(200));
        assert!(matches!(refused, Err(LockError::Busy(_))));
        assert!(started.elapsed() < Duration::from_secs(2));
        assert!(refused.unwrap_err().to_string().contains("try again later"));
    }

    #[test]
    fn the_one_file_form_reads_back_and_a_cut_file_is_damaged() {
        let file = encode(b"Schedule()", b"sig\nlines\n");
        assert_eq!(
            decode(&file),
            Ok((&b"Schedule()"[..], &b"sig\nlines\n"[..]))
        );
        for cut in [10, file.len() - 1] {
            let error = decode(&file[..cut]).unwrap_err();
            assert!(error.contains("damaged"), "{error}");
        }
        let mut longer = file.clone();
        longer.push(b'x');
        assert!(decode(&longer).is_err());
    }

    #[test]
    fn a_store_keeps_the_previous_verified_copy_and_clears_leftovers() {
        // Made with minisign (see signature.rs): a signature of the four bytes "test".
        const KEY: &str = "RWRTKHMjgAGhtTR89giiN5fGoIXLKjlgTRPctY/tWF1enUdy3XffH6M0";
        const SIGNATURE: &[u8] = b"untrusted comment: signature from minisign secret key
RURTKHMjgAGhtVp04I+5W9taAsWF9BU9ppMyDlAEgTp/YfJXvFvutbGVI2m+1Y66xkK9Z9RAAMx7JbN40jgKCaArXC2g+Vv+hgQ=
trusted comment: file:test
/dLhZztwTsWkNO+7rOq/jMaUUXOwwu2eyQJIS3q/aX69aEWk9SyZhBNmgPX9OUB9Yiq+9fXQrMyLJOUuipGyDw==
";
        let keys = TrustedKeys::new([KEY]).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::at(dir.path());
        std::fs::write(dir.path().join(".tmpAbC123"), b"half").unwrap();
        std::fs::write(dir.path().join("schedule.ron"), b"legacy").unwrap();
        cache.store(b"test", SIGNATURE, &keys).unwrap();
        assert!(
            !cache.previous_path().exists(),
            "nothing before the first copy"
        );
        cache.store(b"test", SIGNATURE, &keys).unwrap();
        assert_eq!(
            read_verified(&cache.previous_path(), &keys),
            Ok(b"test".to_vec())
        );
        let mut names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        assert_eq!(names, [PREVIOUS_FILE, COPY_FILE]);
        // A damaged copy never becomes the previous one.
        std::fs::write(cache.copy_path(), b"damaged").unwrap();
        cache.store(b"test", SIGNATURE, &keys).unwrap();
        assert_eq!(
            read_verified(&cache.previous_path(), &keys),
            Ok(b"test".to_vec())
        );
        assert_eq!(
            read_verified(&cache.copy_path(), &keys),
            Ok(b"test".to_vec())
        );
    }
}
