//! The shape of `schedule.ron` as an administrator writes it, before any checking.
//! `deny_unknown_fields` everywhere: a typo is an error that names the field, never ignored.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::span::Spanned;

/// A text per language: `{"en": "Water meters", "af": "Watermeters"}`. A language given
/// twice is an error at the second one (a map would silently keep the last).
#[derive(Debug, Default)]
pub struct TextFile(BTreeMap<String, Spanned>);

impl std::ops::Deref for TextFile {
    type Target = BTreeMap<String, Spanned>;

    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl<'de> Deserialize<'de> for TextFile {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Texts;
        impl<'de> serde::de::Visitor<'de> for Texts {
            type Value = TextFile;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("texts per language, like {\"en\": \"…\", \"af\": \"…\"}")
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<TextFile, A::Error> {
                let mut texts = BTreeMap::new();
                while let Some(key) = map.next_key::<String>()? {
                    let value: Spanned = map.next_value()?;
                    if texts.contains_key(&key) {
                        return Err(super::span::key_twice(&value, &key));
                    }
                    texts.insert(key, value);
                }
                Ok(TextFile(texts))
            }
        }
        deserializer.deserialize_map(Texts)
    }
}

/// A time range: `("16:00", "19:00")`.
pub type RangeFile = (Spanned, Spanned);

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Schedule")]
pub struct ScheduleFile {
    pub title: TextFile,
    /// Raised by the administrator with every published version; a fleet never goes back
    /// to a lower one.
    #[serde(default)]
    pub serial: Option<u64>,
    /// The last day this version may be relied on (a fleet says it may be stale after).
    #[serde(default)]
    pub valid_until: Option<Spanned>,
    #[serde(default = "default_time_zone")]
    pub time_zone: Spanned,
    /// The older name of `default_language`, still read.
    #[serde(default)]
    pub language: Option<Spanned>,
    #[serde(default)]
    pub default_language: Option<Spanned>,
    /// The languages offered on screen, in order.
    #[serde(default)]
    pub languages: Option<Vec<Spanned>>,
    #[serde(default)]
    pub programme: ProgrammeFile,
    #[serde(default)]
    pub passcode: Option<Spanned>,
    /// Joining by phone: dial-in numbers and the phone passcode.
    #[serde(default)]
    pub phone: Option<PhoneFile>,
    /// The printed slip: paper and printer.
    #[serde(default)]
    pub print: PrintFile,
    #[serde(default = "default_last_join")]
    pub last_join_minutes: u16,
    pub hours: WeekFile,
    #[serde(default)]
    pub public_holidays: HolidaysFile,
    #[serde(default)]
    pub overrides: Vec<OverrideFile>,
    #[serde(default)]
    pub help: HelpFile,
    #[serde(default)]
    pub kiosk: KioskFile,
    pub categories: Vec<CategoryFile>,
}

fn default_time_zone() -> Spanned {
    Spanned::unplaced("Africa/Johannesburg")
}

fn default_last_join() -> u16 {
    10
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename = "Programme")]
pub struct ProgrammeFile {
    #[serde(default)]
    pub start: Option<Spanned>,
    #[serde(default)]
    pub end: Option<Spanned>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename = "Hours")]
pub struct WeekFile {
    #[serde(default)]
    pub mon: Vec<RangeFile>,
    #[serde(default)]
    pub tue: Vec<RangeFile>,
    #[serde(default)]
    pub wed: Vec<RangeFile>,
    #[serde(default)]
    pub thu: Vec<RangeFile>,
    #[serde(default)]
    pub fri: Vec<RangeFile>,
    #[serde(default)]
    pub sat: Vec<RangeFile>,
    #[serde(default)]
    pub sun: Vec<RangeFile>,
}

