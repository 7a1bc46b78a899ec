//! The schedule checker's section for dates, times, weekly hours, the programme and the holidays.

use super::*;

impl Checker<'_> {
    pub(super) fn date(&mut self, value: &Spanned) -> Option<NaiveDate> {
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

    pub(super) fn programme(&mut self, file: &ScheduleFile) -> Programme {
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

    pub(super) fn time(&mut self, value: &Spanned) -> Option<u16> {
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
    pub(super) fn ranges(&mut self, ranges: &[RangeFile], day: &str) -> Vec<TimeRange> {
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

    pub(super) fn week(&mut self, week: &WeekFile, whose: &str) -> Week {
        let days = week.days();
        let checked: Vec<Vec<TimeRange>> = days
            .iter()
            .zip(DAY_NAMES)
            .map(|(ranges, name)| self.ranges(ranges, &format!(" on {name}{whose}")))
            .collect();
        Week::new(checked.try_into().expect("seven days"))
    }

    pub(super) fn holidays(&mut self, file: &ScheduleFile) -> HolidayCalendar {
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
}
