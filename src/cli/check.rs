//! `loket check [PATH]`: a compiler-style report, and a summary line when the file is good.

use std::path::Path;
use std::process::ExitCode;

use chrono::DateTime;
use chrono_tz::Tz;

use super::{Cli, EXIT_INVALID, EXIT_UNREADABLE, config_failed, print_diagnostics, read_or_report};
use crate::fleet::cache::{State, read_signature, signature_path};
use crate::fleet::{Fleet, TrustedKeys};
use crate::schedule::Schedule;
use crate::source::{self, Search, Source};
use crate::text::Lang;

pub fn run(cli: &Cli, path: Option<&Path>) -> ExitCode {
    let given = path.or(cli.schedule.as_deref());
    let (search, fleet) = match cli.search() {
        Ok(found) => found,
        // Checking a file by name needs no fleet: say what is wrong and go on.
        Err(error) if given.is_some() => {
            eprintln!("loket: warning: {error} (the fleet is left out of this check)");
            (Search::BuiltIn, None)
        }
        Err(error) => return config_failed(error),
    };
    let source = match given {
        Some(path) => source::locate(Some(path)),
        None => search.locate(),
    };
    if given.is_none() {
        match &source {
            Source::File { path, origin } => outln!("checking {} ({origin})", path.display()),
            Source::Bundled => outln!("checking the built-in schedule (no schedule file found)"),
        }
        if let Some((fleet, cache)) = &fleet {
            outln!("{}", fleet_line(fleet, &cache.state(), cli.instant()));
        }
    }
    // The fleet's verified copy holds its signature in the same file: read it as the
    // window does (verified, the previous copy standing in for a damaged one). Any other
    // file is read once: the check and the signature beside it are about the same bytes.
    let in_file_signature = search.keys_for(&source).filter(|_| given.is_none());
    let read = match (in_file_signature, source.path()) {
        (Some(keys), Some(path)) => read_verified_copy(path, keys),
        _ => read_or_report(&source),
    };
    let bytes = match read {
        Ok(bytes) => bytes,
        Err(code) => return code,
    };
    let checked = crate::schedule::check_bytes(&bytes);
    print_diagnostics(&source, &checked);
    // The signature, when there are keys to check it with: --public-key, or the fleet's.
    let keys = match &cli.public_key {
        Some(key) => match TrustedKeys::new([key.as_str()]) {
            Ok(keys) => Some(keys),
            Err(error) => {
                eprintln!("loket: --public-key: {error}");
                return ExitCode::from(EXIT_UNREADABLE);
            }
        },
        None => fleet.as_ref().map(|(fleet, _)| fleet.keys.clone()),
    };
    if let (Some(keys), Some(path), None) = (&keys, source.path(), in_file_signature) {
        let signature = signature_path(path);
        match read_signature(&signature) {
            Ok(signed) => match keys.verify(&bytes, &signed) {
                Ok(comment) => outln!(
                    "{}: signature good (trusted comment: {comment})",
                    signature.display()
                ),
                Err(error) => {
                    eprintln!("{}: error: {error}", signature.display());
                    return ExitCode::from(EXIT_INVALID);
                }
            },
            Err(_) if cli.public_key.is_some() => {
                eprintln!(
                    "{}: error: no signature beside the file; sign it with: minisign -Sm {}",
                    signature.display(),
                    path.display()
                );
                return ExitCode::from(EXIT_INVALID);
            }
            Err(_) => outln!("{}: not signed (no .minisig beside it)", path.display()),
        }
    }
    let errors = checked.error_count();
    let warnings = checked.warning_count();
    match &checked.schedule {
        Some(schedule) => {
            if cli.kiosk && schedule.kiosk.exit_pin.is_none() {
                outln!(
                    "{}:{}: warning: kiosk mode has no `exit_pin` in `kiosk`: the kiosk could be left only by ending the session; add exit_pin: \"…\" (4 to 12 digits)",
                    source.display_name(),
                    place_of_top_field(&bytes, "kiosk")
                );
            }
            let now = cli.instant().with_timezone(&schedule.time_zone);
            outln!("{}", summary(schedule, &now));
            for line in languages(schedule) {
                outln!("{line}");
            }
            ExitCode::SUCCESS
        }
        None => {
            eprintln!(
                "{}: {} error{}, {} warning{}",
                source.display_name(),
                errors,
                plural(errors),
                warnings,
                plural(warnings)
            );
            ExitCode::from(EXIT_INVALID)
        }
    }
}