impl WeekFile {
    /// Monday first, as chrono counts `num_days_from_monday`.
    pub fn days(&self) -> [&Vec<RangeFile>; 7] {
        [
            &self.mon, &self.tue, &self.wed, &self.thu, &self.fri, &self.sat, &self.sun,
        ]
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "PublicHolidays")]
pub struct HolidaysFile {
    /// A built-in calendar by name ("ZA"); `None` for no built-in holidays.
    #[serde(default = "default_calendar")]
    pub calendar: Option<Spanned>,
    #[serde(default)]
    pub extra: Vec<ExtraHolidayFile>,
}

impl Default for HolidaysFile {
    fn default() -> Self {
        HolidaysFile {
            calendar: default_calendar(),
            extra: Vec::new(),
        }
    }
}

fn default_calendar() -> Option<Spanned> {
    Some(Spanned::unplaced("ZA"))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Holiday")]
pub struct ExtraHolidayFile {
    pub date: Spanned,
    pub name: TextFile,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Override")]
pub struct OverrideFile {
    pub date: Spanned,
    /// Last day, inclusive, for a range of days.
    #[serde(default)]
    pub until: Option<Spanned>,
    /// Category ids this applies to; left out, every category (`only: []` is an error).
    #[serde(default)]
    pub only: Option<Vec<Spanned>>,
    pub rule: RuleFile,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Rule")]
pub enum RuleFile {
    Closed {
        reason: TextFile,
    },
    Open {
        hours: Vec<RangeFile>,
        #[serde(default)]
        note: TextFile,
    },
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Phone")]
pub struct PhoneFile {
    pub numbers: Vec<DialInFile>,
    /// The numeric passcode for joining by phone, shared by every host that has none.
    #[serde(default)]
    pub passcode: Option<Spanned>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "DialIn")]
pub struct DialInFile {
    pub number: Spanned,
    #[serde(default)]
    pub label: TextFile,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename = "Help")]
pub struct HelpFile {
    #[serde(default)]
    pub email: Option<Spanned>,
    #[serde(default)]
    pub phone: Option<Spanned>,
    #[serde(default)]
    pub note: TextFile,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Kiosk")]
pub struct KioskFile {
    #[serde(default = "default_idle_minutes")]
    pub idle_minutes: u16,
    #[serde(default)]
    pub exit_pin: Option<Spanned>,
    #[serde(default)]
    pub allow_browser: bool,
    /// Residents may print a slip at the kiosk (off unless said: a printer needs paper and
    /// someone to tend it).
    #[serde(default)]
    pub allow_print: bool,
    /// Slips one resident may print before the idle reset.
    #[serde(default = "default_prints_per_resident")]
    pub prints_per_resident: u8,
}

fn default_prints_per_resident() -> u8 {
    3
}

/// `print: (paper: "a4" | "receipt-80mm", printer: "…")`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename = "Print")]
pub struct PrintFile {
    #[serde(default)]
    pub paper: Option<Spanned>,
    #[serde(default)]
    pub printer: Option<Spanned>,
}

impl Default for KioskFile {
    fn default() -> Self {
        KioskFile {
            idle_minutes: default_idle_minutes(),
            exit_pin: None,
            allow_browser: false,
            allow_print: false,
            prints_per_resident: default_prints_per_resident(),
        }
    }
}

fn default_idle_minutes() -> u16 {
    3
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Category")]
pub struct CategoryFile {
    pub id: Spanned,
    pub name: TextFile,
    #[serde(default)]
    pub description: TextFile,
    #[serde(default)]
    pub have_ready: Vec<TextFile>,
    /// Hours of its own, replacing the schedule's `hours` for this category.
    #[serde(default)]
    pub hours: Option<WeekFile>,
    pub hosts: Vec<HostFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Host")]
pub struct HostFile {
    pub label: TextFile,
    pub meeting_id: Spanned,
    /// Only when this host's passcode differs from the shared one.
    #[serde(default)]
    pub passcode: Option<Spanned>,
    /// Only when this host's phone passcode differs from the shared `phone.passcode`.
    #[serde(default)]
    pub phone_passcode: Option<Spanned>,
}
