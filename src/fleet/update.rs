//! One check of the published schedule, in the order that keeps a compromised server
//! harmless: download, verify the signature over the exact bytes, check the schedule,
//! refuse a serial lower than the one already accepted, refuse an expired `valid_until`.
//! Only then is the copy written to the cache, from where the usual reload applies it.

use std::fmt;
use std::time::Instant;

use chrono::{DateTime, Utc};
use url::Url;

use super::cache::{Cache, State};
use super::config::Fleet;
use super::http::{Answer, Client, HttpError, Validators};
use super::redact;
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
            Outcome::Rejected(why) => write!(f, "rejected: {}", redact::text(why)),
            Outcome::Unreachable(why) => write!(f, "unreachable: {}", redact::text(why)),
        }
    }
}

/// Checks the published schedule once and records what happened in the cache's state.
/// Blocking network I/O: a window calls this off its own thread. The whole check (waiting
/// for another check to finish, both downloads, every redirect) ends within the fleet's
/// `timeout_seconds`.
pub fn check_now(fleet: &Fleet, cache: &Cache, now: DateTime<Utc>) -> Outcome {
    check(fleet, cache, now, Record::Times)
}

/// [`check_now`] for a pretend instant (`--at`, training and demos): decides expiry at
/// `now` or the real time, whichever is later, and writes no time into the saved state, so
/// what a real machine believes about its fleet (last verified, last checked) is never
/// changed by a demo.
pub fn check_pretending(fleet: &Fleet, cache: &Cache, now: DateTime<Utc>) -> Outcome {
    check(fleet, cache, now, Record::NoTimes)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Record {
    Times,
    NoTimes,
}

fn check(fleet: &Fleet, cache: &Cache, now: DateTime<Utc>, record: Record) -> Outcome {
    let deadline = Instant::now() + fleet.timeout;
    // One check at a time per cache (a window and a cron `loket fetch` may overlap): the
    // state and the copy are read under the lock, so a slow answer of an older version can
    // never be compared with a high mark that another check has since raised.
    let _turn = match cache.lock(deadline) {
        Ok(lock) => lock,
        Err(error) => {
            let outcome = Outcome::Unreachable(format!(
                "cannot lock the cache in {}: {error}",
                cache.dir().display()
            ));
            tracing::warn!(reason = %outcome, "fleet check not made");
            return outcome;
        }
    };
    cache.remove_leftovers();
    cache.adopt_legacy(&fleet.keys);
    let mut state = cache.state();
    // A pretend instant (`--at`) earlier than the real one must not let a version that
    // has really expired in: expiry is judged at the later of the two.
    let decide_at = match record {
        Record::Times => now,
        Record::NoTimes => now.max(Utc::now()),
    };
    let outcome = fetch_and_verify(fleet, cache, &mut state, decide_at, deadline, record);
    let url = redact::url(&fleet.url);
    match &outcome {
        Outcome::Updated { serial } => {
            tracing::info!(url, serial, "fleet schedule updated");
        }
        Outcome::Unchanged { .. } => tracing::info!(url, "fleet schedule unchanged"),
        Outcome::Rejected(why) => {
            tracing::warn!(url, reason = %redact::text(why), "schedule rejected, keeping the one in use");
        }
        Outcome::Unreachable(why) => {
            tracing::warn!(url, reason = %redact::text(why), "schedule server unreachable, keeping the one in use");
        }
    }
    state.last_result = Some(outcome.to_string());
    if record == Record::Times {
        state.checked_at = Some(now);
        if outcome.succeeded() {
            state.verified_at = Some(now);
        }
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
    deadline: Instant,
    record: Record,
) -> Outcome {
    let copy = cache.verified_copy(&fleet.keys);
    let same_url = state.url.as_deref() == Some(redact::url(&fleet.url).as_str());
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
    let client = match Client::new(fleet, deadline) {
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
                    Some(copy) => match expired(&copy.schedule, now) {
                        Some(why) => Outcome::Rejected(why),
                        None => Outcome::Unchanged {
                            serial: copy.schedule.serial,
                        },
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
            return Outcome::Unreachable(format!(
                "{}: unexpected 304",
                redact::url(&signature_url)
            ));
        }
        Err(HttpError::Status(404)) => {
            return Outcome::Rejected(format!(
                "no signature at {} (HTTP 404): publish the .minisig beside the schedule",
                redact::url(&signature_url)
            ));
        }
        Err(error) => return failed(&signature_url, error),
    };
    let comment = match fleet.keys.verify(&bytes, &signature) {
        Ok(comment) => comment,
        Err(error) => return Outcome::Rejected(error.to_string()),
    };
    if let Err(why) = signed_for(&comment, fleet) {
        return Outcome::Rejected(why);
    }

    let checked = schedule::check_bytes(&bytes);
    let Some(published) = checked.schedule else {
        let first = checked.first_error(&redact::url(&fleet.url));
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
                if let Some(why) = expired(&published, now) {
                    return Outcome::Rejected(why);
                }
                remember(state, fleet, (etag, last_modified), serial, now, record);
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
    if let Some(why) = expired(&published, now) {
        return Outcome::Rejected(why);
    }

    if let Err(error) = cache.store(&bytes, &signature, &fleet.keys) {
        return Outcome::Unreachable(format!(
            "cannot write the cache in {}: {error}",
            cache.dir().display()
        ));
    }
    remember(state, fleet, (etag, last_modified), serial, now, record);
    Outcome::Updated { serial }
}

/// Why a published schedule past its `valid_until` must not count as current, checked on
/// every check (a 304 or the same file again included), so a frozen server is noticed.
fn expired(schedule: &schedule::Schedule, now: DateTime<Utc>) -> Option<String> {
    let until = schedule.valid_until?;
    let today = now.with_timezone(&schedule.time_zone).date_naive();
    (until < today).then(|| {
        format!("the published schedule expired on {until} (valid_until); publish a version with a later date")
    })
}

/// A signature is bound to its purpose by its trusted comment (which the signature covers):
/// the file name minisign records (`file:NAME`) must be the published file's name, and with
/// `fleet_id` in fleet.ron the comment must also carry `fleet:ID`. So a file the
/// administrator signed for another fleet or purpose cannot be swapped in.
pub fn signed_for(comment: &str, fleet: &Fleet) -> Result<(), String> {
    let tokens: Vec<&str> = comment.split_whitespace().collect();
    let published = fleet
        .url
        .path_segments()
        .and_then(|mut segments| segments.next_back())
        .map(|name| {
            percent_encoding::percent_decode_str(name)
                .decode_utf8_lossy()
                .into_owned()
        })
        .unwrap_or_default();
    match tokens.iter().find_map(|t| t.strip_prefix("file:")) {
        Some(name) if name == published => {}
        Some(name) => {
            return Err(format!(
                "it was signed as {name:?}, not as {published:?} (trusted comment: {comment}): a file signed for another purpose"
            ));
        }
        None => {
            return Err(format!(
                "its trusted comment names no file (trusted comment: {comment}); sign with: minisign -Sm {published}"
            ));
        }
    }
    if let Some(id) = &fleet.fleet_id {
        let wanted = format!("fleet:{id}");
        if !tokens.contains(&wanted.as_str()) {
            return Err(format!(
                "it was not signed for fleet {id:?} (trusted comment: {comment}); sign with: minisign -Sm {published} -t \"fleet:{id} file:{published}\""
            ));
        }
    }
    Ok(())
}

fn remember(
    state: &mut State,
    fleet: &Fleet,
    (etag, last_modified): (Option<String>, Option<String>),
    serial: u64,
    now: DateTime<Utc>,
    record: Record,
) {
    if record == Record::Times {
        state.downloaded_at = Some(now);
    }
    state.url = Some(redact::url(&fleet.url));
    state.etag = etag;
    state.last_modified = last_modified;
    state.serial = Some(serial.max(state.serial.unwrap_or(0)));
}

fn failed(url: &Url, error: HttpError) -> Outcome {
    match error {
        HttpError::Refused(why) => Outcome::Rejected(why),
        HttpError::Status(code) => Outcome::Unreachable(format!(
            "{}: the server answered HTTP {code}",
            redact::url(url)
        )),
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
