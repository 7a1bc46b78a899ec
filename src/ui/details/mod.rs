//! The details component: which screen shows (home or a category), the host chosen, the
//! next host to suggest for each category (residents spread over the hosts), the QR code,
//! joining (the OS opener, off the window's thread), copying, and what the last action did.

pub mod view;

use std::time::Duration;

use iced::widget::qr_code;
use iced::{Task, clipboard};

use chrono::DateTime;
use chrono_tz::Tz;

use crate::i18n;
use crate::opener;
use crate::schedule::{Category, Host, Schedule};
use crate::slip::{self, Slip};
use crate::text::Lang;
use crate::zoom::{self, SafeUrl};

/// How long "Copied" and "Opening Zoom…" stay on screen.
const FEEDBACK_FOR: Duration = Duration::from_secs(4);

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    ChooseCategory(usize),
    Back,
    ChooseHost(usize),
    Join(JoinWith),
    /// The OS opener answered.
    Opened(JoinWith, Result<(), String>),
    Copy(CopyWhat),
    HideFeedback(u64),
    OpenHelpEmail,
    /// The OS opener answered for the help e-mail link.
    EmailOpened(Result<(), String>),
    /// Print (or P): a slip with this host's details.
    Print,
    /// The print system answered: the queue's name, or why not.
    Printed(Result<String, String>),
    /// "Send to phone": the box for a resident's cell number opens (counter only).
    OpenSend,
    /// The number as typed so far.
    SendNumber(String),
    /// Hand the message to WhatsApp (needs a valid number) or the e-mail program.
    Send(SendWith),
    /// The OS opener answered.
    Sent(SendWith, Result<(), String>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SendWith {
    WhatsApp,
    Email,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JoinWith {
    App,
    Browser,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CopyWhat {
    MeetingId,
    Passcode,
    Both,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Home,
    Category(usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Feedback {
    Copied(String),
    Opening(JoinWith),
    OpenFailed(JoinWith),
    EmailFailed,
    Printing,
    /// Sent to this printer.
    Printed(String),
    PrintFailed(String),
    /// A kiosk resident has printed as many slips as the schedule allows.
    PrintLimit,
    /// The message was handed to WhatsApp or the e-mail program.
    Sent(SendWith),
    SendFailed(SendWith),
}

/// What the shell must do after the details handled a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    /// Another screen shows: scroll to its top.
    ScreenChanged,
}

/// What the details need from the rest of the window.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    pub schedule: &'a Schedule,
    pub lang: Lang,
    /// "Open in browser" is offered (not at a kiosk unless the schedule allows it).
    pub browser_allowed: bool,
    /// Print is offered (not at a kiosk unless the schedule allows it).
    pub print_allowed: bool,
    /// "Send to phone" is offered (at a counter, never at a kiosk).
    pub send_allowed: bool,
    /// Now, in the schedule's zone: the slip says when it was printed.
    pub now: DateTime<Tz>,
}

#[derive(Debug)]
pub struct Details {
    pub screen: Screen,
    /// The host shown.
    pub host: usize,
    /// Per category: the host to suggest next.
    pub suggested: Vec<usize>,
    pub qr: Option<qr_code::Data>,
    pub feedback: Option<Feedback>,
    feedback_serial: u64,
    /// What Loket last put on the clipboard, so a kiosk reset clears only its own text.
    pub clipboard_ours: Option<String>,
    /// The cell number being typed in the "Send to phone" box, while it is open. Personal
    /// information: never saved, logged or counted, and gone when the box closes.
    pub send: Option<String>,
}

impl Details {
    pub fn new(categories: usize) -> Details {
        Details {
            screen: Screen::Home,
            host: 0,
            suggested: vec![0; categories],
            qr: None,
            feedback: None,
            feedback_serial: 0,
            clipboard_ours: None,
            send: None,
        }
    }

    pub fn update(
        &mut self,
        message: Message,
        context: Context<'_>,
    ) -> (Task<Message>, Option<Event>) {
        let changed = Some(Event::ScreenChanged);
        match message {
            Message::ChooseCategory(index) => {
                if index >= context.schedule.categories.len() {
                    return (Task::none(), None);
                }
                self.screen = Screen::Category(index);
                self.feedback = None;
                let host = self.suggested.get(index).copied().unwrap_or(0);
                self.select_host(context.schedule, host);
                (Task::none(), changed)
            }
            // Back from the send box closes it (and forgets the number), not the screen.
            Message::Back if self.send.is_some() => {
                self.send = None;
                (Task::none(), changed)
            }
            Message::Back => {
                self.go_home();
                (Task::none(), changed)
            }
            Message::OpenSend => {
                if !context.send_allowed || self.category(context.schedule).is_none() {
                    return (Task::none(), None);
                }
                self.send = Some(String::new());
                self.feedback = None;
                (iced::widget::operation::focus(view::CELL.clone()), changed)
            }
            Message::SendNumber(typed) => {
                if let Some(number) = &mut self.send {
                    // A phone number is short: anything longer is not one.
                    *number = typed.chars().take(24).collect();
                }
                (Task::none(), None)
            }
            Message::Send(with) => (self.send(with, context), None),
            Message::Sent(with, result) => {
                self.feedback = Some(match result {
                    Ok(()) => {
                        // Sent: the number is forgotten at once.
                        self.send = None;
                        tracing::info!(?with, "details handed to the phone's app");
                        Feedback::Sent(with)
                    }
                    Err(error) => {
                        tracing::warn!(?with, %error, "could not open the app to send the details");
                        Feedback::SendFailed(with)
                    }
                });
                (
                    Task::none(),
                    if self.send.is_none() { changed } else { None },
                )
            }
            Message::ChooseHost(index) => {
                self.select_host(context.schedule, index);
                (Task::none(), None)
            }
            Message::Join(with) => (self.join(with, context), None),
            Message::Opened(with, result) => (self.opened(context.schedule, with, result), None),
            Message::Copy(what) => (self.copy(what, context), None),
            Message::HideFeedback(serial) => {
                let passing = matches!(
                    self.feedback,
                    Some(Feedback::Copied(_) | Feedback::Opening(_))
                );
                if serial == self.feedback_serial && passing {
                    self.feedback = None;
                }
                (Task::none(), None)
            }
            Message::OpenHelpEmail => match &context.schedule.help.email {
                Some(email) => (
                    open_off_thread(zoom::mailto_link(email), Message::EmailOpened),
                    None,
                ),
                None => (Task::none(), None),
            },
            Message::Print => (self.print(context), None),
            Message::Printed(result) => {
                self.feedback = Some(match result {
                    Ok(queue) => {
                        tracing::info!(printer = %queue, "slip printed");
                        Feedback::Printed(queue)
                    }
                    Err(error) => {
                        tracing::warn!(%error, "could not print the slip");
                        Feedback::PrintFailed(error)
                    }
                });
                (Task::none(), None)
            }
            Message::EmailOpened(result) => {
                if let Err(error) = result {
                    tracing::warn!(%error, "could not open the e-mail link");
                    self.feedback = Some(Feedback::EmailFailed);
                }
                (Task::none(), None)
            }
        }
    }

    /// The home screen, with nothing left of the last category (nor a number being typed).
    pub fn go_home(&mut self) {
        self.screen = Screen::Home;
        self.feedback = None;
        self.qr = None;
        self.send = None;
    }

    /// The message to the resident's phone, through WhatsApp (to the number typed, once it
    /// is a South African cell number) or a new e-mail. Only links Loket built are opened.
    fn send(&mut self, with: SendWith, context: Context<'_>) -> Task<Message> {
        if !context.send_allowed {
            return Task::none();
        }
        let (Some((_, category)), Some(host)) = (
            self.category(context.schedule),
            self.selected_host(context.schedule),
        ) else {
            return Task::none();
        };
        let slip = Slip::new(context.schedule, category, host, context.lang, context.now);
        let (subject, body) = slip::message(&slip, context.lang);
        let url = match with {
            SendWith::WhatsApp => {
                let typed = self.send.as_deref().unwrap_or_default();
                let Ok(cell) = crate::phone::CellNumber::parse(typed) else {
                    return Task::none();
                };
                zoom::whatsapp_link(&cell, &format!("{subject}\n\n{body}"))
            }
            SendWith::Email => zoom::compose_mail_link(&subject, &body),
        };
        open_off_thread(url, move |result| Message::Sent(with, result))
    }

    pub fn category<'s>(&self, schedule: &'s Schedule) -> Option<(usize, &'s Category)> {
        match self.screen {
            Screen::Category(i) => schedule.categories.get(i).map(|c| (i, c)),
            Screen::Home => None,
        }
    }

    pub fn selected_host<'s>(&self, schedule: &'s Schedule) -> Option<&'s Host> {
        self.category(schedule)
            .and_then(|(_, category)| category.hosts.get(self.host))
    }

    fn select_host(&mut self, schedule: &Schedule, index: usize) {
        let Some((_, category)) = self.category(schedule) else {
            return;
        };
        self.host = index.min(category.hosts.len().saturating_sub(1));
        self.qr = self
            .selected_host(schedule)
            .and_then(|h| qr_code::Data::new(zoom::browser_link(&h.meeting_id).as_str()).ok());
    }

    /// Keeps the screen sensible when categories or hosts came or went.
    pub fn schedule_replaced(&mut self, schedule: &Schedule) {
        let count = schedule.categories.len();
        self.suggested.resize(count, 0);
        for (suggested, category) in self.suggested.iter_mut().zip(&schedule.categories) {
            if *suggested >= category.hosts.len() {
                *suggested = 0;
            }
        }
        if let Screen::Category(index) = self.screen {
            if index < count {
                self.select_host(schedule, self.host);
            } else {
                self.go_home();
            }
        }
    }

    /// A host was used: suggest the next one to the next resident.
    fn rotate(&mut self, schedule: &Schedule) {
        if let Some((index, category)) = self.category(schedule) {
            let next = (self.host + 1) % category.hosts.len().max(1);
            self.suggested[index] = next;
        }
    }

    fn join(&mut self, with: JoinWith, context: Context<'_>) -> Task<Message> {
        if with == JoinWith::Browser && !context.browser_allowed {
            tracing::info!("kiosk mode: the browser is not allowed by the schedule");
            return Task::none();
        }
        let Some(host) = self.selected_host(context.schedule) else {
            return Task::none();
        };
        let url = match with {
            JoinWith::App => zoom::app_link(&host.meeting_id, &host.passcode),
            JoinWith::Browser => zoom::browser_link(&host.meeting_id),
        };
        self.feedback = Some(Feedback::Opening(with));
        open_off_thread(url, move |result| Message::Opened(with, result))
    }

    fn opened(
        &mut self,
        schedule: &Schedule,
        with: JoinWith,
        result: Result<(), String>,
    ) -> Task<Message> {
        match result {
            Ok(()) => {
                // Only a launch that worked moves the next resident on to the next host.
                self.rotate(schedule);
                // "Opening Zoom…" stays a few seconds: Zoom takes a while to appear, and a
                // resident who sees nothing happen presses again.
                if self.feedback == Some(Feedback::Opening(with)) {
                    return self.hide_feedback_later();
                }
            }
            Err(error) => {
                tracing::warn!(?with, %error, "could not open the link");
                self.feedback = Some(Feedback::OpenFailed(with));
            }
        }
        Task::none()
    }

    fn copy(&mut self, what: CopyWhat, context: Context<'_>) -> Task<Message> {
        let Some(host) = self.selected_host(context.schedule) else {
            return Task::none();
        };
        let text = match what {
            // Digits only: what Zoom's "Join" field takes.
            CopyWhat::MeetingId => host.meeting_id.digits().to_owned(),
            CopyWhat::Passcode => host.passcode.as_str().to_owned(),
            CopyWhat::Both => i18n::id_and_passcode(
                context.lang,
                &host.meeting_id.grouped(),
                host.passcode.as_str(),
            ),
        };
        self.rotate(context.schedule);
        self.clipboard_ours = Some(text.clone());
        self.feedback = Some(Feedback::Copied(text.clone()));
        Task::batch([clipboard::write(text), self.hide_feedback_later()])
    }

    /// The slip for the host shown, made here and printed off the window's thread (the PDF
    /// and the print system can take seconds).
    fn print(&mut self, context: Context<'_>) -> Task<Message> {
        if !context.print_allowed {
            tracing::info!("kiosk mode: printing is not allowed by the schedule");
            return Task::none();
        }
        let Some((_, category)) = self.category(context.schedule) else {
            return Task::none();
        };
        let Some(host) = self.selected_host(context.schedule) else {
            return Task::none();
        };
        let slip = Slip::new(context.schedule, category, host, context.lang, context.now);
        let print = context.schedule.print.clone();
        let title = format!("Loket {}", category.id);
        self.feedback = Some(Feedback::Printing);
        Task::perform(
            async move {
                tokio::task::spawn_blocking(move || {
                    let pdf = slip::pdf::render(&slip, print.paper);
                    slip::printer::print(&pdf, print.printer.as_deref(), &title)
                        .map_err(|error| error.to_string())
                })
                .await
                .unwrap_or_else(|e| Err(e.to_string()))
            },
            Message::Printed,
        )
    }

    /// Hides the feedback now shown after [`FEEDBACK_FOR`], unless another replaced it.
    fn hide_feedback_later(&mut self) -> Task<Message> {
        self.feedback_serial += 1;
        let serial = self.feedback_serial;
        // The timer is made inside the future: only the executor has a tokio runtime.
        Task::perform(
            async { tokio::time::sleep(FEEDBACK_FOR).await },
            move |()| Message::HideFeedback(serial),
        )
    }

    /// The serial of the feedback shown now (tests hide it as its timer would).
    pub fn feedback_serial(&self) -> u64 {
        self.feedback_serial
    }

    /// Before a kiosk reset: the clipboard's content is cleared if it is still Loket's.
    pub fn clear_clipboard_if_ours<T>(&mut self, content: Option<String>) -> Task<T> {
        let ours = self.clipboard_ours.take();
        if ours.is_some() && content == ours {
            clipboard::write(String::new())
        } else {
            Task::none()
        }
    }
}

/// Runs the OS opener on a blocking thread: it waits up to two seconds to learn whether
/// the launcher failed.
fn open_off_thread(
    url: SafeUrl,
    then: impl FnOnce(Result<(), String>) -> Message + Send + 'static,
) -> Task<Message> {
    Task::perform(
        async move {
            tokio::task::spawn_blocking(move || opener::open(&url))
                .await
                .unwrap_or_else(|e| Err(e.to_string()))
        },
        then,
    )
}
