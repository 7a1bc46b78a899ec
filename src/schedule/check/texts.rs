//! The schedule checker's section for texts a person reads (names, notes) and the codes around them: languages, the time zone.

use super::*;

impl Checker<'_> {
    /// A text map; English is required because every other language falls back to it.
    pub(super) fn text(
        &mut self,
        text: &TextFile,
        fallback: Option<usize>,
        what: &str,
    ) -> Localized {
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
            let known = Lang::from_code(code).is_some_and(Lang::is_known);
            if !well_formed {
                let at = self.offset(value);
                self.warning(
                    &[at, fallback],
                    format!("`{code}` is not a language code like \"en\" or \"af\""),
                );
            } else if !known {
                let at = self.offset(value);
                self.warning(
                    &[at, fallback],
                    format!(
                        "`{code}` is not a language code Loket knows (ISO 639-1, or \"nso\" for Sepedi): is it misspelt?"
                    ),
                );
            }
        }
        Localized::new(
            text.iter()
                .map(|(code, value)| (code.clone(), value.value.clone()))
                .collect::<BTreeMap<_, _>>(),
        )
    }

    pub(super) fn time_zone(&mut self, name: &Spanned) -> Tz {
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

    /// `default_language` (or its older name `language`) and `languages`: the start
    /// language and what is offered. Each code must be well formed; an unknown one is a
    /// warning (a misspelling); the default must be among those offered.
    pub(super) fn languages(&mut self, file: &ScheduleFile) -> (Lang, Vec<Lang>) {
        if let (Some(_), Some(new)) = (&file.language, &file.default_language) {
            let at = self.offset(new);
            self.error(
                &[at],
                "`language` and `default_language` are the same setting: keep `default_language`",
            );
        }
        let default = file
            .default_language
            .as_ref()
            .or(file.language.as_ref())
            .map_or(Lang::EN, |code| {
                self.language_code(code).unwrap_or(Lang::EN)
            });
        let Some(listed) = &file.languages else {
            let mut offered = vec![Lang::EN, Lang::AF];
            if !offered.contains(&default) {
                offered.push(default);
            }
            return (default, offered);
        };
        let mut offered = Vec::new();
        for code in listed {
            let Some(lang) = self.language_code(code) else {
                continue;
            };
            if offered.contains(&lang) {
                let at = self.offset(code);
                self.warning(
                    &[at],
                    format!("{} is listed twice in `languages`", quoted(&code.value)),
                );
            } else {
                offered.push(lang);
            }
        }
        if !offered.contains(&default) {
            let at = file
                .default_language
                .as_ref()
                .or(file.language.as_ref())
                .map_or_else(|| self.key("languages"), |code| self.offset(code));
            self.error(
                &[at],
                format!(
                    "the start language \"{default}\" is not in `languages` ({}): add it there",
                    offered
                        .iter()
                        .map(|l| format!("\"{l}\""))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            );
            offered.insert(0, default);
        }
        (default, offered)
    }

    /// One language code: an error when it is not one at all, a warning when it is not a
    /// language Loket knows of.
    fn language_code(&mut self, code: &Spanned) -> Option<Lang> {
        let at = self.offset(code);
        let Some(lang) = Lang::from_code(&code.value) else {
            self.error(
                &[at],
                format!(
                    "{} is not a language code: use two or three lowercase letters, like \"en\", \"af\", \"nso\", \"tn\" or \"zu\"",
                    quoted(&code.value)
                ),
            );
            return None;
        };
        if !lang.is_known() {
            self.warning(
                &[at],
                format!(
                    "{} is not a language code Loket knows (ISO 639-1, or \"nso\" for Sepedi): is it misspelt?",
                    quoted(&code.value)
                ),
            );
        }
        Some(lang)
    }

    pub(super) fn text_optional(
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
}
