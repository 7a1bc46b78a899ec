//! From text to a checked [`Schedule`], collecting every problem with its line and column.

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
    Category, Help, Host, Kiosk, Override, Programme, Rule, Schedule, TimeRange, Week,
};
use super::span::{LineCol, LineIndex, Spanned, not_text, twice};
use crate::calendar::holidays::{Holiday, HolidayCalendar, HolidayName};
use crate::text::{Lang, Localized};
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

const DAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

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
        let language = self.language(file.language.as_ref());
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
        let categories = self.categories(&file.categories, passcode.as_ref());
        let overrides = self.overrides(&file.overrides, &categories);
        let help = self.help(file);
        let kiosk = self.kiosk(file);
        Schedule {
            title,
            serial: file.serial,
            valid_until,
            time_zone,
            language,
            programme,
            last_join_minutes: file.last_join_minutes,
            week,
            holidays,
            overrides,
            help,
            kiosk,
            categories,
        }
    }

    /// A text map; English is required because every other language falls back to it.
    fn text(&mut self, text: &TextFile, fallback: Option<usize>, what: &str) -> Localized {
        let first = text.values().next().and_then(|v| self.offset(v));
        match text.get("en") {
            None => self.error(
                &[first, fallback],
                format!("{what} has no English text: add \"en\": \"…\""),
            ),
            Some(en) if en.value.trim().is_empty() => {
                let at = self.offset(en);
                self.error(&[at, fallback], format!("{what} has an empty English text"));
            }
            Some(_) => {}
        }
        for (code, value) in text.iter() {
            if !value.value.trim().is_empty() && !has_visible_character(&value.value) {
                let at = self.offset(value);
                self.error(
                    &[at, fallback],
                    format!(
                        "{what} in `{code}` has no visible character (only combining marks or invisible characters): retype it"
                    ),
                );
            }
            let well_formed =
                (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase());
            if !well_formed {
                let at = self.offset(value);
                self.warning(
                    &[at, fallback],
                    format!("`{code}` is not a language code like \"en\" or \"af\""),
                );
            }
        }
        Localized::new(
            text.iter()
                .map(|(code, value)| (code.clone(), value.value.clone()))
                .collect::<BTreeMap<_, _>>(),
        )
    }

    fn time_zone(&mut self, name: &Spanned) -> Tz {
        match name.value.parse::<Tz>() {
            Ok(tz) => {
                // POSIX signs are the other way round: Etc/GMT+2 is two hours behind UTC.
                if let Some(offset) = name.value.strip_prefix("Etc/GMT").filter(|o| o.len() > 1) {
                    let flipped: String = offset
                        .chars()
                        .map(|c| match c {
                            '+' => '−',
                            '-' => '+',
                            c => c,
                        })
                        .collect();
                    let at = self.offset(name);
                    self.warning(
                        &[at],
                        format!(
                            "{} means UTC{flipped} (the sign is reversed in these names); South Africa is \"Africa/Johannesburg\" (UTC+2)",
                            quoted(&name.value)
                        ),
                    );
                }
                tz
            }
            Err(_) => {
                let hint = did_you_mean(
                    &name.value,
                    chrono_tz::TZ_VARIANTS.iter().map(|tz| tz.name()),
                )
                .map(|close| format!("; did you mean \"{close}\"?"))
                .unwrap_or_else(|| "; use an IANA name like \"Africa/Johannesburg\"".to_owned());
                let at = self.offset(name);
                self.error(
                    &[at],
                    format!("unknown time zone {}{hint}", quoted(&name.value)),
                );
                chrono_tz::Africa::Johannesburg
            }
        }
    }

    fn language(&mut self, code: Option<&Spanned>) -> Lang {
        let Some(code) = code else {
            return Lang::En;
        };
        Lang::from_code(&code.value).unwrap_or_else(|| {
            let at = self.offset(code);
            self.error(
                &[at],
                format!(
                    "Loket's screens are in \"en\" and \"af\"; {} is not one of them",
                    quoted(&code.value)
                ),
            );
            Lang::En
        })
    }

    fn date(&mut self, value: &Spanned) -> Option<NaiveDate> {
        // Exactly YYYY-MM-DD: a space around it is a mistake to show, not to forgive.
        let text = value.value.as_str();
        let shaped = text.len() == 10
            && text.bytes().enumerate().all(|(i, b)| match i {
                4 | 7 => b == b'-',
                _ => b.is_ascii_digit(),
            });
        let date = shaped
            .then(|| NaiveDate::parse_from_str(text, "%Y-%m-%d").ok())
            .flatten();
        let at = self.offset(value);
        match date {
            None => self.error(
                &[at],
                format!(
                    "{} is not a date: write YYYY-MM-DD, e.g. \"2025-12-13\"",
                    quoted(&value.value)
                ),
            ),
            Some(date) if !YEARS.contains(&date.year()) => {
                self.error(
                    &[at],
                    format!(
                        "{} is in the year {}; Loket takes dates from {} to {}",
                        quoted(&value.value),
                        date.year(),
                        YEARS.start(),
                        YEARS.end()
                    ),
                );
                return None;
            }
            Some(_) => {}
        }
        date
    }

    fn programme(&mut self, file: &ScheduleFile) -> Programme {
        let start = file.programme.start.as_ref().and_then(|s| self.date(s));
        let end = file.programme.end.as_ref().and_then(|e| self.date(e));
        if let (Some(s), Some(e), Some(end_value)) = (start, end, &file.programme.end)
            && e < s
        {
            let at = self.offset(end_value);
            self.error(
                &[at],
                format!("the programme ends ({e}) before it starts ({s})"),
            );
        }
        Programme { start, end }
    }

    fn time(&mut self, value: &Spanned) -> Option<u16> {
        match parse_time(&value.value) {
            Some(minutes) => Some(minutes),
            None => {
                let at = self.offset(value);
                self.error(
                    &[at],
                    format!(
                        "{} is not a time of day: write HH:MM from 00:00 to 24:00",
                        quoted(&value.value)
                    ),
                );
                None
            }
        }
    }

    /// One day's ranges: each valid, then sorted and checked for overlaps.
    fn ranges(&mut self, ranges: &[RangeFile], day: &str) -> Vec<TimeRange> {
        let mut checked: Vec<(TimeRange, Option<usize>)> = Vec::new();
        for (start, end) in ranges {
            let (Some(s), Some(e)) = (self.time(start), self.time(end)) else {
                continue;
            };
            let at = self.offset(start);
            if e <= s {
                self.error(
                    &[at, self.offset(end)],
                    format!(
                        "the range {}–{}{day} must end after it starts",
                        start.value, end.value
                    ),
                );
                continue;
            }
            checked.push((TimeRange { start: s, end: e }, at));
        }
        checked.sort_by_key(|(range, _)| *range);
        // Ranges that touch or overlap are one period: the engine then walks one stretch
        // where the file wrote many (1,440 one-minute ranges cost as much as one).
        let written = checked.len();
        let mut merged: Vec<TimeRange> = Vec::with_capacity(written);
        let mut overlapped = false;
        for (range, _) in &checked {
            match merged.last_mut() {
                Some(last) if range.start <= last.end => {
                    overlapped |= range.start < last.end;
                    last.end = last.end.max(range.end);
                }
                _ => merged.push(*range),
            }
        }
        if merged.len() < written {
            let at = checked.first().and_then(|(_, at)| *at);
            let periods: Vec<String> = merged
                .iter()
                .take(4)
                .map(|r| format!("{}–{}", clock(r.start), clock(r.end)))
                .collect();
            let more = if merged.len() > 4 { ", …" } else { "" };
            let how = if overlapped {
                "touch or overlap"
            } else {
                "touch"
            };
            self.warning(
                &[at],
                format!(
                    "note: {written} ranges{day} {how}; they count as {} period{} ({}{more})",
                    merged.len(),
                    if merged.len() == 1 { "" } else { "s" },
                    periods.join(", ")
                ),
            );
        }
        merged
    }

    fn week(&mut self, week: &WeekFile, whose: &str) -> Week {
        let days = week.days();
        let checked: Vec<Vec<TimeRange>> = days
            .iter()
            .zip(DAY_NAMES)
            .map(|(ranges, name)| self.ranges(ranges, &format!(" on {name}{whose}")))
            .collect();
        Week::new(checked.try_into().expect("seven days"))
    }

    fn holidays(&mut self, file: &ScheduleFile) -> HolidayCalendar {
        let south_african = match &file.public_holidays.calendar {
            None => false,
            Some(name) if name.value == "ZA" => true,
            Some(name) => {
                let at = self.offset(name);
                self.error(
                    &[at],
                    format!(
                        "unknown holiday calendar {}; the built-in one is \"ZA\" (South Africa), or write None",
                        quoted(&name.value)
                    ),
                );
                false
            }
        };
        let mut declared = Vec::new();
        for extra in &file.public_holidays.extra {
            let at = self.offset(&extra.date);
            let name = self.text(&extra.name, at, "a declared holiday's name");
            if let Some(date) = self.date(&extra.date) {
                declared.push(Holiday {
                    date,
                    name: HolidayName::Declared(Arc::new(name)),
                });
            }
        }
        HolidayCalendar::new(south_african, declared)
    }

    /// `fallback`: where to point when the value was written with escapes (no position).
    fn passcode(&mut self, value: &Spanned, fallback: Option<usize>) -> Option<Passcode> {
        match Passcode::parse(&value.value) {
            Ok(p) => {
                if let Some(c) = value
                    .value
                    .trim()
                    .chars()
                    .find(|c| !crate::zoom::is_zoom_passcode_char(*c))
                {
                    let at = self.offset(value);
                    self.warning(
                        &[at, fallback],
                        format!(
                            "the passcode has {}: Zoom passcodes use only A–Z, a–z, 0–9 and @ - _ *, and a resident will type what the character looks like",
                            crate::zoom::describe_lookalike(c)
                        ),
                    );
                }
                if value.value.trim() != value.value {
                    let at = self.offset(value);
                    self.warning(
                        &[at, fallback],
                        format!(
                            "the passcode {} starts or ends with a space: residents will not type it",
                            quoted(&value.value)
                        ),
                    );
                }
                Some(p)
            }
            Err(e) => {
                let at = self.offset(value);
                self.error(&[at, fallback], e.to_string());
                None
            }
        }
    }

    fn categories(
        &mut self,
        files: &[CategoryFile],
        shared_passcode: Option<&Option<Passcode>>,
    ) -> Vec<Category> {
        if files.is_empty() {
            let at = self.key("categories");
            self.error(
                &[at],
                "there are no categories: add at least one with its hosts",
            );
        }
        if files.len() > 9 {
            let at = self.offset(&files[9].id);
            self.warning(
                &[at],
                "categories after the ninth have no number key (1–9) in the window",
            );
        }
        let mut ids: HashMap<String, LineCol> = HashMap::new();
        let mut meeting_ids: HashMap<MeetingId, (String, LineCol)> = HashMap::new();
        let mut categories = Vec::new();
        for file in files {
            let id_at = self.offset(&file.id);
            let id = file.id.value.trim().to_owned();
            if id.is_empty()
                || !id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
            {
                self.error(
                    &[id_at],
                    format!(
                        "category id {} may use only a–z, 0–9, - and _ (it names the category in settings and scripts)",
                        quoted(&file.id.value)
                    ),
                );
            }
            let here = self.at(&[id_at]);
            // Messages name the category by its id, quoted and short whatever it holds.
            let shown = quoted(&id);
            if let Some(first) = ids.get(&id) {
                self.error(
                    &[id_at],
                    format!("category id {shown} is used twice (first at {first})"),
                );
            } else {
                ids.insert(id.clone(), here);
            }
            let name = self.text(&file.name, id_at, &format!("category {shown}'s name"));
            let description = self.text_optional(&file.description, id_at, &shown, "description");
            let have_ready = file
                .have_ready
                .iter()
                .map(|t| self.text(t, id_at, &format!("a have-ready item of {shown}")))
                .collect();
            let hours = file
                .hours
                .as_ref()
                .map(|w| self.week(w, &format!(" in the hours of {shown}")));
            let hosts = self.hosts(file, &shown, id_at, shared_passcode, &mut meeting_ids);
            categories.push(Category {
                id,
                name,
                description,
                have_ready,
                hours,
                hosts,
            });
        }
        categories
    }

    fn text_optional(
        &mut self,
        text: &TextFile,
        fallback: Option<usize>,
        id: &str,
        what: &str,
    ) -> Localized {
        if text.is_empty() {
            Localized::default()
        } else {
            self.text(text, fallback, &format!("category {id}'s {what}"))
        }
    }

    fn hosts(
        &mut self,
        file: &CategoryFile,
        id: &str,
        id_at: Option<usize>,
        shared_passcode: Option<&Option<Passcode>>,
        seen: &mut HashMap<MeetingId, (String, LineCol)>,
    ) -> Vec<Host> {
        if file.hosts.is_empty() {
            let at = id_at.and_then(|id| self.layout.sibling_value(id, "hosts"));
            self.error(
                &[at, id_at],
                format!("category {id} has no hosts: add at least one meeting ID"),
            );
        }
        let mut hosts = Vec::new();
        for (index, host) in file.hosts.iter().enumerate() {
            if let Some(host) = self.host(host, id, index, id_at, shared_passcode, seen) {
                hosts.push(host);
            }
        }
        hosts
    }

    fn host(
        &mut self,
        host: &HostFile,
        id: &str,
        index: usize,
        id_at: Option<usize>,
        shared_passcode: Option<&Option<Passcode>>,
        seen: &mut HashMap<MeetingId, (String, LineCol)>,
    ) -> Option<Host> {
        let at = self.offset(&host.meeting_id);
        let label = self.text(
            &host.label,
            at.or(id_at),
            &format!("host {} of {id}", index + 1),
        );
        let meeting_id = match MeetingId::parse(&host.meeting_id.value) {
            Ok(meeting_id) => Some(meeting_id),
            Err(e) => {
                self.error(
                    &[at, id_at],
                    format!("meeting ID {}: {e}", quoted(&host.meeting_id.value)),
                );
                None
            }
        };
        let passcode = match &host.passcode {
            Some(own) => self.passcode(own, at.or(id_at)),
            // A shared passcode that is given but wrong was reported once already.
            None => {
                if shared_passcode.is_none() {
                    self.error(
                        &[at, id_at],
                        format!(
                            "host {} of {id} has no passcode: set `passcode` on the host or the shared `passcode` at the top",
                            index + 1
                        ),
                    );
                }
                shared_passcode.cloned().flatten()
            }
        };
        let meeting_id = meeting_id?;
        let here = self.at(&[at, id_at]);
        let who = format!("{id} {}", label.en());
        match seen.get(&meeting_id) {
            Some((other, first)) => self.warning(
                &[at, id_at],
                format!("meeting ID {meeting_id} is also used by {other} (at {first})"),
            ),
            None => {
                seen.insert(meeting_id.clone(), (who, here));
            }
        }
        Some(Host {
            label,
            meeting_id,
            passcode: passcode?,
        })
    }

    fn overrides(&mut self, files: &[OverrideFile], categories: &[Category]) -> Vec<Override> {
        let mut overrides: Vec<(Override, Option<usize>)> = Vec::new();
        for file in files {
            let at = self.offset(&file.date);
            let first = self.date(&file.date);
            let last = match &file.until {
                Some(until) => {
                    let last = self.date(until);
                    if let (Some(f), Some(l)) = (first, last)
                        && l < f
                    {
                        let until_at = self.offset(until);
                        self.error(
                            &[until_at, at],
                            format!("this override ends ({l}) before it starts ({f})"),
                        );
                    }
                    last
                }
                None => first,
            };
            let only_ids = file.only.as_deref().unwrap_or_default();
            if file.only.as_ref().is_some_and(Vec::is_empty) {
                let only_at = at.and_then(|date| self.layout.sibling_value(date, "only"));
                self.error(
                    &[only_at, at],
                    "`only: []` names no category: list the category ids, or leave `only` out for every category",
                );
            }
            for only in only_ids {
                if !categories.iter().any(|c| c.id == only.value) {
                    let only_at = self.offset(only);
                    let hint = did_you_mean(&only.value, categories.iter().map(|c| c.id.as_str()))
                        .map(|close| format!("; did you mean \"{close}\"?"))
                        .unwrap_or_default();
                    self.error(
                        &[only_at, at],
                        format!("no category has the id {}{hint}", quoted(&only.value)),
                    );
                }
            }
            let rule = match &file.rule {
                RuleFile::Closed { reason } => Rule::Closed {
                    reason: Arc::new(self.text(reason, at, "a closure's reason")),
                },
                RuleFile::Open { hours, note } => {
                    let day = match first {
                        Some(date) => format!(" on {date}"),
                        None => String::new(),
                    };
                    if hours.is_empty() {
                        self.error(
                            &[at],
                            "an Open override needs hours; to close the day use Closed(reason: {…})",
                        );
                    }
                    let hours = self.ranges(hours, &day);
                    let note = if note.is_empty() {
                        Localized::default()
                    } else {
                        self.text(note, at, "an override's note")
                    };
                    Rule::Open { hours, note }
                }
            };
            let (Some(first), Some(last)) = (first, last) else {
                continue;
            };
            let new = Override {
                first,
                last,
                only: only_ids.iter().map(|s| s.value.clone()).collect(),
                rule,
            };
            if let Some((_, earlier_at)) = overrides.iter().find(|(o, _)| {
                o.first <= new.last && new.first <= o.last && shares_category(o, &new)
            }) {
                let earlier = self.at(&[*earlier_at]);
                self.warning(
                    &[at],
                    format!("this override covers days the one at {earlier} already covers; the earlier one wins"),
                );
            }
            overrides.push((new, at));
        }
        overrides.into_iter().map(|(o, _)| o).collect()
    }

    fn help(&mut self, file: &ScheduleFile) -> Help {
        let email = file.help.email.as_ref().and_then(|value| {
            let email = Email::parse(&value.value);
            if email.is_none() {
                let at = self.offset(value);
                self.error(
                    &[at],
                    format!("{} is not an e-mail address", quoted(&value.value)),
                );
            }
            email
        });
        let phone = file.help.phone.as_ref().and_then(|value| {
            let text = value.value.trim();
            let digits = text.bytes().filter(u8::is_ascii_digit).count();
            let ok = digits >= 3
                && text
                    .chars()
                    .all(|c| c.is_ascii_digit() || " +-()".contains(c));
            if !ok {
                let at = self.offset(value);
                self.error(
                    &[at],
                    format!(
                        "{} is not a phone number: use digits, spaces, +, - and brackets",
                        quoted(&value.value)
                    ),
                );
            }
            ok.then(|| text.to_owned())
        });
        let note_at = self
            .layout
            .nested_value(&["help", "note"])
            .or_else(|| self.key("help"));
        let note = if file.help.note.is_empty() {
            Localized::default()
        } else {
            self.text(&file.help.note, note_at, "the help note")
        };
        Help { email, phone, note }
    }

    fn kiosk(&mut self, file: &ScheduleFile) -> Kiosk {
        let kiosk = &file.kiosk;
        if !(1..=120).contains(&kiosk.idle_minutes) {
            let at = self.layout.nested_value(&["kiosk", "idle_minutes"]);
            self.error(
                &[at],
                format!(
                    "`idle_minutes` is {}; use 1 to 120 minutes",
                    kiosk.idle_minutes
                ),
            );
        }
        let exit_pin = kiosk.exit_pin.as_ref().and_then(|pin| {
            let ok = (4..=12).contains(&pin.value.len())
                && pin.value.bytes().all(|b| b.is_ascii_digit());
            if !ok {
                let at = self.offset(pin);
                self.error(&[at], "the kiosk exit PIN must be 4 to 12 digits");
            }
            ok.then(|| pin.value.clone())
        });
        Kiosk {
            idle_minutes: kiosk.idle_minutes,
            exit_pin,
            allow_browser: kiosk.allow_browser,
        }
    }
}

fn shares_category(a: &Override, b: &Override) -> bool {
    a.only.is_empty() || b.only.is_empty() || a.only.iter().any(|id| b.only.contains(id))
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
}
