//! The fleet under faults, against real nginx and hostile servers on loopback and the real
//! `loket` binary: kills at random moments, readers during updates, a full disk (a real
//! tmpfs), slow servers against the check's deadline, a stopped check holding the lock,
//! passwords in URLs, a frozen server, a signature made for another file, a replaced key.

mod fleet_support;

use std::io::{BufReader, Write};
use std::net::{Ipv4Addr, TcpListener};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use fleet_support::{Key, Machine, Nginx, tools_present, version};

const AT: &str = "2025-12-09T16:55:00+02:00";

/// nginx with a signing key and one machine following its HTTP URL (`extra` is added to
/// fleet.ron), not yet fetched.
fn lab(extra: &str) -> Option<(tempfile::TempDir, Nginx, Key, Machine)> {
    if !tools_present() {
        return None;
    }
    let dir = tempfile::tempdir().unwrap();
    let nginx = Nginx::start(dir.path());
    let key = Key::generate(dir.path(), "admin");
    let machine = Machine::new();
    machine.configure(&nginx.http_url("schedule.ron"), &key.public, extra);
    Some((dir, nginx, key, machine))
}

/// The first category's name in the schedule `loket status` uses, or why it failed.
fn name_in_use(machine: &Machine) -> Result<String, String> {
    let (code, out, err) = machine.loket(&["status", "--json", "--at", AT]);
    if code != 0 {
        return Err(format!("exit {code}: {out}{err}"));
    }
    let json: serde_json::Value = serde_json::from_str(&out).map_err(|e| e.to_string())?;
    Ok(json["categories"][0]["name"].as_str().unwrap().to_owned())
}

fn marker(serial: u64) -> String {
    format!("Version {serial}")
}

