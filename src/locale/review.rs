//! A review sheet for a translation: every message with where it appears, the English,
//! the translation, and a blank for the reviewer, as a Markdown table a City can print or
//! share with a native speaker (`loket check-locale --review-sheet FILE`).

use super::source::{self, Written};

/// The sheet for `translation` (a file's text) in the language `code` named `name`.
pub fn sheet(code: &str, name: &str, draft: bool, english: &str, translation: &str) -> String {
    let ours = source::messages(english);
    let theirs = source::messages(translation);
    let mut order: Vec<(&String, &Written)> = ours.iter().collect();
    order.sort_by_key(|(_, written)| written.line);
    let status = if draft {
        "a DRAFT: it was written without a native speaker and has not been reviewed"
    } else {
        "marked reviewed in its file"
    };
    let mut out = format!(
        "# Review sheet: {name} (`{code}`)\n\n\
         This translation of Loket's own words is {status}. Loket offers a language only when \
         a schedule lists its code in `languages`; a draft is marked as such in the language \
         chooser.\n\n\
         **How to review.** For each message, read where it appears and the English, then the \
         {name} text. Write \"OK\" or your correction in the last column. Parts in braces, \
         like `{{ $time }}`, are filled in by Loket (a time, a date, a name): keep them, in the \
         place {name} needs them. Lines starting with `[…]` are variants Loket chooses between \
         (for one or many, for a weekday); `*` marks the one used otherwise. When done, the \
         file's `language-review = draft` becomes `reviewed`.\n\n\
         {count} messages. Made from `assets/locales/en.ftl` and `{code}.ftl` by `loket \
         check-locale --review-sheet`.\n\n\
         | # | Where it appears | English | {name} | Reviewer: OK or correction |\n\
         |---|---|---|---|---|\n",
        count = order.len()
    );
    for (number, (id, english_message)) in order.iter().enumerate() {
        let place = match english_message.comment.as_str() {
            "" => english_message.section.clone(),
            comment => format!("{}: {comment}", english_message.section),
        };
        let translated = theirs.get(*id).map_or_else(
            || "*(missing: English is shown)*".to_owned(),
            |written| cell(value(&written.text)),
        );
        out.push_str(&format!(
            "| {} | {} (`{id}`) | {} | {translated} | |\n",
            number + 1,
            cell(&place),
            cell(value(&english_message.text)),
        ));
    }
    out
}

/// What follows `id =`, with its continuation lines.
fn value(text: &str) -> &str {
    text.split_once('=').map_or(text, |(_, value)| value).trim()
}

/// Text fit for one Markdown table cell: lines joined with `<br>`, pipes escaped, the
/// indentation of variants kept readable.
fn cell(text: &str) -> String {
    text.lines()
        .map(|line| line.trim().replace('|', "\\|"))
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("<br>")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_english_message_has_a_row_with_its_place_and_a_blank() {
        let english = "## Screen\n# The button.\nback = Back\nwait = { $n ->\n    [one] a | b\n   *[other] c\n}\n";
        let draft = "back = Boela morago\n";
        let sheet = sheet("tn", "Setswana", true, english, draft);
        assert!(sheet.contains("DRAFT"));
        assert!(
            sheet.contains("| 1 | Screen: The button. (`back`) | Back | Boela morago | |"),
            "{sheet}"
        );
        assert!(sheet.contains("| 2 | Screen (`wait`) | { $n -><br>[one] a \\| b<br>*[other] c<br>} | *(missing: English is shown)* | |"), "{sheet}");
    }
}
