//! The printed slip as a PDF, read back the way a person (pdftotext) and a phone (pdftoppm
//! then zbarimg) read it: both papers, English and Afrikaans, joining by phone, the QR code,
//! and long words kept inside the page. Needs poppler-utils and zbar-tools
//! (`./scripts/install-deps.sh --with-tests`); a missing tool fails the test, saying so.

use std::path::Path;
use std::process::Command;

const LOKET: &str = env!("CARGO_BIN_EXE_loket");
const OPEN: &str = "2025-12-09T17:32:00+02:00";

fn tool(name: &str) -> Command {
    let found = Command::new("sh")
        .args(["-c", &format!("command -v {name}")])
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        found,
        "{name} is not installed: ./scripts/install-deps.sh --with-tests"
    );
    Command::new(name)
}

fn slip(dir: &Path, schedule: &Path, args: &[&str]) -> std::path::PathBuf {
    let pdf = dir.join(format!(
        "slip-{}.pdf",
        args.join("-").replace(['/', ' '], "_")
    ));
    let out = Command::new(LOKET)
        .env("XDG_CONFIG_HOME", dir)
        .env("XDG_DATA_HOME", dir)
        .args(["--schedule"])
        .arg(schedule)
        .args(["--at", OPEN])
        .args(args)
        .arg("--pdf")
        .arg(&pdf)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    pdf
}

fn text(pdf: &Path) -> String {
    let out = tool("pdftotext").arg(pdf).arg("-").output().unwrap();
    String::from_utf8(out.stdout)
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn qr(pdf: &Path) -> String {
    let png = pdf.with_extension("");
    assert!(
        tool("pdftoppm")
            .args(["-r", "150", "-png", "-singlefile"])
            .arg(pdf)
            .arg(&png)
            .status()
            .unwrap()
            .success()
    );
    let out = tool("zbarimg")
        .args(["-q", "--raw"])
        .arg(png.with_extension("png"))
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap().trim().to_owned()
}

/// (width, height) of the first page in points.
fn page_size(pdf: &Path) -> (f32, f32) {
    let out = tool("pdfinfo").arg(pdf).output().unwrap();
    let info = String::from_utf8(out.stdout).unwrap();
    let line = info.lines().find(|l| l.starts_with("Page size:")).unwrap();
    let numbers: Vec<f32> = line
        .split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect();
    (numbers[0], numbers[1])
}

fn with_phone(dir: &Path) -> std::path::PathBuf {
    let text = loket::schedule::BUNDLED.replacen(
        "    passcode: \"Outreach1\",\n",
        "    passcode: \"Outreach1\",\n    phone: (numbers: [(number: \"+27 87 551 7702\", label: {\"en\": \"Johannesburg\"})], passcode: \"123456\"),\n",
        1,
    );
    let path = dir.join("phone.ron");
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn both_papers_in_both_languages_carry_the_id_passcode_hours_and_a_scannable_link() {
    let dir = tempfile::tempdir().unwrap();
    let schedule = Path::new(env!("CARGO_MANIFEST_DIR")).join("schedule.ron");
    for (paper, lang, passcode, day) in [
        ("a4", "en", "Passcode", "Tue 9 Dec: 16:00–19:00"),
        ("receipt-80mm", "en", "Passcode", "Sat 13 Dec: 08:00–13:00"),
        ("a4", "af", "Wagwoord", "Di 9 Des: 16:00–19:00"),
        ("receipt-80mm", "af", "Wagwoord", "Sa 13 Des: 08:00–13:00"),
    ] {
        let pdf = slip(
            dir.path(),
            &schedule,
            &["--lang", lang, "print", "electricity", "--paper", paper],
        );
        let words = text(&pdf);
        assert!(words.contains("987 9776 9028"), "{paper} {lang}: {words}");
        assert!(
            words.contains(&format!("{passcode} Outreach1")),
            "{paper} {lang}: {words}"
        );
        assert!(words.contains(day), "{paper} {lang}: {words}");
        assert_eq!(qr(&pdf), "https://zoom.us/j/98797769028", "{paper} {lang}");
        let (width, height) = page_size(&pdf);
        match paper {
            "a4" => assert!((width - 595.3).abs() < 1.0 && (height - 841.9).abs() < 1.0),
            _ => assert!(
                (width - 226.8).abs() < 1.0 && height > 300.0 && height < 1200.0,
                "{height}"
            ),
        }
    }
}

#[test]
fn a_slip_carries_joining_by_phone_when_the_schedule_has_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let schedule = with_phone(dir.path());
    let words = text(&slip(dir.path(), &schedule, &["print", "7", "--host", "1"]));
    assert!(words.contains("Join by phone"), "{words}");
    assert!(
        words.contains("Call +27 87 551 7702 (Johannesburg)"),
        "{words}"
    );
    assert!(
        words.contains("Then the phone passcode (not the Zoom passcode) and #: 123456"),
        "{words}"
    );
    assert!(
        words.contains("+27875517702,,98797769028#,,,,*123456#"),
        "{words}"
    );
}

#[test]
fn long_words_stay_inside_the_page() {
    let dir = tempfile::tempdir().unwrap();
    let long = "Electricityandprepaidmeterswithaverylongnamethatnobodycouldfitononeline";
    let text_ = loket::schedule::BUNDLED
        .replace("\"Electricity and prepaid meters\"", &format!("\"{long}\""));
    assert!(text_.contains(long));
    let schedule = dir.path().join("long.ron");
    std::fs::write(&schedule, text_).unwrap();
    for paper in ["a4", "receipt-80mm"] {
        let pdf = slip(dir.path(), &schedule, &["print", "7", "--paper", paper]);
        let (width, _) = page_size(&pdf);
        let out = tool("pdftotext")
            .args(["-bbox"])
            .arg(&pdf)
            .arg("-")
            .output()
            .unwrap();
        let html = String::from_utf8(out.stdout).unwrap();
        for word in html.lines().filter(|l| l.contains("<word ")) {
            let x_max: f32 = word
                .split("xMax=\"")
                .nth(1)
                .and_then(|rest| rest.split('"').next())
                .and_then(|n| n.parse().ok())
                .unwrap();
            assert!(
                x_max <= width,
                "{paper}: a word ends at {x_max} of {width}: {word}"
            );
        }
    }
}

#[test]
fn an_unknown_category_or_host_is_refused_in_words() {
    let out = Command::new(LOKET)
        .args(["print", "swimming", "--pdf", "/dev/null"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("no category \"swimming\": use an id (general,")
    );
    let out = Command::new(LOKET)
        .args(["print", "1", "--host", "9", "--pdf", "/dev/null"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("has hosts 1 to"));
}

#[test]
fn status_json_carries_joining_by_phone() {
    let dir = tempfile::tempdir().unwrap();
    let schedule = with_phone(dir.path());
    let out = Command::new(LOKET)
        .args(["--schedule"])
        .arg(&schedule)
        .args(["--at", OPEN, "status", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["phone_numbers"][0]["number"], "+27 87 551 7702");
    assert_eq!(json["phone_numbers"][0]["label"], "Johannesburg");
    let host = &json["categories"][6]["hosts"][0];
    assert_eq!(host["phone_passcode"], "123456");
    assert_eq!(host["one_tap"][0], "+27875517702,,98797769028#,,,,*123456#");
    // Without numbers the JSON is as before: no phone fields at all.
    let plain = Command::new(LOKET)
        .args(["--at", OPEN, "status", "--json"])
        .output()
        .unwrap();
    let text = String::from_utf8(plain.stdout).unwrap();
    assert!(!text.contains("phone"), "{text}");
}
