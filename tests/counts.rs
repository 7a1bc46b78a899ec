//! Counts for supervisors with real SQLite files: the window counts what it does (off its
//! thread) and shows today's number to staff; `loket report` reads the file while a window
//! writes; `kill -9` at random moments during writes (100 times) never corrupts the file or
//! loses a finished write; a full disk (a 64 KB tmpfs) and a read-only folder leave the
//! window working and tell staff in one line. The tmpfs tests mount file systems: the test
//! command requires that when it runs as root (as CI does); elsewhere they say SKIPPED.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chrono::{DateTime, NaiveDate, Utc};
use loket::clock::Clock;
use loket::counts::recorder::Recorder;
use loket::counts::store::Store;
use loket::counts::{Action, Config, Mode, Record};
use loket::source::Search;
use loket::ui::message::Message;
use loket::ui::{App, Options, details};

const LOKET: &str = env!("CARGO_BIN_EXE_loket");
const OPEN: &str = "2025-12-09T17:32:00+02:00";

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).unwrap().to_utc()
}

fn config(site: &str, report_dir: Option<PathBuf>) -> Config {
    Config {
        site: site.to_owned(),
        report_dir,
        keep_days: 730,
    }
}

fn window(recorder: Recorder, kiosk: bool) -> App {
    let mut app = App::new(Options {
        lang: None,
        counts: Some(recorder),
        search: Search::BuiltIn,
        read: loket::live::read,
        clock: Clock::Fixed(at(OPEN)),
        kiosk,
        prefs_path: None,
        last_good: None,
        fleet: None,
    });
    let _ = app.update(Message::WindowResized(iced::Size::new(1366.0, 900.0)));
    app
}

