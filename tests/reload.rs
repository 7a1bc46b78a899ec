//! Hot reload with real files and the real watcher: every way editors save, broken and
//! half-written saves, bursts. After each, what Loket holds is checked, and that no bad
//! schedule was ever applied.

use std::fs;
use std::io::Write;
use std::path::PathBuf;
use std::time::Duration;

use chrono::Utc;
use loket::live::{FileTrouble, LiveSchedule, Origin, Reload};
use loket::schedule::{self, Schedule};
use loket::source::Search;
use loket::watch::Watcher;

/// A schedule whose first category is called `name`.
fn version(name: &str) -> String {
    schedule::BUNDLED.replace("General enquiries", name)
}

fn broken() -> String {
    schedule::BUNDLED.replace("\"16:00\"", "\"25:00\"")
}

struct Harness {
    _dir: tempfile::TempDir,
    path: PathBuf,
    live: LiveSchedule,
    watcher: Watcher,
    /// Every schedule that was ever applied, to prove no bad one was.
    applied: Vec<Schedule>,
}

impl Harness {
    fn new() -> Harness {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("schedule.ron");
        fs::write(&path, version("v0")).unwrap();
        let live = LiveSchedule::start(Search::file(&path), None, Utc::now());
        assert_eq!(live.origin, Origin::File);
        let watcher = Watcher::new(&path).unwrap();
        Harness {
            _dir: dir,
            path,
            live,
            watcher,
            applied: Vec::new(),
        }
    }

    /// Waits for changes the way the window does (debounced), reloading after each, until
    /// `reached` holds: events, not sleeps, with a deadline generous enough for a loaded
    /// 2-core machine. Returns what the reloads did.
    async fn until(&mut self, reached: impl Fn(&Harness) -> bool) -> Vec<Reload> {
        let deadline = std::time::Instant::now() + Duration::from_secs(30);
        let mut outcomes = Vec::new();
        while !reached(self) {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            assert!(
                !left.is_zero(),
                "not reached within 30 s; reloads: {outcomes:?}"
            );
            if let Ok(Some(())) = tokio::time::timeout(left, self.watcher.next_change()).await {
                outcomes.push(self.reload());
            }
        }
        outcomes
    }

    /// Waits for the next change and reloads once.
    async fn next_reload(&mut self) -> Reload {
        let change =
            tokio::time::timeout(Duration::from_secs(30), self.watcher.next_change()).await;
        assert!(matches!(change, Ok(Some(()))), "no change within 30 s");
        self.reload()
    }

    fn reload(&mut self) -> Reload {
        let outcome = self.live.reload(Utc::now());
        if outcome == Reload::Applied {
            self.applied.push(self.live.schedule.clone());
        }
        outcome
    }

    fn first_name(&self) -> &str {
        self.live.schedule.categories[0].name.en()
    }

