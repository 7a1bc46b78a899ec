//! Reading aloud for residents who cannot read the screen well: what is said (pure text,
//! tested here) and the offline engine that says it (espeak-ng, which speaks English and
//! Afrikaans, run as a program so nothing needs building against it).
//!
//! A meeting ID is read in its digit groups, a passcode character by character with
//! capitals named, slowly enough to type along. What is said is built for the ear
//! ([`words`]), never read off the screen. An [`Utterance`] can be stopped: pressing Read
//! aloud again while it speaks ends it, so two readings never talk over each other.

pub mod words;

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::text::Lang;
use crate::zoom::{MeetingId, Passcode};

/// The engine's program.
pub const ENGINE: &str = "espeak-ng";

/// Words per minute: slower than espeak-ng's 175, for typing along.
const RATE: &str = "135";

/// "General enquiries. Open now. It closes at seven p m, in 1 hour. Meeting ID: 9 5 6,
/// 6 4 8 3, 4 2 1 5. Passcode: capital O, u, t, r, e, a, c, h, 1." (`status` is already
/// words for the ear: [`words::headline`].)
pub fn details(
    lang: Lang,
    category: &str,
    status: &str,
    meeting_id: &MeetingId,
    passcode: &Passcode,
) -> String {
    crate::locale::format(
        lang,
        "spoken-details",
        &[
            ("category", category.into()),
            ("status", status.into()),
            ("id", digit_groups(meeting_id).into()),
            ("passcode", spelled(lang, passcode.as_str()).into()),
        ],
    )
}

/// Joining by phone, for the ear: "To join by phone, call plus, 2 7, 8 7, 5 5 1, 7 7 0 2.
/// Then type the meeting ID, 9 3 8, …, and the hash key. Then the phone passcode, 1 2 3 4 5
/// 6, and the hash key."
pub fn phone(
    lang: Lang,
    number: &crate::phone::DialIn,
    meeting_id: &MeetingId,
    passcode: Option<&crate::phone::PhonePasscode>,
) -> String {
    let plus = crate::locale::format(lang, "spoken-sign", &[("sign", "plus".into())]);
    let said_number = format!(
        "{plus}, {}",
        spaced_groups(number.as_written().trim_start_matches('+'))
    );
    let mut args = vec![
        ("number", said_number.into()),
        ("id", digit_groups(meeting_id).into()),
    ];
    let id = match passcode {
        Some(passcode) => {
            let digits: Vec<String> = passcode.as_str().chars().map(String::from).collect();
            args.push(("passcode", digits.join(" ").into()));
            "spoken-phone"
        }
        None => "spoken-phone-no-passcode",
    };
    crate::locale::format(lang, id, &args)
}

/// "9 5 6, 6 4 8 3, 4 2 1 5": each digit alone, a pause between groups.
pub fn digit_groups(id: &MeetingId) -> String {
    spaced_groups(&id.grouped())
}

/// Space-separated groups of digits said one digit at a time, a comma between groups.
fn spaced_groups(grouped: &str) -> String {
    grouped
        .split(' ')
        .map(|group| {
            group
                .chars()
                .map(String::from)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join(", ")
}

pub use words::spelled;

/// The languages `engine` has a voice for ("af", "en-gb", "tn", …), asked once per engine
/// (`espeak-ng --voices`). An error when the engine cannot be run.
pub fn voices(engine: &str) -> Result<Vec<String>, String> {
    static KNOWN: Mutex<Vec<(String, Vec<String>)>> = Mutex::new(Vec::new());
    let mut known = KNOWN.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((_, voices)) = known.iter().find(|(name, _)| name == engine) {
        return Ok(voices.clone());
    }
    let out = Command::new(engine)
        .arg("--voices")
        .stdin(Stdio::null())
        .output()
        .map_err(|error| not_started(engine, &error))?;
    let voices = parse_voices(&String::from_utf8_lossy(&out.stdout));
    known.push((engine.to_owned(), voices.clone()));
    Ok(voices)
}

/// The language column of `espeak-ng --voices` ("Pty Language Age/Gender VoiceName …").
fn parse_voices(listing: &str) -> Vec<String> {
    listing
        .lines()
        .skip(1)
        .filter_map(|line| line.split_whitespace().nth(1))
        .map(str::to_owned)
        .collect()
}

/// Whether `voices` has one for `lang`: its code alone or with a region ("en-gb").
pub fn has_voice(voices: &[String], lang: Lang) -> bool {
    voices.iter().any(|voice| {
        voice == lang.code()
            || voice
                .strip_prefix(lang.code())
                .is_some_and(|rest| rest.starts_with('-'))
    })
}

fn voice(lang: Lang) -> &'static str {
    lang.code()
}

/// Says `text` with `engine` in espeak-ng's place and returns when it has been said (tests
/// and scripts; the window uses an [`Utterance`], which it can stop). An error says in
/// plain words what is missing (no engine installed, no voice).
pub fn say_using(engine: &str, lang: Lang, text: &str) -> Result<(), String> {
    Utterance::start(engine, lang, text)?.wait().map(|_| ())
}

/// Writes what Read aloud would say to a WAV file instead (tests, and checking a voice).
pub fn render(lang: Lang, text: &str, wav: &Path) -> Result<(), String> {
    let mut command = engine_command(ENGINE, lang);
    command.arg("-w").arg(wav).args(["--", text]);
    match command.output() {
        Ok(out) if out.status.success() => Ok(()),
        Ok(out) => Err(String::from_utf8_lossy(&out.stderr).trim().to_owned()),
        Err(error) => Err(not_started(ENGINE, &error)),
    }
}

/// The engine with Loket's voice and rate, before the text.
fn engine_command(engine: &str, lang: Lang) -> Command {
    let mut command = Command::new(engine);
    command.args(["-v", voice(lang), "-s", RATE]);
    command
}

/// Why the engine did not start, in plain words.
fn not_started(engine: &str, error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => format!("{engine} is not installed"),
        _ => error.to_string(),
    }
}

