//! `fleet.ron`: which published schedule this machine follows and whose signature it
//! trusts. Looked for like the schedule (the user's config folder, then the system one);
//! `--schedule-url` and `--public-key` override it. No file and no options: no fleet, and
//! Loket behaves as a single machine.

use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;
use url::Url;

use super::endpoint;
use super::signature::TrustedKeys;
use crate::schedule::diagnostic::quoted;
use crate::schedule::lexer::Layout;
use crate::schedule::span::LineCol;

pub const FILE_NAME: &str = "fleet.ron";
pub const DEFAULT_POLL_MINUTES: u32 = 15;
pub const DEFAULT_TIMEOUT_SECONDS: u32 = 30;

/// The file as an administrator writes it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Fleet")]
struct FleetFile {
    url: String,
    public_key: String,
    /// During a key rotation: the key being replaced, still trusted.
    #[serde(default)]
    previous_public_key: Option<String>,
    #[serde(default = "default_poll")]
    poll_minutes: u32,
    #[serde(default = "default_timeout")]
    timeout_seconds: u32,
    #[serde(default)]
    ca_file: Option<PathBuf>,
    /// What the trusted comment of every signature must carry as `fleet:ID`.
    #[serde(default)]
    fleet_id: Option<String>,
    /// This machine's site for counts ("Centurion library"); and the shared folder for the
    /// daily counts files.
    #[serde(default)]
    site: Option<String>,
    #[serde(default)]
    report_dir: Option<PathBuf>,
}

fn default_poll() -> u32 {
    DEFAULT_POLL_MINUTES
}

fn default_timeout() -> u32 {
    DEFAULT_TIMEOUT_SECONDS
}

/// A checked fleet configuration.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Fleet {
    /// The published `schedule.ron`; its signature is this URL with `.minisig` added.
    pub url: Url,
    pub keys: TrustedKeys,
    pub poll: Duration,
    /// Connect, send and receive together may take at most this long.
    pub timeout: Duration,
    /// A private certificate authority (PEM) to trust instead of the public ones.
    pub ca_file: Option<PathBuf>,
    /// The `fleet.ron` it came from; `None` when given on the command line alone.
    pub file: Option<PathBuf>,
    /// Signatures must name this fleet in their trusted comment (`fleet:ID`).
    pub fleet_id: Option<String>,
    /// Counts: the site's name and the shared folder for daily files.
    pub site: Option<String>,
    pub report_dir: Option<PathBuf>,
}

impl Fleet {
    /// The host name shown to staff ("Schedule from intranet.tshwane.gov.za").
    pub fn host(&self) -> String {
        match (self.url.host_str(), self.url.port()) {
            (Some(host), Some(port)) => format!("{host}:{port}"),
            (Some(host), None) => host.to_owned(),
            _ => self.url.to_string(),
        }
    }
}

/// Command-line values that win over the file.
#[derive(Debug, Clone, Copy, Default)]
pub struct Overrides<'a> {
    pub url: Option<&'a str>,
    pub public_key: Option<&'a str>,
}

/// Why the fleet configuration cannot be used: the message names the file and, for syntax
/// errors, the line and column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError(pub String);

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ConfigError {}

/// `~/.config/loket/fleet.ron` on Linux.
pub fn user_file() -> Option<PathBuf> {
    crate::places::user_config_file().map(|p| p.with_file_name(FILE_NAME))
}

/// `/etc/loket/fleet.ron` on Linux (and the Windows and macOS equivalents).
pub fn system_file() -> PathBuf {
    crate::places::system_file().with_file_name(FILE_NAME)
}

/// The fleet this machine follows, from the usual places and the overrides; `Ok(None)`
/// when none is configured.
pub fn find(overrides: Overrides<'_>) -> Result<Option<Fleet>, ConfigError> {
    let places: Vec<PathBuf> = user_file().into_iter().chain([system_file()]).collect();
    find_in(&places, overrides)
}

