//! One check of the published schedule, in the order that keeps a compromised server
//! harmless: download, verify the signature over the exact bytes, check the schedule,
//! refuse a serial lower than the one already accepted, refuse an expired `valid_until`.
//! Only then is the copy written to the cache, from where the usual reload applies it.

use std::fmt;

use chrono::{DateTime, Utc};
use url::Url;

use super::cache::{Cache, State};
use super::config::Fleet;
use super::http::{Answer, Client, HttpError, Validators};
use super::signature::MAX_SIGNATURE_BYTES;
use crate::schedule::{self, MAX_FILE_BYTES};

/// How long conditional requests are trusted. Web servers' validators are weak: nginx's
/// ETag and Last-Modified are the file's modification time in whole seconds and its size,
/// so a version uploaded in the same second as the one before, with the same size, is
/// answered 304 for ever. Once a day the file is downloaded whole, whatever the validators
/// say; the signature and the serial then decide as always.
pub const FULL_DOWNLOAD_EVERY: chrono::TimeDelta = chrono::TimeDelta::hours(24);

/// What one check found. `loket fetch` exits 0 for the first two, 1 for `Rejected`, 2 for
/// `Unreachable`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// A newer, verified version is in the cache.
    Updated { serial: u64 },
    /// The server has nothing newer (304, or the same signed file again).
    Unchanged { serial: Option<u64> },
    /// The server answered with something that must not be used; the copy in use stays.
    Rejected(String),
    /// No usable answer (down, timed out, an error status); try again later.
    Unreachable(String),
}

impl Outcome {
    pub fn succeeded(&self) -> bool {
        matches!(self, Outcome::Updated { .. } | Outcome::Unchanged { .. })
    }
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Outcome::Updated { serial } => write!(f, "updated to serial {serial}"),
            Outcome::Unchanged {
                serial: Some(serial),
            } => {
                write!(f, "unchanged, serial {serial}")
            }
            Outcome::Unchanged { serial: None } => f.write_str("unchanged"),
            Outcome::Rejected(why) => write!(f, "rejected: {why}"),
            Outcome::Unreachable(why) => write!(f, "unreachable: {why}"),
        }
    }
}

/// Checks the published schedule once and records what happened in the cache's state.
/// Blocking network I/O: a window calls this off its own thread.
pub fn check_now(fleet: &Fleet, cache: &Cache, now: DateTime<Utc>) -> Outcome {
    // One check at a time per cache (a window and a cron `loket fetch` may overlap): the
    // state and the copy are read under the lock, so a slow answer of an older version can
    // never be compared with a high mark that another check has since raised.
    let _turn = match cache.lock() {
        Ok(lock) => lock,
        Err(error) => {
            return Outcome::Unreachable(format!(
                "cannot lock the cache in {}: {error}",
                cache.dir().display()
            ));
        }
    };
    let mut state = cache.state();
    let outcome = fetch_and_verify(fleet, cache, &mut state, now);
    let url = fleet.url.as_str();
    match &outcome {
        Outcome::Updated { serial } => {
            tracing::info!(url, serial, "fleet schedule updated");
        }
        Outcome::Unchanged { .. } => tracing::info!(url, "fleet schedule unchanged"),
        Outcome::Rejected(why) => {
            tracing::warn!(url, reason = %why, "schedule rejected, keeping the one in use");
        }
        Outcome::Unreachable(why) => {
            tracing::warn!(url, reason = %why, "schedule server unreachable, keeping the one in use");
        }
    }
    state.checked_at = Some(now);
    state.last_result = Some(outcome.to_string());
    if outcome.succeeded() {
        state.verified_at = Some(now);
    }
    if let Err(error) = cache.save_state(&state) {
        tracing::warn!(dir = %cache.dir().display(), %error, "could not save the fleet state");
    }
    outcome
}

