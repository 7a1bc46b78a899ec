//! `loket check-locale`: a translation file against English, the way a translator needs it:
//! Fluent syntax errors, messages missing or unknown, and variables that differ, each at
//! FILE:LINE:COL. The window runs the same check when it loads a file, to tell staff.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use fluent_syntax::ast;

use super::source::{self, line_col};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub line: usize,
    pub column: usize,
    pub severity: Severity,
    pub message: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{}:{}: {kind}: {}", self.line, self.column, self.message)
    }
}

/// Everything wrong with `source` (a translation) compared with `english` (en.ftl's text),
/// in file order.
pub fn check(source: &str, english: &str) -> Vec<Finding> {
    let mut findings = Vec::new();
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for error in errors {
                let (line, column) = line_col(source, error.pos.start);
                findings.push(Finding {
                    line,
                    column,
                    severity: Severity::Error,
                    message: format!("Fluent syntax: {}", error.kind),
                });
            }
            resource
        }
    };
    let english_resource = match fluent_syntax::parser::parse(english) {
        Ok(resource) | Err((resource, _)) => resource,
    };
    let theirs = variables_by_message(&resource);
    let ours = given_variables(english, &english_resource);
    let ours_shown = shown_variables_by_message(&english_resource);
    let written = source::messages(source);
    let place = |id: &str| written.get(id).map_or((1, 1), |w| (w.line, 1));

    let mut seen = BTreeSet::new();
    for id in message_ids(&resource) {
        let (line, column) = place(id);
        if !seen.insert(id) {
            findings.push(Finding {
                line: last_line_of(source, id).unwrap_or(line),
                column,
                severity: Severity::Error,
                message: format!("`{id}` is written twice: Loket uses the first"),
            });
            continue;
        }
        let Some(english_vars) = ours.get(id) else {
            findings.push(Finding {
                line,
                column,
                severity: Severity::Warning,
                message: format!("`{id}` is not one of Loket's messages (a typo, or removed?)"),
            });
            continue;
        };
        let their_vars = &theirs[id];
        for unknown in their_vars.difference(english_vars) {
            findings.push(Finding {
                line,
                column: column_of(&written[id].text, unknown).unwrap_or(column),
                severity: Severity::Error,
                message: format!(
                    "`{id}` uses ${unknown}, which Loket does not give this message (it has {})",
                    listed(english_vars)
                ),
            });
        }
        // A variable English only selects on (a m or p m, one digit or two) may mean
        // nothing in another language; one English shows must be shown.
        let english_shown = &ours_shown[id];
        for unused in english_shown.difference(their_vars) {
            findings.push(Finding {
                line,
                column,
                severity: Severity::Warning,
                message: format!("`{id}` does not use ${unused}, which the English text shows"),
            });
        }
    }
    let end = source.lines().count().max(1);
    for id in message_ids(&english_resource) {
        if !seen.contains(id) {
            findings.push(Finding {
                line: end,
                column: 1,
                severity: Severity::Warning,
                message: format!(
                    "`{id}` is missing: the English text is shown instead ({})",
                    english_text(english, id)
                ),
            });
        }
    }
    findings.sort_by_key(|f| (f.line, f.column));
    findings
}

fn english_text(english: &str, id: &str) -> String {
    let messages = source::messages(english);
    let text = messages.get(id).map_or("", |w| w.text.as_str());
    let first = text.lines().next().unwrap_or("");
    first
        .split_once('=')
        .map_or(first, |(_, value)| value)
        .trim()
        .to_owned()
}

fn listed(vars: &BTreeSet<String>) -> String {
    if vars.is_empty() {
        "none".to_owned()
    } else {
        vars.iter()
            .map(|v| format!("${v}"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The line where `id =` is written the last time (for a duplicate).
fn last_line_of(source: &str, id: &str) -> Option<usize> {
    source
        .lines()
        .enumerate()
        .filter(|(_, line)| source::message_id(line) == Some(id))
        .map(|(index, _)| index + 1)
        .last()
}

/// 1-based column of `$name` in the first line of `text` that has it.
fn column_of(text: &str, name: &str) -> Option<usize> {
    let needle = format!("${name}");
    text.lines()
        .find_map(|line| line.find(&needle).map(|at| line[..at].chars().count() + 1))
}

fn message_ids<'s>(resource: &ast::Resource<&'s str>) -> Vec<&'s str> {
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            ast::Entry::Message(message) => Some(message.id.name),
            _ => None,
        })
        .collect()
}

/// What Loket gives each message: the variables English uses and those its comment names
/// ("$part: morning, afternoon or evening"), which another language may need where English
/// does not; with those of the messages it shows.
pub fn given_variables(
    english: &str,
    resource: &ast::Resource<&str>,
) -> BTreeMap<String, BTreeSet<String>> {
    let comments = source::messages(english);
    let mut direct = direct_uses(resource, false);
    for (id, found) in &mut direct {
        if let Some(written) = comments.get(id) {
            found.variables.extend(named_in(&written.comment));
        }
    }
    transitive(&direct)
}

/// `$names` in a comment.
fn named_in(comment: &str) -> Vec<String> {
    comment
        .split('$')
        .skip(1)
        .map(|rest| {
            rest.chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                .collect::<String>()
        })
        .map(|name| name.trim_end_matches('-').to_owned())
        .filter(|name| !name.is_empty())
        .collect()
}

/// Each message's variables, following references to other messages in the same file
/// (a message sees the variables of the messages it shows).
pub fn variables_by_message(resource: &ast::Resource<&str>) -> BTreeMap<String, BTreeSet<String>> {
    by_message(resource, false)
}

