//! The bad-input corpus: every broken schedule in `tests/bad/` must produce exactly the
//! diagnostics in its `.expect` file (line:col: severity: message), all of them at once.

use std::fs;
use std::path::Path;

use loket::schedule::{self, MAX_FILE_BYTES};

fn rendered(bytes: &[u8]) -> (bool, Vec<String>) {
    let checked = schedule::check_bytes(bytes);
    let lines = checked
        .diagnostics
        .iter()
        .map(|d| format!("{}: {}: {}", d.at, d.severity, d.message))
        .collect();
    (checked.schedule.is_some(), lines)
}

#[test]
fn every_broken_schedule_reports_exactly_what_it_should() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad");
    let mut cases = 0;
    let mut failures = Vec::new();
    let mut paths: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    paths.sort();
    for path in paths {
        cases += 1;
        let expect_path = path.with_extension("expect");
        let expected: Vec<String> = fs::read_to_string(&expect_path)
            .unwrap_or_else(|_| panic!("{} has no .expect file", path.display()))
            .lines()
            .map(str::to_owned)
            .collect();
        assert!(
            !expected.is_empty(),
            "{} expects nothing",
            expect_path.display()
        );
        let (accepted, actual) = rendered(&fs::read(&path).unwrap());
        let has_errors = expected.iter().any(|l| l.contains(": error: "));
        if actual != expected || accepted == has_errors {
            failures.push(format!(
                "{}\n  expected: {expected:#?}\n  actual:   {actual:#?}\n  accepted: {accepted}",
                path.display()
            ));
        }
    }
    assert!(cases >= 30, "the corpus has only {cases} cases");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn oversized_files_are_refused_before_parsing() {
    let huge = vec![b' '; MAX_FILE_BYTES + 1];
    let (accepted, lines) = rendered(&huge);
    assert!(!accepted);
    assert_eq!(
        lines,
        [
            "1:1: error: the file is 1048577 bytes (1.0 MiB); a schedule is at most 1024 KiB, so this is probably not a schedule"
        ]
    );
}

#[test]
fn extreme_nesting_and_endless_input_do_not_panic() {
    let deep = format!("Schedule(title: {{\"en\": {}", "(".repeat(100_000));
    let (accepted, lines) = rendered(deep.as_bytes());
    assert!(!accepted);
    assert_eq!(lines.len(), 1);
    let brackets = "[".repeat(200_000);
    assert!(!rendered(brackets.as_bytes()).0);
}

#[test]
fn a_windows_byte_order_mark_is_accepted() {
    let mut bytes = "\u{FEFF}".as_bytes().to_vec();
    bytes.extend_from_slice(schedule::BUNDLED.as_bytes());
    let (accepted, lines) = rendered(&bytes);
    assert!(accepted, "{lines:?}");
}

#[test]
fn valid_ron_that_once_panicked_is_accepted() {
    // A nested block comment and a raw string, each with a non-ASCII letter.
    let commented = format!("/* note /* old */ café */\n{}", schedule::BUNDLED);
    let (accepted, lines) = rendered(commented.as_bytes());
    assert!(accepted, "{lines:?}");
    assert!(lines.is_empty(), "{lines:?}");
    let raw = schedule::BUNDLED.replacen("\"Outreach1\"", "r#\"Outr\"é\"#", 1);
    assert_ne!(raw, schedule::BUNDLED);
    let checked = schedule::check_str(&raw);
    let passcode = &checked.schedule.expect("valid").categories[0].hosts[0].passcode;
    assert_eq!(passcode.as_str(), "Outr\"é");
}

/// Hostile files: each is checked in well under a second (release; a few seconds in a
/// debug build) and no line of the report is longer than 500 characters.
#[test]
fn hostile_files_take_bounded_time_and_print_bounded_lines() {
    let huge = "x".repeat(1_000_000);
    let bundled = schedule::BUNDLED;
    let hostile = [
        bundled.replacen("Africa/Johannesburg", &huge, 1),
        bundled.replacen("time_zone:", &format!("{huge}: 1, time_zone:"), 1),
        bundled.replacen("\"Outreach1\"", &format!("\"{huge}\""), 1),
        // Thousands of broken meeting IDs on one line.
        bundled.replacen(
            "categories: [",
            &format!(
                "categories: [{}",
                "(id: \"x\", name: {\"en\": \"X\"}, hosts: [(label: {\"en\": \"H\"}, meeting_id: \"1x\")]),"
                    .repeat(9_000)
            ),
            1,
        ),
        // Thousands of overrides that all overlap.
        bundled.replacen(
            "categories: [",
            &format!(
                "overrides: [{}], categories: [",
                "(date: \"2025-12-01\", until: \"2025-12-31\", rule: Closed(reason: {\"en\": \"X\"})),"
                    .repeat(10_000)
            ),
            1,
        ),
        format!("/*{}", "/* ".repeat(400_000)),
        format!("Schedule(title: {{\"en\": r#\"{huge}"),
    ];
    // Ten thousand overlapping overrides only warn: the file stays good.
    let overlapping = bundled.replacen(
        "overrides: [",
        &format!(
            "overrides: [{}",
            "(date: \"2025-12-01\", until: \"2025-12-31\", rule: Closed(reason: {\"en\": \"X\"})),"
                .repeat(10_000)
        ),
        1,
    );
    let (accepted, lines) = rendered(overlapping.as_bytes());
    assert!(accepted, "{:?}", lines.last());
    assert_eq!(lines.len(), 101);
    for text in hostile {
        assert!(text.len() <= 2 * MAX_FILE_BYTES);
        let started = std::time::Instant::now();
        let (accepted, lines) = rendered(text.as_bytes());
        let took = started.elapsed();
        assert!(!accepted);
        assert!(!lines.is_empty());
        assert!(lines.len() <= 101, "{} lines", lines.len());
        for line in &lines {
            assert!(line.chars().count() <= 500, "{} characters", line.len());
        }
        let limit = if cfg!(debug_assertions) { 10 } else { 1 };
        assert!(took.as_secs() < limit, "{took:?} for {}", &lines[0]);
    }
}

/// `LOKET_BLESS=1 cargo test --test bad_input bless` rewrites the `.expect` files from what
/// the checker says now; review the diff before committing it.
/// Ignored in ordinary runs (cargo counts it as ignored), so it can never pass unseen.
#[test]
#[ignore = "rewrites tests/bad/*.expect: run with --ignored when the checker's words change"]
fn bless() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad");
    for entry in fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "ron") {
            let (_, lines) = rendered(&fs::read(&path).unwrap());
            fs::write(path.with_extension("expect"), lines.join("\n") + "\n").unwrap();
        }
    }
}
