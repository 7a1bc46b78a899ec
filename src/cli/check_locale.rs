//! `loket check-locale FILE`: a translator's check, every finding as FILE:LINE:COL.

use std::path::Path;
use std::process::ExitCode;

use crate::locale::{self, check::Severity};
use crate::text::Lang;

pub fn run(path: &Path, review_sheet: bool, english: Option<&Path>) -> ExitCode {
    let reference = match english {
        None => locale::english_source().to_owned(),
        Some(file) => match crate::places::read_file(file).map(String::from_utf8) {
            Ok(Ok(text)) => text,
            _ => {
                eprintln!("{}: cannot be read as UTF-8 text", file.display());
                return ExitCode::from(2);
            }
        },
    };
    let shown = path.display();
    let text = match crate::places::read_file(path).map(String::from_utf8) {
        Ok(Ok(text)) => text,
        Ok(Err(error)) => {
            eprintln!("{shown}:1:1: error: not UTF-8 text ({error})");
            return ExitCode::from(2);
        }
        Err(error) => {
            eprintln!("{shown}: {error}");
            return ExitCode::from(2);
        }
    };
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    if review_sheet {
        let name = named(&text).unwrap_or_else(|| stem.to_owned());
        let draft = !text
            .lines()
            .any(|l| l.replace(' ', "") == "language-review=reviewed");
        outln!(
            "{}",
            locale::review::sheet(stem, &name, draft, &reference, &text).trim_end()
        );
        return ExitCode::SUCCESS;
    }
    let mut errors = 0;
    let mut warnings = 0;
    if Lang::from_code(stem).is_none() {
        outln!(
            "{shown}:1:1: error: the file's name must be a language code like nso.ftl, not {stem:?}"
        );
        errors += 1;
    }
    for finding in locale::check::check(&text, &reference) {
        match finding.severity {
            Severity::Error => errors += 1,
            Severity::Warning => warnings += 1,
        }
        outln!("{shown}:{finding}");
    }
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    outln!(
        "{shown}: {}, {}",
        plural(errors, "error"),
        plural(warnings, "warning")
    );
    if errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// The file's `language-name`, as written.
fn named(text: &str) -> Option<String> {
    text.lines()
        .find_map(|line| line.strip_prefix("language-name"))
        .and_then(|rest| rest.trim_start().strip_prefix('='))
        .map(|name| name.trim().to_owned())
}
