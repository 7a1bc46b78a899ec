//! Localised text: what the schedule says in each language, with English as the fallback.

use std::collections::BTreeMap;
use std::fmt;

/// The languages Loket's own interface is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub enum Lang {
    #[default]
    En,
    Af,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Af];

    /// The code used as a key in `schedule.ron` text maps.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Af => "af",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
    }

    /// The language's name in itself, for the language switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Af => "Afrikaans",
        }
    }

    /// The other language: the on-screen switch toggles between the two.
    pub fn next(self) -> Lang {
        match self {
            Lang::En => Lang::Af,
            Lang::Af => Lang::En,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A text in several languages. Validation guarantees English is present.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Localized(BTreeMap<String, String>);

impl Localized {
    pub fn new(texts: BTreeMap<String, String>) -> Self {
        Localized(texts)
    }

    /// English and Afrikaans, for texts Loket itself ships (holiday names).
    pub fn en_af(en: &str, af: &str) -> Self {
        let mut texts = BTreeMap::new();
        texts.insert("en".to_owned(), en.to_owned());
        texts.insert("af".to_owned(), af.to_owned());
        Localized(texts)
    }

    /// The text in `lang`, else English, else any text there is.
    pub fn get(&self, lang: Lang) -> &str {
        self.0
            .get(lang.code())
            .or_else(|| self.0.get("en"))
            .or_else(|| self.0.values().next())
            .map(String::as_str)
            .unwrap_or("")
    }

    pub fn en(&self) -> &str {
        self.get(Lang::En)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// The days of the week in English, Monday first: the schedule file's keys and what is said
/// aloud.
pub const ENGLISH_DAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn falls_back_to_english_then_anything() {
        let mut map = BTreeMap::new();
        map.insert("en".to_owned(), "Water".to_owned());
        let text = Localized::new(map);
        assert_eq!(text.get(Lang::Af), "Water");

        let mut only_af = BTreeMap::new();
        only_af.insert("af".to_owned(), "Krag".to_owned());
        assert_eq!(Localized::new(only_af).get(Lang::En), "Krag");
        assert_eq!(Localized::default().get(Lang::En), "");
    }

    #[test]
    fn picks_the_asked_language() {
        let text = Localized::en_af("Closed", "Gesluit");
        assert_eq!(text.get(Lang::Af), "Gesluit");
        assert_eq!(text.en(), "Closed");
    }

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
            assert_ne!(lang.next(), lang);
        }
        assert_eq!(Lang::from_code("zu"), None);
    }
}