#[test]
fn a_kill_at_any_moment_leaves_the_old_pair_or_the_new_one() {
    let Some((_dir, nginx, key, machine)) = lab("") else {
        return;
    };
    nginx.publish("schedule.ron", &version(1, &marker(1), None), Some(&key));
    assert_eq!(machine.loket(&["fetch"]).0, 0);
    // How long a whole fetch takes here, to spread the kills over it.
    let started = Instant::now();
    nginx.publish("schedule.ron", &version(2, &marker(2), None), Some(&key));
    assert_eq!(machine.loket(&["fetch"]).0, 0);
    let span = started.elapsed().as_micros().max(2_000) as u64;
    let mut in_use = 2;
    let (mut killed_early, mut finished) = (0, 0);
    const KILLS: u64 = 120;
    for serial in 3..3 + KILLS {
        nginx.publish(
            "schedule.ron",
            &version(serial, &marker(serial), None),
            Some(&key),
        );
        let mut child = machine
            .command(&["fetch"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_micros(fastrand::u64(0..span * 3 / 2)));
        let _ = child.kill();
        let status = child.wait().unwrap();
        if status.success() {
            finished += 1;
        } else {
            killed_early += 1;
        }
        let name = name_in_use(&machine).unwrap_or_else(|e| panic!("after kill {serial}: {e}"));
        assert!(
            name == marker(in_use) || name == marker(serial),
            "after kill {serial}: {name:?} is neither {} nor {}",
            marker(in_use),
            marker(serial)
        );
        if name == marker(serial) {
            in_use = serial;
        }
    }
    eprintln!(
        "{KILLS} kills over {span} µs: {killed_early} killed before the end, {finished} finished; status was old-or-new every time"
    );
    // Leftovers of killed runs are gone after the next check.
    assert_eq!(machine.loket(&["fetch"]).0, 0);
    let leftovers: Vec<_> = std::fs::read_dir(machine.cache_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|name| name.starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn readers_never_fail_while_versions_arrive() {
    let Some((_dir, nginx, key, machine)) = lab("") else {
        return;
    };
    nginx.publish("schedule.ron", &version(1, &marker(1), None), Some(&key));
    assert_eq!(machine.loket(&["fetch"]).0, 0);
    let machine = std::sync::Arc::new(machine);
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let reader = {
        let (machine, stop) = (machine.clone(), stop.clone());
        std::thread::spawn(move || {
            let mut reads = 0;
            while !stop.load(std::sync::atomic::Ordering::SeqCst) {
                let name = name_in_use(&machine).expect("every read during updates succeeds");
                assert!(name.starts_with("Version "), "{name}");
                reads += 1;
            }
            reads
        })
    };
    const VERSIONS: u64 = 40;
    for serial in 2..2 + VERSIONS {
        nginx.publish(
            "schedule.ron",
            &version(serial, &marker(serial), None),
            Some(&key),
        );
        let (code, out, err) = machine.loket(&["fetch"]);
        assert_eq!(code, 0, "{out}{err}");
    }
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    let reads = reader.join().expect("the reader never failed");
    eprintln!("{reads} reads during {VERSIONS} updates, every one good");
    assert!(reads > 0);
    assert_eq!(name_in_use(&machine).unwrap(), marker(1 + VERSIONS));
}

/// A tmpfs of `size` mounted on `dir`, unmounted when dropped.
struct Tmpfs(std::path::PathBuf);

impl Tmpfs {
    fn mount(dir: &std::path::Path, size: &str) -> Option<Tmpfs> {
        std::fs::create_dir_all(dir).unwrap();
        let done = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir)
            .output();
        match done {
            Ok(output) if output.status.success() => Some(Tmpfs(dir.to_owned())),
            Ok(output) => {
                let why = String::from_utf8_lossy(&output.stderr);
                assert!(
                    std::env::var("LOKET_REQUIRE_TMPFS").as_deref() != Ok("1"),
                    "cannot mount a tmpfs: {why}"
                );
                eprintln!("SKIPPED: mounting a tmpfs is not permitted here ({why})");
                None
            }
            Err(error) => panic!("mount cannot run: {error}"),
        }
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.0).status();
    }
}

#[test]
fn a_full_disk_keeps_the_verified_copy_in_use() {
    let Some((_dir, nginx, key, machine)) = lab("") else {
        return;
    };
    let data = machine.home.path().join("data/loket");
    let Some(_disk) = Tmpfs::mount(&data, "64k") else {
        return;
    };
    nginx.publish("schedule.ron", &version(1, &marker(1), None), Some(&key));
    assert_eq!(machine.loket(&["fetch"]).0, 0);
    // Fill the disk, then publish a new version: room for nothing.
    let filler = data.join("filler");
    let mut file = std::fs::File::create(&filler).unwrap();
    let chunk = vec![b'x'; 1024];
    while file.write_all(&chunk).and_then(|_| file.sync_all()).is_ok() {}
    drop(file);
    nginx.publish("schedule.ron", &version(2, &marker(2), None), Some(&key));
    let (code, out, err) = machine.loket(&["fetch"]);
    assert_eq!(code, 2, "{out}{err}");
    assert!(out.contains("No space left on device"), "{out}");
    assert_eq!(name_in_use(&machine).unwrap(), marker(1));
    // Room for one copy but not two: the new copy is written whole or not at all.
    std::fs::remove_file(&filler).unwrap();
    let copy = std::fs::metadata(machine.cache_dir().join("verified-schedule"))
        .unwrap()
        .len() as usize;
    let free = nix_free_bytes(&data);
    let leave = copy + copy / 2;
    if free > leave {
        std::fs::write(&filler, vec![b'x'; free - leave]).unwrap();
    }
    let (code, out, _) = machine.loket(&["fetch"]);
    let name = name_in_use(&machine).unwrap();
    assert!(
        (code == 0 && name == marker(2)) || (code == 2 && name == marker(1)),
        "exit {code}, {name}: {out}"
    );
    let _ = std::fs::remove_file(&filler);
    assert_eq!(machine.loket(&["fetch"]).0, 0);
    assert_eq!(name_in_use(&machine).unwrap(), marker(2));
}

/// Free bytes on the file system holding `path` (from `df`, to need no extra crate).
fn nix_free_bytes(path: &std::path::Path) -> usize {
    let out = Command::new("df")
        .args(["--output=avail", "-B1"])
        .arg(path)
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .nth(1)
        .unwrap()
        .trim()
        .parse()
        .unwrap()
}

/// An HTTP server on loopback that answers every GET with `body` (the file asked for),
/// trickled so that each answer takes about `each`.
fn trickling_server(files: Vec<(String, Vec<u8>)>, each: Duration) -> u16 {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        let until = Instant::now() + Duration::from_secs(60);
        for stream in listener.incoming() {
            if Instant::now() > until {
                return;
            }
            let Ok(mut stream) = stream else { return };
            let files = files.clone();
            std::thread::spawn(move || {
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let request = fleet_support::read_request(&mut reader);
                let path = request.split_whitespace().nth(1).unwrap_or("/").to_owned();
                let body = files
                    .iter()
                    .find(|(name, _)| path.ends_with(name.as_str()))
                    .map(|(_, body)| body.clone())
                    .unwrap_or_default();
                let _ = write!(
                    stream,
                    "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                    body.len()
                );
                let pieces = 20;
                let size = body.len().div_ceil(pieces).max(1);
                for piece in body.chunks(size) {
                    std::thread::sleep(each / pieces as u32);
                    if stream.write_all(piece).is_err() {
                        return;
                    }
                }
            });
        }
    });
    port
}