    fn no_bad_state_was_applied(&self) {
        for schedule in &self.applied {
            assert!(
                schedule.categories[0].name.en().starts_with('v'),
                "an applied schedule is not one of the good versions"
            );
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn edit_in_place() {
    let mut h = Harness::new();
    let mut file = fs::OpenOptions::new()
        .write(true)
        .truncate(true)
        .open(&h.path)
        .unwrap();
    file.write_all(version("v1").as_bytes()).unwrap();
    drop(file);
    let outcomes = h.until(|h| h.first_name() == "v1").await;
    assert_eq!(outcomes.last(), Some(&Reload::Applied), "{outcomes:?}");
    assert_eq!(h.live.trouble, None);
}

#[tokio::test(flavor = "multi_thread")]
async fn write_temporary_then_rename_like_vim_vscode_gedit() {
    let mut h = Harness::new();
    // A swap file and a backup beside it, as vim writes them, then the rename.
    let dir = h.path.parent().unwrap().to_owned();
    fs::write(dir.join(".schedule.ron.swp"), "swap").unwrap();
    fs::write(dir.join("schedule.ron~"), version("v0")).unwrap();
    let temp = dir.join(".schedule.ron.tmp1234");
    fs::write(&temp, version("v2")).unwrap();
    fs::rename(&temp, &h.path).unwrap();
    let outcomes = h.until(|h| h.first_name() == "v2").await;
    assert!(outcomes.contains(&Reload::Applied), "{outcomes:?}");
    // The watch survives the replaced inode: a second rename is seen too.
    fs::write(&temp, version("v3")).unwrap();
    fs::rename(&temp, &h.path).unwrap();
    h.until(|h| h.first_name() == "v3").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn files_beside_it_are_ignored() {
    let mut h = Harness::new();
    let dir = h.path.parent().unwrap().to_owned();
    fs::write(dir.join("schedule.ron.bak"), broken()).unwrap();
    fs::write(dir.join(".schedule.ron.swp"), "x").unwrap();
    fs::write(dir.join("other.ron"), "x").unwrap();
    // Two seconds of quiet is ten debounce periods: a change for another file would be here.
    let change = tokio::time::timeout(Duration::from_secs(2), h.watcher.next_change()).await;
    assert!(change.is_err(), "a change was reported for another file");
    // And the watcher does work: the file itself is noticed.
    fs::write(&h.path, version("v9")).unwrap();
    h.until(|h| h.first_name() == "v9").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn delete_then_recreate() {
    let mut h = Harness::new();
    fs::remove_file(&h.path).unwrap();
    let outcomes = h.until(|h| h.live.trouble.is_some()).await;
    assert_eq!(outcomes.last(), Some(&Reload::Unreadable), "{outcomes:?}");
    assert_eq!(
        h.first_name(),
        "v0",
        "the schedule stays while the file is gone"
    );
    assert!(matches!(h.live.trouble, Some(FileTrouble::Unreadable(_))));

    fs::write(&h.path, version("v4")).unwrap();
    let outcomes = h.until(|h| h.first_name() == "v4").await;
    assert_eq!(outcomes.last(), Some(&Reload::Applied), "{outcomes:?}");
    assert_eq!(h.live.trouble, None);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_half_written_file_is_never_applied() {
    let mut h = Harness::new();
    let text = version("v5");
    let (first, rest) = text.split_at(text.len() / 2);
    let mut file = fs::OpenOptions::new()
        .write(true)
        .truncate(true)
        .open(&h.path)
        .unwrap();
    file.write_all(first.as_bytes()).unwrap();
    file.flush().unwrap();
    // The half file is noticed, read, refused, and the old one stays.
    assert_eq!(h.next_reload().await, Reload::Rejected);
    assert_eq!(h.first_name(), "v0");
    file.write_all(rest.as_bytes()).unwrap();
    drop(file);
    let outcomes = h.until(|h| h.first_name() == "v5").await;
    assert_eq!(outcomes.last(), Some(&Reload::Applied), "{outcomes:?}");
    assert_eq!(h.live.trouble, None);
    h.no_bad_state_was_applied();
}

#[tokio::test(flavor = "multi_thread")]
async fn two_hundred_rapid_saves_the_last_one_wins() {
    let mut h = Harness::new();
    for i in 1..=200 {
        fs::write(&h.path, version(&format!("v{i}"))).unwrap();
    }
    let outcomes = h.until(|h| h.first_name() == "v200").await;
    assert!(!outcomes.is_empty());
    assert!(
        outcomes.len() < 20,
        "debouncing should fold the burst, got {} reloads",
        outcomes.len()
    );
    h.no_bad_state_was_applied();
}

#[tokio::test(flavor = "multi_thread")]
async fn good_bad_good() {
    let mut h = Harness::new();
    fs::write(&h.path, broken()).unwrap();
    let outcomes = h.until(|h| h.live.trouble.is_some()).await;
    assert_eq!(outcomes.last(), Some(&Reload::Rejected), "{outcomes:?}");
    assert_eq!(h.first_name(), "v0");
    let problems = h.live.problems();
    assert_eq!(problems.len(), 5, "{problems:?}");
    assert_eq!(problems[0].at.to_string(), "49:16", "Monday's opening time");

    fs::write(&h.path, version("v6")).unwrap();
    h.until(|h| h.first_name() == "v6").await;
    assert!(h.live.problems().is_empty());
    h.no_bad_state_was_applied();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_save_that_changes_nothing_applies_nothing() {
    let mut h = Harness::new();
    fs::write(&h.path, format!("// a new comment\n{}", version("v0"))).unwrap();
    // The save is noticed and read, and nothing is applied.
    assert_eq!(h.next_reload().await, Reload::Unchanged);
    assert!(h.applied.is_empty());
    assert_eq!(h.first_name(), "v0");
}
