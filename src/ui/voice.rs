//! The reading-aloud component: one reading at a time, started by Read aloud and stopped
//! by a second press (or a kiosk reset), with what the screen says about it ("Reading
//! aloud…", or why it cannot). What is read comes from the shell, built for the ear.

use iced::widget::row;
use iced::{Alignment, Element, Task};

use super::background;
use super::icons;
use super::theme::Colors;
use super::view::widgets::{self, BODY, BOLD};
use crate::i18n::strings;
use crate::speech::{self, Ended, Utterance};
use crate::text::Lang;

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// Read aloud pressed (or R): start reading, or stop the reading under way.
    ReadAloud,
    /// A reading (by its number) ended: said, stopped, or failed.
    Spoken(u64, Result<Ended, String>),
}

/// What the screen says about reading aloud.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shown {
    Reading,
    /// The engine could not start or failed: why.
    Failed(String),
    /// The engine has no voice for the language on screen: nothing is read with another
    /// language's rules.
    NoVoice,
}

#[derive(Debug, Default)]
pub struct Voice {
    reading: Option<Utterance>,
    /// Readings started so far: a late end of a stopped one is recognised by its number.
    readings: u64,
    pub shown: Option<Shown>,
}

impl Voice {
    /// `text` is asked for only when a reading starts.
    pub fn update(
        &mut self,
        message: Message,
        text: impl FnOnce() -> (Lang, String),
    ) -> Task<Message> {
        match message {
            Message::ReadAloud => {
                if self.stop() {
                    return Task::none();
                }
                let (lang, text) = text();
                self.start(lang, &text)
            }
            Message::Spoken(serial, ended) => {
                // Only the newest reading's end counts; a stopped one's was handled at the stop.
                if serial == self.readings {
                    self.reading = None;
                    self.shown = match ended {
                        Ok(_) => None,
                        Err(error) => {
                            tracing::warn!(%error, "could not read aloud");
                            Some(Shown::Failed(error))
                        }
                    };
                }
                Task::none()
            }
        }
    }

    fn start(&mut self, lang: Lang, text: &str) -> Task<Message> {
        // An engine that cannot list its voices cannot speak either: starting it says why.
        if let Ok(voices) = speech::voices(speech::ENGINE)
            && !speech::has_voice(&voices, lang)
        {
            tracing::info!(%lang, "no voice for this language: not read aloud");
            self.shown = Some(Shown::NoVoice);
            return Task::none();
        }
        match Utterance::start(speech::ENGINE, lang, text) {
            Err(error) => {
                tracing::warn!(%error, "could not read aloud");
                self.shown = Some(Shown::Failed(error));
                Task::none()
            }
            Ok(reading) => {
                self.readings += 1;
                let serial = self.readings;
                self.reading = Some(reading.clone());
                self.shown = Some(Shown::Reading);
                Task::perform(background::read(move || reading.wait()), move |ended| {
                    Message::Spoken(serial, ended.unwrap_or(Ok(Ended::Stopped)))
                })
            }
        }
    }

    /// Stops the reading under way, if any; whether there was one.
    pub fn stop(&mut self) -> bool {
        let Some(reading) = self.reading.take() else {
            return false;
        };
        reading.stop();
        self.shown = None;
        true
    }

    /// Forgets what the screen said about reading (a new screen).
    pub fn clear(&mut self) {
        if self.shown != Some(Shown::Reading) {
            self.shown = None;
        }
    }

    pub fn is_reading(&self) -> bool {
        self.reading.is_some()
    }

    /// The engine's process while it reads (tests count them).
    pub fn process_id(&self) -> Option<u32> {
        self.reading.as_ref().and_then(Utterance::process_id)
    }
}

/// What the screen says about reading aloud: that it reads, or why it cannot.
pub fn view<'a, M: 'a>(voice: &Voice, lang: Lang, colors: Colors) -> Option<Element<'a, M>> {
    let s = strings(lang);
    let (icon, words, tint) = match voice.shown.as_ref()? {
        Shown::Reading => (&icons::SPEAKER, s.reading_aloud, colors.text),
        Shown::Failed(_) => (&icons::WARNING, s.speech_missing, colors.closed),
        Shown::NoVoice => (&icons::WARNING, s.speech_no_voice, colors.closed),
    };
    Some(
        row![
            widgets::icon(icon, BODY + 4.0, tint),
            widgets::wrapping(words).size(BODY).font(BOLD),
        ]
        .spacing(10)
        .align_y(Alignment::Center)
        .into(),
    )
}
