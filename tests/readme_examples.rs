//! The README's command examples are run, and what they quote must be what Loket prints:
//! the README cannot drift from the program again. Examples are the lines starting with
//! `$ loket` in the README's plain code blocks; the lines after one, up to a blank line or
//! the next `$`, are its output (stdout then stderr), where a line `…` stands for any lines.

use std::path::Path;
use std::process::Command;

struct Example {
    command: String,
    expected: Vec<String>,
}

fn examples(readme: &str) -> Vec<Example> {
    let mut found = Vec::new();
    // Inside a fence, and whether it is a plain one (no language named).
    let (mut fenced, mut plain) = (false, false);
    let mut current: Option<Example> = None;
    for line in readme.lines() {
        if line.starts_with("```") {
            plain = !fenced && line == "```";
            fenced = !fenced;
            found.extend(current.take());
            continue;
        }
        if !(fenced && plain) {
            continue;
        }
        if let Some(command) = line.strip_prefix("$ loket") {
            found.extend(current.take());
            current = Some(Example {
                command: command.trim().to_owned(),
                expected: Vec::new(),
            });
        } else if line.trim().is_empty() {
            found.extend(current.take());
        } else if let Some(example) = &mut current {
            example.expected.push(line.to_owned());
        }
    }
    found
}

/// Whether `actual` matches `expected`, where an expected `…` line matches any lines.
fn matches(expected: &[String], actual: &[String]) -> bool {
    match expected.split_first() {
        None => actual.is_empty(),
        Some((first, rest)) if first == "…" => {
            (0..=actual.len()).any(|skip| matches(rest, &actual[skip..]))
        }
        Some((first, rest)) => actual
            .split_first()
            .is_some_and(|(line, more)| line == first && matches(rest, more)),
    }
}

#[test]
fn every_command_example_in_the_readme_prints_what_it_quotes() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(repo.join("README.md")).unwrap();
    let examples = examples(&readme);
    assert!(
        examples.len() >= 6,
        "only {} examples found",
        examples.len()
    );
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(repo.join("schedule.ron"), dir.path().join("schedule.ron")).unwrap();
    std::fs::copy(
        repo.join("tests/readme/broken.ron"),
        dir.path().join("broken.ron"),
    )
    .unwrap();
    let mut failures = Vec::new();
    for example in &examples {
        let output = Command::new(env!("CARGO_BIN_EXE_loket"))
            .args(example.command.split_whitespace())
            .current_dir(dir.path())
            // The bundled schedule is the one in use; nothing of this machine's counts.
            .env("LOKET_SCHEDULE", dir.path().join("schedule.ron"))
            .env("HOME", dir.path())
            .env("XDG_CONFIG_HOME", dir.path().join("config"))
            .env("XDG_DATA_HOME", dir.path().join("data"))
            .output()
            .unwrap();
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        )
        .replace('\u{a0}', " ");
        let actual: Vec<String> = text.lines().map(str::to_owned).collect();
        if !matches(&example.expected, &actual) {
            failures.push(format!(
                "$ loket {}\nREADME says:\n{}\nLoket prints:\n{}",
                example.command,
                example.expected.join("\n"),
                actual.join("\n")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn the_matcher_skips_only_where_told() {
    let lines = |text: &str| text.lines().map(str::to_owned).collect::<Vec<_>>();
    assert!(matches(&lines("a\n…"), &lines("a\nb\nc")));
    assert!(matches(&lines("a\n…\nc"), &lines("a\nb\nc")));
    assert!(!matches(&lines("a\nc"), &lines("a\nb\nc")));
    assert!(!matches(&lines("a"), &lines("a\nb")));
}
