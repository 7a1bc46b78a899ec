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
mod check_locale;
mod fetch;
mod holidays;
mod print;
mod report;
mod status;

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::{DateTime, Datelike, Utc};
use clap::{Parser, Subcommand};

use crate::clock::Clock;
use crate::fleet::config::{ConfigError, Overrides};
use crate::fleet::{self, Cache, Fleet};
use crate::live::{self, FileTrouble, Found};
use crate::schedule::Checked;
use crate::source::{self, Search, Source};
use crate::text::Lang;

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
Edits to the file are picked up while Loket runs.\n\n\
A fleet (fleet.ron in the config dir or /etc/loket, or --schedule-url with --public-key) replaces \
those places, except --schedule and $LOKET_SCHEDULE, by the verified copy of a signed schedule \
published on a web server.",
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

    /// Follow the schedule published at this URL (overrides `url` in fleet.ron).
    #[arg(long, global = true, value_name = "URL")]
    pub schedule_url: Option<String>,

    /// The minisign public key (the RW… line of the .pub file) the published schedule must
    /// be signed with (overrides `public_key` in fleet.ron). With `check FILE`: verify
    /// FILE.minisig with it.
    #[arg(long, global = true, value_name = "KEY")]
    pub public_key: Option<String>,

    /// The language to start the window in, and of `status`'s words: a code like "en",
    /// "af", "nso", "tn", "zu", or one a translation file in a `locales` folder adds.
    #[arg(long, global = true, value_name = "CODE", value_parser = parse_lang)]
    pub lang: Option<Lang>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

fn parse_lang(code: &str) -> Result<Lang, String> {
    let lang = Lang::from_code(code)
        .ok_or_else(|| format!("{code:?} is not a language code like \"en\", \"af\" or \"nso\""))?;
    let catalog = crate::locale::current();
    if catalog.has(lang) {
        return Ok(lang);
    }
    let known: Vec<&str> = catalog.languages().map(|l| l.lang.code()).collect();
    Err(format!(
        "Loket has no words in {code:?}: it has {} (add {code}.ftl to a locales folder; see README, Languages)",
        known.join(", ")
    ))
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
    /// Print the slip a resident takes home (meeting ID, passcode, joining by phone, this
    /// week's sessions, a QR code), or write it as a PDF with --pdf.
    Print {
        /// The category: its id ("water") or its number on the home screen.
        category: String,
        /// Write the PDF to this file instead of printing it.
        #[arg(long, value_name = "FILE")]
        pdf: Option<PathBuf>,
        /// The CUPS queue (default: the schedule's `print.printer`, else the system's default).
        #[arg(long, value_name = "NAME")]
        printer: Option<String>,
        /// a4 or receipt-80mm (default: the schedule's `print.paper`, else a4).
        #[arg(long, value_parser = print::parse_paper)]
        paper: Option<crate::schedule::Paper>,
        /// Which host, 1 for the first (default).
        #[arg(long, value_name = "N")]
        host: Option<usize>,
    },
    /// How many residents each counter and kiosk helped: counts grouped by day, week,
    /// category, site or action, with totals.
    Report {
        /// The first day (YYYY-MM-DD, in the schedule's zone; default: 29 days before --to).
        #[arg(long, value_parser = report::parse_date)]
        from: Option<chrono::NaiveDate>,
        /// The last day (default: today).
        #[arg(long, value_parser = report::parse_date)]
        to: Option<chrono::NaiveDate>,
        /// day, week, category, site or action.
        #[arg(long, default_value = "category", value_parser = report::parse_by)]
        by: crate::counts::report::By,
        /// table (people), csv (spreadsheets) or json (scripts).
        #[arg(long, default_value = "table", value_parser = report::parse_format)]
        format: crate::counts::report::Format,
        /// The SQLite file (default: counts.sqlite in the data folder).
        #[arg(long, value_name = "FILE")]
        db: Option<PathBuf>,
        /// Every machine's daily CSV files in this folder (a report_dir), instead of this
        /// machine's file.
        #[arg(long, value_name = "DIR", conflicts_with = "db")]
        from_dir: Option<PathBuf>,
    },
    /// Check a translation file against English and report every problem as
    /// FILE:LINE:COL: Fluent syntax, missing and unknown messages, variables that differ.
    /// Exit 0 when nothing is wrong but warnings, 1 on errors, 2 if it cannot be read.
    CheckLocale {
        /// The file, named after its language (nso.ftl).
        file: PathBuf,
        /// Print a review sheet for a native speaker instead (Markdown): every message
        /// with where it appears, the English, the translation and a blank.
        #[arg(long)]
        review_sheet: bool,
        /// Check against this English file instead of the built-in one (a translation made
        /// for another version of Loket).
        #[arg(long, value_name = "EN_FTL")]
        english: Option<PathBuf>,
    },
    /// Check the fleet's published schedule once: download, verify, update the cache.
    /// Prints one line; exit 0 updated or unchanged, 1 rejected, 2 unreachable or no fleet.
    Fetch,
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
    let written = DateTime::parse_from_rfc3339(text)
        .map_err(|e| format!("{e}; write e.g. 2025-12-09T17:30:00+02:00"))?;
    // The year as written (1900-01-01T01:00+02:00 is still 1900, though UTC says 1899).
    let years = crate::schedule::check::YEARS;
    if !years.contains(&written.year()) {
        return Err(format!(
            "the year {} is outside {} to {}",
            written.year(),
            years.start(),
            years.end()
        ));
    }
    Ok(written.with_timezone(&Utc))
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
        Command::Fetch => fetch::run(cli),
        Command::Report {
            from,
            to,
            by,
            format,
            db,
            from_dir,
        } => report::run(
            cli,
            &report::Asked {
                from: *from,
                to: *to,
                by: *by,
                format: *format,
                db: db.as_deref(),
                from_dir: from_dir.as_deref(),
            },
        ),
        Command::CheckLocale {
            file,
            review_sheet,
            english,
        } => check_locale::run(file, *review_sheet, english.as_deref()),
        Command::Print {
            category,
            pdf,
            printer,
            paper,
            host,
        } => print::run(
            cli,
            &print::Asked {
                category,
                pdf: pdf.as_deref(),
                printer: printer.as_deref(),
                paper: *paper,
                host: *host,
            },
        ),
    }
}

