//! `loket report [--from DATE] [--to DATE] [--by …] [--format …] [--db FILE | --from-dir DIR]`:
//! what the counters and kiosks did, from this machine's SQLite file or from every
//! machine's daily files in a shared folder. Dates are days in the schedule's zone.

use std::path::Path;
use std::process::ExitCode;

use chrono::{NaiveDate, TimeDelta};

use super::{Cli, load_valid};
use crate::counts::report::{self, By, Format};
use crate::counts::store::Store;

pub struct Asked<'a> {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub by: By,
    pub format: Format,
    pub db: Option<&'a Path>,
    pub from_dir: Option<&'a Path>,
}

pub fn run(cli: &Cli, asked: &Asked<'_>) -> ExitCode {
    // "Today" is the schedule's: a machine in another zone reports the same days.
    let zone = load_valid(cli).map_or(chrono_tz::Africa::Johannesburg, |s| s.time_zone);
    let today = cli.instant().with_timezone(&zone).date_naive();
    let to = asked.to.unwrap_or(today);
    let from = asked.from.unwrap_or(to - TimeDelta::days(29));
    if from > to {
        eprintln!("loket: --from {from} is after --to {to}");
        return ExitCode::from(2);
    }
    let (groups, source) = if let Some(dir) = asked.from_dir {
        match report::read_dir(dir) {
            Ok((rows, files)) => (
                report::group(&rows, asked.by, from, to),
                format!("{} ({files} files)", dir.display()),
            ),
            Err(error) => {
                eprintln!("loket: {error}");
                return ExitCode::from(2);
            }
        }
    } else {
        let Some(path) = asked
            .db
            .map(Path::to_owned)
            .or_else(crate::counts::default_database)
        else {
            eprintln!("loket: no data folder for the counts (is $HOME set?); use --db FILE");
            return ExitCode::from(2);
        };
        if !path.exists() {
            eprintln!(
                "loket: {} does not exist yet: nothing has been counted on this machine",
                path.display()
            );
            return ExitCode::from(2);
        }
        let grouped =
            Store::open_read_only(&path).and_then(|store| store.grouped(from, to, asked.by));
        match grouped {
            Ok(groups) => (groups, path.display().to_string()),
            Err(error) => {
                eprintln!("loket: {}: {error}", path.display());
                return ExitCode::from(2);
            }
        }
    };
    outln!(
        "{}",
        report::render(&groups, asked.by, asked.format, from, to, &source).trim_end()
    );
    ExitCode::SUCCESS
}

pub fn parse_date(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| format!("{text:?}: write YYYY-MM-DD"))
}

pub fn parse_by(text: &str) -> Result<By, String> {
    By::parse(text).ok_or_else(|| format!("{text:?}: use day, week, category, site or action"))
}

pub fn parse_format(text: &str) -> Result<Format, String> {
    Format::parse(text).ok_or_else(|| format!("{text:?}: use table, csv or json"))
}
