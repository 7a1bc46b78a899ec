//! From text to a checked [`Schedule`], collecting every problem with its line and column.
//! The checker's sections are in files of their own: texts, times, meetings, rules.

mod meetings;
mod rules;
mod texts;
mod times;

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use chrono::{Datelike, NaiveDate};
use chrono_tz::Tz;
use ron::extensions::Extensions;

use super::diagnostic::{Diagnostic, did_you_mean, quoted};
use super::file::{
    CategoryFile, HostFile, OverrideFile, RangeFile, RuleFile, ScheduleFile, TextFile, WeekFile,
};
use super::lexer::{Layout, Unclosed, tokens};
use super::model::{
    Category, DialInNumber, Help, Host, Kiosk, Override, Paper, Phone, Print, Programme, Rule,
    Schedule, TimeRange, Week,
};
use super::span::{LineCol, LineIndex, Spanned, not_text, twice};
use crate::holidays::{Holiday, HolidayCalendar, HolidayName};
use crate::phone::{DialIn, PhonePasscode};
use crate::text::{ENGLISH_DAY_NAMES as DAY_NAMES, Lang, Localized};
use crate::zoom::{Email, MeetingId, Passcode};

/// Larger files are refused before parsing: a schedule is a few kilobytes.
pub const MAX_FILE_BYTES: usize = 1024 * 1024;
/// The highest `serial`: 2^53, the largest integer every JSON reader and spreadsheet keeps
/// exactly. A higher one would block every later version of a fleet's schedule.
pub const MAX_SERIAL: u64 = 1 << 53;

/// The outcome of checking a schedule: the schedule when there are no errors, and every
/// problem found (warnings may accompany a good schedule).
#[derive(Debug, Clone)]
pub struct Checked {
    pub schedule: Option<Schedule>,
    pub diagnostics: Vec<Diagnostic>,
    /// Problems counted but not listed (past the hundredth): errors, warnings.
    pub not_shown: (usize, usize),
}

impl Checked {
    /// The first error as `name:line:col: error: …` (empty when there is none), for log
    /// lines and one-line refusals.
    pub fn first_error(&self, name: &str) -> String {
        self.diagnostics
            .iter()
            .find(|d| d.is_error())
            .map(|d| d.render(name))
            .unwrap_or_default()
    }

    fn failed(diagnostic: Diagnostic) -> Checked {
        Checked {
            schedule: None,
            diagnostics: vec![diagnostic],
            not_shown: (0, 0),
        }
    }

    /// How many errors there are, listed or not (the line that says how many are not
    /// listed is not one of them).
    pub fn error_count(&self) -> usize {
        let listed = self.errors().count() - usize::from(self.summary_is_error());
        listed + self.not_shown.0
    }

    /// How many warnings there are, listed or not.
    pub fn warning_count(&self) -> usize {
        let summary = usize::from(self.has_summary() && !self.summary_is_error());
        self.warnings().count() - summary + self.not_shown.1
    }

    fn has_summary(&self) -> bool {
        self.not_shown != (0, 0)
    }

    fn summary_is_error(&self) -> bool {
        self.has_summary() && self.diagnostics.last().is_some_and(Diagnostic::is_error)
    }

    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| d.is_error())
    }

    pub fn warnings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| !d.is_error())
    }
}

/// The years a schedule's dates may name: anything else is a typo, and far years would
/// make timestamps that RFC 3339 cannot write.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2200;

const START: LineCol = LineCol { line: 1, col: 1 };

/// Checks raw bytes: size, UTF-8, then everything [`check_str`] checks.
pub fn check_bytes(bytes: &[u8]) -> Checked {
    if bytes.len() > MAX_FILE_BYTES {
        return Checked::failed(Diagnostic::error(START, too_large(bytes.len() as u64)));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => check_str(text),
        Err(e) => {
            let valid = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
            Checked::failed(Diagnostic::error(
                LineCol::of_offset(valid, valid.len()),
                format!(
                    "this is not UTF-8 text (byte 0x{:02X}); save the file as UTF-8",
                    bytes[e.valid_up_to()]
                ),
            ))
        }
    }
}

