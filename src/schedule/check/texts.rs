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

    pub(super) fn language(&mut self, code: Option<&Spanned>) -> Lang {
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
