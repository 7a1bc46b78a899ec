//! South African public holidays (Public Holidays Act 36 of 1994), by rule for any year from
//! 1995, plus the days declared by proclamation and the schedule's own declared days.

use std::sync::{Arc, OnceLock};

use chrono::{Datelike, Days, NaiveDate, Weekday};

use crate::text::{Lang, Localized};

/// The twelve days of Schedule 1 of the Act.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Statutory {
    NewYearsDay,
    HumanRightsDay,
    GoodFriday,
    FamilyDay,
    FreedomDay,
    WorkersDay,
    YouthDay,
    NationalWomensDay,
    HeritageDay,
    DayOfReconciliation,
    ChristmasDay,
    DayOfGoodwill,
}

impl Statutory {
    /// The day's selector in the `holiday` message.
    fn code(self) -> &'static str {
        use Statutory::*;
        match self {
            NewYearsDay => "new-years-day",
            HumanRightsDay => "human-rights-day",
            GoodFriday => "good-friday",
            FamilyDay => "family-day",
            FreedomDay => "freedom-day",
            WorkersDay => "workers-day",
            YouthDay => "youth-day",
            NationalWomensDay => "national-womens-day",
            HeritageDay => "heritage-day",
            DayOfReconciliation => "day-of-reconciliation",
            ChristmasDay => "christmas-day",
            DayOfGoodwill => "day-of-goodwill",
        }
    }

    fn name(self, lang: Lang) -> String {
        holiday_name(lang, self.code())
    }
}

fn holiday_name(lang: Lang, code: &str) -> String {
    crate::locale::format(lang, "holiday", &[("holiday", code.into())])
}

/// Days declared by proclamation under section 2A of the Act: elections and special days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Proclaimed {
    GeneralElection,
    LocalElection,
    Millennium,
    Special,
}

impl Proclaimed {
    fn name(self, lang: Lang) -> String {
        let code = match self {
            Proclaimed::GeneralElection => "general-election",
            Proclaimed::LocalElection => "local-election",
            Proclaimed::Millennium => "millennium",
            Proclaimed::Special => "special",
        };
        holiday_name(lang, code)
    }
}

