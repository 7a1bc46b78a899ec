//! The two log phrases scripts and the benchmark rely on. Its own test binary: tracing's
//! callsite cache is process-wide, and other tests logging without a subscriber would
//! otherwise silence it.

use std::io::Write;
use std::sync::{Arc, Mutex};

use chrono::Utc;
use loket::live::LiveSchedule;
use loket::schedule;
use loket::source::Search;

#[derive(Clone, Default)]
struct Buffer(Arc<Mutex<Vec<u8>>>);

impl Write for Buffer {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn loads_and_refusals_write_the_lines_scripts_look_for() {
    let buffer = Buffer::default();
    let writer = buffer.clone();
    tracing_subscriber::fmt()
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .init();

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("schedule.ron");
    std::fs::write(&path, schedule::BUNDLED).unwrap();

    let mut live = LiveSchedule::start(Search::file(&path), None, Utc::now());
    std::fs::write(&path, schedule::BUNDLED.replace("\"16:00\"", "\"25:00\"")).unwrap();
    live.reload(Utc::now());

    let log = String::from_utf8(buffer.0.lock().unwrap().clone()).unwrap();
    let shown = path.display().to_string();
    let loaded = log
        .lines()
        .find(|l| l.contains("schedule loaded"))
        .expect(&log);
    assert!(loaded.contains(&shown), "{loaded}");
    assert!(
        loaded.contains("categories=7") && loaded.contains("hosts=12"),
        "{loaded}"
    );
    let rejected = log
        .lines()
        .find(|l| l.contains("schedule rejected"))
        .expect(&log);
    assert!(
        rejected.contains(&format!("{shown}:49:16: error:")),
        "{rejected}"
    );
}
