//! The checked schedule: what the calendar engine and the window work from. Every value here
//! has passed validation, so the rest of Loket never re-checks it.

use std::sync::Arc;

use chrono::{NaiveDate, Weekday};
use chrono_tz::Tz;

use crate::holidays::HolidayCalendar;
use crate::phone::{DialIn, PhonePasscode};
use crate::text::{Lang, Localized};
use crate::zoom::{Email, MeetingId, Passcode};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schedule {
    pub title: Localized,
    /// The published version's number (fleets refuse a lower one than they have).
    pub serial: Option<u64>,
    /// The last day, in the schedule's time zone, this version may be relied on.
    pub valid_until: Option<NaiveDate>,
    pub time_zone: Tz,
    /// The language the window starts in and returns to in kiosk mode.
    pub default_language: Lang,
    /// The languages offered on screen, in order (English and Afrikaans unless the file
    /// says otherwise); always holds `default_language`.
    pub languages: Vec<Lang>,
    pub programme: Programme,
    /// Minutes before closing when new joins are discouraged ("closing soon").
    pub last_join_minutes: u16,
    pub week: Week,
    pub holidays: HolidayCalendar,
    /// In file order; the first that covers a day wins.
    pub overrides: Vec<Override>,
    pub help: Help,
    /// Joining by phone, when the schedule gives dial-in numbers.
    pub phone: Option<Phone>,
    pub print: Print,
    pub kiosk: Kiosk,
    pub categories: Vec<Category>,
}

impl Schedule {
    pub fn host_count(&self) -> usize {
        self.categories.iter().map(|c| c.hosts.len()).sum()
    }

    pub fn category(&self, id: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id)
    }

    /// Every text a person reads, named by where it is ("category water's name"): what
    /// `loket check` lists per language when it falls back to English.
    pub fn texts(&self) -> Vec<(String, &Localized)> {
        let mut texts = vec![("the title".to_owned(), &self.title)];
        for category in &self.categories {
            let id = &category.id;
            texts.push((format!("category {id}'s name"), &category.name));
            texts.push((
                format!("category {id}'s description"),
                &category.description,
            ));
            for (index, item) in category.have_ready.iter().enumerate() {
                texts.push((format!("category {id}'s have_ready {}", index + 1), item));
            }
            for (index, host) in category.hosts.iter().enumerate() {
                texts.push((
                    format!("category {id}'s host {} label", index + 1),
                    &host.label,
                ));
            }
        }
        texts.push(("help's note".to_owned(), &self.help.note));
        for (index, number) in self.phone.iter().flat_map(|p| &p.numbers).enumerate() {
            texts.push((format!("phone number {}'s label", index + 1), &number.label));
        }
        for (index, rule) in self.overrides.iter().map(|o| &o.rule).enumerate() {
            let text = match rule {
                Rule::Closed { reason } => reason.as_ref(),
                Rule::Open { note, .. } => note,
            };
            texts.push((format!("override {}'s text", index + 1), text));
        }
        texts.retain(|(_, text)| !text.is_empty());
        texts
    }
}

/// The programme's first and last day (inclusive); either may be open-ended.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Programme {
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
}

/// Minutes after local midnight, `start < end <= 1440` (24:00).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TimeRange {
    pub start: u16,
    pub end: u16,
}

impl TimeRange {
    pub const DAY_END: u16 = 24 * 60;

    pub fn minutes(self) -> u16 {
        self.end - self.start
    }
}

/// Opening hours per weekday, each day's ranges sorted and not overlapping.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Week {
    days: [Vec<TimeRange>; 7],
}

impl Week {
    /// `days` Monday first; the caller has sorted and checked each day.
    pub fn new(days: [Vec<TimeRange>; 7]) -> Week {
        Week { days }
    }

    pub fn on(&self, day: Weekday) -> &[TimeRange] {
        &self.days[day.num_days_from_monday() as usize]
    }

    /// No range on any day (cheaper than counting minutes).
    pub fn is_empty(&self) -> bool {
        self.days.iter().all(Vec::is_empty)
    }

    pub fn minutes_per_week(&self) -> u32 {
        self.days
            .iter()
            .flatten()
            .map(|r| u32::from(r.minutes()))
            .sum()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Override {
    pub first: NaiveDate,
    pub last: NaiveDate,
    /// Category ids; empty for all.
    pub only: Vec<String>,
    pub rule: Rule,
}

impl Override {
    pub fn applies(&self, date: NaiveDate, category_id: &str) -> bool {
        self.first <= date
            && date <= self.last
            && (self.only.is_empty() || self.only.iter().any(|id| id == category_id))
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rule {
    Closed {
        reason: Arc<Localized>,
    },
    Open {
        hours: Vec<TimeRange>,
        note: Localized,
    },
}

/// Dial-in numbers for joining by telephone (a landline too), and the shared phone passcode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phone {
    pub numbers: Vec<DialInNumber>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DialInNumber {
    pub number: DialIn,
    /// Where the number is ("Johannesburg"); may be empty.
    pub label: Localized,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Help {
    pub email: Option<Email>,
    pub phone: Option<String>,
    pub note: Localized,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kiosk {
    pub idle_minutes: u16,
    pub exit_pin: Option<String>,
    /// "Open in browser" at a kiosk: off unless the schedule says so, since a browser
    /// window over the kiosk is a way out of it.
    pub allow_browser: bool,
    /// A slip may be printed at a kiosk, at most `prints_per_resident` before the reset.
    pub allow_print: bool,
    pub prints_per_resident: u8,
}

/// The paper a slip is laid out for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Paper {
    #[default]
    A4,
    /// An 80 mm thermal receipt roll, as counters use.
    Receipt80,
}

impl Paper {
    pub fn parse(text: &str) -> Option<Paper> {
        match text.trim() {
            "a4" | "A4" => Some(Paper::A4),
            "receipt-80mm" | "80mm" => Some(Paper::Receipt80),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Paper::A4 => "a4",
            Paper::Receipt80 => "receipt-80mm",
        }
    }
}

/// How slips are printed: the paper, and the CUPS queue (`None`: the system's default).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Print {
    pub paper: Paper,
    pub printer: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Category {
    pub id: String,
    pub name: Localized,
    pub description: Localized,
    pub have_ready: Vec<Localized>,
    /// Hours of its own; `None` follows the schedule's week.
    pub hours: Option<Week>,
    pub hosts: Vec<Host>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Host {
    pub label: Localized,
    pub meeting_id: MeetingId,
    /// The host's own passcode, or the shared one.
    pub passcode: Passcode,
    /// The host's numeric passcode for joining by phone, or the shared one; `None` when
    /// the schedule gives none (the phone then asks for nothing, or the host has none).
    pub phone_passcode: Option<PhonePasscode>,
}
