//! Translation files from the command line, as a translator and an administrator use them:
//! `check-locale` on files with known faults (each expected finding at its line and
//! column in the case's `expect`), the built-in files clean, and a new language dropped
//! into the user's `locales` folder used by `status --lang` with no rebuild.

use std::path::Path;
use std::process::Command;

const LOKET: &str = env!("CARGO_BIN_EXE_loket");
const TUESDAY_EVENING: &str = "2025-12-09T17:30:00+02:00";

/// A command with the user's folders in `home` only, so no real config is read.
fn loket(home: &Path) -> Command {
    let mut command = Command::new(LOKET);
    command
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env_remove("LOKET_SCHEDULE");
    command
}

#[test]
fn check_locale_reports_each_fault_where_it_is() {
    let home = tempfile::tempdir().unwrap();
    let cases = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad-locale");
    let mut seen = 0;
    for case in std::fs::read_dir(&cases).unwrap().flatten() {
        if !case.path().is_dir() {
            continue;
        }
        let file = case.path().join("af.ftl");
        let expected = std::fs::read_to_string(case.path().join("expect")).unwrap();
        // Against the English the cases were written for, so new messages do not move them.
        let out = loket(home.path())
            .arg("check-locale")
            .arg("--english")
            .arg(cases.join("en.ftl"))
            .arg(&file)
            .output()
            .unwrap();
        let stdout = String::from_utf8(out.stdout).unwrap();
        let prefix = format!("{}:", file.display());
        let findings: Vec<&str> = stdout
            .lines()
            .filter_map(|line| line.strip_prefix(prefix.as_str()))
            .filter(|line| !line.starts_with(' '))
            .collect();
        let expected: Vec<&str> = expected.lines().collect();
        assert_eq!(findings, expected, "{}", case.path().display());
        let errors = expected.iter().any(|l| l.contains(": error: "));
        assert_eq!(out.status.code(), Some(i32::from(errors)), "{stdout}");
        seen += 1;
    }
    assert!(seen >= 6, "the cases are there");
}

#[test]
fn the_built_in_translations_are_clean() {
    let home = tempfile::tempdir().unwrap();
    for code in ["en", "af", "nso", "tn", "zu"] {
        let file = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("assets/locales/{code}.ftl"));
        let out = loket(home.path())
            .arg("check-locale")
            .arg(&file)
            .output()
            .unwrap();
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert!(out.status.success(), "{stdout}");
        assert!(stdout.ends_with("0 errors, 0 warnings\n"), "{stdout}");
    }
}

#[test]
fn a_file_that_is_not_a_translation_is_refused_by_name_or_content() {
    let home = tempfile::tempdir().unwrap();
    let wrong = home.path().join("Sepedi.ftl");
    std::fs::write(&wrong, "back = Boela morago\n").unwrap();
    let out = loket(home.path())
        .arg("check-locale")
        .arg(&wrong)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stdout)
            .contains(":1:1: error: the file's name must be a language code")
    );
    let missing = loket(home.path())
        .arg("check-locale")
        .arg(home.path().join("xx.ftl"))
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn a_new_language_in_the_users_folder_is_used_without_a_rebuild() {
    let home = tempfile::tempdir().unwrap();
    let folder = home.path().join("config/loket/locales");
    std::fs::create_dir_all(&folder).unwrap();
    let english = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/locales/en.ftl"),
    )
    .unwrap();
    let theirs = english
        .replace("language-name = English", "language-name = Xxish")
        .replace("language-review = reviewed", "language-review = draft")
        .replace("banner-open = Open now ·", "banner-open = Xopen xnow ·")
        .replace("[tue] Tue\n", "[tue] Xtue\n");
    std::fs::write(folder.join("xx.ftl"), &theirs).unwrap();
    let out = loket(home.path())
        .args(["--lang", "xx", "--at", TUESDAY_EVENING, "status"])
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("Xtue 9 Dec 2025, 17:30"), "{stdout}");
    assert!(
        stdout.contains("Xopen xnow · closes 19:00 (in 1 h 30 min)"),
        "{stdout}"
    );
    assert!(!stdout.contains("Open now"), "{stdout}");

    // Broken later: the good messages stay, the broken one is English, nothing fails.
    std::fs::write(
        folder.join("xx.ftl"),
        theirs.replace("[tue] Xtue\n", "[tue] { Xtue\n"),
    )
    .unwrap();
    let out = loket(home.path())
        .args(["--lang", "xx", "--at", TUESDAY_EVENING, "status"])
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success());
    assert!(stdout.contains("Xopen xnow"), "{stdout}");

    // Without the file, Loket says what it has.
    std::fs::remove_file(folder.join("xx.ftl")).unwrap();
    let out = loket(home.path())
        .args(["--lang", "xx", "status"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("Loket has no words in \"xx\": it has af, en, nso, tn, zu")
    );
}

#[test]
fn the_review_sheets_in_docs_are_those_of_the_shipped_drafts() {
    let home = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for code in ["nso", "tn", "zu"] {
        let out = loket(home.path())
            .args(["check-locale", "--review-sheet"])
            .arg(root.join(format!("assets/locales/{code}.ftl")))
            .output()
            .unwrap();
        assert!(out.status.success());
        let sheet = String::from_utf8(out.stdout).unwrap();
        assert!(sheet.contains("is a DRAFT"), "{code}: a draft says so");
        let messages = loket::locale::source::messages(loket::locale::english_source()).len();
        assert_eq!(
            sheet.matches("\n| ").count(),
            messages + 1,
            "{code}: a row per message and the header"
        );
        let path = root.join(format!("docs/translations/{code}.md"));
        let shipped = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            shipped == sheet,
            "{} is out of date: loket check-locale --review-sheet assets/locales/{code}.ftl > {}",
            path.display(),
            path.display()
        );
    }
}

#[test]
fn check_lists_per_offered_language_what_falls_back_to_english() {
    let home = tempfile::tempdir().unwrap();
    let path = home.path().join("schedule.ron");
    let bundled = loket::schedule::BUNDLED;
    let text = bundled
        .replace(
            "languages: [\"en\", \"af\"],",
            "languages: [\"en\", \"af\", \"nso\", \"ts\"],",
        )
        .replacen(
            "\"en\": \"General enquiries\"",
            "\"en\": \"General enquiries\", \"nso\": \"Dipotšišo ka kakaretšo\"",
            1,
        );
    assert_ne!(text, bundled);
    std::fs::write(&path, text).unwrap();
    let out = loket(home.path()).arg("check").arg(&path).output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success(), "{stdout}");
    assert!(
        stdout.contains("nso (Sepedi, DRAFT translation)"),
        "{stdout}"
    );
    assert!(
        stdout.contains("ts (no translation file: Loket's own words are English)"),
        "{stdout}"
    );
    assert!(
        stdout.contains("  af: every text is written in af"),
        "{stdout}"
    );
    assert!(
        stdout.contains(
            "  nso: 46 of 47 texts fall back to English: the title, category general's description,"
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains("  ts: 47 of 47 texts fall back to English"),
        "{stdout}"
    );
}
