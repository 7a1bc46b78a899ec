//! Fleets against a real nginx on loopback, schedules signed by the real minisign, and the
//! real `loket` binary: every published version is verified before it is used, and every
//! refusal keeps the last good schedule.

mod fleet_support;

use std::time::{Duration, Instant};

use fleet_support::{Key, Machine, Nginx, Proxy, silent_server, tools_present, version};

const AT: &str = "2025-12-09T16:55:00+02:00";

/// The first category's name in the schedule `loket status` uses on this machine.
fn name_in_use(machine: &Machine) -> String {
    let (code, out, err) = machine.loket(&["status", "--json", "--at", AT]);
    assert_eq!(code, 0, "{out}{err}");
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    json["categories"][0]["name"].as_str().unwrap().to_owned()
}

/// What goes wrong, how it is published, and the words of the refusal.
type Case<'a> = (&'static str, Box<dyn Fn() + 'a>, &'static str);

struct Setup {
    _dir: tempfile::TempDir,
    nginx: Nginx,
    key: Key,
    machine: Machine,
}

/// nginx with version 5 ("Version five") published and signed, and a machine following it
/// over `scheme` whose cache already holds it.
fn setup(https: bool, extra: &str) -> Option<Setup> {
    if !tools_present() {
        return None;
    }
    let dir = tempfile::tempdir().unwrap();
    let nginx = Nginx::start(dir.path());
    let key = Key::generate(dir.path(), "admin");
    nginx.publish(
        "schedule.ron",
        &version(5, "Version five", None),
        Some(&key),
    );
    let machine = Machine::new();
    let url = if https {
        nginx.https_url("schedule.ron")
    } else {
        nginx.http_url("schedule.ron")
    };
    let ca = format!("    ca_file: \"{}\",\n{extra}", nginx.ca.display());
    machine.configure(&url, &key.public, &ca);
    let (code, out, err) = machine.loket(&["fetch"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.starts_with("updated to serial 5 ("), "{out}");
    Some(Setup {
        _dir: dir,
        nginx,
        key,
        machine,
    })
}

#[test]
fn first_fetch_then_not_modified_then_a_new_version_over_https() {
    let Some(s) = setup(true, "") else { return };
    assert_eq!(name_in_use(&s.machine), "Version five");
    assert_eq!(
        s.machine.cached_schedule().unwrap(),
        std::fs::read_to_string(s.nginx.www.join("schedule.ron")).unwrap()
    );

    // Unchanged: a conditional request, answered 304 with no body.
    let (code, out, _) = s.machine.loket(&["fetch"]);
    assert_eq!((code, out.lines().count()), (0, 1), "{out}");
    assert!(out.starts_with("unchanged, serial 5"), "{out}");
    let log = s.nginx.access_log();
    assert!(
        log.iter()
            .any(|l| l.starts_with("GET /schedule.ron 304 0 ")),
        "{log:#?}"
    );
    assert_eq!(
        log.iter().filter(|l| l.contains(".minisig")).count(),
        1,
        "the signature is fetched only with a new file: {log:#?}"
    );

    // The administrator publishes version 6.
    s.nginx.publish(
        "schedule.ron",
        &version(6, "Version six", None),
        Some(&s.key),
    );
    let (code, out, _) = s.machine.loket(&["fetch"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.starts_with("updated to serial 6"), "{out}");
    assert_eq!(name_in_use(&s.machine), "Version six");

    // `check` says where the schedule came from and when it was last verified.
    let (code, out, err) = s.machine.loket(&["check"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("(the fleet's verified copy)"), "{out}");
    assert!(
        out.contains(&format!(
            "fleet: {} · serial 6 · last verified ",
            s.nginx.https_url("schedule.ron")
        )),
        "{out}"
    );
    assert!(out.contains("last check: updated to serial 6"), "{out}");
}

#[test]
fn every_bad_publication_is_rejected_and_the_last_good_schedule_stays() {
    let Some(s) = setup(false, "") else { return };
    let cached = s.machine.cached_schedule().unwrap();
    let other = Key::generate(s.nginx.dir.as_path(), "intruder");
    let published = s.nginx.www.join("schedule.ron");

    let mut cases: Vec<Case> = Vec::new();
    cases.push((
        "tampered after signing",
        Box::new(|| {
            s.nginx.publish(
                "schedule.ron",
                &version(7, "Version seven", None),
                Some(&s.key),
            );
            let text = std::fs::read_to_string(&published).unwrap();
            std::fs::write(&published, text.replace("95664834215", "95664834216")).unwrap();
        }),
        "the signature does not match the file: it was changed after signing",
    ));
    cases.push((
        "signed with another key",
        Box::new(|| {
            s.nginx.publish(
                "schedule.ron",
                &version(7, "Version seven", None),
                Some(&other),
            );
        }),
        "signed with a key this machine does not trust",
    ));
    cases.push((
        "no .minisig",
        Box::new(|| {
            s.nginx
                .publish("schedule.ron", &version(7, "Version seven", None), None);
            let _ = std::fs::remove_file(s.nginx.www.join("schedule.ron.minisig"));
        }),
        "no signature at http://127.0.0.1:",
    ));
    cases.push((
        "an older, validly signed version",
        Box::new(|| {
            s.nginx.publish(
                "schedule.ron",
                &version(4, "Version four", None),
                Some(&s.key),
            );
        }),
        "serial 4 is older than serial 5 already accepted",
    ));
    cases.push((
        "the same serial with other contents",
        Box::new(|| {
            s.nginx.publish(
                "schedule.ron",
                &version(5, "Version five bis", None),
                Some(&s.key),
            );
        }),
        "serial 5 is the one in use but the file differs",
    ));
    cases.push((
        "expired",
        Box::new(|| {
            s.nginx.publish(
                "schedule.ron",
                &version(8, "Version eight", Some("2020-01-31")),
                Some(&s.key),
            );
        }),
        "the published schedule expired on 2020-01-31 (valid_until)",
    ));
    cases.push((
        "signed but broken",
        Box::new(|| {
            let broken = version(9, "Version nine", None).replacen("\"19:00\"", "\"25:00\"", 1);
            s.nginx.publish("schedule.ron", &broken, Some(&s.key));
        }),
        "it is signed but has errors: http://127.0.0.1:",
    ));
    cases.push((
        "signed without a serial",
        Box::new(|| {
            let bundled =
                std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/schedule.ron"))
                    .unwrap();
            s.nginx.publish("schedule.ron", &bundled, Some(&s.key));
        }),
        "it has no `serial`",
    ));
    cases.push((
        "2 MiB",
        Box::new(|| {
            let big = format!("{}\n// {}\n", version(10, "Big", None), "x".repeat(2 << 20));
            s.nginx.publish("schedule.ron", &big, Some(&s.key));
        }),
        "is larger than 1 MiB",
    ));
    for (what, publish, expected) in cases {
        publish();
        let (code, out, err) = s.machine.loket(&["fetch"]);
        assert_eq!(code, 1, "{what}: {out}{err}");
        assert_eq!(out.lines().count(), 1, "{what}: {out}");
        assert!(out.starts_with("rejected: "), "{what}: {out}");
        assert!(out.contains(expected), "{what}: {out}\nwanted: {expected}");
        assert_eq!(s.machine.cached_schedule().unwrap(), cached, "{what}");
        assert_eq!(name_in_use(&s.machine), "Version five", "{what}");
    }

    // An HTML error page where the schedule should be.
    let html = s.nginx.http_url("html/schedule.ron");
    let (code, out, _) = s.machine.loket(&["fetch", "--schedule-url", &html]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("the .minisig file is not a minisign signature"),
        "{out}"
    );
    assert_eq!(name_in_use(&s.machine), "Version five");

    // And a good version after all that is taken.
    s.nginx.publish(
        "schedule.ron",
        &version(11, "Version eleven", None),
        Some(&s.key),
    );
    let (code, out, _) = s.machine.loket(&["fetch"]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(name_in_use(&s.machine), "Version eleven");
}

#[test]
fn an_unreachable_server_keeps_the_cache_in_use() {
    let Some(mut s) = setup(true, "    timeout_seconds: 2,\n") else {
        return;
    };
    // A 500.
    let url = s.nginx.https_url("error500/schedule.ron");
    let (code, out, _) = s.machine.loket(&["fetch", "--schedule-url", &url]);
    assert_eq!(code, 2, "{out}");
    assert!(
        out.starts_with("unreachable: ") && out.contains("HTTP 500"),
        "{out}"
    );

    // Accepts the connection and never answers: the timeout ends it.
    let (port, _server) = silent_server();
    let silent = format!("http://127.0.0.1:{port}/schedule.ron");
    let started = Instant::now();
    let (code, out, _) = s.machine.loket(&["fetch", "--schedule-url", &silent]);
    assert_eq!(code, 2, "{out}");
    assert!(
        out.contains("no answer within 2 s (timeout_seconds)"),
        "{out}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "{:?}",
        started.elapsed()
    );

    // The server goes down: the cache stays in use, for `status` and for a new start.
    s.nginx.stop();
    let (code, out, _) = s.machine.loket(&["fetch"]);
    assert_eq!(code, 2, "{out}");
    assert!(out.starts_with("unreachable: "), "{out}");
    assert_eq!(name_in_use(&s.machine), "Version five");
    let (_, out, _) = s.machine.loket(&["check"]);
    assert!(out.contains("last check: unreachable: "), "{out}");
}

#[test]
fn redirects_are_followed_only_to_https_and_only_a_few_times() {
    let Some(s) = setup(true, "") else { return };
    s.nginx.publish(
        "schedule.ron",
        &version(6, "Moved version", None),
        Some(&s.key),
    );
    let moved = s.nginx.https_url("moved/schedule.ron");
    let (code, out, _) = s.machine.loket(&["fetch", "--schedule-url", &moved]);
    assert_eq!(code, 0, "{out}");
    assert!(out.starts_with("updated to serial 6"), "{out}");
    assert_eq!(name_in_use(&s.machine), "Moved version");

    for (path, expected) in [
        (
            "downgrade/schedule.ron",
            "only redirects to https:// are followed",
        ),
        (
            "elsewhere/schedule.ron",
            "redirects to http://files.invalid/schedule.ron",
        ),
        ("loop/schedule.ron", "more than 5 redirects"),
    ] {
        let url = s.nginx.https_url(path);
        let (code, out, _) = s.machine.loket(&["fetch", "--schedule-url", &url]);
        assert_eq!(code, 1, "{path}: {out}");
        assert!(out.contains(expected), "{path}: {out}");
    }
    assert_eq!(name_in_use(&s.machine), "Moved version");
}

#[test]
fn a_copy_changed_on_the_machine_is_not_used() {
    let Some(s) = setup(false, "") else { return };
    let cache = s.machine.cache_dir().join("verified-schedule");
    let text = std::fs::read_to_string(&cache).unwrap();
    // The same length, so only the signature can tell.
    std::fs::write(&cache, text.replace("Version five", "Version fiv3")).unwrap();
    let (code, out, err) = s.machine.loket(&["status", "--at", AT]);
    assert_eq!(code, 2, "{out}{err}");
    assert!(err.contains("its signature does not verify"), "{err}");
    // The next check downloads the file again rather than trusting the copy.
    let (code, out, _) = s.machine.loket(&["fetch"]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(name_in_use(&s.machine), "Version five");
}

#[test]
fn a_fresh_machine_with_no_server_uses_its_own_schedule_and_says_so() {
    if !tools_present() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let key = Key::generate(dir.path(), "admin");
    let machine = Machine::new();
    let port = fleet_support::free_port();
    machine.configure(
        &format!("http://127.0.0.1:{port}/schedule.ron"),
        &key.public,
        "",
    );
    let (code, out, _) = machine.loket(&["fetch"]);
    assert_eq!(code, 2, "{out}");
    assert!(out.starts_with("unreachable: "), "{out}");
    assert_eq!(name_in_use(&machine), "General enquiries");
    let (code, out, _) = machine.loket(&["check"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("checking the built-in schedule"), "{out}");
    assert!(
        out.contains("no serial yet · never verified (run: loket fetch)"),
        "{out}"
    );
}

#[test]
fn check_verifies_the_signature_beside_a_file() {
    if !tools_present() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let key = Key::generate(dir.path(), "admin");
    let other = Key::generate(dir.path(), "other");
    let file = dir.path().join("schedule.ron");
    std::fs::write(&file, version(1, "Signed", None)).unwrap();
    let machine = Machine::new();
    let path = file.to_str().unwrap();

    let (code, _, err) = machine.loket(&["check", path, "--public-key", &key.public]);
    assert_eq!(code, 1, "unsigned: {err}");
    assert!(
        err.contains("no signature beside the file; sign it with: minisign -Sm"),
        "{err}"
    );

    key.sign(&file);
    let (code, out, err) = machine.loket(&["check", path, "--public-key", &key.public]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.contains("schedule.ron.minisig: signature good (trusted comment: timestamp:"),
        "{out}"
    );

    let (code, _, err) = machine.loket(&["check", path, "--public-key", &other.public]);
    assert_eq!(code, 1);
    assert!(
        err.contains("signed with a key this machine does not trust"),
        "{err}"
    );

    std::fs::write(&file, version(2, "Signed", None)).unwrap();
    let (code, _, err) = machine.loket(&["check", path, "--public-key", &key.public]);
    assert_eq!(code, 1);
    assert!(err.contains("changed after signing"), "{err}");
}

#[test]
fn without_a_fleet_fetch_says_so_and_exits_2() {
    let machine = Machine::new();
    let (code, out, _) = machine.loket(&["fetch"]);
    assert_eq!(code, 2);
    assert!(out.starts_with("not configured: no fleet.ron in "), "{out}");
    let (code, out, _) = machine.loket(&[
        "fetch",
        "--schedule-url",
        "http://files.example/s.ron",
        "--public-key",
        "RWRTKHMjgAGhtTR89giiN5fGoIXLKjlgTRPctY/tWF1enUdy3XffH6M0",
    ]);
    assert_eq!(code, 2);
    assert!(
        out.contains("http:// is only allowed for this machine"),
        "{out}"
    );
}

#[test]
fn the_proxy_from_the_environment_is_used_and_never_for_loopback() {
    let Some(s) = setup(true, "") else { return };
    s.nginx.publish(
        "schedule.ron",
        &version(6, "Through the proxy", None),
        Some(&s.key),
    );
    let proxy = Proxy::start(s.nginx.https);
    let proxy_url = format!("http://127.0.0.1:{}", proxy.port);
    // files.example is not a real host: only the proxy (which sends it to nginx here) can
    // reach it, so an update proves the proxy was used.
    let output = s
        .machine
        .command(&[
            "fetch",
            "--schedule-url",
            "https://files.example/schedule.ron",
        ])
        .env("HTTPS_PROXY", &proxy_url)
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{out}");
    assert!(out.starts_with("updated to serial 6"), "{out}");
    assert_eq!(
        *proxy.asked.lock().unwrap(),
        ["CONNECT files.example:443 HTTP/1.1"],
        "one connection for the schedule and its signature"
    );
    assert_eq!(name_in_use(&s.machine), "Through the proxy");

    // A loopback URL goes straight to the server, whatever the environment says.
    let output = s
        .machine
        .command(&["fetch"])
        .env("HTTPS_PROXY", &proxy_url)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(proxy.asked.lock().unwrap().len(), 1);
}

#[test]
fn a_version_the_server_calls_unchanged_is_still_taken_within_a_day() {
    let Some(s) = setup(false, "") else { return };
    let before = std::fs::metadata(s.nginx.www.join("schedule.ron"))
        .unwrap()
        .len();
    // Same size, same second: nginx's ETag and Last-Modified stay the same.
    let six = version(6, "Version SIX!", None);
    assert_eq!(six.len() as u64, before);
    s.nginx
        .publish_in_the_same_second("schedule.ron", &six, &s.key);
    let at = |hours| (chrono::Utc::now() + chrono::TimeDelta::hours(hours)).to_rfc3339();
    let (code, out, _) = s.machine.loket(&["fetch", "--at", &at(1)]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.starts_with("unchanged, serial 5"),
        "the server answered 304: {out}"
    );
    assert!(
        s.nginx
            .access_log()
            .last()
            .unwrap()
            .starts_with("GET /schedule.ron 304 ")
    );
    // A day after the last whole download, the file is downloaded whole again.
    let (code, out, _) = s.machine.loket(&["fetch", "--at", &at(25)]);
    assert_eq!(code, 0, "{out}");
    assert!(out.starts_with("updated to serial 6"), "{out}");
    assert_eq!(name_in_use(&s.machine), "Version SIX!");
}