/// Parses and validates schedule text.
pub fn check_str(source: &str) -> Checked {
    // A byte-order mark from Windows editors is invisible: drop it, columns stay right.
    let source = source.strip_prefix('\u{FEFF}').unwrap_or(source);
    let options = ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME)
        .with_recursion_limit(64);
    let lines = LineIndex::new(source);
    let file: ScheduleFile = match options.from_str(source) {
        Ok(file) => file,
        Err(e) => return Checked::failed(syntax_diagnostic(source, &lines, &e)),
    };
    let mut checker = Checker {
        source,
        lines,
        layout: Layout::new(source),
        diagnostics: Vec::new(),
        not_shown: (0, 0),
    };
    let schedule = checker.schedule(&file);
    let not_shown = checker.not_shown;
    let mut diagnostics = checker.diagnostics;
    diagnostics.sort_by_key(|d| d.at);
    if not_shown != (0, 0) {
        let last = diagnostics.last().map_or(START, |d| d.at);
        let (errors, warnings) = not_shown;
        let message = format!(
            "{} more problems are not shown ({errors} error{}, {warnings} warning{}): fix these first",
            errors + warnings,
            if errors == 1 { "" } else { "s" },
            if warnings == 1 { "" } else { "s" },
        );
        // An error among them rejects the file, so the line says so by its own tag.
        diagnostics.push(if errors > 0 {
            Diagnostic::error(last, message)
        } else {
            Diagnostic::warning(last, message)
        });
    }
    let ok = !diagnostics.iter().any(Diagnostic::is_error);
    Checked {
        schedule: ok.then_some(schedule),
        diagnostics,
        not_shown,
    }
}

/// "the file is 2097152 bytes (2.0 MiB); …", for any source of bytes.
pub fn too_large(size: u64) -> String {
    format!(
        "the file is {size} bytes ({:.1} MiB); a schedule is at most {} KiB, so this is probably not a schedule",
        size as f64 / (1024.0 * 1024.0),
        MAX_FILE_BYTES / 1024
    )
}

fn syntax_diagnostic(source: &str, lines: &LineIndex, e: &ron::error::SpannedError) -> Diagnostic {
    use ron::Error as E;
    let ron_offset = lines.offset_of_ron_position(e.span.start.line, e.span.start.col);
    // ron stops at the space before a value it cannot take: point at the value itself.
    let rest = source.get(ron_offset..).unwrap_or("");
    let spaces = rest.len() - rest.trim_start_matches([' ', '\t']).len();
    let ron_offset = if rest[spaces..].starts_with(['\n', '\r']) || spaces == rest.len() {
        ron_offset
    } else {
        ron_offset + spaces
    };
    let mut at = lines.line_col(ron_offset);
    if source.trim().is_empty() {
        return Diagnostic::error(at, "the file is empty: a schedule starts with `Schedule(`");
    }
    let message = match &e.code {
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => unknown_name("field", found, expected, outer.as_deref()),
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => unknown_name("kind", found, expected, outer.as_deref()),
        E::MissingStructField { field, outer } => {
            let place = outer.as_deref().map(in_place).unwrap_or_default();
            format!("missing field `{field}`{place}")
        }
        E::DuplicateStructField { field, outer } => {
            let place = outer.as_deref().map(in_place).unwrap_or_default();
            format!("field `{field}` is given twice{place}")
        }
        E::ExceededRecursionLimit => {
            "the file nests brackets too deeply to be a schedule".to_owned()
        }
        E::Eof => "the file ends too early: a bracket or quote is not closed".to_owned(),
        E::Message(message) if not_text(message, source).is_some() => {
            let (offset, found) = not_text(message, source).unwrap_or_default();
            at = lines.line_col(offset);
            format!(
                "expected a text in double quotes, like \"16:00\" or \"95664834215\", found `{found}`"
            )
        }
        E::Message(message) if twice(message, source).is_some() => {
            let (offset, key) = twice(message, source).unwrap_or_default();
            at = lines.line_col(offset);
            format!("the language \"{key}\" is given twice in this text: keep one")
        }
        E::UnclosedBlockComment => {
            // ron stops at the end of the file; the comment's opening is what to fix.
            if let (_, Some(Unclosed::Comment(opening))) = tokens(source) {
                at = lines.line_col(opening);
            }
            "this comment is never closed: end it with */".to_owned()
        }
        E::ExpectedString | E::ExpectedStringEnd => {
            "expected a text in double quotes, like \"16:00\" or \"95664834215\"".to_owned()
        }
        other => first_lower(&other.to_string()),
    };
    // ron reports a missing final bracket as whatever it expected next; say what it means.
    let end = LineCol::of_offset(source, source.trim_end().len());
    let message = if at >= end {
        format!("{message} at the end of the file: is a closing bracket missing?")
    } else {
        message
    };
    Diagnostic::error(at, message)
}