/// Waits until `condition` holds (the writer thread is asynchronous), at most 10 s.
fn eventually(what: &str, mut condition: impl FnMut() -> bool) {
    let start = Instant::now();
    while !condition() {
        assert!(start.elapsed() < Duration::from_secs(10), "never: {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Rows in the file; 0 while the writer thread has created the file but not yet its table
/// (the tests poll this while that thread starts).
fn count_rows(db: &Path) -> usize {
    Store::open_read_only(db)
        .and_then(|store| {
            store.rows(
                NaiveDate::from_ymd_opt(2000, 1, 1).unwrap(),
                NaiveDate::from_ymd_opt(2100, 1, 1).unwrap(),
            )
        })
        .map_or(0, |rows| rows.len())
}

fn use_the_window(app: &mut App) {
    let _ = app.update(Message::Details(details::Message::ChooseCategory(6)));
    let _ = app.update(Message::Details(details::Message::Copy(
        details::CopyWhat::Both,
    )));
    let _ = app.update(Message::Details(details::Message::Opened(
        details::JoinWith::App,
        Ok(()),
    )));
    let _ = app.update(Message::Details(details::Message::Printed(Ok(
        "LoketPDF".to_owned()
    ))));
    let _ = app.update(Message::Details(details::Message::Opened(
        details::JoinWith::Browser,
        Err("no browser".to_owned()),
    )));
}

#[test]
fn the_window_counts_off_its_thread_and_staff_see_today() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("counts.sqlite");
    let reports = dir.path().join("share");
    let today = NaiveDate::from_ymd_opt(2025, 12, 9).unwrap();
    let recorder = Recorder::start(
        db.clone(),
        config("Centurion library", Some(reports.clone())),
        today,
    );
    let mut app = window(recorder, false);
    use_the_window(&mut app);
    eventually("four rows", || db.exists() && count_rows(&db) == 4);
    let store = Store::open_read_only(&db).unwrap();
    let rows = store.rows(today, today).unwrap();
    let actions: Vec<&str> = rows.iter().map(|r| r.action.as_str()).collect();
    assert_eq!(
        actions,
        ["details_opened", "copied", "zoom_opened", "printed"],
        "a failed launch is not counted"
    );
    assert!(rows.iter().all(|r| r.category == "electricity"
        && r.site == "Centurion library"
        && r.mode == "counter"));
    // Two of them put the meeting in the resident's hands (Zoom, a slip).
    eventually("the strip's count", || {
        app.counts_line() == Some((false, "Today: 2 residents helped".to_owned()))
    });
    // The day's file in the shared folder, whole.
    let file = reports.join("Centurion-library_2025-12-09.csv");
    eventually("the day's file", || {
        std::fs::read_to_string(&file).is_ok_and(|t| t.lines().count() == 5)
    });
    // Nothing personal is stored: a number typed in the send box is nowhere in the file.
    let _ = app.update(Message::Details(details::Message::OpenSend));
    let _ = app.update(Message::Details(details::Message::SendNumber(
        "082 123 4567".to_owned(),
    )));
    let _ = app.update(Message::Details(details::Message::Sent(
        details::SendWith::WhatsApp,
        Ok(()),
    )));
    eventually("the send", || count_rows(&db) == 5);
    let bytes = std::fs::read(&db).unwrap();
    let wal = std::fs::read(db.with_extension("sqlite-wal")).unwrap_or_default();
    for needle in ["082 123 4567", "0821234567", "27821234567"] {
        let found = |haystack: &[u8]| {
            haystack
                .windows(needle.len())
                .any(|w| w == needle.as_bytes())
        };
        assert!(!found(&bytes) && !found(&wal), "{needle} is stored");
    }
    // A kiosk counts as a kiosk and shows no count to residents.
    let kiosk = window(
        Recorder::start(db.clone(), config("Centurion library", None), today),
        true,
    );
    assert_eq!(kiosk.counts_line(), None);
}

#[test]
fn reports_group_and_total_while_a_window_writes() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("counts.sqlite");
    let store = Store::open(&db).unwrap();
    let days = ["2025-12-08", "2025-12-09", "2025-12-09", "2025-12-15"];
    for (index, day) in days.iter().enumerate() {
        let date = NaiveDate::parse_from_str(day, "%Y-%m-%d").unwrap();
        for action in [Action::DetailsOpened, Action::ZoomOpened] {
            store
                .record(&Record {
                    at: at(&format!("{day}T15:00:00Z")),
                    local_date: date,
                    site: "Centurion".to_owned(),
                    mode: Mode::Counter,
                    category: if index % 2 == 0 { "water" } else { "general" }.to_owned(),
                    action,
                })
                .unwrap();
        }
    }
    // A writer keeps the file busy while the reports run.
    let writer_db = db.clone();
    let writer = std::thread::spawn(move || {
        let store = Store::open(&writer_db).unwrap();
        for _ in 0..200 {
            store
                .record(&Record {
                    at: at("2025-12-20T15:00:00Z"),
                    local_date: NaiveDate::from_ymd_opt(2025, 12, 20).unwrap(),
                    site: "Centurion".to_owned(),
                    mode: Mode::Kiosk,
                    category: "water".to_owned(),
                    action: Action::Copied,
                })
                .unwrap();
        }
    });
    let report = |args: &[&str]| {
        let out = Command::new(LOKET)
            .args(["report", "--db"])
            .arg(&db)
            .args(["--from", "2025-12-01", "--to", "2025-12-14"])
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let csv = report(&["--by", "category", "--format", "csv"]);
    assert_eq!(
        csv,
        "category,actions,helped\ngeneral,2,1\nwater,4,2\ntotal,6,3\n"
    );
    let days_csv = report(&["--by", "day", "--format", "csv"]);
    assert_eq!(
        days_csv,
        "day,actions,helped\n2025-12-08,2,1\n2025-12-09,4,2\ntotal,6,3\n"
    );
    let weeks = report(&["--by", "week", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&weeks).unwrap();
    assert_eq!(json["rows"][0]["key"], "2025-W50");
    assert_eq!(json["total"]["actions"], 6);
    let table = report(&["--by", "action"]);
    assert!(table.contains("zoom_opened"), "{table}");
    assert!(
        table.lines().last().unwrap().starts_with("total"),
        "{table}"
    );
    writer.join().unwrap();
    assert!(Store::open(&db).unwrap().intact().unwrap());
}

#[test]
fn reports_across_three_machines_count_each_row_once() {
    let dir = tempfile::tempdir().unwrap();
    let share = dir.path().join("share");
    for (site, actions) in [("Centurion", 3), ("Soshanguve", 2), ("Mamelodi", 4)] {
        let db = dir.path().join(format!("{site}.sqlite"));
        let store = Store::open(&db).unwrap();
        for _ in 0..actions {
            store
                .record(&Record {
                    at: at("2025-12-09T15:00:00Z"),
                    local_date: NaiveDate::from_ymd_opt(2025, 12, 9).unwrap(),
                    site: site.to_owned(),
                    mode: Mode::Counter,
                    category: "water".to_owned(),
                    action: Action::ZoomOpened,
                })
                .unwrap();
        }
        let date = NaiveDate::from_ymd_opt(2025, 12, 9).unwrap();
        // Written twice (as every action rewrites the day's file), and once copied aside.
        loket::counts::export::write_day(&store, &share, site, date).unwrap();
        let path = loket::counts::export::write_day(&store, &share, site, date).unwrap();
        if site == "Mamelodi" {
            std::fs::copy(&path, share.join("Mamelodi_2025-12-09 (copy).csv")).unwrap();
        }
    }
    let out = Command::new(LOKET)
        .args(["report", "--from-dir"])
        .arg(&share)
        .args([
            "--from",
            "2025-12-01",
            "--to",
            "2025-12-31",
            "--by",
            "site",
            "--format",
            "csv",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "site,actions,helped\nCenturion,3,3\nMamelodi,4,4\nSoshanguve,2,2\ntotal,9,9\n"
    );
    // A file that is not Loket's is named.
    std::fs::write(share.join("notes.csv"), "hello\n").unwrap();
    let out = Command::new(LOKET)
        .args(["report", "--from-dir"])
        .arg(&share)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("notes.csv:1: not a Loket counts file"));
}

/// The child of `kill_9_never_corrupts_or_loses_a_finished_write`: writes rows and says
/// "done N" after each one is committed.
#[test]
#[ignore = "run by kill_9_never_corrupts_or_loses_a_finished_write"]
fn writer_child() {
    let Some(db) = std::env::var_os("LOKET_COUNTS_CHILD_DB") else {
        return;
    };
    let store = Store::open(Path::new(&db)).unwrap();
    for n in 1.. {
        store
            .record(&Record {
                at: Utc::now(),
                local_date: NaiveDate::from_ymd_opt(2025, 12, 9).unwrap(),
                site: "Centurion".to_owned(),
                mode: Mode::Counter,
                category: "water".to_owned(),
                action: Action::Copied,
            })
            .unwrap();
        println!("done {n}");
    }
}

#[test]
fn kill_9_never_corrupts_or_loses_a_finished_write() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("counts.sqlite");
    let mut finished = 0;
    for round in 0..100 {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "writer_child",
                "--exact",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env("LOKET_COUNTS_CHILD_DB", &db)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
                .filter_map(|l| {
                    l.strip_prefix("done ")
                        .and_then(|n| n.parse::<usize>().ok())
                })
                .last()
                .unwrap_or(0)
        });
        // A random moment: before the file exists, mid-write, or after many rows.
        std::thread::sleep(Duration::from_millis(fastrand::u64(1..60)));
        // SIGKILL: no destructor, no flush, as a power cut or `kill -9` would leave it.
        child.kill().unwrap();
        child.wait().unwrap();
        finished += reader.join().unwrap();
        if db.exists() {
            let store = Store::open(&db).unwrap();
            assert!(
                store.intact().unwrap(),
                "round {round}: integrity_check failed"
            );
            let rows = count_rows(&db);
            assert!(
                rows >= finished,
                "round {round}: {rows} rows but {finished} writes finished"
            );
        }
    }
    assert!(finished > 100, "the writers wrote ({finished} rows)");
}