/// One reading under way, which another press of Read aloud (or a kiosk reset) stops.
#[derive(Debug, Clone)]
pub struct Utterance {
    child: Arc<Mutex<Option<Child>>>,
}

/// How a reading ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    Said,
    Stopped,
}

impl Utterance {
    /// Starts saying `text` with `engine` and returns at once.
    pub fn start(engine: &str, lang: Lang, text: &str) -> Result<Utterance, String> {
        let child = engine_command(engine, lang)
            .args(["--", text])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|error| not_started(engine, &error))?;
        Ok(Utterance {
            child: Arc::new(Mutex::new(Some(child))),
        })
    }

    /// The engine's process id while it speaks.
    pub fn process_id(&self) -> Option<u32> {
        self.lock().as_ref().map(Child::id)
    }

    /// Waits until the reading ends (blocking: run it off the window's thread).
    pub fn wait(&self) -> Result<Ended, String> {
        loop {
            {
                let mut slot = self.lock();
                let Some(child) = slot.as_mut() else {
                    return Ok(Ended::Stopped);
                };
                match child.try_wait() {
                    Ok(Some(status)) => {
                        // Reaped by try_wait: only its error output is left to read.
                        let stderr = child.stderr.take();
                        *slot = None;
                        if status.success() {
                            return Ok(Ended::Said);
                        }
                        let mut error = String::new();
                        if let Some(mut stderr) = stderr {
                            use std::io::Read;
                            let _ = stderr.read_to_string(&mut error);
                        }
                        return Err(error.trim().to_owned());
                    }
                    Ok(None) => {}
                    Err(error) => return Err(error.to_string()),
                }
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Stops the reading: the engine's process is ended and reaped before this returns.
    pub fn stop(&self) {
        if let Some(mut child) = self.lock().take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Option<Child>> {
        self.child
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joining_by_phone_is_read_digit_by_digit() {
        let number = crate::phone::DialIn::parse("+27 87 551 7702").unwrap();
        let id = MeetingId::parse("93826227846").unwrap();
        let passcode = crate::phone::PhonePasscode::parse("123456").unwrap();
        assert_eq!(
            phone(Lang::EN, &number, &id, Some(&passcode)),
            "To join by phone, call plus, 2 7, 8 7, 5 5 1, 7 7 0 2. Then type the meeting ID, 9 3 8, 2 6 2 2, 7 8 4 6, and the hash key. Then the phone passcode, 1 2 3 4 5 6, and the hash key."
        );
        assert!(
            phone(Lang::AF, &number, &id, None)
                .starts_with("Om per telefoon aan te sluit, bel plus, 2 7")
        );
    }

    #[test]
    fn voices_are_read_from_the_engines_listing() {
        let listing = "Pty Language       Age/Gender VoiceName          File                 Other Languages\n 5  af              --/M      Afrikaans          gmw/af\n 2  en-gb           --/M      English_(Great_Britain) gmw/en\n 5  tn              --/M      Setswana           bnt/tn\n";
        let voices = parse_voices(listing);
        assert_eq!(voices, ["af", "en-gb", "tn"]);
        assert!(has_voice(&voices, Lang::AF));
        assert!(has_voice(&voices, Lang::EN));
        assert!(has_voice(&voices, Lang::from_code("tn").unwrap()));
        assert!(!has_voice(&voices, Lang::from_code("nso").unwrap()));
        assert!(!has_voice(&voices, Lang::from_code("eng").unwrap()));
    }

    #[test]
    fn meeting_ids_are_read_in_their_groups() {
        let id = MeetingId::parse("95664834215").unwrap();
        assert_eq!(digit_groups(&id), "9 5 6, 6 4 8 3, 4 2 1 5");
        let short = MeetingId::parse("123456789").unwrap();
        assert_eq!(digit_groups(&short), "1 2 3, 4 5 6, 7 8 9");
    }

    #[test]
    fn passcodes_are_spelled_with_capitals_named() {
        assert_eq!(
            spelled(Lang::EN, "Outreach1"),
            "capital O, u, t, r, e, a, c, h, 1"
        );
        assert_eq!(spelled(Lang::AF, "Ab-1"), "hoofletter A, b, koppelteken, 1");
    }

    #[test]
    fn the_details_in_both_languages() {
        let id = MeetingId::parse("95664834215").unwrap();
        let passcode = Passcode::parse("Outreach1").unwrap();
        assert_eq!(
            details(
                Lang::EN,
                "General enquiries",
                "Open now. It closes at seven p m, in 1 hour.",
                &id,
                &passcode
            ),
            "General enquiries. Open now. It closes at seven p m, in 1 hour. Meeting ID: 9 5 6, 6 4 8 3, 4 2 1 5. Passcode: capital O, u, t, r, e, a, c, h, 1."
        );
        let af = details(Lang::AF, "Algemene navrae", "Nou oop.", &id, &passcode);
        assert!(af.contains("Vergadering-ID: 9 5 6"), "{af}");
        assert!(af.contains("Wagwoord: hoofletter O, u"), "{af}");
    }
}