/// "unknown field `mnd` in `Hours`; did you mean `mon`?", or the list of what is allowed.
fn unknown_name(what: &str, found: &str, expected: &[&str], outer: Option<&str>) -> String {
    let place = outer.map(in_place).unwrap_or_default();
    let hint = match did_you_mean(found, expected.iter().copied()) {
        Some(close) => format!("did you mean `{close}`?"),
        None => format!("expected one of: {}", expected.join(", ")),
    };
    let found = quoted(found);
    let found = found.trim_matches('"');
    format!("unknown {what} `{found}`{place}; {hint}")
}

fn in_place(outer: &str) -> String {
    format!(" in `{outer}`")
}

/// Whether a text shows anything a reader can see: a character that is not a space, a
/// combining mark on nothing, or invisible.
fn has_visible_character(text: &str) -> bool {
    use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};
    text.chars().any(|c| {
        !c.is_whitespace()
            && !crate::zoom::is_invisible(c)
            && !matches!(
                c.general_category(),
                GeneralCategory::NonspacingMark | GeneralCategory::EnclosingMark
            )
    })
}

fn first_lower(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// More than this many problems are counted, not listed: a hostile file with ten thousand
/// broken IDs gets a readable report in bounded time.
const MAX_DIAGNOSTICS: usize = 100;

struct Checker<'s> {
    source: &'s str,
    lines: LineIndex<'s>,
    layout: Layout<'s>,
    diagnostics: Vec<Diagnostic>,
    /// Problems past the hundredth, counted: errors, warnings.
    not_shown: (usize, usize),
}