/// The same, only the variables whose value is shown (not those only selected on).
pub fn shown_variables_by_message(
    resource: &ast::Resource<&str>,
) -> BTreeMap<String, BTreeSet<String>> {
    by_message(resource, true)
}

fn by_message(
    resource: &ast::Resource<&str>,
    shown_only: bool,
) -> BTreeMap<String, BTreeSet<String>> {
    transitive(&direct_uses(resource, shown_only))
}

fn direct_uses(resource: &ast::Resource<&str>, shown_only: bool) -> BTreeMap<String, Found> {
    let mut direct: BTreeMap<String, Found> = BTreeMap::new();
    for entry in &resource.body {
        if let ast::Entry::Message(message) = entry {
            let mut found = Found {
                shown_only,
                ..Found::default()
            };
            if let Some(pattern) = &message.value {
                walk_pattern(pattern, &mut found);
            }
            for attribute in &message.attributes {
                walk_pattern(&attribute.value, &mut found);
            }
            direct.entry(message.id.name.to_owned()).or_insert(found);
        }
    }
    direct
}

fn transitive(direct: &BTreeMap<String, Found>) -> BTreeMap<String, BTreeSet<String>> {
    direct
        .keys()
        .map(|id| {
            let mut vars = BTreeSet::new();
            let mut visited = BTreeSet::new();
            collect(id, direct, &mut vars, &mut visited);
            (id.clone(), vars)
        })
        .collect()
}

/// What a message uses: variables, and the messages it shows.
#[derive(Default)]
struct Found {
    variables: BTreeSet<String>,
    references: BTreeSet<String>,
    /// Count only variables whose value is shown, not selectors.
    shown_only: bool,
}

fn collect(
    id: &str,
    direct: &BTreeMap<String, Found>,
    vars: &mut BTreeSet<String>,
    visited: &mut BTreeSet<String>,
) {
    if !visited.insert(id.to_owned()) {
        return;
    }
    if let Some(found) = direct.get(id) {
        vars.extend(found.variables.iter().cloned());
        for reference in &found.references {
            collect(reference, direct, vars, visited);
        }
    }
}

fn walk_pattern(pattern: &ast::Pattern<&str>, found: &mut Found) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(expression, found);
        }
    }
}

fn walk_expression(expression: &ast::Expression<&str>, found: &mut Found) {
    match expression {
        ast::Expression::Inline(inline) => walk_inline(inline, found),
        ast::Expression::Select { selector, variants } => {
            if !found.shown_only {
                walk_inline(selector, found);
            }
            for variant in variants {
                walk_pattern(&variant.value, found);
            }
        }
    }
}

fn walk_inline(inline: &ast::InlineExpression<&str>, found: &mut Found) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            found.variables.insert(id.name.to_owned());
        }
        ast::InlineExpression::MessageReference { id, .. } => {
            found.references.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                walk_inline(argument, found);
            }
            for named in &arguments.named {
                walk_inline(&named.value, found);
            }
        }
        ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for argument in &arguments.positional {
                walk_inline(argument, found);
            }
            for named in &arguments.named {
                walk_inline(&named.value, found);
            }
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, found),
        ast::InlineExpression::TermReference {
            arguments: None, ..
        }
        | ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. } => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ENGLISH: &str = "hello = Hello { $name }\nbye = Bye\nboth = { hello } and { bye }\n";

    #[test]
    fn a_faithful_translation_is_clean() {
        let source = "hello = Dumela { $name }\nbye = Sala sentle\nboth = { hello } le { bye }\n";
        assert_eq!(check(source, ENGLISH), vec![]);
    }

    #[test]
    fn every_kind_of_problem_at_its_place() {
        let source = "hello = Dumela { $nam }\nextra = X\nbye = { $\n";
        let found: Vec<String> = check(source, ENGLISH)
            .iter()
            .map(ToString::to_string)
            .collect();
        assert!(
            found
                .iter()
                .any(|f| f.starts_with("1:18: error: `hello` uses $nam")),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .any(|f| f.starts_with("1:1: warning: `hello` does not use $name")),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .any(|f| f.starts_with("2:1: warning: `extra` is not one of Loket's messages")),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .any(|f| f.starts_with("3:") && f.contains("error: Fluent syntax")),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .any(|f| f.contains("`both` is missing") && f.contains("{ hello } and { bye }")),
            "{found:?}"
        );
    }

    #[test]
    fn a_comment_can_name_variables_english_does_not_use() {
        let english = "# $part: morning or evening.\ntime = { $hour }\n";
        let source = "time = { $hour } { $part }\n";
        assert_eq!(check(source, english), vec![]);
        assert_eq!(
            named_in("$hour12: 1–12, $minute-digits: one"),
            ["hour12", "minute-digits"]
        );
    }

    #[test]
    fn variables_follow_message_references() {
        let english = fluent_syntax::parser::parse(ENGLISH).unwrap();
        let vars = variables_by_message(&english);
        assert!(vars["both"].contains("name"));
        assert!(vars["bye"].is_empty());
    }

    #[test]
    fn a_message_written_twice_is_an_error_at_the_second() {
        let source = "hello = A { $name }\nbye = B\nboth = { hello }{ bye }\nbye = C\n";
        let found = check(source, ENGLISH);
        assert!(
            found
                .iter()
                .any(|f| f.line == 4 && f.severity == Severity::Error),
            "{found:?}"
        );
    }
}
