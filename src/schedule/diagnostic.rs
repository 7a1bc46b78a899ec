//! Problems found in a schedule file, reported like a compiler: `PATH:LINE:COL: error: …`.

use std::fmt;

use super::span::LineCol;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub at: LineCol,
    pub message: String,
}

impl Diagnostic {
    pub fn error(at: LineCol, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            at,
            message: bounded(message.into()),
        }
    }

    pub fn warning(at: LineCol, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            at,
            message: bounded(message.into()),
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// One line, the way editors and CI logs understand it.
    pub fn render(&self, path: &str) -> String {
        format!("{path}:{}: {}: {}", self.at, self.severity, self.message)
    }
}

/// A value from the file as a message shows it: in quotes, invisible and control characters
/// written as escapes (`\u{202e}`), and a long value cut short with its length, so no
/// message runs to a megabyte or reorders the terminal's text.
pub fn quoted(value: &str) -> String {
    const SHOWN: usize = 40;
    let count = value.chars().count();
    let mut shown: String = value
        .chars()
        .take(SHOWN)
        .flat_map(char::escape_debug)
        .collect();
    if count > SHOWN {
        shown.push_str(&format!("…\" ({count} characters)"));
        format!("\"{shown}")
    } else {
        format!("\"{shown}\"")
    }
}

/// Messages never run longer than this many characters, whatever ron put in them.
const MAX_MESSAGE_CHARS: usize = 300;

fn bounded(message: String) -> String {
    if message.chars().count() <= MAX_MESSAGE_CHARS {
        return message;
    }
    let mut cut: String = message.chars().take(MAX_MESSAGE_CHARS).collect();
    cut.push('…');
    cut
}

/// Longer names are not compared: no name in a schedule is that long, and comparing a
/// megabyte with 600 zone names takes a minute.
const MAX_COMPARED_CHARS: usize = 64;

/// The candidate closest to `found`, if it is close enough to be a likely typo.
pub fn did_you_mean<'a>(
    found: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    if found.chars().count() > MAX_COMPARED_CHARS {
        return None;
    }
    let found = found.to_lowercase();
    // Jaro-Winkler ranks; a small edit distance also qualifies, so that short swapped
    // names ("mno" for "mon") are caught too.
    let close = |candidate: &str| {
        let edits = strsim::damerau_levenshtein(&found, candidate);
        let score = strsim::jaro_winkler(&found, candidate);
        (score >= 0.8 || edits <= (found.chars().count() / 4).max(1)).then_some(score)
    };
    candidates
        .into_iter()
        .take(1000)
        .filter_map(|candidate| close(&candidate.to_lowercase()).map(|score| (score, candidate)))
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, candidate)| candidate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_like_a_compiler() {
        let d = Diagnostic::error(LineCol { line: 3, col: 14 }, "bad time");
        assert_eq!(
            d.render("schedule.ron"),
            "schedule.ron:3:14: error: bad time"
        );
        let w = Diagnostic::warning(LineCol { line: 1, col: 1 }, "hm");
        assert_eq!(w.render("x"), "x:1:1: warning: hm");
        assert!(d.is_error() && !w.is_error());
    }

    #[test]
    fn suggests_close_names_only() {
        let fields = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
        assert_eq!(did_you_mean("mno", fields), Some("mon"));
        assert_eq!(did_you_mean("Fri", fields), Some("fri"));
        assert_eq!(did_you_mean("holiday", fields), None);
        assert_eq!(
            did_you_mean("meeting_di", ["label", "meeting_id", "passcode"]),
            Some("meeting_id")
        );
    }

    #[test]
    fn quoted_values_are_short_and_visible() {
        assert_eq!(quoted("16:00"), "\"16:00\"");
        assert_eq!(quoted("Outr\u{202E}each1"), "\"Outr\\u{202e}each1\"");
        let long = "x".repeat(1_000_000);
        let shown = quoted(&long);
        assert!(shown.len() < 80, "{shown}");
        assert!(shown.ends_with("(1000000 characters)"));
        assert_eq!(did_you_mean(&long, ["xx"]), None);
        let message = Diagnostic::error(LineCol { line: 1, col: 1 }, "y".repeat(5000)).message;
        assert_eq!(message.chars().count(), MAX_MESSAGE_CHARS + 1);
    }
}
