//! Localised text: what the schedule says in each language, with English as the fallback.

use std::collections::BTreeMap;
use std::fmt;

/// A language, by its code ("en", "af", "nso"). Loket's own words for it come from the
/// translation files ([`crate::locale`]); a schedule's texts are keyed by the same codes.
/// Codes are interned, so a `Lang` is a copyable pointer and comparisons are cheap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lang(&'static str);

impl Default for Lang {
    fn default() -> Self {
        Lang::EN
    }
}

impl Lang {
    pub const EN: Lang = Lang("en");
    pub const AF: Lang = Lang("af");

    /// The code used as a key in `schedule.ron` text maps and as a file's name.
    pub fn code(self) -> &'static str {
        self.0
    }

    /// A language code: two or three lowercase ASCII letters (ISO 639-1 or 639-3, as in
    /// "en", "nso"). `None` for anything else.
    pub fn from_code(code: &str) -> Option<Lang> {
        let well_formed =
            (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase());
        well_formed.then(|| Lang(intern(code)))
    }

    /// Whether the code names a language people speak (ISO 639-1, and Sepedi's `nso`), so
    /// a misspelt code in a schedule is caught.
    pub fn is_known(self) -> bool {
        self.0 == "nso" || ISO_639_1.split(' ').any(|code| code == self.0)
    }

    /// The language's name in itself ("Sepedi"), from its translation file; the code when
    /// Loket has no words in it.
    pub fn native_name(self) -> String {
        crate::locale::current()
            .get(self)
            .map_or_else(|| self.0.to_owned(), |language| language.name.clone())
    }
}

/// Language codes seen so far, each kept once for the program's life.
fn intern(code: &str) -> &'static str {
    const BUILT_IN: [&str; 5] = ["en", "af", "nso", "tn", "zu"];
    if let Some(known) = BUILT_IN.iter().find(|known| **known == code) {
        return known;
    }
    static SEEN: std::sync::Mutex<Vec<&'static str>> = std::sync::Mutex::new(Vec::new());
    let mut seen = SEEN.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(known) = seen.iter().find(|known| **known == code) {
        return known;
    }
    let kept: &'static str = Box::leak(code.to_owned().into_boxed_str());
    seen.push(kept);
    kept
}

/// ISO 639-1's two-letter codes.
const ISO_639_1: &str = "aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu";

/// Stored as its code (`"af"`) in the settings file.
impl serde::Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.0)
    }
}

/// Read from its code (`"af"`).
impl<'de> serde::Deserialize<'de> for Lang {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Lang, D::Error> {
        let code = String::deserialize(deserializer)?;
        Lang::from_code(&code)
            .ok_or_else(|| serde::de::Error::custom(format!("{code:?} is not a language code")))
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

    /// Whether the text is written in `lang` (rather than falling back).
    pub fn has(&self, lang: Lang) -> bool {
        self.0.contains_key(lang.code())
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
        self.get(Lang::EN)
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
        assert_eq!(text.get(Lang::AF), "Water");
        assert!(!text.has(Lang::AF));

        let mut only_af = BTreeMap::new();
        only_af.insert("af".to_owned(), "Krag".to_owned());
        assert_eq!(Localized::new(only_af).get(Lang::EN), "Krag");
        assert_eq!(Localized::default().get(Lang::EN), "");
    }

    #[test]
    fn picks_the_asked_language() {
        let text = Localized::en_af("Closed", "Gesluit");
        assert_eq!(text.get(Lang::AF), "Gesluit");
        assert_eq!(text.en(), "Closed");
    }

    #[test]
    fn codes_round_trip() {
        for code in ["en", "af", "nso", "tn", "zu", "xx"] {
            let lang = Lang::from_code(code).unwrap();
            assert_eq!(lang.code(), code);
            assert_eq!(Lang::from_code(code), Some(lang));
        }
        for bad in ["", "e", "EN", "en-ZA", "engl", "e1"] {
            assert_eq!(Lang::from_code(bad), None, "{bad}");
        }
        assert!(Lang::from_code("zu").unwrap().is_known());
        assert!(Lang::from_code("nso").unwrap().is_known());
        assert!(!Lang::from_code("xx").unwrap().is_known());
        assert!(!Lang::from_code("zul").unwrap().is_known());
    }
}
