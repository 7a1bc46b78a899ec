//! One CSV a day per machine in the shared `report_dir` (a network share, usually), named by
//! site and date and rewritten whole through a temporary file and a rename, so a reader never
//! sees half a file.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::report::{CSV_HEADER, csv_field};
use super::store::Store;

/// `Centurion-library_2025-12-09.csv`: the site's letters and digits, then the date.
pub fn file_name(site: &str, date: NaiveDate) -> String {
    let slug: String = site
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    format!("{slug}_{date}.csv")
}

/// Writes `site`'s rows of `date` to its file in `dir`; the file's path.
pub fn write_day(
    store: &Store,
    dir: &Path,
    site: &str,
    date: NaiveDate,
) -> Result<PathBuf, String> {
    let rows = store.rows(date, date).map_err(|e| e.to_string())?;
    let mut text = format!("{CSV_HEADER}\n");
    for row in rows.iter().filter(|r| r.site == site) {
        let fields = [
            csv_field(&row.site),
            row.id.to_string(),
            csv_field(&row.at_utc),
            csv_field(&row.local_date),
            csv_field(&row.mode),
            csv_field(&row.category),
            csv_field(&row.action),
        ];
        text.push_str(&fields.join(","));
        text.push('\n');
    }
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let path = dir.join(file_name(site, date));
    crate::atomic_file::write(&path, text.as_bytes())
        .map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_safe_on_any_share() {
        let date = NaiveDate::from_ymd_opt(2025, 12, 9).unwrap();
        assert_eq!(
            file_name("Centurion library", date),
            "Centurion-library_2025-12-09.csv"
        );
        assert_eq!(file_name("../etc/x", date), "---etc-x_2025-12-09.csv");
    }
}