fn fetch_and_verify(
    fleet: &Fleet,
    cache: &Cache,
    state: &mut State,
    now: DateTime<Utc>,
) -> Outcome {
    let copy = cache.verified_copy(&fleet.keys);
    let same_url = state.url.as_deref() == Some(fleet.url.as_str());
    let recent = state
        .downloaded_at
        // A time in the future (the clock was set back) does not count as recent.
        .is_some_and(|at| at <= now && now - at < FULL_DOWNLOAD_EVERY);
    // Validators only for a copy that is still good under today's keys (after a key
    // rotation the file must be downloaded again even though it did not change), and only
    // for a day after a whole download.
    let validators = match (&copy, same_url && recent) {
        (Some(_), true) => Validators {
            etag: state.etag.as_deref(),
            last_modified: state.last_modified.as_deref(),
        },
        _ => Validators::default(),
    };
    let client = match Client::new(fleet) {
        Ok(client) => client,
        Err(error) => return Outcome::Unreachable(error.to_string()),
    };
    let (bytes, etag, last_modified) =
        match client.get(&fleet.url, validators, MAX_FILE_BYTES as u64) {
            Ok(Answer::NotModified) => {
                // A 304 answers only a conditional request.
                return match copy
                    .filter(|_| validators.etag.is_some() || validators.last_modified.is_some())
                {
                    Some(copy) => Outcome::Unchanged {
                        serial: copy.schedule.serial,
                    },
                    None => Outcome::Unreachable(
                        "the server said \"not modified\" to a request that was not conditional"
                            .to_owned(),
                    ),
                };
            }
            Ok(Answer::Body {
                bytes,
                etag,
                last_modified,
            }) => (bytes, etag, last_modified),
            Err(error) => return failed(&fleet.url, error),
        };

    let signature_url = signature_url(&fleet.url);
    let signature = match client.get(&signature_url, Validators::default(), MAX_SIGNATURE_BYTES) {
        Ok(Answer::Body { bytes, .. }) => bytes,
        Ok(Answer::NotModified) => {
            return Outcome::Unreachable(format!("{signature_url}: unexpected 304"));
        }
        Err(HttpError::Status(404)) => {
            return Outcome::Rejected(format!(
                "no signature at {signature_url} (HTTP 404): publish the .minisig beside the schedule"
            ));
        }
        Err(error) => return failed(&signature_url, error),
    };
    if let Err(error) = fleet.keys.verify(&bytes, &signature) {
        return Outcome::Rejected(error.to_string());
    }

    let checked = schedule::check_bytes(&bytes);
    let Some(published) = checked.schedule else {
        let first = checked.first_error(fleet.url.as_str());
        return Outcome::Rejected(format!("it is signed but has errors: {first}"));
    };
    let Some(serial) = published.serial else {
        return Outcome::Rejected(
            "it has no `serial`: a fleet's schedule needs one, raised with every version"
                .to_owned(),
        );
    };
    let highest = state
        .serial
        .max(copy.as_ref().and_then(|c| c.schedule.serial));
    if let Some(highest) = highest {
        if serial < highest {
            return Outcome::Rejected(format!(
                "serial {serial} is older than serial {highest} already accepted (a rollback to an old signed file)"
            ));
        }
        // The same serial again: unchanged when it is the copy we have; a restore when
        // the copy is gone or was changed on this machine; else a second, different file
        // under one serial, which machines would disagree about.
        match &copy {
            Some(copy) if serial == highest && copy.bytes == bytes => {
                remember(state, fleet, etag, last_modified, serial, now);
                return Outcome::Unchanged {
                    serial: Some(serial),
                };
            }
            Some(copy) if serial == highest && copy.schedule.serial == Some(serial) => {
                return Outcome::Rejected(format!(
                    "serial {serial} is the one in use but the file differs: raise the serial for every new version"
                ));
            }
            _ => {}
        }
    }
    if let Some(until) = published.valid_until {
        let today = now.with_timezone(&published.time_zone).date_naive();
        if until < today {
            return Outcome::Rejected(format!(
                "it expired on {until} (valid_until); publish a version with a later date"
            ));
        }
    }

    if let Err(error) = cache.store(&bytes, &signature) {
        return Outcome::Unreachable(format!(
            "cannot write the cache in {}: {error}",
            cache.dir().display()
        ));
    }
    remember(state, fleet, etag, last_modified, serial, now);
    Outcome::Updated { serial }
}

fn remember(
    state: &mut State,
    fleet: &Fleet,
    etag: Option<String>,
    last_modified: Option<String>,
    serial: u64,
    now: DateTime<Utc>,
) {
    state.downloaded_at = Some(now);
    state.url = Some(fleet.url.to_string());
    state.etag = etag;
    state.last_modified = last_modified;
    state.serial = Some(serial.max(state.serial.unwrap_or(0)));
}

fn failed(url: &Url, error: HttpError) -> Outcome {
    match error {
        HttpError::Refused(why) => Outcome::Rejected(why),
        HttpError::Status(code) => {
            Outcome::Unreachable(format!("{url}: the server answered HTTP {code}"))
        }
        HttpError::Unreachable(why) => Outcome::Unreachable(why),
    }
}

/// The signature's address: the schedule's path with `.minisig` added (a query stays).
pub fn signature_url(url: &Url) -> Url {
    let mut signature = url.clone();
    signature.set_path(&format!("{}.minisig", url.path()));
    signature
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_signature_sits_beside_the_schedule() {
        let url = Url::parse("https://files.example/loket/schedule.ron?v=1").unwrap();
        assert_eq!(
            signature_url(&url).as_str(),
            "https://files.example/loket/schedule.ron.minisig?v=1"
        );
    }
}