/// "fleet: https://… · serial 42 · last verified 2026-11-28 08:12 UTC (12 min ago) · last
/// check: unchanged, serial 42".
fn fleet_line(fleet: &Fleet, state: &State, now: chrono::DateTime<chrono::Utc>) -> String {
    let serial = state
        .serial
        .map_or_else(|| "no serial yet".to_owned(), |s| format!("serial {s}"));
    let verified = match state.verified_at {
        Some(at) => format!(
            "last verified {} ({} ago)",
            at.format("%Y-%m-%d %H:%M UTC"),
            crate::describe::duration(crate::text::Lang::EN, now - at).replace('\u{a0}', " ")
        ),
        None => "never verified (run: loket fetch)".to_owned(),
    };
    let last = state
        .last_result
        .as_deref()
        .map(|r| format!(" · last check: {r}"))
        .unwrap_or_default();
    format!(
        "fleet: {} · {serial} · {verified}{last}",
        crate::fleet::redact::url(&fleet.url)
    )
}

/// The schedule in a fleet's verified copy, its signature checked (saying so), or the exit
/// code after saying why it cannot be used.
fn read_verified_copy(path: &Path, keys: &TrustedKeys) -> Result<Vec<u8>, ExitCode> {
    let name = path.display();
    match crate::fleet::cache::read_verified_or_previous(path, keys) {
        Ok((bytes, None)) => {
            outln!("{name}: signature good");
            Ok(bytes)
        }
        Ok((bytes, Some(why))) => {
            eprintln!("{name}: warning: {why}; the previous verified copy stands in");
            Ok(bytes)
        }
        Err(why) => {
            eprintln!("{name}: error: {why}");
            Err(ExitCode::from(EXIT_UNREADABLE))
        }
    }
}

/// Where a top-level field's value is written, or the top of the file when it is not.
fn place_of_top_field(bytes: &[u8], key: &str) -> crate::schedule::span::LineCol {
    use crate::schedule::span::LineCol;
    let text = String::from_utf8_lossy(bytes);
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    crate::schedule::lexer::Layout::new(text)
        .top_value(key)
        .map_or(LineCol { line: 1, col: 1 }, |offset| {
            LineCol::of_offset(text, offset)
        })
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// "7 categories, 12 hosts, 20 h a week, programme ended 2025-12-13".
pub fn summary(schedule: &Schedule, now: &DateTime<Tz>) -> String {
    let categories = schedule.categories.len();
    let hosts = schedule.host_count();
    let minutes = schedule.week.minutes_per_week();
    let hours = if minutes.is_multiple_of(60) {
        format!("{} h", minutes / 60)
    } else {
        format!("{} h {} min", minutes / 60, minutes % 60)
    };
    let today = now.date_naive();
    let programme = match (schedule.programme.start, schedule.programme.end) {
        (_, Some(end)) if end < today => format!("programme ended {end}"),
        (Some(start), _) if today < start => format!("programme starts {start}"),
        (_, Some(end)) => format!("programme runs until {end}"),
        (_, None) => "no end date".to_owned(),
    };
    format!(
        "{categories} categor{}, {hosts} host{}, {hours} a week, {programme}",
        if categories == 1 { "y" } else { "ies" },
        plural(hosts)
    )
}

/// What each offered language shows: whether Loket has words in it (and whether they are a
/// draft), and which of the schedule's texts fall back to English.
fn languages(schedule: &Schedule) -> Vec<String> {
    let catalog = crate::locale::current();
    let texts = schedule.texts();
    let mut lines = Vec::new();
    let offered: Vec<String> = schedule
        .languages
        .iter()
        .map(|lang| match catalog.get(*lang) {
            Some(language) if language.draft => {
                format!("{lang} ({}, DRAFT translation)", language.name)
            }
            Some(language) => format!("{lang} ({})", language.name),
            None => format!("{lang} (no translation file: Loket's own words are English)"),
        })
        .collect();
    lines.push(format!(
        "languages: {}; the window starts in {}",
        offered.join(", "),
        schedule.default_language
    ));
    for lang in schedule.languages.iter().filter(|l| **l != Lang::EN) {
        let missing: Vec<&str> = texts
            .iter()
            .filter(|(_, text)| !text.has(*lang))
            .map(|(name, _)| name.as_str())
            .collect();
        if missing.is_empty() {
            lines.push(format!("  {lang}: every text is written in {lang}"));
            continue;
        }
        const SHOWN: usize = 6;
        let more = missing.len().saturating_sub(SHOWN);
        let listed = missing
            .iter()
            .take(SHOWN)
            .copied()
            .collect::<Vec<_>>()
            .join(", ");
        let tail = if more > 0 {
            format!(" and {more} more")
        } else {
            String::new()
        };
        lines.push(format!(
            "  {lang}: {} of {} texts fall back to English: {listed}{tail}",
            missing.len(),
            texts.len()
        ));
    }
    lines
}
