//! The window's side of counting: a thread that owns the SQLite file. The window hands it a
//! row through a channel and goes on (a send is a few hundred nanoseconds, measured in
//! RESULTS.md); the thread writes it, rewrites the day's CSV in the report folder if there
//! is one, and keeps "residents helped today" for the staff strip. A store that fails (a
//! full disk, a read-only or locked file, a corrupt one) is logged and shown to staff as
//! one line; the window never waits for it and never stops because of it.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};

use chrono::NaiveDate;

use super::store::Store;
use super::{Config, Record};

/// What the thread tells the window.
#[derive(Debug, Default)]
pub struct Shared {
    helped_today: AtomicU64,
    /// The day `helped_today` counts, as days since 1970 (0: not known yet).
    day: AtomicU64,
    trouble: Mutex<Option<String>>,
}

#[derive(Debug, Clone)]
pub struct Recorder {
    sender: Sender<Record>,
    shared: Arc<Shared>,
    pub config: Arc<Config>,
}

impl Recorder {
    /// Starts the thread for the database at `path`; prunes old rows first.
    pub fn start(path: PathBuf, config: Config, today: NaiveDate) -> Recorder {
        let (sender, receiver) = channel();
        let shared = Arc::new(Shared::default());
        let config = Arc::new(config);
        let (thread_shared, thread_config) = (shared.clone(), config.clone());
        let spawned = std::thread::Builder::new()
            .name("loket-counts".to_owned())
            .spawn(move || run(&path, &thread_config, &thread_shared, &receiver, today));
        if let Err(error) = spawned {
            tracing::warn!(%error, "counts: the writer thread did not start");
            *lock(&shared.trouble) = Some(error.to_string());
        }
        Recorder {
            sender,
            shared,
            config,
        }
    }

    /// Hands a row to the thread; never blocks, never fails the window.
    pub fn record(&self, record: Record) {
        let _ = self.sender.send(record);
    }

    /// Residents helped at this site on `date`, as of the last write.
    pub fn helped_on(&self, date: NaiveDate) -> Option<u64> {
        (self.shared.day.load(Ordering::Relaxed) == day_number(date))
            .then(|| self.shared.helped_today.load(Ordering::Relaxed))
    }

    /// Why counting does not work now, for staff.
    pub fn trouble(&self) -> Option<String> {
        lock(&self.shared.trouble).clone()
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}

fn day_number(date: NaiveDate) -> u64 {
    u64::try_from(date.signed_duration_since(NaiveDate::default()).num_days()).unwrap_or(0)
}

fn run(
    path: &std::path::Path,
    config: &Config,
    shared: &Shared,
    receiver: &Receiver<Record>,
    today: NaiveDate,
) {
    let mut store: Option<Store> = None;
    let open = |store: &mut Option<Store>| -> Result<(), String> {
        if store.is_none() {
            let opened = Store::open(path).map_err(|e| e.to_string())?;
            *store = Some(opened);
        }
        Ok(())
    };
    // At start: old rows go, and today's count is known before the first action.
    let started = open(&mut store).and_then(|()| {
        let s = store.as_ref().expect("opened");
        let pruned = s
            .prune(today, config.keep_days)
            .map_err(|e| e.to_string())?;
        if pruned > 0 {
            tracing::info!(
                rows = pruned,
                keep_days = config.keep_days,
                "counts: old rows removed"
            );
        }
        refresh(s, config, shared, today)
    });
    report(shared, started, path);
    for record in receiver {
        let date = record.local_date;
        let written = open(&mut store).and_then(|()| {
            let s = store.as_ref().expect("opened");
            s.record(&record).map_err(|e| e.to_string())?;
            refresh(s, config, shared, date)
        });
        if written.is_err() {
            // A broken connection is dropped and opened again for the next row.
            store = None;
        }
        report(shared, written, path);
    }
}

/// Today's count for the strip, and today's file in the report folder.
fn refresh(store: &Store, config: &Config, shared: &Shared, date: NaiveDate) -> Result<(), String> {
    let helped = store
        .helped_on(date, &config.site)
        .map_err(|e| e.to_string())?;
    shared.helped_today.store(helped, Ordering::Relaxed);
    shared.day.store(day_number(date), Ordering::Relaxed);
    if let Some(dir) = &config.report_dir {
        super::export::write_day(store, dir, &config.site, date)?;
    }
    Ok(())
}

/// Logs a new trouble once, and clears it when writing works again.
fn report(shared: &Shared, result: Result<(), String>, path: &std::path::Path) {
    let mut trouble = lock(&shared.trouble);
    match result {
        Ok(()) => {
            if trouble.take().is_some() {
                tracing::info!(path = %path.display(), "counts: writing works again");
            }
        }
        Err(error) => {
            if trouble.as_deref() != Some(error.as_str()) {
                tracing::warn!(path = %path.display(), %error, "counts: could not write");
            }
            *trouble = Some(error);
        }
    }
}
