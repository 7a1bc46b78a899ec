//! Counts at scale: a year of a million rows (five sites, seven categories, every action),
//! the database's size, `report --by category` over the year (the SQL the command runs, and
//! the command itself), and what one count costs the window (a channel send).
//! `cargo bench --bench counts` prints the figures that benches/RESULTS.md quotes.

use std::time::Instant;

use chrono::{NaiveDate, TimeDelta, TimeZone, Utc};
use loket::counts::recorder::Recorder;
use loket::counts::report::By;
use loket::counts::store::Store;
use loket::counts::{Action, Config, Mode, Record};

const ROWS: usize = 1_000_000;

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("counts.sqlite");
    let mut store = Store::open(&db).unwrap();
    let first = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
    let sites = [
        "Centurion",
        "Soshanguve",
        "Mamelodi",
        "Atteridgeville",
        "Pretoria CBD",
    ];
    let categories = [
        "general",
        "repayment",
        "business",
        "rates",
        "indigent",
        "water",
        "electricity",
    ];
    let started = Instant::now();
    for chunk in 0..(ROWS / 10_000) {
        let records: Vec<Record> = (0..10_000)
            .map(|i| {
                let n = chunk * 10_000 + i;
                let date = first + TimeDelta::days((n % 365) as i64);
                Record {
                    at: Utc.from_utc_datetime(&date.and_hms_opt(15, (n % 60) as u32, 0).unwrap()),
                    local_date: date,
                    site: sites[n % sites.len()].to_owned(),
                    mode: if n % 4 == 0 {
                        Mode::Kiosk
                    } else {
                        Mode::Counter
                    },
                    category: categories[n % categories.len()].to_owned(),
                    action: Action::ALL[n % Action::ALL.len()],
                }
            })
            .collect();
        store.record_many(&records).unwrap();
    }
    println!(
        "insert {ROWS} rows: {:.1} s",
        started.elapsed().as_secs_f64()
    );
    drop(store);
    let size: u64 = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .filter_map(|e| e.metadata().ok())
        .map(|m| m.len())
        .sum();
    println!(
        "database size: {:.1} MB per million rows",
        size as f64 / 1e6
    );

    let store = Store::open_read_only(&db).unwrap();
    let last = first + TimeDelta::days(364);
    let mut best = f64::MAX;
    for _ in 0..5 {
        let started = Instant::now();
        let groups = store.grouped(first, last, By::Category).unwrap();
        best = best.min(started.elapsed().as_secs_f64());
        assert_eq!(groups.iter().map(|g| g.actions).sum::<u64>(), ROWS as u64);
    }
    println!(
        "report --by category for a year (SQL): {:.0} ms (best of 5)",
        best * 1e3
    );

    let binary = concat!(env!("CARGO_MANIFEST_DIR"), "/target/release/loket");
    let binary = std::env::var("LOKET_BINARY").unwrap_or_else(|_| binary.to_owned());
    if std::path::Path::new(&binary).exists() {
        let mut best = f64::MAX;
        for _ in 0..5 {
            let started = Instant::now();
            let out = std::process::Command::new(&binary)
                .args([
                    "report",
                    "--by",
                    "category",
                    "--from",
                    "2025-01-01",
                    "--to",
                    "2025-12-31",
                    "--db",
                ])
                .arg(&db)
                .output()
                .unwrap();
            assert!(out.status.success());
            best = best.min(started.elapsed().as_secs_f64());
        }
        println!(
            "loket report --by category for a year (the command): {:.0} ms (best of 5)",
            best * 1e3
        );
    } else {
        println!("(set LOKET_BINARY to a release loket to time the command itself)");
    }

    // The window's side: building a row and handing it to the writer thread.
    let recorder = Recorder::start(
        dir.path().join("window.sqlite"),
        Config {
            site: "Centurion".to_owned(),
            report_dir: None,
            keep_days: 730,
        },
        first,
    );
    let sends: u32 = 100_000;
    let started = Instant::now();
    for n in 0..sends as usize {
        recorder.record(Record {
            at: Utc::now(),
            local_date: first,
            site: "Centurion".to_owned(),
            mode: Mode::Counter,
            category: categories[n % categories.len()].to_owned(),
            action: Action::Copied,
        });
    }
    let per_send = started.elapsed().as_secs_f64() / f64::from(sends) * 1e9;
    println!(
        "one count on the window's side: {per_send:.0} ns (a channel send; the write is on the counts thread)"
    );
}
