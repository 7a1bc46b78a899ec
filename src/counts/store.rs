//! The SQLite file: one table of rows, WAL so a report can read while the window writes, a
//! busy timeout so neither fails on the other's lock, and `synchronous=FULL` so a row that
//! was written survives a kill or a power cut.

use std::path::Path;

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, params};

use super::{Action, Mode, Record};

pub struct Store {
    connection: Connection,
}

const INSERT: &str = "INSERT INTO actions (at_utc, local_date, site, mode, category, action)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6)";

/// A record's values for [`INSERT`], in its order.
fn values(record: &Record) -> [String; 6] {
    [
        record
            .at
            .to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        record.local_date.to_string(),
        record.site.clone(),
        record.mode.code().to_owned(),
        record.category.clone(),
        record.action.code().to_owned(),
    ]
}

/// A row as stored, with the machine's own id (reports from many machines count a row once
/// by (site, id)).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    pub id: i64,
    pub at_utc: String,
    pub local_date: String,
    pub site: String,
    pub mode: String,
    pub category: String,
    pub action: String,
}

impl Store {
    pub fn open(path: &Path) -> rusqlite::Result<Store> {
        if let Some(parent) = path.parent() {
            let _ = std::fs::create_dir_all(parent);
        }
        let connection = Connection::open(path)?;
        connection.busy_timeout(std::time::Duration::from_secs(5))?;
        connection.pragma_update(None, "journal_mode", "WAL")?;
        connection.pragma_update(None, "synchronous", "FULL")?;
        connection.execute_batch(
            "CREATE TABLE IF NOT EXISTS actions (
                id INTEGER PRIMARY KEY,
                at_utc TEXT NOT NULL,
                local_date TEXT NOT NULL,
                site TEXT NOT NULL,
                mode TEXT NOT NULL,
                category TEXT NOT NULL,
                action TEXT NOT NULL
            );
            -- Covering: a report reads the index alone, never the table (a year of a million
            -- rows in well under a second, benches/counts.rs).
            CREATE INDEX IF NOT EXISTS actions_report
                ON actions(local_date, category, site, action);",
        )?;
        Ok(Store { connection })
    }

    /// Opens the file read-only (reports): never creates or changes it.
    pub fn open_read_only(path: &Path) -> rusqlite::Result<Store> {
        let connection = Connection::open_with_flags(
            path,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        connection.busy_timeout(std::time::Duration::from_secs(5))?;
        Ok(Store { connection })
    }

    pub fn record(&self, record: &Record) -> rusqlite::Result<()> {
        self.connection
            .prepare_cached(INSERT)?
            .execute(values(record))?;
        Ok(())
    }

    /// Many rows in one transaction (imports, and the benchmark's million).
    pub fn record_many(&mut self, records: &[Record]) -> rusqlite::Result<()> {
        let transaction = self.connection.transaction()?;
        {
            let mut insert = transaction.prepare_cached(INSERT)?;
            for record in records {
                insert.execute(values(record))?;
            }
        }
        transaction.commit()
    }

    /// Removes rows from before `keep_days` days ago; how many.
    pub fn prune(&self, today: NaiveDate, keep_days: u32) -> rusqlite::Result<usize> {
        let oldest = today - chrono::TimeDelta::days(i64::from(keep_days));
        self.connection.execute(
            "DELETE FROM actions WHERE local_date < ?1",
            params![oldest.to_string()],
        )
    }

    /// Every row from `from` to `to` (local dates, both included).
    pub fn rows(&self, from: NaiveDate, to: NaiveDate) -> rusqlite::Result<Vec<Stored>> {
        let mut statement = self.connection.prepare(
            "SELECT id, at_utc, local_date, site, mode, category, action FROM actions
             WHERE local_date BETWEEN ?1 AND ?2 ORDER BY id",
        )?;
        let rows = statement.query_map(params![from.to_string(), to.to_string()], |row| {
            Ok(Stored {
                id: row.get(0)?,
                at_utc: row.get(1)?,
                local_date: row.get(2)?,
                site: row.get(3)?,
                mode: row.get(4)?,
                category: row.get(5)?,
                action: row.get(6)?,
            })
        })?;
        rows.collect()
    }

    /// (key, actions, residents helped) grouped in SQL: the fast path for one machine's
    /// reports. `by` is one of Loket's own column expressions, never user input.
    pub fn grouped(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        by: super::report::By,
    ) -> rusqlite::Result<Vec<super::report::Group>> {
        let helps: Vec<String> = Action::ALL
            .iter()
            .filter(|a| a.helps())
            .map(|a| format!("'{}'", a.code()))
            .collect();
        let sql = format!(
            "SELECT {}, COUNT(*), SUM(action IN ({})) FROM actions
             WHERE local_date BETWEEN ?1 AND ?2 GROUP BY 1 ORDER BY 1",
            by.sql(),
            helps.join(",")
        );
        let mut statement = self.connection.prepare(&sql)?;
        let rows = statement.query_map(params![from.to_string(), to.to_string()], |row| {
            Ok(super::report::Group {
                key: row.get(0)?,
                actions: row.get::<_, i64>(1)? as u64,
                helped: row.get::<_, i64>(2)? as u64,
            })
        })?;
        rows.collect()
    }

    /// Residents helped on `date` at `site` (joins, slips and messages).
    pub fn helped_on(&self, date: NaiveDate, site: &str) -> rusqlite::Result<u64> {
        let codes: Vec<&str> = Action::ALL
            .iter()
            .filter(|a| a.helps())
            .map(|a| a.code())
            .collect();
        let placeholders = vec!["?"; codes.len()].join(",");
        let sql = format!(
            "SELECT COUNT(*) FROM actions WHERE local_date = ? AND site = ? AND action IN ({placeholders})"
        );
        let mut values: Vec<String> = vec![date.to_string(), site.to_owned()];
        values.extend(codes.iter().map(|c| (*c).to_owned()));
        let count: Option<i64> = self
            .connection
            .query_row(&sql, rusqlite::params_from_iter(values.iter()), |row| {
                row.get(0)
            })
            .optional()?;
        Ok(count.unwrap_or(0) as u64)
    }

    /// `PRAGMA integrity_check` says "ok".
    pub fn intact(&self) -> rusqlite::Result<bool> {
        let answer: String = self
            .connection
            .query_row("PRAGMA integrity_check", [], |row| row.get(0))?;
        Ok(answer == "ok")
    }

    /// The mode of a stored code.
    pub fn mode_from_code(code: &str) -> Option<Mode> {
        match code {
            "counter" => Some(Mode::Counter),
            "kiosk" => Some(Mode::Kiosk),
            _ => None,
        }
    }
}