#[test]
fn one_deadline_bounds_the_whole_check() {
    let Some((dir, _nginx, key, machine)) = lab("") else {
        return;
    };
    // Each file alone comes within the timeout; both together do not.
    let schedule = dir.path().join("schedule.ron");
    std::fs::write(&schedule, version(1, &marker(1), None)).unwrap();
    key.sign(&schedule);
    // The signature first, so the file that matches `ends_with` is the right one.
    let files = vec![
        (
            "schedule.ron.minisig".to_owned(),
            std::fs::read(dir.path().join("schedule.ron.minisig")).unwrap(),
        ),
        ("schedule.ron".to_owned(), std::fs::read(&schedule).unwrap()),
    ];
    let port = trickling_server(files, Duration::from_millis(1800));
    machine.configure(
        &format!("http://127.0.0.1:{port}/schedule.ron"),
        &key.public,
        "    timeout_seconds: 3,\n",
    );
    let started = Instant::now();
    let (code, out, err) = machine.loket(&["fetch"]);
    let took = started.elapsed();
    assert_eq!(code, 2, "{out}{err}");
    assert!(out.contains("no answer within 3 s"), "{out}");
    assert!(took < Duration::from_secs(4), "the check took {took:?}");
}

#[test]
fn a_stopped_check_holding_the_lock_blocks_the_next_one_only_until_its_deadline() {
    let Some((_dir, _nginx, key, machine)) = lab("") else {
        return;
    };
    let (port, _server) = fleet_support::silent_server();
    machine.configure(
        &format!("http://127.0.0.1:{port}/schedule.ron"),
        &key.public,
        "    timeout_seconds: 2,\n",
    );
    let mut holder = machine
        .command(&["fetch"])
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    // Wait until it holds the lock (the lock file exists and the request is under way).
    std::thread::sleep(Duration::from_millis(500));
    let pid = holder.id().to_string();
    assert!(
        Command::new("kill")
            .args(["-STOP", &pid])
            .status()
            .unwrap()
            .success()
    );
    let started = Instant::now();
    let (code, out, err) = machine.loket(&["fetch"]);
    let took = started.elapsed();
    let _ = Command::new("kill").args(["-KILL", &pid]).status();
    let _ = holder.wait();
    assert_eq!(code, 2, "{out}{err}");
    assert!(
        out.contains("another check of this machine's fleet cache"),
        "{out}"
    );
    assert!(took < Duration::from_secs(3), "waited {took:?}");
    // A lock left by a dead process blocks nothing.
    let (code, out, _) = machine.loket(&["fetch"]);
    assert!(!out.contains("another check"), "exit {code}: {out}");
}

