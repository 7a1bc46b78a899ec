//! Watching the schedule file. The parent directory is watched, not the file: editors that
//! save by writing a temporary file and renaming it over the original (vim, VS Code, gedit)
//! replace the file's inode, and a watch on the old inode goes silent forever. Events for
//! other files in the directory (swap files, backups) are ignored. Editors produce several
//! events per save and a reader can catch a half-written file, so changes are debounced:
//! one change is reported once the file has been quiet for [`DEBOUNCE`].

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::time::Duration;

use notify::{EventKind, RecommendedWatcher, RecursiveMode, Watcher as _};
use tokio::sync::mpsc;

pub const DEBOUNCE: Duration = Duration::from_millis(200);

pub struct Watcher {
    // Kept alive for as long as changes are wanted.
    _watcher: RecommendedWatcher,
    events: mpsc::UnboundedReceiver<()>,
    pub path: PathBuf,
}

impl Watcher {
    /// Starts watching `path`'s directory for changes to `path`. The file need not exist.
    pub fn new(path: &Path) -> notify::Result<Watcher> {
        let path = std::path::absolute(path)?;
        let directory = path
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("."));
        let name: OsString = path.file_name().map(OsString::from).unwrap_or_default();
        let (sender, events) = mpsc::unbounded_channel();
        let mut watcher =
            notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
                let Ok(event) = event else { return };
                // Opening or reading the file changes nothing.
                if matches!(event.kind, EventKind::Access(_)) {
                    return;
                }
                let ours = event
                    .paths
                    .iter()
                    .any(|p| p.file_name() == Some(name.as_os_str()));
                if ours {
                    let _ = sender.send(());
                }
            })?;
        watcher.watch(&directory, RecursiveMode::NonRecursive)?;
        Ok(Watcher {
            _watcher: watcher,
            events,
            path,
        })
    }

    /// Waits for the next change to the file and returns once it has been quiet for
    /// [`DEBOUNCE`]. `None` when watching has ended.
    pub async fn next_change(&mut self) -> Option<()> {
        self.events.recv().await?;
        loop {
            match tokio::time::timeout(DEBOUNCE, self.events.recv()).await {
                Ok(Some(())) => continue,
                Ok(None) => return Some(()),
                Err(_quiet) => return Some(()),
            }
        }
    }
}