impl Cli {
    /// The fleet configured in fleet.ron and on the command line, if any.
    pub fn fleet(&self) -> Result<Option<Fleet>, ConfigError> {
        fleet::config::find(Overrides {
            url: self.schedule_url.as_deref(),
            public_key: self.public_key.as_deref(),
        })
    }

    /// Where the schedule is looked for: `--schedule`, `$LOKET_SCHEDULE`, a fleet's
    /// verified copy, the usual places. A broken fleet configuration is reported and
    /// ends the command (exit 2): silently ignoring it would show an unmanaged schedule.
    pub fn search(&self) -> Result<(Search, Option<(Fleet, Cache)>), ConfigError> {
        let search = Search::new(self.schedule.as_deref());
        let Some(fleet) = self.fleet()? else {
            return Ok((search, None));
        };
        let cache = Cache::default_place().ok_or_else(|| {
            ConfigError("no data folder for the fleet's cache (is $HOME set?)".to_owned())
        })?;
        let search = search.following(cache.copy_path(), fleet.keys.clone());
        Ok((search, Some((fleet, cache))))
    }
}

const EXIT_INVALID: u8 = 1;
const EXIT_UNREADABLE: u8 = 2;

/// Loads the schedule a command works on. On failure prints why (every problem, like
/// `check`) and gives the exit code to end with.
fn load_valid(cli: &Cli) -> Result<crate::schedule::Schedule, ExitCode> {
    // A file given with --schedule needs no fleet: a broken fleet.ron must not stop it.
    let search = match &cli.schedule {
        Some(path) => Search::file(path),
        None => cli.search().map_err(config_failed)?.0,
    };
    let reading = live::read(&search);
    let name = reading.source.display_name();
    match reading.found {
        Found::Good(good) => Ok(good.schedule),
        Found::NoFile => Ok(live::bundled()),
        Found::Trouble(FileTrouble::Rejected(problems)) => {
            for d in &problems {
                eprintln!("{}", d.render(&name));
            }
            eprintln!("{name}: the schedule has errors; fix them first (loket check)");
            Err(ExitCode::from(EXIT_INVALID))
        }
        Found::Trouble(FileTrouble::Unreadable(why) | FileTrouble::Unverified(why)) => {
            eprintln!("loket: cannot use {name}: {why}");
            Err(ExitCode::from(EXIT_UNREADABLE))
        }
    }
}

fn config_failed(error: ConfigError) -> ExitCode {
    eprintln!("loket: {error}");
    ExitCode::from(EXIT_UNREADABLE)
}

/// The schedule's bytes, or the exit code after saying why they cannot be read.
fn read_or_report(source: &Source) -> Result<Vec<u8>, ExitCode> {
    source::read(source).map_err(|e| {
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
