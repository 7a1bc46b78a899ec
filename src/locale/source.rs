//! A Fluent file's messages as written: where each starts and its text, for positions in
//! reports and for the translators' review sheets. fluent-syntax's tree carries no
//! positions, so the lines are read here; a message is its `id =` line and the indented
//! lines after it.

use std::collections::BTreeMap;

/// One message as written in a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    /// 1-based line of `id =`.
    pub line: usize,
    /// The message's lines, as in the file.
    pub text: String,
    /// The `#` comment lines right above it, without the `# `.
    pub comment: String,
    /// The `##` section heading it is under ("The details screen").
    pub section: String,
}

/// Every message id in `source` with where and how it is written (the first, if an id is
/// written twice).
pub fn messages(source: &str) -> BTreeMap<String, Written> {
    let mut found = BTreeMap::new();
    let mut comment: Vec<&str> = Vec::new();
    let mut section = String::new();
    let mut current: Option<(String, Written)> = None;
    let mut finish = |current: &mut Option<(String, Written)>| {
        if let Some((id, written)) = current.take() {
            found.entry(id).or_insert(written);
        }
    };
    for (index, line) in source.lines().enumerate() {
        // Indented lines continue a message; so does a closing brace, which Fluent allows
        // at the start of a line.
        let continues =
            (line.starts_with([' ', '\t']) && !line.trim().is_empty()) || line.starts_with('}');
        if continues {
            if let Some((_, written)) = current.as_mut() {
                written.text.push('\n');
                written.text.push_str(line);
            }
            continue;
        }
        finish(&mut current);
        if let Some(id) = message_id(line) {
            current = Some((
                id.to_owned(),
                Written {
                    line: index + 1,
                    text: line.to_owned(),
                    comment: comment.join(" "),
                    section: section.clone(),
                },
            ));
            comment.clear();
        } else if let Some(heading) = line.strip_prefix("## ") {
            section = heading.trim().to_owned();
            comment.clear();
        } else if let Some(text) = line.strip_prefix('#').filter(|_| !line.starts_with("##")) {
            comment.push(text.trim());
        } else {
            comment.clear();
        }
    }
    finish(&mut current);
    found
}

/// `open-now` in `open-now = Open now`; `None` for terms, comments and other lines.
pub fn message_id(line: &str) -> Option<&str> {
    let (id, _) = line.split_once('=')?;
    let id = id.trim_end();
    let mut chars = id.chars();
    let first = chars.next()?;
    (first.is_ascii_alphabetic()
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
    .then_some(id)
}

/// The 1-based line and column (in characters) of a byte offset.
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(source.len());
    let before = source.get(..offset).unwrap_or(source);
    let line = before.matches('\n').count() + 1;
    let column = before
        .rsplit('\n')
        .next()
        .map_or(0, |last| last.chars().count())
        + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_messages_with_their_lines_and_comments() {
        let source = "### File\n\n# The banner.\nopen = Open\nclosed = { $n ->\n   *[other] C\n }\n-term = T\n";
        let found = messages(source);
        assert_eq!(found.len(), 2);
        assert_eq!(found["open"].line, 4);
        assert_eq!(found["open"].comment, "The banner.");
        assert_eq!(found["closed"].line, 5);
        assert_eq!(found["closed"].text, "closed = { $n ->\n   *[other] C\n }");
        assert_eq!(found["closed"].comment, "");
        let sectioned = messages("## The banner\n# Open.\nopen = Open\n");
        assert_eq!(sectioned["open"].section, "The banner");
    }

    #[test]
    fn positions_count_characters() {
        let source = "a = x\nmôre = y\n";
        assert_eq!(line_col(source, 0), (1, 1));
        assert_eq!(line_col(source, 6), (2, 1));
        let after_o = source.find("re").unwrap();
        assert_eq!(line_col(source, after_o), (2, 3));
    }
}
