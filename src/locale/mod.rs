//! Loket's own words, from Fluent files (`.ftl`): English and Afrikaans reviewed and built
//! in, Sepedi, Setswana and isiZulu built in as drafts (offered only when a schedule lists
//! them), and any file in a `locales` folder beside the schedule's places, which adds a
//! language or overrides a built-in one without a rebuild.
//!
//! A message missing from a language falls back to English, message by message, so a
//! half-finished or broken file never blanks the window; staff are told (`problems`).
//! fluent-bundle directly, not fluent-templates or i18n-embed: Loket needs the parser's
//! errors with positions and files that appear at run time, and the `check-locale` report
//! reads the syntax tree itself ([`check`]).

pub mod check;
pub mod review;
pub mod source;

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::text::Lang;

type Bundle = FluentBundle<FluentResource>;

/// The built-in files: (code, text). English first: everything falls back to it.
pub const BUILT_IN: &[(&str, &str)] = &[
    ("en", include_str!("../../assets/locales/en.ftl")),
    ("af", include_str!("../../assets/locales/af.ftl")),
    ("nso", include_str!("../../assets/locales/nso.ftl")),
    ("tn", include_str!("../../assets/locales/tn.ftl")),
    ("zu", include_str!("../../assets/locales/zu.ftl")),
];

/// English's file as built in: the reference for every check.
pub fn english_source() -> &'static str {
    BUILT_IN[0].1
}

/// Where a language's words come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    BuiltIn,
    File(PathBuf),
}

/// One language Loket can show.
pub struct Language {
    pub lang: Lang,
    /// Its name in itself ("Sepedi"), from its `language-name` message.
    pub name: String,
    /// Not yet checked by a native speaker (`language-review = draft`).
    pub draft: bool,
    pub origin: Origin,
    bundle: Bundle,
}

/// A translation file with problems, for the staff strip and the log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileProblems {
    pub path: PathBuf,
    /// "12:5: error: …", in file order.
    pub findings: Vec<String>,
}

/// Every language found, and what was wrong with the files.
pub struct Catalog {
    languages: BTreeMap<Lang, Language>,
    /// English as built in: the last fallback even when a file overrides `en`.
    built_in_english: Bundle,
    pub problems: Vec<FileProblems>,
    strings: Mutex<HashMap<Lang, &'static crate::i18n::Strings>>,
}

impl Catalog {
    /// The built-in languages only.
    pub fn built_in() -> Catalog {
        Catalog::load(&[])
    }

    /// The built-in languages, then every `*.ftl` in `folders` (later folders win); a file
    /// named after a built-in language replaces it.
    pub fn load(folders: &[PathBuf]) -> Catalog {
        let mut languages = BTreeMap::new();
        for (code, text) in BUILT_IN {
            let lang = Lang::from_code(code).expect("built-in codes are valid");
            languages.insert(lang, language(lang, text, Origin::BuiltIn));
        }
        let mut problems = Vec::new();
        for folder in folders {
            for (lang, path, text) in files_in(folder, &mut problems) {
                let findings: Vec<String> = check::check(&text, english_source())
                    .iter()
                    .map(ToString::to_string)
                    .collect();
                if !findings.is_empty() {
                    tracing::warn!(file = %path.display(), problems = findings.len(), first = %findings[0], "translation file has problems");
                    problems.push(FileProblems {
                        path: path.clone(),
                        findings,
                    });
                }
                languages.insert(lang, language(lang, &text, Origin::File(path)));
            }
        }
        Catalog {
            languages,
            built_in_english: bundle(Lang::EN, english_source()),
            problems,
            strings: Mutex::new(HashMap::new()),
        }
    }

    pub fn get(&self, lang: Lang) -> Option<&Language> {
        self.languages.get(&lang)
    }

    pub fn has(&self, lang: Lang) -> bool {
        self.languages.contains_key(&lang)
    }

    /// Every language there are words for, by code.
    pub fn languages(&self) -> impl Iterator<Item = &Language> {
        self.languages.values()
    }

    /// The message `id` in `lang`, else in English, else the id itself.
    pub fn format(&self, lang: Lang, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let english = self.languages.get(&Lang::EN).map(|l| &l.bundle);
        let tries = [
            self.languages.get(&lang).map(|l| &l.bundle),
            english,
            Some(&self.built_in_english),
        ];
        for bundle in tries.into_iter().flatten() {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, args, &mut errors);
                return text.into_owned();
            }
        }
        id.to_owned()
    }

    /// The fixed strings of `lang`, formatted once and kept for the program's life (a few
    /// kilobytes per language and catalog).
    pub fn strings(&self, lang: Lang) -> &'static crate::i18n::Strings {
        let mut cache = self.strings.lock().unwrap_or_else(|e| e.into_inner());
        cache
            .entry(lang)
            .or_insert_with(|| Box::leak(Box::new(crate::i18n::Strings::from_catalog(self, lang))))
    }
}

fn bundle(lang: Lang, text: &str) -> Bundle {
    let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Loket's texts are left-to-right; isolation marks would change every compared string.
    bundle.set_use_isolating(false);
    let resource = match FluentResource::try_new(text.to_owned()) {
        Ok(resource) | Err((resource, _)) => resource,
    };
    // A message written twice keeps its first; check-locale reports the second.
    if let Err(errors) = bundle.add_resource(resource) {
        tracing::debug!(?errors, "duplicate messages in a translation file");
    }
    bundle
}

