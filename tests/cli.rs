//! The `loket` binary as administrators and scripts use it.

mod common;

use common::{bundled, loket, loket_with_env, stderr, stdout};
use serde_json::Value;

fn status_json(at: &str) -> Value {
    let path = bundled();
    let out = loket(&[
        "status",
        "--schedule",
        path.to_str().unwrap(),
        "--at",
        at,
        "--json",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

#[test]
fn check_accepts_the_bundled_schedule_with_a_summary() {
    let path = bundled();
    let out = loket(&[
        "check",
        path.to_str().unwrap(),
        "--at",
        "2026-01-05T10:00:00+02:00",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "7 categories, 12 hosts, 20 h a week, programme ended 2025-12-13\n\
         languages: en (English), af (Afrikaans); the window starts in en\n  \
         af: every text is written in af\n"
    );
    assert_eq!(stderr(&out), "");
}

#[test]
fn check_without_a_path_says_which_schedule_it_checked() {
    let out = loket(&["check"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).starts_with("checking the built-in schedule"));

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("mine.ron");
    std::fs::write(&file, "Schedule(").unwrap();
    let out = loket_with_env(&["check"], &[("LOKET_SCHEDULE", file.to_str().unwrap())]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("from $LOKET_SCHEDULE"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn check_reports_every_problem_like_a_compiler_and_exits_1() {
    let path = common::repo().join("tests/bad/many-problems-at-once.ron");
    let shown = path.to_str().unwrap();
    let out = loket(&["check", shown]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 4, "{err}");
    assert!(lines[0].starts_with(&format!("{shown}:7:25: error: \"25:00\" is not a time")));
    assert!(lines[1].starts_with(&format!("{shown}:21:26: error: category \"water\"'s name")));
    assert!(lines[2].starts_with(&format!("{shown}:23:56: error: meeting ID \"94744O14609\"")));
    assert_eq!(lines[3], format!("{shown}: 3 errors, 0 warnings"));
}

#[test]
fn warnings_alone_still_pass() {
    let path = common::repo().join("tests/bad/meeting-id-used-twice.ron");
    let out = loket(&["check", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stderr(&out).contains(":23:56: warning: meeting ID 956 6483 4215 is also used"));
}

#[test]
fn unreadable_files_and_bad_usage_exit_2() {
    let out = loket(&["check", "/nonexistent/schedule.ron"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("cannot read /nonexistent/schedule.ron"));

    let out = loket(&["status", "--at", "yesterday"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("2025-12-09T17:30:00+02:00"));

    // A pipe with no writer is refused at once instead of waiting forever.
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("schedule.ron");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let out = loket(&["check", fifo.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("not a regular file"),
        "{}",
        stderr(&out)
    );
    assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));
    // So is a file too large to be a schedule, with its real size.
    let big = dir.path().join("big.ron");
    std::fs::write(&big, vec![b' '; 3 * 1024 * 1024]).unwrap();
    let out = loket(&["check", big.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("3145728 bytes (3.0 MiB)"),
        "{}",
        stderr(&out)
    );

    let out = loket(&["holidays"]);
    assert_eq!(out.status.code(), Some(2));
    let out = loket(&["frobnicate"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn status_json_has_the_documented_shape() {
    let report = status_json("2025-12-09T17:30:00+02:00");
    assert_eq!(report["at"], "2025-12-09T17:30:00+02:00");
    assert_eq!(report["time_zone"], "Africa/Johannesburg");
    let categories = report["categories"].as_array().unwrap();
    assert_eq!(categories.len(), 7);
    let general = &categories[0];
    let keys: Vec<&str> = general
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "detail",
            "hosts",
            "id",
            "name",
            "next_change",
            "no_more_sessions",
            "reason",
            "state"
        ]
    );
    assert_eq!(general["id"], "general");
    assert_eq!(general["name"], "General enquiries");
    assert_eq!(general["state"], "open");
    assert_eq!(general["reason"], Value::Null);
    assert_eq!(general["detail"], Value::Null);
    assert_eq!(general["next_change"], "2025-12-09T19:00:00+02:00");
    assert_eq!(general["hosts"].as_array().unwrap().len(), 5);
    assert_eq!(general["hosts"][0]["label"], "Host 1");
    assert_eq!(general["hosts"][0]["meeting_id"], "95664834215");
    let all_ids: Vec<&str> = categories
        .iter()
        .flat_map(|c| c["hosts"].as_array().unwrap())
        .map(|h| h["meeting_id"].as_str().unwrap())
        .collect();
    assert_eq!(
        all_ids,
        [
            "95664834215",
            "91973875450",
            "98524983901",
            "93410697430",
            "91754015160",
            "93826227846",
            "97744454876",
            "94560999162",
            "91561224622",
            "93071144128",
            "94744014609",
            "98797769028"
        ]
    );
}

#[test]
fn status_json_for_closed_states() {
    let closing = status_json("2025-12-09T18:55:00+02:00");
    assert_eq!(closing["categories"][0]["state"], "closing_soon");
    assert_eq!(
        closing["categories"][0]["next_change"],
        "2025-12-09T19:00:00+02:00"
    );

    let sunday = status_json("2025-12-07T12:00:00+02:00");
    let c = &sunday["categories"][3];
    assert_eq!(c["state"], "closed");
    assert_eq!(c["reason"], "outside_hours");
    assert_eq!(c["next_change"], "2025-12-08T16:00:00+02:00");

    let holiday = status_json("2025-09-24T17:00:00+02:00");
    let c = &holiday["categories"][6];
    assert_eq!(c["reason"], "public_holiday");
    assert_eq!(c["detail"], "Heritage Day");
    assert_eq!(c["next_change"], "2025-09-25T16:00:00+02:00");

    let ended = status_json("2025-12-16T10:00:00+02:00");
    assert_eq!(ended["categories"][0]["reason"], "programme_ended");
    assert_eq!(ended["categories"][0]["next_change"], Value::Null);
}

#[test]
fn the_machine_time_zone_changes_nothing() {
    let path = bundled();
    let args = [
        "status",
        "--schedule",
        path.to_str().unwrap(),
        "--at",
        "2025-12-09T15:30:00Z",
        "--json",
    ];
    let reference = stdout(&loket(&args));
    assert!(reference.contains("\"at\": \"2025-12-09T17:30:00+02:00\""));
    for tz in [
        "America/New_York",
        "Asia/Tokyo",
        "Pacific/Kiritimati",
        "Europe/London",
    ] {
        let out = loket_with_env(&args, &[("TZ", tz)]);
        assert_eq!(stdout(&out), reference, "TZ={tz}");
    }
}

#[test]
fn status_text_is_readable() {
    let path = bundled();
    let out = loket(&[
        "status",
        "--schedule",
        path.to_str().unwrap(),
        "--at",
        "2025-12-12T19:30:00+02:00",
    ]);
    let text = stdout(&out);
    assert!(
        text.contains("Fri 12 Dec 2025, 19:30 (Africa/Johannesburg)"),
        "{text}"
    );
    assert!(
        text.contains("Closed · opens tomorrow 08:00 (in 12 h 30 min)"),
        "{text}"
    );
    assert!(text.contains("956 6483 4215"), "{text}");
}

#[test]
fn status_on_a_broken_schedule_exits_1_with_its_problems() {
    let path = common::repo().join("tests/bad/time-25.ron");
    let out = loket(&["status", "--schedule", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains(":7:25: error:"));
}

#[test]
fn holidays_lists_observed_and_proclaimed_days() {
    let out = loket(&["holidays", "--year", "2026", "--json"]);
    assert!(out.status.success());
    let list: Value = serde_json::from_slice(&out.stdout).unwrap();
    let list = list.as_array().unwrap();
    let dates: Vec<&str> = list.iter().map(|h| h["date"].as_str().unwrap()).collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted, "date order");
    let find = |date: &str| {
        list.iter()
            .find(|h| h["date"] == date)
            .map(|h| h["name"].as_str().unwrap().to_owned())
    };
    // 2026: Easter 5 April; Youth Day... Human Rights Day 21 March is a Saturday (not moved);
    // Heritage Day 24 Sep a Thursday; local elections 4 November.
    assert_eq!(find("2026-04-03").as_deref(), Some("Good Friday"));
    assert_eq!(find("2026-04-06").as_deref(), Some("Family Day"));
    assert_eq!(find("2026-03-23"), None);
    assert_eq!(
        find("2026-08-10").as_deref(),
        Some("National Women's Day (observed)")
    );
    assert_eq!(
        find("2026-11-04").as_deref(),
        Some("Local government election day")
    );

    let text = stdout(&loket(&["holidays", "--year", "2022"]));
    assert!(text.contains("2022-12-26  Mon  Day of Goodwill"), "{text}");
    assert!(
        text.contains("2022-12-26  Mon  Christmas Day (observed)"),
        "{text}"
    );
    assert!(
        text.contains("2022-12-27  Tue  Special public holiday"),
        "{text}"
    );
}

#[test]
fn holidays_include_the_schedules_own_days() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("s.ron");
    let text = std::fs::read_to_string(bundled()).unwrap().replace(
        "        extra: [],",
        "        extra: [(date: \"2025-12-12\", name: {\"en\": \"Staff training\"})],",
    );
    std::fs::write(&file, text).unwrap();
    let out = loket(&[
        "holidays",
        "--year",
        "2025",
        "--schedule",
        file.to_str().unwrap(),
    ]);
    assert!(
        stdout(&out).contains("2025-12-12  Fri  Staff training"),
        "{}",
        stderr(&out)
    );
    let plain = stdout(&loket(&["holidays", "--year", "2025"]));
    assert!(!plain.contains("Staff training"));
}

#[test]
fn closed_pipes_end_output_quietly() {
    use std::io::Read;
    use std::process::{Command, Stdio};
    // The reading end is closed before the child starts, so its first write surely fails.
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let mut child = Command::new(env!("CARGO_BIN_EXE_loket"))
        .args(["holidays", "--year", "2025"])
        .stdout(writer)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    let status = child.wait().unwrap();
    assert!(err.is_empty(), "nothing on stderr: {err}");
    assert!(status.success(), "{status:?}");
}

#[test]
fn after_the_last_session_the_day_keeps_its_reason() {
    // The bundled programme ends on Saturday 13 December 2025, after its 08:00–13:00 session.
    let report = status_json("2025-12-13T14:00:00+02:00");
    for category in report["categories"].as_array().unwrap() {
        assert_eq!(category["state"], "closed");
        assert_eq!(category["reason"], "outside_hours");
        assert_eq!(category["next_change"], Value::Null);
        assert_eq!(category["no_more_sessions"], true);
    }
    let out = loket(&[
        "status",
        "--schedule",
        common::bundled().to_str().unwrap(),
        "--at",
        "2025-12-13T14:00:00+02:00",
    ]);
    let text = stdout(&out);
    assert!(
        text.contains("no more sessions in this programme; it ends Sat 13 Dec 2025"),
        "{text}"
    );
    let after = status_json("2025-12-14T10:00:00+02:00");
    assert_eq!(after["categories"][0]["reason"], "programme_ended");
    assert_eq!(after["categories"][0]["no_more_sessions"], false);
}

#[test]
fn kiosk_mode_without_an_exit_pin_is_warned_about() {
    let path = common::bundled();
    let out = loket(&["check", "--kiosk", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stdout(&out).contains("warning: kiosk mode has no `exit_pin`"),
        "{}",
        stdout(&out)
    );
    let out = loket(&["check", path.to_str().unwrap()]);
    assert!(!stdout(&out).contains("exit_pin"));
}

#[test]
fn a_missing_loket_schedule_file_does_not_hide_the_users_own() {
    let home = tempfile::tempdir().unwrap();
    let user = home.path().join("config/loket/schedule.ron");
    std::fs::create_dir_all(user.parent().unwrap()).unwrap();
    let text = std::fs::read_to_string(common::bundled())
        .unwrap()
        .replace("General enquiries", "The user's own");
    std::fs::write(&user, text).unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_loket"))
        .args(["check"])
        .env(
            "LOKET_SCHEDULE",
            home.path().join("on-a-share-gone-for-now.ron"),
        )
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .env("XDG_DATA_HOME", home.path().join("data"))
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let out = stdout(&output);
    assert!(
        out.contains(&format!("checking {} (the user's own)", user.display())),
        "{out}"
    );
}

#[test]
fn problems_past_the_hundredth_are_counted_in_the_summary() {
    let dir = tempfile::tempdir().unwrap();
    let hosts: Vec<String> = (0..120)
        .map(|i| format!("(label: {{\"en\": \"H{i}\"}}, meeting_id: \"12345678X{i}\")"))
        .collect();
    let text = format!(
        "Schedule(title: {{\"en\": \"T\"}}, passcode: \"p\", hours: (mon: [(\"16:00\", \"19:00\")]), categories: [(id: \"a\", name: {{\"en\": \"A\"}}, hosts: [{}])])",
        hosts.join(", ")
    );
    let path = dir.path().join("many.ron");
    std::fs::write(&path, text).unwrap();
    let output = loket(&["check", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(
        err.contains("20 more problems are not shown (20 errors, 0 warnings)"),
        "{err}"
    );
    assert!(
        err.trim_end().ends_with(": 120 errors, 0 warnings"),
        "{err}"
    );
}

#[test]
fn a_broken_fleet_ron_does_not_stop_commands_given_a_file() {
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join("config/loket");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(config.join("fleet.ron"), "Fleet(url: \"oops\"").unwrap();
    let bundled = common::bundled();
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_loket"))
            .args(args)
            .env_remove("LOKET_SCHEDULE")
            .env("HOME", home.path())
            .env("XDG_CONFIG_HOME", home.path().join("config"))
            .env("XDG_DATA_HOME", home.path().join("data"))
            .output()
            .unwrap()
    };
    let checked = run(&["check", bundled.to_str().unwrap()]);
    assert!(checked.status.success(), "{}", stderr(&checked));
    assert!(
        stderr(&checked).contains("fleet.ron:1:"),
        "{}",
        stderr(&checked)
    );
    let status = run(&[
        "status",
        "--schedule",
        bundled.to_str().unwrap(),
        "--at",
        "2025-12-09T17:30:00+02:00",
    ]);
    assert!(status.status.success(), "{}", stderr(&status));
    // Without a file given, the broken fleet.ron still stops the command.
    assert_eq!(run(&["status"]).status.code(), Some(2));
}

#[test]
fn the_year_of_at_is_the_year_written_and_holidays_start_in_1995() {
    let early = loket(&["status", "--at", "1900-01-01T01:00:00+02:00"]);
    assert!(
        !stderr(&early).contains("outside"),
        "1900 as written is inside 1900 to 2200: {}",
        stderr(&early)
    );
    let before = loket(&["holidays", "--year", "1994"]);
    assert_eq!(before.status.code(), Some(1));
    assert!(
        stderr(&before).contains("known from 1995"),
        "{}",
        stderr(&before)
    );
}