/// [`find`], looking in `places` in order (the first existing file counts).
pub fn find_in(places: &[PathBuf], overrides: Overrides<'_>) -> Result<Option<Fleet>, ConfigError> {
    let found = places.iter().find(|p| p.is_file());
    let file = match found {
        Some(path) => Some((path, read_file(path)?)),
        None => None,
    };
    let place = |path: &PathBuf, text: String| Place {
        path: path.clone(),
        text,
    };
    match (file, overrides.url, overrides.public_key) {
        (None, None, None) => Ok(None),
        (None, Some(url), Some(key)) => {
            let file = FleetFile {
                url: url.to_owned(),
                public_key: key.to_owned(),
                previous_public_key: None,
                poll_minutes: DEFAULT_POLL_MINUTES,
                timeout_seconds: DEFAULT_TIMEOUT_SECONDS,
                ca_file: None,
                fleet_id: None,
                site: None,
                report_dir: None,
            };
            build(file, None, None).map(Some)
        }
        // A key alone is for `loket check FILE --public-key KEY`.
        (None, None, Some(_)) => Ok(None),
        (None, _, _) => Err(ConfigError(
            "--schedule-url and --public-key go together when there is no fleet.ron".to_owned(),
        )),
        (Some((path, (mut file, text))), url, key) => {
            // A value given on the command line has no place in the file.
            let mut place = Some(place(path, text));
            if let Some(url) = url {
                file.url = url.to_owned();
                place = None;
            }
            if let Some(key) = key {
                file.public_key = key.to_owned();
                file.previous_public_key = None;
                place = None;
            }
            build(file, Some(path), place.as_ref()).map(Some)
        }
    }
}

/// The file's text, to point at the value an error is about.
struct Place {
    path: PathBuf,
    text: String,
}

impl Place {
    /// `path:line:col` of the value of top-level `key`, or just the path.
    fn of(&self, key: &str) -> String {
        let name = self.path.display();
        match Layout::new(&self.text).top_value(key) {
            Some(offset) => format!("{name}:{}", LineCol::of_offset(&self.text, offset)),
            None => name.to_string(),
        }
    }
}

fn read_file(path: &Path) -> Result<(FleetFile, String), ConfigError> {
    let name = path.display();
    let text = std::fs::read_to_string(path)
        .map_err(|e| ConfigError(format!("{name}: cannot read it: {e}")))?;
    // Windows editors save with a byte-order mark; the schedule accepts one, so does this.
    let text = text
        .strip_prefix('\u{feff}')
        .map(str::to_owned)
        .unwrap_or(text);
    let file = ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str(&text)
        .map_err(|e| {
            ConfigError(format!(
                "{name}:{}:{}: error: {}",
                e.span.start.line,
                e.span.start.col,
                super::redact::text(&e.code.to_string())
            ))
        })?;
    Ok((file, text))
}