/// Mounts a tmpfs of `size` at a new folder; unmounted on drop.
struct Mounted(PathBuf);

impl Mounted {
    /// `None` (said on stderr) where mounting is not permitted, unless the test command
    /// requires it (`LOKET_REQUIRE_TMPFS=1`, set when it runs as root, as CI does).
    fn tmpfs(size: &str) -> Option<Mounted> {
        let dir = tempfile::tempdir().unwrap().keep();
        let done = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(&dir)
            .output()
            .expect("mount runs");
        if done.status.success() {
            return Some(Mounted(dir));
        }
        let why = String::from_utf8_lossy(&done.stderr);
        assert!(
            std::env::var("LOKET_REQUIRE_TMPFS").as_deref() != Ok("1"),
            "cannot mount a tmpfs: {why}"
        );
        eprintln!("SKIPPED: mounting a tmpfs is not permitted here ({why})");
        None
    }

    fn read_only(&self) {
        let ok = Command::new("mount")
            .args(["-o", "remount,ro"])
            .arg(&self.0)
            .status()
            .is_ok_and(|s| s.success());
        assert!(ok);
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
        let _ = std::fs::remove_dir(&self.0);
    }
}

#[test]
fn a_full_disk_or_a_read_only_folder_leave_the_window_working() {
    let today = NaiveDate::from_ymd_opt(2025, 12, 9).unwrap();
    // Full: a 64 KB tmpfs fills up after some rows.
    let Some(full) = Mounted::tmpfs("64k") else {
        return;
    };
    let db = full.0.join("counts.sqlite");
    let mut app = window(
        Recorder::start(db.clone(), config("Centurion", None), today),
        false,
    );
    for _ in 0..400 {
        use_the_window(&mut app);
    }
    eventually("staff told of the full disk", || {
        app.counts_line().is_some_and(|(failing, line)| {
            failing && line.starts_with("Counts are not being saved:")
        })
    });
    // The window still works: the details show, a copy still copies.
    let _ = app.update(Message::Details(details::Message::Copy(
        details::CopyWhat::Passcode,
    )));
    assert!(app.category().is_some());
    let written = count_rows(&db);
    assert!(written > 0, "some rows fit");
    assert!(Store::open_read_only(&db).unwrap().intact().unwrap());

    // Read-only: nothing can be created at all.
    let Some(read_only) = Mounted::tmpfs("1m") else {
        return;
    };
    read_only.read_only();
    let db = read_only.0.join("counts.sqlite");
    let mut app = window(
        Recorder::start(db.clone(), config("Centurion", None), today),
        false,
    );
    use_the_window(&mut app);
    eventually("staff told of the read-only folder", || {
        app.counts_line().is_some_and(|(failing, _)| failing)
    });
    assert!(!db.exists());
    let _ = app.update(Message::Details(details::Message::Back));
    assert!(app.category().is_none(), "the window goes on");
}