fn language(lang: Lang, text: &str, origin: Origin) -> Language {
    let bundle = bundle(lang, text);
    let plain = |id: &str| {
        bundle
            .get_message(id)
            .and_then(|m| m.value())
            .map(|pattern| {
                let mut errors = Vec::new();
                bundle
                    .format_pattern(pattern, None, &mut errors)
                    .into_owned()
            })
    };
    let name = plain("language-name").unwrap_or_else(|| lang.code().to_owned());
    let draft = plain("language-review").is_none_or(|review| review.trim() != "reviewed");
    Language {
        lang,
        name,
        draft,
        origin,
        bundle,
    }
}

/// Every readable `CODE.ftl` in `folder`, by name; unreadable or misnamed files are
/// recorded as problems.
fn files_in(folder: &Path, problems: &mut Vec<FileProblems>) -> Vec<(Lang, PathBuf, String)> {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "ftl"))
        .collect();
    paths.sort();
    let mut found = Vec::new();
    for path in paths {
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let Some(lang) = Lang::from_code(stem) else {
            problems.push(FileProblems {
                path: path.clone(),
                findings: vec![format!(
                    "1:1: error: the file's name must be a language code like nso.ftl, not {stem:?}"
                )],
            });
            continue;
        };
        match crate::places::read_file(&path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => found.push((lang, path, text)),
                Err(error) => problems.push(FileProblems {
                    path: path.clone(),
                    findings: vec![format!("1:1: error: not UTF-8 text ({error})")],
                }),
            },
            Err(error) => problems.push(FileProblems {
                path: path.clone(),
                findings: vec![format!("1:1: error: {error}")],
            }),
        }
    }
    found
}

static CURRENT: RwLock<Option<Arc<Catalog>>> = RwLock::new(None);

/// Makes `catalog` the one every word comes from (at start-up, after reading the folders).
pub fn install(catalog: Catalog) {
    *CURRENT.write().unwrap_or_else(|e| e.into_inner()) = Some(Arc::new(catalog));
}

/// The catalog in use: the built-in languages until [`install`] is called.
pub fn current() -> Arc<Catalog> {
    if let Some(catalog) = CURRENT.read().unwrap_or_else(|e| e.into_inner()).as_ref() {
        return catalog.clone();
    }
    let mut slot = CURRENT.write().unwrap_or_else(|e| e.into_inner());
    slot.get_or_insert_with(|| Arc::new(Catalog::built_in()))
        .clone()
}

/// A message without variables.
pub fn text(lang: Lang, id: &str) -> String {
    current().format(lang, id, None)
}

/// A message with its variables: `format(lang, "closes", &[("time", "19:00".into())])`.
pub fn format(lang: Lang, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        fluent.set(*name, value.clone());
    }
    current().format(lang, id, Some(&fluent))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_built_in_file_is_complete_and_clean() {
        for (code, text) in BUILT_IN {
            let findings = check::check(text, english_source());
            assert!(findings.is_empty(), "{code}.ftl: {findings:#?}");
        }
    }

    #[test]
    fn drafts_say_so_and_the_reviewed_do_too() {
        let catalog = Catalog::built_in();
        let draft = |code| catalog.get(Lang::from_code(code).unwrap()).unwrap().draft;
        assert!(!draft("en"));
        assert!(!draft("af"));
        for code in ["nso", "tn", "zu"] {
            assert!(draft(code), "{code} must be marked a draft");
            let text = BUILT_IN.iter().find(|(c, _)| *c == code).unwrap().1;
            assert!(
                text.lines().take(5).any(|l| l.contains("DRAFT")),
                "{code}.ftl's header"
            );
        }
    }

    #[test]
    fn a_folder_adds_and_overrides_languages_and_missing_words_fall_back() {
        let folder = tempfile::tempdir().unwrap();
        std::fs::write(
            folder.path().join("xx.ftl"),
            "language-name = Xx\nback = Xback\n",
        )
        .unwrap();
        std::fs::write(folder.path().join("af.ftl"), "back = Terug!\n").unwrap();
        std::fs::write(folder.path().join("Not a code.ftl"), "back = ?\n").unwrap();
        let catalog = Catalog::load(&[folder.path().to_owned()]);
        let xx = Lang::from_code("xx").unwrap();
        assert_eq!(catalog.format(xx, "back", None), "Xback");
        assert_eq!(catalog.format(xx, "open-now", None), "Open now");
        assert_eq!(catalog.format(Lang::AF, "back", None), "Terug!");
        assert_eq!(catalog.get(xx).unwrap().name, "Xx");
        assert!(catalog.get(xx).unwrap().draft);
        assert_eq!(catalog.problems.len(), 3, "{:#?}", catalog.problems);
        assert!(
            catalog
                .problems
                .iter()
                .any(|p| p.findings[0].contains("language code"))
        );
    }

    #[test]
    fn a_broken_file_keeps_its_good_messages() {
        let folder = tempfile::tempdir().unwrap();
        std::fs::write(
            folder.path().join("xx.ftl"),
            "back = Xback\nbroken = { $\ncancel = Xcancel\n",
        )
        .unwrap();
        let catalog = Catalog::load(&[folder.path().to_owned()]);
        let xx = Lang::from_code("xx").unwrap();
        assert_eq!(catalog.format(xx, "back", None), "Xback");
        assert_eq!(catalog.format(xx, "cancel", None), "Xcancel");
        assert!(
            catalog.problems[0]
                .findings
                .iter()
                .any(|f| f.starts_with("2:") && f.contains("syntax"))
        );
    }
}
