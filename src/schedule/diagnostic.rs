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
            message: message.into(),
        }
    }

    pub fn warning(at: LineCol, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            at,
            message: message.into(),
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

/// The candidate closest to `found`, if it is close enough to be a likely typo.
pub fn did_you_mean<'a>(
    found: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
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
}
