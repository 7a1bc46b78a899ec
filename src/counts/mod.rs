//! Counts for supervisors: one row per thing a counter or kiosk did for a resident (details
//! opened, Zoom or the browser opened, copied, printed, sent, read aloud), kept in SQLite in
//! the data folder, reported by `loket report`, and written as one CSV a day per machine to
//! a shared folder for reports across sites. Never a phone number, a name or free text:
//! only the time, the site, the mode, the category's id and the action's code.

pub mod export;
pub mod recorder;
pub mod report;
pub mod store;

use chrono::{DateTime, NaiveDate, Utc};

/// What was done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Action {
    DetailsOpened,
    ZoomOpened,
    BrowserOpened,
    Copied,
    Printed,
    SentWhatsApp,
    SentEmail,
    ReadAloud,
}

impl Action {
    pub const ALL: [Action; 8] = [
        Action::DetailsOpened,
        Action::ZoomOpened,
        Action::BrowserOpened,
        Action::Copied,
        Action::Printed,
        Action::SentWhatsApp,
        Action::SentEmail,
        Action::ReadAloud,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Action::DetailsOpened => "details_opened",
            Action::ZoomOpened => "zoom_opened",
            Action::BrowserOpened => "browser_opened",
            Action::Copied => "copied",
            Action::Printed => "printed",
            Action::SentWhatsApp => "sent_whatsapp",
            Action::SentEmail => "sent_email",
            Action::ReadAloud => "read_aloud",
        }
    }

    pub fn from_code(code: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.code() == code)
    }

    /// Whether the action put the meeting in a resident's hands (a join, a slip, a message):
    /// what "residents helped" counts.
    pub fn helps(self) -> bool {
        matches!(
            self,
            Action::ZoomOpened
                | Action::BrowserOpened
                | Action::Printed
                | Action::SentWhatsApp
                | Action::SentEmail
        )
    }
}

/// A counter (staff at the screen) or a kiosk (a resident alone).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    Counter,
    Kiosk,
}

impl Mode {
    pub fn code(self) -> &'static str {
        match self {
            Mode::Counter => "counter",
            Mode::Kiosk => "kiosk",
        }
    }
}

/// One row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub at: DateTime<Utc>,
    /// The day in the schedule's zone (reports group by it).
    pub local_date: NaiveDate,
    pub site: String,
    pub mode: Mode,
    pub category: String,
    pub action: Action,
}

/// Where this machine counts: its site name (settings or fleet.ron, else the host name),
/// the shared report folder, and how long rows are kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    pub site: String,
    pub report_dir: Option<std::path::PathBuf>,
    pub keep_days: u32,
}

impl Config {
    /// The site from the settings, else fleet.ron, else the host name; the report folder
    /// likewise; rows kept `keep_days` (default two years).
    pub fn assemble(
        settings_site: Option<&str>,
        settings_dir: Option<&std::path::Path>,
        keep_days: Option<u32>,
        fleet: Option<&crate::fleet::Fleet>,
    ) -> Config {
        let site = settings_site
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .or_else(|| fleet.and_then(|f| f.site.clone()))
            .unwrap_or_else(host_name);
        let report_dir = settings_dir
            .map(std::path::Path::to_owned)
            .or_else(|| fleet.and_then(|f| f.report_dir.clone()));
        Config {
            site,
            report_dir,
            keep_days: keep_days.unwrap_or(KEEP_DAYS).max(1),
        }
    }
}

/// Rows older than this many days are removed (two years).
pub const KEEP_DAYS: u32 = 730;

/// The machine's name, for a site that was not named.
pub fn host_name() -> String {
    let name = gethostname::gethostname()
        .to_string_lossy()
        .trim()
        .to_owned();
    if name.is_empty() {
        "this computer".to_owned()
    } else {
        name
    }
}

/// The database's default place: `counts.sqlite` in the data folder.
pub fn default_database() -> Option<std::path::PathBuf> {
    crate::places::data_dir().map(|dir| dir.join("counts.sqlite"))
}
