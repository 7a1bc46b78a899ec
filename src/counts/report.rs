//! `loket report`: counts grouped by day, week, category, site or action, with totals, as a
//! table for people, CSV for spreadsheets or JSON for scripts; from this machine's SQLite
//! file, or from every machine's daily CSV files in a shared folder (a row counted once
//! however often its machine rewrote the day's file).

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use super::Action;
use super::store::Stored;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum By {
    Day,
    Week,
    Category,
    Site,
    Action,
}

impl By {
    pub fn parse(text: &str) -> Option<By> {
        Some(match text {
            "day" => By::Day,
            "week" => By::Week,
            "category" => By::Category,
            "site" => By::Site,
            "action" => By::Action,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            By::Day => "day",
            By::Week => "week",
            By::Category => "category",
            By::Site => "site",
            By::Action => "action",
        }
    }

    /// The SQL expression grouped by (ISO weeks, "2025-W50").
    pub fn sql(self) -> &'static str {
        match self {
            By::Day => "local_date",
            By::Week => "strftime('%G-W%V', local_date)",
            By::Category => "category",
            By::Site => "site",
            By::Action => "action",
        }
    }

    /// The same key for a row read from a CSV file.
    fn key(self, row: &Stored) -> String {
        match self {
            By::Day => row.local_date.clone(),
            By::Week => NaiveDate::parse_from_str(&row.local_date, "%Y-%m-%d").map_or_else(
                |_| row.local_date.clone(),
                |date| {
                    let week = date.iso_week();
                    format!("{}-W{:02}", week.year(), week.week())
                },
            ),
            By::Category => row.category.clone(),
            By::Site => row.site.clone(),
            By::Action => row.action.clone(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Csv,
    Json,
}

impl Format {
    pub fn parse(text: &str) -> Option<Format> {
        Some(match text {
            "table" => Format::Table,
            "csv" => Format::Csv,
            "json" => Format::Json,
            _ => return None,
        })
    }
}

/// One line of a report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Group {
    pub key: String,
    pub actions: u64,
    /// Joins, slips and messages: residents who took the meeting with them.
    pub helped: u64,
}

/// Groups rows (read from files) as the SQL does.
pub fn group(rows: &[Stored], by: By, from: NaiveDate, to: NaiveDate) -> Vec<Group> {
    let (from, to) = (from.to_string(), to.to_string());
    let mut groups: BTreeMap<String, (u64, u64)> = BTreeMap::new();
    for row in rows
        .iter()
        .filter(|r| r.local_date >= from && r.local_date <= to)
    {
        let entry = groups.entry(by.key(row)).or_default();
        entry.0 += 1;
        if Action::from_code(&row.action).is_some_and(Action::helps) {
            entry.1 += 1;
        }
    }
    groups
        .into_iter()
        .map(|(key, (actions, helped))| Group {
            key,
            actions,
            helped,
        })
        .collect()
}

/// The header of every daily CSV file.
pub const CSV_HEADER: &str = "site,id,at_utc,local_date,mode,category,action";

/// Every `*.csv` in `dir` (one per machine and day), each row once by (site, id): a machine
/// that wrote its day twice, or a file copied under two names, counts once. Files that are
/// not Loket's are named in the error.
pub fn read_dir(dir: &Path) -> Result<(Vec<Stored>, usize), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut paths: Vec<_> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "csv"))
        .collect();
    paths.sort();
    let mut seen = HashSet::new();
    let mut rows = Vec::new();
    for path in &paths {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut lines = text.lines();
        if lines.next() != Some(CSV_HEADER) {
            return Err(format!(
                "{}:1: not a Loket counts file (its first line must be {CSV_HEADER})",
                path.display()
            ));
        }
        for (index, line) in lines.enumerate() {
            let fields = split_csv(line);
            let row = match fields.as_slice() {
                [site, id, at, date, mode, category, action] => Stored {
                    id: id.parse().map_err(|_| {
                        format!(
                            "{}:{}: the id {id:?} is not a number",
                            path.display(),
                            index + 2
                        )
                    })?,
                    at_utc: at.clone(),
                    local_date: date.clone(),
                    site: site.clone(),
                    mode: mode.clone(),
                    category: category.clone(),
                    action: action.clone(),
                },
                _ => {
                    return Err(format!(
                        "{}:{}: expected 7 fields, found {}",
                        path.display(),
                        index + 2,
                        fields.len()
                    ));
                }
            };
            if seen.insert((row.site.clone(), row.id)) {
                rows.push(row);
            }
        }
    }
    Ok((rows, paths.len()))
}