#[test]
fn a_password_in_the_url_is_never_shown_or_stored() {
    let Some((_dir, nginx, key, machine)) = lab("") else {
        return;
    };
    nginx.publish("schedule.ron", &version(1, &marker(1), None), Some(&key));
    let url = format!(
        "http://clerk:s3cret-word@127.0.0.1:{}/schedule.ron",
        nginx.http
    );
    machine.configure(&url, &key.public, "");
    let (code, out, err) = machine.loket(&["fetch"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("clerk:***@127.0.0.1"), "{out}");
    let (_, check_out, check_err) = machine.loket(&["check"]);
    let state = std::fs::read_to_string(machine.cache_dir().join("state.json")).unwrap();
    // A URL that is not even valid is quoted without its password too.
    machine.configure("https://clerk:s3cret-word@ bad host/x.ron", &key.public, "");
    let (_, bad_out, bad_err) = machine.loket(&["fetch"]);
    for text in [
        &out, &err, &check_out, &check_err, &state, &bad_out, &bad_err,
    ] {
        assert!(!text.contains("s3cret-word"), "a password shows: {text}");
    }
    assert!(bad_out.contains("clerk:***@"), "{bad_out}");
}

#[test]
fn an_expired_schedule_is_noticed_even_when_the_server_has_nothing_newer() {
    let Some((_dir, nginx, key, machine)) = lab("") else {
        return;
    };
    let today = chrono::Utc::now().date_naive();
    let until = today + chrono::Days::new(30);
    nginx.publish(
        "schedule.ron",
        &version(1, &marker(1), Some(&until.to_string())),
        Some(&key),
    );
    let (code, out, _) = machine.loket(&["fetch"]);
    assert_eq!(code, 0, "{out}");
    let state = || std::fs::read_to_string(machine.cache_dir().join("state.json")).unwrap();
    let checked = |state: &str| {
        let json: serde_json::Value = serde_json::from_str(state).unwrap();
        (json["checked_at"].clone(), json["verified_at"].clone())
    };
    let before = checked(&state());
    // Two months on (a pretend instant): the same file, now expired, whether the server
    // answers 304 or sends it again.
    let later = format!("{}T10:00:00+02:00", today + chrono::Days::new(60));
    for _ in 0..2 {
        let (code, out, _) = machine.loket(&["fetch", "--at", &later]);
        assert_eq!(code, 1, "{out}");
        assert!(
            out.contains(&format!("the published schedule expired on {until}")),
            "{out}"
        );
    }
    // A pretend instant never changes when this machine last checked or verified.
    assert_eq!(checked(&state()), before);
}

#[test]
fn a_pretend_instant_before_today_does_not_let_a_really_expired_version_in() {
    let Some((_dir, nginx, key, machine)) = lab("") else {
        return;
    };
    nginx.publish(
        "schedule.ron",
        &version(1, &marker(1), Some("2025-12-31")),
        Some(&key),
    );
    // Valid on 9 December 2025, expired by now (2026 or later): refused.
    let (code, out, _) = machine.loket(&["fetch", "--at", AT]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("expired on 2025-12-31"), "{out}");
}

#[test]
fn a_signature_made_for_another_file_or_fleet_is_refused() {
    let Some((_dir, nginx, key, machine)) = lab("") else {
        return;
    };
    // Signed as other.ron (a test file, another fleet's), published as schedule.ron.
    let other = nginx.publish("other.ron", &version(9, &marker(9), None), Some(&key));
    std::fs::copy(&other, nginx.www.join("schedule.ron")).unwrap();
    std::fs::copy(
        nginx.www.join("other.ron.minisig"),
        nginx.www.join("schedule.ron.minisig"),
    )
    .unwrap();
    let (code, out, _) = machine.loket(&["fetch"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("signed as \"other.ron\", not as \"schedule.ron\""),
        "{out}"
    );
    // With a fleet_id, the trusted comment must name the fleet.
    machine.configure(
        &nginx.http_url("schedule.ron"),
        &key.public,
        "    fleet_id: \"tshwane-counters\",\n",
    );
    nginx.publish("schedule.ron", &version(10, &marker(10), None), Some(&key));
    let (code, out, _) = machine.loket(&["fetch"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("not signed for fleet \"tshwane-counters\""),
        "{out}"
    );
}

#[test]
fn a_replaced_key_means_the_old_copy_is_no_longer_trusted() {
    let Some((dir, nginx, key, machine)) = lab("") else {
        return;
    };
    nginx.publish("schedule.ron", &version(1, &marker(1), None), Some(&key));
    assert_eq!(machine.loket(&["fetch"]).0, 0);
    // The key was stolen: the administrator replaces it at once, without a rotation.
    let new_key = Key::generate(dir.path(), "new-admin");
    machine.configure(&nginx.http_url("schedule.ron"), &new_key.public, "");
    let (code, out, err) = machine.loket(&["status", "--at", AT]);
    assert_eq!(code, 2, "{out}{err}");
    assert!(
        err.contains("signed with a key this machine does not trust"),
        "{err}"
    );
    // A version signed with the new key is taken at the next check.
    nginx.publish(
        "schedule.ron",
        &version(2, &marker(2), None),
        Some(&new_key),
    );
    let (code, out, _) = machine.loket(&["fetch"]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(name_in_use(&machine).unwrap(), marker(2));
}

#[test]
fn a_damaged_copy_is_replaced_by_the_previous_verified_one_never_the_built_in() {
    let Some((_dir, nginx, key, machine)) = lab("") else {
        return;
    };
    for serial in [1, 2] {
        nginx.publish(
            "schedule.ron",
            &version(serial, &marker(serial), None),
            Some(&key),
        );
        assert_eq!(machine.loket(&["fetch"]).0, 0);
    }
    let copy = machine.cache_dir().join("verified-schedule");
    let text = std::fs::read_to_string(&copy).unwrap();
    std::fs::write(&copy, text.replace(&marker(2), "Edited here")).unwrap();
    assert_eq!(name_in_use(&machine).unwrap(), marker(1));
    std::fs::remove_file(&copy).unwrap();
    assert_eq!(name_in_use(&machine).unwrap(), marker(1));
}