const PROCLAIMED: [(i32, u32, u32, Proclaimed); 19] = [
    (1999, 6, 2, Proclaimed::GeneralElection),
    (1999, 12, 31, Proclaimed::Millennium),
    (2000, 1, 2, Proclaimed::Millennium),
    (2000, 1, 3, Proclaimed::Millennium),
    (2004, 4, 14, Proclaimed::GeneralElection),
    (2006, 3, 1, Proclaimed::LocalElection),
    (2008, 5, 2, Proclaimed::Special),
    (2009, 4, 22, Proclaimed::GeneralElection),
    (2011, 5, 18, Proclaimed::LocalElection),
    (2011, 12, 27, Proclaimed::Special),
    (2014, 5, 7, Proclaimed::GeneralElection),
    (2016, 8, 3, Proclaimed::LocalElection),
    (2016, 12, 27, Proclaimed::Special),
    (2019, 5, 8, Proclaimed::GeneralElection),
    (2021, 11, 1, Proclaimed::LocalElection),
    (2022, 12, 27, Proclaimed::Special),
    (2023, 12, 15, Proclaimed::Special),
    (2024, 5, 29, Proclaimed::GeneralElection),
    (2026, 11, 4, Proclaimed::LocalElection),
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HolidayName {
    Statutory(Statutory),
    /// The Monday after a statutory holiday that fell on a Sunday (section 2(1)).
    Observed(Statutory),
    Proclaimed(Proclaimed),
    /// Declared in `schedule.ron`.
    Declared(Arc<Localized>),
}

impl HolidayName {
    pub fn text(&self, lang: Lang) -> String {
        match self {
            HolidayName::Statutory(s) => s.name(lang),
            HolidayName::Observed(s) => {
                crate::locale::format(lang, "holiday-observed", &[("name", s.name(lang).into())])
            }
            HolidayName::Proclaimed(p) => p.name(lang),
            HolidayName::Declared(text) => text.get(lang).to_owned(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holiday {
    pub date: NaiveDate,
    pub name: HolidayName,
}

/// The first year the Act's holidays are computed for.
pub const FIRST_YEAR: i32 = 1995;

fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).expect("a fixed holiday date exists every year")
}

/// The Act's holidays for `year`, with observed Mondays and proclaimed days, in date order.
/// Two holidays on one date are two entries with the same date. Empty before 1995.
pub fn south_african(year: i32) -> Vec<Holiday> {
    if !(FIRST_YEAR..=9999).contains(&year) {
        return Vec::new();
    }
    use Statutory::*;
    let easter = computus::gregorian(year)
        .map(|d| ymd(d.year, d.month, d.day))
        .expect("Easter is defined for 1995..=9999");
    let mut statutory = vec![
        (ymd(year, 1, 1), NewYearsDay),
        (ymd(year, 3, 21), HumanRightsDay),
        (easter - Days::new(2), GoodFriday),
        (easter + Days::new(1), FamilyDay),
        (ymd(year, 4, 27), FreedomDay),
        (ymd(year, 5, 1), WorkersDay),
        (ymd(year, 6, 16), YouthDay),
        (ymd(year, 8, 9), NationalWomensDay),
        (ymd(year, 9, 24), HeritageDay),
        (ymd(year, 12, 16), DayOfReconciliation),
        (ymd(year, 12, 25), ChristmasDay),
        (ymd(year, 12, 26), DayOfGoodwill),
    ];
    // Section 2(1): a holiday on a Sunday makes the Monday after it a holiday too. Saturdays
    // are not moved. When that Monday is already a holiday (Christmas on a Sunday), the Act
    // gives no extra day; the 27th has then been proclaimed separately (see PROCLAIMED).
    let observed: Vec<Holiday> = statutory
        .iter()
        .filter(|(date, _)| date.weekday() == Weekday::Sun)
        .map(|&(date, s)| Holiday {
            date: date + Days::new(1),
            name: HolidayName::Observed(s),
        })
        .collect();
    statutory.sort_by_key(|(date, _)| *date);
    let mut all: Vec<Holiday> = statutory
        .into_iter()
        .map(|(date, s)| Holiday {
            date,
            name: HolidayName::Statutory(s),
        })
        .chain(observed)
        .chain(
            PROCLAIMED
                .iter()
                .filter(|(y, ..)| *y == year)
                .map(|&(y, m, d, p)| Holiday {
                    date: ymd(y, m, d),
                    name: HolidayName::Proclaimed(p),
                }),
        )
        .collect();
    all.sort_by_key(|h| h.date);
    all
}

/// The holidays a schedule closes on: a built-in calendar and the schedule's own days.
/// Years are computed on first use and kept, so a status check costs a lookup.
#[derive(Debug, Clone)]
pub struct HolidayCalendar {
    south_african: bool,
    declared: Vec<Holiday>,
    cache: Arc<[OnceLock<Vec<Holiday>>]>,
}

/// Two calendars are equal when they define the same days; the cache does not count.
impl PartialEq for HolidayCalendar {
    fn eq(&self, other: &Self) -> bool {
        self.south_african == other.south_african && self.declared == other.declared
    }
}

impl Eq for HolidayCalendar {}

/// Years past this are computed on every call rather than cached.
const CACHED_YEARS: std::ops::RangeInclusive<i32> = FIRST_YEAR..=2199;

impl HolidayCalendar {
    pub fn new(south_african: bool, mut declared: Vec<Holiday>) -> HolidayCalendar {
        declared.sort_by_key(|h| h.date);
        let slots = (CACHED_YEARS.end() - CACHED_YEARS.start() + 1) as usize;
        HolidayCalendar {
            south_african,
            declared,
            cache: (0..slots).map(|_| OnceLock::new()).collect(),
        }
    }

    fn compute(&self, year: i32) -> Vec<Holiday> {
        let mut list = if self.south_african {
            south_african(year)
        } else {
            Vec::new()
        };
        list.extend(
            self.declared
                .iter()
                .filter(|h| h.date.year() == year)
                .cloned(),
        );
        list.sort_by_key(|h| h.date);
        list
    }

    fn with_year<R>(&self, year: i32, f: impl FnOnce(&[Holiday]) -> R) -> R {
        if CACHED_YEARS.contains(&year) {
            let slot = &self.cache[(year - CACHED_YEARS.start()) as usize];
            f(slot.get_or_init(|| self.compute(year)))
        } else {
            f(&self.compute(year))
        }
    }

    /// Every holiday of `year` in date order.
    pub fn in_year(&self, year: i32) -> Vec<Holiday> {
        self.with_year(year, <[Holiday]>::to_vec)
    }

    pub fn is_holiday(&self, date: NaiveDate) -> bool {
        self.with_year(date.year(), |list| {
            list.binary_search_by_key(&date, |h| h.date).is_ok()
        })
    }

    /// The names of the holidays on `date`: empty on an ordinary day (and then allocates
    /// nothing), two names when two holidays coincide.
    pub fn names_on(&self, date: NaiveDate) -> Vec<HolidayName> {
        self.with_year(date.year(), |list| {
            let start = list.partition_point(|h| h.date < date);
            list[start..]
                .iter()
                .take_while(|h| h.date == date)
                .map(|h| h.name.clone())
                .collect()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        ymd(y, m, day)
    }

    fn names(year: i32, date: NaiveDate) -> Vec<String> {
        south_african(year)
            .into_iter()
            .filter(|h| h.date == date)
            .map(|h| h.name.text(Lang::EN))
            .collect()
    }

    #[test]
    fn twelve_statutory_days_in_an_ordinary_year() {
        // 2025: Easter 20 April; Freedom Day (27 Apr) on a Sunday, observed Monday 28 April.
        let list = south_african(2025);
        let dates: Vec<String> = list.iter().map(|h| h.date.to_string()).collect();
        assert_eq!(
            dates,
            [
                "2025-01-01",
                "2025-03-21",
                "2025-04-18",
                "2025-04-21",
                "2025-04-27",
                "2025-04-28",
                "2025-05-01",
                "2025-06-16",
                "2025-08-09",
                "2025-09-24",
                "2025-12-16",
                "2025-12-25",
                "2025-12-26",
            ]
        );
        assert_eq!(names(2025, d(2025, 4, 28)), ["Freedom Day (observed)"]);
    }

    #[test]
    fn easter_based_days_follow_easter() {
        // Easter 2024: 31 March; 2026: 5 April; 2038: 25 April (the latest possible).
        for (year, good_friday, family_day) in [
            (2024, d(2024, 3, 29), d(2024, 4, 1)),
            (2026, d(2026, 4, 3), d(2026, 4, 6)),
            (2038, d(2038, 4, 23), d(2038, 4, 26)),
        ] {
            assert_eq!(names(year, good_friday), ["Good Friday"]);
            assert_eq!(names(year, family_day), ["Family Day"]);
        }
    }

    #[test]
    fn saturday_holidays_are_not_moved() {
        // Day of Reconciliation 2023 was a Saturday: no Monday holiday on 18 December.
        assert_eq!(d(2023, 12, 16).weekday(), Weekday::Sat);
        assert!(names(2023, d(2023, 12, 18)).is_empty());
    }

    #[test]
    fn two_holidays_on_one_date_are_both_kept() {
        // 2008: Good Friday fell on Human Rights Day (21 March).
        assert_eq!(
            names(2008, d(2008, 3, 21)),
            ["Human Rights Day", "Good Friday"]
        );
        // 2022: Christmas on a Sunday, so Monday the 26th is Day of Goodwill and the observed
        // Christmas at once; the 27th was proclaimed.
        assert_eq!(
            names(2022, d(2022, 12, 26)),
            ["Day of Goodwill", "Christmas Day (observed)"]
        );
        assert_eq!(names(2022, d(2022, 12, 27)), ["Special public holiday"]);
    }

    #[test]
    fn proclaimed_days_are_built_in() {
        for (y, m, day, _) in PROCLAIMED {
            assert!(
                !names(y, d(y, m, day)).is_empty(),
                "{y}-{m}-{day} should be a holiday"
            );
        }
        assert_eq!(
            names(2026, d(2026, 11, 4)),
            ["Local government election day"]
        );
    }

    #[test]
    fn no_rule_based_holidays_before_the_act() {
        assert!(south_african(1994).is_empty());
        // 1995: New Year's Day and Heritage Day fell on Sundays.
        let list = south_african(1995);
        assert_eq!(list.len(), 14);
        assert_eq!(names(1995, d(1995, 1, 2)), ["New Year's Day (observed)"]);
        assert_eq!(names(1995, d(1995, 9, 25)), ["Heritage Day (observed)"]);
    }

    #[test]
    fn calendar_combines_built_in_and_declared_days() {
        let declared = Holiday {
            date: d(2025, 12, 12),
            name: HolidayName::Declared(Arc::new(Localized::en_af("Staff day", "Personeeldag"))),
        };
        let calendar = HolidayCalendar::new(true, vec![declared]);
        assert!(calendar.is_holiday(d(2025, 12, 12)));
        assert!(calendar.is_holiday(d(2025, 12, 16)));
        assert!(!calendar.is_holiday(d(2025, 12, 9)));
        assert_eq!(
            calendar.names_on(d(2025, 12, 12))[0].text(Lang::AF),
            "Personeeldag"
        );
        assert_eq!(calendar.in_year(2025).len(), 14);
        // Out of the cached range still works.
        assert!(calendar.is_holiday(d(2300, 12, 25)));

        let none = HolidayCalendar::new(false, Vec::new());
        assert!(!none.is_holiday(d(2025, 12, 16)));
    }

    #[test]
    fn afrikaans_names() {
        let reconciliation = south_african(2025)
            .into_iter()
            .find(|h| h.date == d(2025, 12, 16))
            .unwrap();
        assert_eq!(reconciliation.name.text(Lang::AF), "Versoeningsdag");
    }
}
