//! `loket print CATEGORY [--pdf FILE] [--printer NAME] [--paper …] [--host N]`: the slip a
//! resident takes home, for scripts and tests; the window's Print button makes the same.

use std::path::Path;
use std::process::ExitCode;

use super::{Cli, EXIT_INVALID, load_valid};
use crate::schedule::Paper;
use crate::slip::{self, Slip};

pub struct Asked<'a> {
    pub category: &'a str,
    pub pdf: Option<&'a Path>,
    pub printer: Option<&'a str>,
    pub paper: Option<Paper>,
    /// 1-based, as the window numbers hosts.
    pub host: Option<usize>,
}

pub fn run(cli: &Cli, asked: &Asked<'_>) -> ExitCode {
    let schedule = match load_valid(cli) {
        Ok(schedule) => schedule,
        Err(code) => return code,
    };
    // A category by its id, or by its number on the home screen.
    let found = schedule
        .categories
        .iter()
        .find(|c| c.id == asked.category)
        .or_else(|| {
            asked
                .category
                .parse::<usize>()
                .ok()
                .and_then(|n| n.checked_sub(1))
                .and_then(|i| schedule.categories.get(i))
        });
    let Some(category) = found else {
        let ids: Vec<&str> = schedule.categories.iter().map(|c| c.id.as_str()).collect();
        eprintln!(
            "loket: no category {:?}: use an id ({}) or a number 1 to {}",
            asked.category,
            ids.join(", "),
            ids.len()
        );
        return ExitCode::from(EXIT_INVALID);
    };
    let index = asked.host.unwrap_or(1);
    let Some(host) = index.checked_sub(1).and_then(|i| category.hosts.get(i)) else {
        eprintln!(
            "loket: category {} has hosts 1 to {}",
            category.id,
            category.hosts.len()
        );
        return ExitCode::from(EXIT_INVALID);
    };
    let lang = cli.lang.unwrap_or(schedule.default_language);
    let now = cli.instant().with_timezone(&schedule.time_zone);
    let slip = Slip::new(&schedule, category, host, lang, now);
    let paper = asked.paper.unwrap_or(schedule.print.paper);
    let pdf = slip::pdf::render(&slip, paper);
    if let Some(path) = asked.pdf {
        return match crate::atomic_file::write(path, &pdf.bytes) {
            Ok(()) => {
                outln!(
                    "{}: the slip for {} ({} bytes)",
                    path.display(),
                    category.id,
                    pdf.bytes.len()
                );
                ExitCode::SUCCESS
            }
            Err(error) => {
                eprintln!("loket: cannot write {}: {error}", path.display());
                ExitCode::from(2)
            }
        };
    }
    let printer = asked.printer.or(schedule.print.printer.as_deref());
    match slip::printer::print(&pdf, printer, &format!("Loket {}", category.id)) {
        Ok(queue) => {
            outln!("printed the slip for {} on {queue}", category.id);
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("loket: could not print: {error}");
            ExitCode::from(1)
        }
    }
}

/// `--paper a4|receipt-80mm`.
pub fn parse_paper(text: &str) -> Result<Paper, String> {
    Paper::parse(text).ok_or_else(|| format!("{text:?}: use a4 or receipt-80mm"))
}