fn build(
    file: FleetFile,
    path: Option<&Path>,
    place: Option<&Place>,
) -> Result<Fleet, ConfigError> {
    let name = path.map_or_else(|| "command line".to_owned(), |p| p.display().to_string());
    let fail = |key: &str, message: String| {
        let at = place.map_or_else(|| name.clone(), |p| p.of(key));
        ConfigError(format!("{at}: error: {message}"))
    };
    let url = Url::parse(file.url.trim()).map_err(|e| {
        fail(
            "url",
            format!(
                "`url` {} is not a URL: {e}",
                quoted(&super::redact::text(&file.url))
            ),
        )
    })?;
    endpoint::allowed(&url).map_err(|e| fail("url", format!("`url`: {e}")))?;
    let keys = TrustedKeys::new([file.public_key.as_str()])
        .map_err(|e| fail("public_key", format!("`public_key`: {e}")))?;
    let keys = match &file.previous_public_key {
        None => keys,
        Some(previous) => TrustedKeys::new([file.public_key.as_str(), previous.as_str()])
            .map_err(|e| fail("previous_public_key", format!("`previous_public_key`: {e}")))?,
    };
    if file.poll_minutes == 0 {
        return Err(fail(
            "poll_minutes",
            "`poll_minutes` is 0; it must be at least 1".to_owned(),
        ));
    }
    if !(1..=300).contains(&file.timeout_seconds) {
        return Err(fail(
            "timeout_seconds",
            format!(
                "`timeout_seconds` is {}; it must be 1 to 300",
                file.timeout_seconds
            ),
        ));
    }
    // A relative CA file is next to fleet.ron, as administrators expect.
    let ca_file = file.ca_file.map(|ca| match path.and_then(Path::parent) {
        Some(dir) if ca.is_relative() => dir.join(ca),
        _ => ca,
    });
    if let Some(ca) = &ca_file {
        endpoint::load_ca(ca).map_err(|e| fail("ca_file", format!("`ca_file`: {e}")))?;
    }
    if let Some(id) = &file.fleet_id {
        let fine = !id.is_empty()
            && id.len() <= 64
            && id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
        if !fine {
            return Err(fail(
                "fleet_id",
                format!(
                    "`fleet_id` {} must be 1 to 64 letters, digits, '-', '_' or '.' (it is matched as fleet:ID in the signature's trusted comment)",
                    quoted(id)
                ),
            ));
        }
    }
    Ok(Fleet {
        url,
        keys,
        poll: Duration::from_secs(u64::from(file.poll_minutes) * 60),
        timeout: Duration::from_secs(u64::from(file.timeout_seconds)),
        ca_file,
        file: path.map(Path::to_owned),
        fleet_id: file.fleet_id,
        site: file
            .site
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty()),
        report_dir: file.report_dir,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "RWRTKHMjgAGhtTR89giiN5fGoIXLKjlgTRPctY/tWF1enUdy3XffH6M0";

    fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        path
    }

    #[test]
    fn none_configured_means_no_fleet() {
        let dir = tempfile::tempdir().unwrap();
        let places = [dir.path().join("user.ron"), dir.path().join("system.ron")];
        assert_eq!(find_in(&places, Overrides::default()), Ok(None));
        let half = Overrides {
            url: Some("https://example.org/schedule.ron"),
            public_key: None,
        };
        assert!(
            find_in(&places, half)
                .unwrap_err()
                .0
                .contains("go together")
        );
    }

    #[test]
    fn the_first_file_wins_and_options_override_it() {
        let dir = tempfile::tempdir().unwrap();
        let system = write(
            dir.path(),
            "system.ron",
            &format!(
                "Fleet(url: \"https://intranet.example/loket/schedule.ron\", public_key: \"{KEY}\", poll_minutes: 5)"
            ),
        );
        let places = [dir.path().join("user.ron"), system.clone()];
        let fleet = find_in(&places, Overrides::default()).unwrap().unwrap();
        assert_eq!(fleet.host(), "intranet.example");
        assert_eq!(fleet.poll, Duration::from_secs(300));
        assert_eq!(fleet.timeout, Duration::from_secs(30));
        // A relative CA file is looked for next to fleet.ron (here it is missing).
        std::fs::write(
            &system,
            format!("Fleet(url: \"https://intranet.example/s.ron\", public_key: \"{KEY}\", ca_file: \"ca.pem\")"),
        )
        .unwrap();
        let missing = find_in(&places, Overrides::default()).unwrap_err();
        let beside = dir.path().join("ca.pem").display().to_string();
        assert!(
            missing
                .0
                .contains(&format!("ca_file {beside}: cannot read it")),
            "{missing}"
        );
        std::fs::write(
            &system,
            format!("Fleet(url: \"https://intranet.example/loket/schedule.ron\", public_key: \"{KEY}\", poll_minutes: 5)"),
        )
        .unwrap();
        let overridden = Overrides {
            url: Some("http://127.0.0.1:8080/schedule.ron"),
            public_key: None,
        };
        let fleet = find_in(&places, overridden).unwrap().unwrap();
        assert_eq!(fleet.host(), "127.0.0.1:8080");
    }

    #[test]
    fn mistakes_are_named_with_file_line_and_column() {
        let dir = tempfile::tempdir().unwrap();
        let cases = [
            (
                format!(
                    "Fleet(\n  url: \"https://a.example/s.ron\",\n  public_key: \"{KEY}\",\n  pol_minutes: 5,\n)"
                ),
                ":4:3: error: Unexpected field named `pol_minutes`",
            ),
            (
                format!("Fleet(url: \"http://files.example/s.ron\", public_key: \"{KEY}\")"),
                ":1:12: error: `url`: http:// is only allowed for this machine (127.0.0.1, ::1, localhost); use https://",
            ),
            (
                format!(
                    "Fleet(url: \"https://a.example/s.ron\", public_key: \"{KEY}\", poll_minutes: 0)"
                ),
                ":1:125: error: `poll_minutes` is 0; it must be at least 1",
            ),
            (
                "Fleet(url: \"https://a.example/s.ron\", public_key: \"RWxyz\")".to_owned(),
                ":1:51: error: `public_key`: \"RWxyz\" is not a minisign public key",
            ),
            (
                "Fleet(url: \"not a url\", public_key: \"RWxyz\")".to_owned(),
                ":1:12: error: `url` \"not a url\" is not a URL",
            ),
            (
                format!(
                    "Fleet(\n  url: \"https://a.example/s.ron\",\n  public_key: \"{KEY}\",\n  ca_file: \"missing.pem\",\n)"
                ),
                ":4:12: error: `ca_file`: ca_file ",
            ),
            (
                format!(
                    "Fleet(url: \"https://a.example/s.ron\", public_key: \"{KEY}\", fleet_id: \"two words\")"
                ),
                ":1:121: error: `fleet_id` \"two words\" must be",
            ),
            (
                format!(
                    "Fleet(url: \"https://clerk:s3cret@ a.example/s.ron\", public_key: \"{KEY}\")"
                ),
                "clerk:***@",
            ),
            (
                // Long enough to be shortened when quoted: hidden before it is cut.
                format!(
                    "Fleet(url: \"https://schedule-reader:correct-horse-battery@files_example.org:99999/s.ron\", public_key: \"{KEY}\")"
                ),
                "schedule-reader:***@",
            ),
        ];
        for (text, expected) in cases {
            let path = write(dir.path(), "fleet.ron", &text);
            let error = find_in(std::slice::from_ref(&path), Overrides::default()).unwrap_err();
            assert!(error.0.starts_with(&path.display().to_string()), "{error}");
            assert!(error.0.contains(expected), "{error}\nwanted: {expected}");
        }
    }

    #[test]
    fn a_byte_order_mark_is_accepted_and_garbage_ca_is_named_at_its_place() {
        let dir = tempfile::tempdir().unwrap();
        let good =
            format!("\u{feff}Fleet(url: \"https://a.example/s.ron\", public_key: \"{KEY}\")");
        let path = write(dir.path(), "fleet.ron", &good);
        assert!(find_in(std::slice::from_ref(&path), Overrides::default()).is_ok());
        write(dir.path(), "ca.pem", "not a certificate");
        let garbage = format!(
            "Fleet(url: \"https://a.example/s.ron\", public_key: \"{KEY}\", ca_file: \"ca.pem\")"
        );
        let path = write(dir.path(), "fleet.ron", &garbage);
        let error = find_in(std::slice::from_ref(&path), Overrides::default()).unwrap_err();
        assert!(error.0.contains(":1:120: error: `ca_file`"), "{error}");
        assert!(error.0.contains("no PEM certificate"), "{error}");
    }
}