/// One CSV field, quoted when it holds a comma, a quote or a line break.
pub fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// A CSV line's fields (quotes as [`csv_field`] writes them).
fn split_csv(line: &str) -> Vec<String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => fields.push(std::mem::take(&mut field)),
            (c, _) => field.push(c),
        }
    }
    fields.push(field);
    fields
}

/// The report as text.
pub fn render(
    groups: &[Group],
    by: By,
    format: Format,
    from: NaiveDate,
    to: NaiveDate,
    source: &str,
) -> String {
    let total = Group {
        key: "total".to_owned(),
        actions: groups.iter().map(|g| g.actions).sum(),
        helped: groups.iter().map(|g| g.helped).sum(),
    };
    match format {
        Format::Json => {
            #[derive(Serialize)]
            struct Report<'a> {
                from: String,
                to: String,
                by: &'a str,
                source: &'a str,
                rows: &'a [Group],
                total: &'a Group,
            }
            serde_json::to_string_pretty(&Report {
                from: from.to_string(),
                to: to.to_string(),
                by: by.name(),
                source,
                rows: groups,
                total: &total,
            })
            .expect("plain data")
        }
        Format::Csv => {
            let mut out = format!("{},actions,helped\n", by.name());
            for g in groups.iter().chain(std::iter::once(&total)) {
                out.push_str(&format!(
                    "{},{},{}\n",
                    csv_field(&g.key),
                    g.actions,
                    g.helped
                ));
            }
            out
        }
        Format::Table => {
            let width = groups
                .iter()
                .map(|g| g.key.chars().count())
                .chain([by.name().len(), 5])
                .max()
                .unwrap_or(5);
            let mut out = format!(
                "Counts from {from} to {to}, by {}, from {source}\n",
                by.name()
            );
            out.push_str(&format!(
                "{:<width$}  {:>8}  {:>8}\n",
                by.name(),
                "actions",
                "helped"
            ));
            for g in groups {
                out.push_str(&format!(
                    "{:<width$}  {:>8}  {:>8}\n",
                    g.key, g.actions, g.helped
                ));
            }
            out.push_str(&format!(
                "{:<width$}  {:>8}  {:>8}\n",
                "total", total.actions, total.helped
            ));
            out
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(site: &str, id: i64, date: &str, category: &str, action: &str) -> Stored {
        Stored {
            id,
            at_utc: format!("{date}T15:00:00.000Z"),
            local_date: date.to_owned(),
            site: site.to_owned(),
            mode: "counter".to_owned(),
            category: category.to_owned(),
            action: action.to_owned(),
        }
    }

    #[test]
    fn groups_and_totals_in_every_format() {
        let rows = [
            row("Centurion", 1, "2025-12-08", "water", "details_opened"),
            row("Centurion", 2, "2025-12-08", "water", "zoom_opened"),
            row("Soshanguve", 1, "2025-12-09", "general", "printed"),
            row("Soshanguve", 2, "2025-12-15", "general", "copied"),
        ];
        let (from, to) = (
            NaiveDate::from_ymd_opt(2025, 12, 1).unwrap(),
            NaiveDate::from_ymd_opt(2025, 12, 14).unwrap(),
        );
        let by_category = group(&rows, By::Category, from, to);
        assert_eq!(
            by_category,
            [
                Group {
                    key: "general".into(),
                    actions: 1,
                    helped: 1
                },
                Group {
                    key: "water".into(),
                    actions: 2,
                    helped: 1
                },
            ]
        );
        let weeks = group(
            &rows,
            By::Week,
            from,
            NaiveDate::from_ymd_opt(2025, 12, 31).unwrap(),
        );
        assert_eq!(
            weeks.iter().map(|g| g.key.as_str()).collect::<Vec<_>>(),
            ["2025-W50", "2025-W51"]
        );
        let csv = render(&by_category, By::Category, Format::Csv, from, to, "test");
        assert_eq!(
            csv,
            "category,actions,helped\ngeneral,1,1\nwater,2,1\ntotal,3,2\n"
        );
        let table = render(&by_category, By::Category, Format::Table, from, to, "test");
        assert!(table.contains("total            3         2"), "{table}");
        let json: serde_json::Value = serde_json::from_str(&render(
            &by_category,
            By::Category,
            Format::Json,
            from,
            to,
            "test",
        ))
        .unwrap();
        assert_eq!(json["total"]["actions"], 3);
    }

    #[test]
    fn csv_fields_round_trip() {
        for text in [
            "plain",
            "Centurion, library",
            "the \"big\" one",
            "new\nline",
        ] {
            assert_eq!(split_csv(&csv_field(text)), [text]);
        }
    }
}