impl Checker<'_> {
    /// The position of the first of `places` that is known; the file start otherwise.
    fn at(&self, places: &[Option<usize>]) -> LineCol {
        places
            .iter()
            .flatten()
            .next()
            .map_or(START, |&offset| self.lines.line_col(offset))
    }

    fn offset(&self, value: &Spanned) -> Option<usize> {
        value.offset_in(self.source)
    }

    fn error(&mut self, places: &[Option<usize>], message: impl Into<String>) {
        if self.full() {
            self.not_shown.0 += 1;
            return;
        }
        let at = self.at(places);
        self.diagnostics.push(Diagnostic::error(at, message));
    }

    fn warning(&mut self, places: &[Option<usize>], message: impl Into<String>) {
        if self.full() {
            self.not_shown.1 += 1;
            return;
        }
        let at = self.at(places);
        self.diagnostics.push(Diagnostic::warning(at, message));
    }

    fn full(&self) -> bool {
        self.diagnostics.len() >= MAX_DIAGNOSTICS
    }

    /// Where a top-level field's value is written.
    fn key(&self, key: &str) -> Option<usize> {
        self.layout.top_value(key)
    }

    fn schedule(&mut self, file: &ScheduleFile) -> Schedule {
        let title_at = self.key("title");
        let title = self.text(&file.title, title_at, "the title");
        let time_zone = self.time_zone(&file.time_zone);
        let (default_language, languages) = self.languages(file);
        let programme = self.programme(file);
        let valid_until = file.valid_until.as_ref().and_then(|d| self.date(d));
        let passcode_at = self.key("passcode");
        let passcode = file
            .passcode
            .as_ref()
            .map(|p| self.passcode(p, passcode_at));
        if let Some(serial) = file.serial.filter(|s| *s > MAX_SERIAL) {
            let at = self.key("serial");
            self.error(
                &[at],
                format!(
                    "`serial` is {serial}; it must be at most {MAX_SERIAL} (2^53), so later versions can still go higher"
                ),
            );
        }
        if file.last_join_minutes > 180 {
            let at = self.key("last_join_minutes");
            self.error(
                &[at],
                format!(
                    "`last_join_minutes` is {}; it is the margin before closing, at most 180",
                    file.last_join_minutes
                ),
            );
        }
        let hours_at = self.key("hours");
        let week = self.week(&file.hours, "");
        if week.minutes_per_week() == 0 {
            self.warning(
                &[hours_at],
                "the weekly hours are empty: every category shows closed except on overrides",
            );
        }
        let holidays = self.holidays(file);
        let mut categories = self.categories(&file.categories, passcode.as_ref());
        let phone = self.phone(file, &mut categories);
        let print = self.print(file);
        let overrides = self.overrides(&file.overrides, &categories);
        let help = self.help(file);
        let kiosk = self.kiosk(file);
        Schedule {
            title,
            serial: file.serial,
            valid_until,
            time_zone,
            default_language,
            languages,
            programme,
            last_join_minutes: file.last_join_minutes,
            week,
            holidays,
            overrides,
            help,
            phone,
            print,
            kiosk,
            categories,
        }
    }
}

/// "HH:MM" from 00:00 to 24:00, two digits each, to minutes after midnight.
pub fn parse_time(text: &str) -> Option<u16> {
    let bytes = text.as_bytes();
    if bytes.len() != 5 || bytes[2] != b':' {
        return None;
    }
    let number = |s: &[u8]| -> Option<u16> {
        s.iter()
            .all(u8::is_ascii_digit)
            .then(|| s.iter().fold(0, |n, b| n * 10 + u16::from(b - b'0')))
    };
    let (hours, minutes) = (number(&bytes[..2])?, number(&bytes[3..])?);
    match (hours, minutes) {
        (24, 0) => Some(TimeRange::DAY_END),
        (0..=23, 0..=59) => Some(hours * 60 + minutes),
        _ => None,
    }
}

/// Minutes after midnight as "HH:MM".
pub fn clock(minutes: u16) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_strict() {
        assert_eq!(parse_time("00:00"), Some(0));
        assert_eq!(parse_time("16:00"), Some(960));
        assert_eq!(parse_time("24:00"), Some(1440));
        for bad in [
            "25:00", "24:01", "9:00", "16:60", "16.00", "", "ab:cd", "16:0", "-1:00",
        ] {
            assert_eq!(parse_time(bad), None, "{bad}");
        }
        assert_eq!(clock(1140), "19:00");
    }

    #[test]
    fn the_browser_at_a_kiosk_is_off_unless_the_schedule_allows_it() {
        let bundled = check_str(crate::schedule::BUNDLED).schedule.unwrap();
        assert!(!bundled.kiosk.allow_browser);
        let allowed = crate::schedule::BUNDLED
            .replace("idle_minutes: 3,", "idle_minutes: 3, allow_browser: true,");
        assert!(check_str(&allowed).schedule.unwrap().kiosk.allow_browser);
        let typo = crate::schedule::BUNDLED
            .replace("idle_minutes: 3,", "idle_minutes: 3, allow_browsers: true,");
        let checked = check_str(&typo);
        assert!(
            checked.schedule.is_none(),
            "an unknown kiosk field is an error"
        );
        assert!(
            checked
                .first_error("schedule.ron")
                .contains("allow_browser"),
            "{}",
            checked.first_error("schedule.ron")
        );
    }
}
