//! Reading aloud with the real engine: what "Read aloud" says on a details screen is
//! rendered by espeak-ng to a WAV file in English and Afrikaans, and must be sound (not
//! silence) of a length that fits what is said. `./scripts/test.sh` installs espeak-ng and
//! requires this test, as plain `cargo test` does (LOKET_REQUIRE_SPEECH=1 in .cargo/config.toml);
//! only LOKET_REQUIRE_SPEECH=0, set by hand, lets it skip, and it then says so.

use std::path::Path;

use loket::speech;
use loket::text::Lang;
use loket::zoom::{MeetingId, Passcode};

/// Duration in seconds and the RMS level (0..1) of a 16-bit PCM WAV file.
fn measure(wav: &Path) -> (f64, f64) {
    let bytes = std::fs::read(wav).unwrap();
    assert_eq!(&bytes[..4], b"RIFF");
    assert_eq!(&bytes[8..12], b"WAVE");
    // Walk the chunks for "fmt " and "data".
    let (mut rate, mut channels, mut bits, mut data) = (0u32, 0u16, 0u16, &bytes[..0]);
    let mut at = 12;
    while at + 8 <= bytes.len() {
        let id = &bytes[at..at + 4];
        let len = u32::from_le_bytes(bytes[at + 4..at + 8].try_into().unwrap()) as usize;
        let body = &bytes[at + 8..(at + 8 + len).min(bytes.len())];
        match id {
            b"fmt " => {
                channels = u16::from_le_bytes([body[2], body[3]]);
                rate = u32::from_le_bytes(body[4..8].try_into().unwrap());
                bits = u16::from_le_bytes([body[14], body[15]]);
            }
            b"data" => data = body,
            _ => {}
        }
        at += 8 + len + len % 2;
    }
    assert_eq!(bits, 16, "espeak-ng writes 16-bit PCM");
    let samples: Vec<f64> = data
        .chunks_exact(2)
        .map(|s| f64::from(i16::from_le_bytes([s[0], s[1]])) / 32768.0)
        .collect();
    let seconds = samples.len() as f64 / f64::from(rate) / f64::from(channels.max(1));
    let rms = (samples.iter().map(|s| s * s).sum::<f64>() / samples.len().max(1) as f64).sqrt();
    (seconds, rms)
}

#[test]
fn read_aloud_is_real_speech_in_both_languages() {
    if !engine_installed() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let id = MeetingId::parse("95664834215").unwrap();
    let passcode = Passcode::parse("Outreach1").unwrap();
    for (lang, category, status) in [
        (Lang::EN, "General enquiries", "Open now · closes 19:00"),
        (Lang::AF, "Algemene navrae", "Nou oop · maak om 19:00 toe"),
    ] {
        let text = speech::details(lang, category, status, &id, &passcode);
        let wav = dir.path().join(format!("{lang:?}.wav"));
        speech::render(lang, &text, &wav).unwrap();
        let (seconds, rms) = measure(&wav);
        // 11 digits and 9 characters one by one, at 135 words a minute: 15 s or so.
        assert!(
            (8.0..60.0).contains(&seconds),
            "{lang:?}: {seconds:.1} s for {text:?}"
        );
        assert!(rms > 0.02, "{lang:?}: nearly silent (RMS {rms:.4})");
        eprintln!("{lang:?}: {seconds:.1} s, RMS {rms:.3}: {text}");
    }
}

#[test]
fn a_missing_engine_is_said_plainly() {
    let result = speech::say_using("loket-no-such-speech-engine", Lang::EN, "hello");
    assert_eq!(
        result,
        Err("loket-no-such-speech-engine is not installed".to_owned())
    );
}

/// Whether the engine is here; without it, only LOKET_REQUIRE_SPEECH=0 lets a test pass.
fn engine_installed() -> bool {
    let installed = std::process::Command::new(speech::ENGINE)
        .arg("--version")
        .output()
        .is_ok();
    if !installed {
        assert!(
            std::env::var("LOKET_REQUIRE_SPEECH").as_deref() == Ok("0"),
            "{} is required here but not installed",
            speech::ENGINE
        );
        eprintln!("{} is not installed: skipped", speech::ENGINE);
    }
    installed
}

/// Whether a process is running (not ended, not a zombie).
fn running(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .is_ok_and(|stat| stat.split(' ').nth(2).is_none_or(|state| state != "Z"))
}

#[test]
fn pressing_read_aloud_again_stops_it_and_never_leaves_two_voices() {
    use loket::ui::message::Message;
    use loket::ui::{App, Options, details, voice};
    if !engine_installed() {
        return;
    }
    let clock = loket::clock::Clock::Fixed(
        chrono::DateTime::parse_from_rfc3339("2025-12-09T17:32:00+02:00")
            .unwrap()
            .to_utc(),
    );
    let mut app = App::new(Options {
        lang: None,
        counts: None,
        search: loket::source::Search::BuiltIn,
        read: loket::live::read,
        clock,
        kiosk: false,
        prefs_path: None,
        last_good: None,
        fleet: None,
    });
    let _ = app.update(Message::Details(details::Message::ChooseCategory(0)));
    let mut seen = Vec::new();
    for press in 0..6 {
        let _ = app.update(Message::Voice(voice::Message::ReadAloud));
        // Odd presses stop what the even ones started.
        assert_eq!(app.is_reading(), press % 2 == 0, "press {press}");
        if let Some(pid) = app.speech_process() {
            seen.push(pid);
        }
        let alive: Vec<u32> = seen.iter().copied().filter(|pid| running(*pid)).collect();
        assert!(
            alive.len() <= 1,
            "press {press}: {alive:?} speaking at once"
        );
        if press % 2 == 1 {
            assert!(alive.is_empty(), "press {press}: {alive:?} still speaking");
        }
    }
    assert_eq!(seen.len(), 3, "three readings started");
}
