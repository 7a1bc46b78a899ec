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
            "1:1: error: the file is 1024 KiB; a schedule is at most 1024 KiB, so this is probably not a schedule"
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
