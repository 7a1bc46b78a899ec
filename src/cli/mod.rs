//! The command line: `loket` opens the window; `check`, `status` and `holidays` answer
//! administrators and scripts.

/// Like `println!`, but a closed pipe (`loket status | head`) ends output quietly instead of
/// panicking.
macro_rules! outln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout().lock(), $($arg)*);
    }};
}

mod check;
mod holidays;
mod status;

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::{DateTime, Datelike, Utc};
use clap::{Parser, Subcommand};

use crate::clock::Clock;
use crate::schedule::Checked;
use crate::source::{self, Source};

#[derive(Debug, Parser)]
#[command(
    name = "loket",
    version,
    about = "Join the City of Tshwane's virtual help sessions on Zoom: tiles per service, a live open/closed banner, copy, join and QR codes.",
    long_about = "Loket shows the service categories of a schedule (schedule.ron) as large tiles with a live \
banner saying whether the Zoom help sessions are open, copies meeting IDs and the passcode, opens Zoom \
straight into a meeting and shows a QR code for residents' phones.\n\n\
The schedule is read from, in order: --schedule PATH; $LOKET_SCHEDULE; the user's config dir \
(~/.config/loket/schedule.ron); the system file (/etc/loket/schedule.ron); else the copy built into Loket. \
Edits to the file are picked up while Loket runs.",
    after_help = "Exit status: 0 success; 1 the schedule has errors; 2 unreadable file or bad usage."
)]
pub struct Cli {
    /// The schedule file to use instead of the usual places.
    #[arg(long, global = true, value_name = "PATH")]
    pub schedule: Option<PathBuf>,

    /// Pretend it is this instant (RFC 3339, e.g. 2025-12-09T16:55:00+02:00). In the window
    /// the clock starts there and keeps running: for training and demos.
    #[arg(long, global = true, value_name = "RFC3339", value_parser = parse_instant)]
    pub at: Option<DateTime<Utc>>,

    /// Kiosk mode: fullscreen, returns to the start screen when idle. With `check`: also
    /// check what kiosk mode needs (an exit PIN).
    #[arg(long, global = true)]
    pub kiosk: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a schedule file and report every problem as PATH:LINE:COL.
    Check {
        /// The file to check (default: the schedule Loket would load).
        path: Option<PathBuf>,
    },
    /// The status of every category at an instant (default: now).
    Status {
        /// Print JSON for scripts.
        #[arg(long)]
        json: bool,
    },
    /// A year's public holidays, observed Mondays and the schedule's own days included.
    Holidays {
        #[arg(long, value_parser = clap::value_parser!(i32).range(1900..=2200))]
        year: i32,
        /// Print JSON for scripts.
        #[arg(long)]
        json: bool,
    },
}

fn parse_instant(text: &str) -> Result<DateTime<Utc>, String> {
    let instant = DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| format!("{e}; write e.g. 2025-12-09T17:30:00+02:00"))?;
    let years = crate::schedule::check::YEARS;
    if !years.contains(&instant.year()) {
        return Err(format!(
            "the year {} is outside {} to {}",
            instant.year(),
            years.start(),
            years.end()
        ));
    }
    Ok(instant)
}

impl Cli {
    pub fn clock(&self) -> Clock {
        match self.at {
            Some(at) => Clock::starting_at(at),
            None => Clock::System,
        }
    }

    /// The instant for one-shot commands: `--at` exactly, else now.
    fn instant(&self) -> DateTime<Utc> {
        self.at.unwrap_or_else(Utc::now)
    }
}

/// Runs a subcommand and returns the process exit status.
pub fn run(cli: &Cli, command: &Command) -> ExitCode {
    match command {
        Command::Check { path } => check::run(cli, path.as_deref()),
        Command::Status { json } => status::run(cli, *json),
        Command::Holidays { year, json } => holidays::run(cli, *year, *json),
    }
}

const EXIT_INVALID: u8 = 1;
const EXIT_UNREADABLE: u8 = 2;

/// Loads the schedule a command works on. On failure prints why (every problem, like
/// `check`) and gives the exit code to end with.
fn load_valid(cli: &Cli) -> Result<crate::schedule::Schedule, ExitCode> {
    let source = source::locate(cli.schedule.as_deref());
    let checked = load_or_report(&source)?;
    match checked.schedule {
        Some(schedule) => Ok(schedule),
        None => {
            print_diagnostics(&source, &checked);
            eprintln!(
                "{}: the schedule has errors; fix them first (loket check)",
                source.display_name()
            );
            Err(ExitCode::from(EXIT_INVALID))
        }
    }
}

fn load_or_report(source: &Source) -> Result<Checked, ExitCode> {
    source::load(source).map_err(|e| {
        eprintln!("loket: {e}");
        ExitCode::from(EXIT_UNREADABLE)
    })
}

fn print_diagnostics(source: &Source, checked: &Checked) {
    let name = source.display_name();
    for d in &checked.diagnostics {
        eprintln!("{}", d.render(&name));
    }
}
