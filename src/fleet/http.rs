//! One careful HTTP GET: HTTPS only (plain HTTP to this machine alone, for tests), timeouts
//! on connecting and on the whole transfer, a size cap, conditional requests, proxies from
//! the usual environment variables, and redirects followed by hand so every hop passes the
//! same rules before anything is sent to it.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, Instant};

use ureq::tls::{RootCerts, TlsConfig};
use url::Url;

use super::config::Fleet;
pub use super::endpoint::{allowed, is_loopback, load_ca};

/// At most this many redirects, as browsers' "a few hops".
pub const MAX_REDIRECTS: usize = 5;
/// Connecting alone may take at most this long (less when the whole timeout is shorter).
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// What the server's answer means for the fetch.
#[derive(Debug)]
pub enum Answer {
    /// 304: the copy we have is current.
    NotModified,
    /// 200 with the body (within the cap) and the validators to send next time.
    Body {
        bytes: Vec<u8>,
        etag: Option<String>,
        last_modified: Option<String>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HttpError {
    /// No answer: DNS, connection refused, TLS failure, a timeout. Try again later.
    Unreachable(String),
    /// The server answered with an error status (404, 500…).
    Status(u16),
    /// The server answered with something Loket will not take: too large, a redirect to
    /// plain HTTP or too many hops.
    Refused(String),
}

impl fmt::Display for HttpError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HttpError::Unreachable(why) | HttpError::Refused(why) => f.write_str(why),
            HttpError::Status(code) => write!(f, "the server answered HTTP {code}"),
        }
    }
}

/// Validators from the last good download, for a conditional request.
#[derive(Debug, Clone, Copy, Default)]
pub struct Validators<'a> {
    pub etag: Option<&'a str>,
    pub last_modified: Option<&'a str>,
}

/// An HTTP client for one check of one fleet: its CA, the check's deadline, the
/// environment's proxy.
pub struct Client {
    direct: ureq::Agent,
    proxied: ureq::Agent,
    no_proxy: Vec<String>,
    /// Why the environment's proxy cannot be used, if it cannot.
    proxy_error: Option<String>,
    deadline: Instant,
    /// The fleet's `timeout_seconds`, for the message when the deadline passes.
    timeout: Duration,
}

impl Client {
    /// Every request made with this client, redirects included, ends by `deadline`.
    pub fn new(fleet: &Fleet, deadline: Instant) -> Result<Client, HttpError> {
        let tls = match &fleet.ca_file {
            // Windows: the machine's certificate store (a City's CA comes by group policy).
            None if cfg!(windows) => TlsConfig::builder()
                .root_certs(RootCerts::PlatformVerifier)
                .build(),
            None => TlsConfig::default(),
            Some(path) => TlsConfig::builder()
                .root_certs(RootCerts::Specific(Arc::new(
                    load_ca(path).map_err(HttpError::Unreachable)?,
                )))
                .build(),
        };
        let agent = |proxy: Option<ureq::Proxy>| {
            ureq::Agent::config_builder()
                .http_status_as_error(false)
                .max_redirects(0)
                .timeout_global(Some(fleet.timeout))
                .timeout_connect(Some(CONNECT_TIMEOUT.min(fleet.timeout)))
                .proxy(proxy)
                .tls_config(tls.clone())
                .user_agent(concat!("loket/", env!("CARGO_PKG_VERSION")))
                .build()
                .new_agent()
        };
        // A proxy Loket cannot use matters only for a request that would go through it.
        let (proxy, proxy_error) = match proxy_from_env(|name| std::env::var(name).ok()) {
            Ok(proxy) => (proxy, None),
            Err(error) => (None, Some(error)),
        };
        Ok(Client {
            direct: agent(None),
            proxied: agent(proxy),
            proxy_error,
            no_proxy: no_proxy_from_env(),
            deadline,
            timeout: fleet.timeout,
        })
    }

    /// A failed call: past the check's deadline, or unreachable for another reason.
    fn failed(&self, url: &Url, error: ureq::Error) -> HttpError {
        match error {
            ureq::Error::Timeout(_) => self.out_of_time(url),
            other => unreachable(url, other),
        }
    }

    fn out_of_time(&self, url: &Url) -> HttpError {
        HttpError::Unreachable(format!(
            "{}: no answer within {} s (timeout_seconds)",
            super::redact::url(url),
            self.timeout.as_secs()
        ))
    }

    /// GETs `url`, following redirects that pass [`allowed`] and lead to HTTPS, and reads
    /// at most `limit` bytes of the body.
    pub fn get(
        &self,
        url: &Url,
        validators: Validators<'_>,
        limit: u64,
    ) -> Result<Answer, HttpError> {
        let mut url = url.clone();
        for hop in 0..=MAX_REDIRECTS {
            allowed(&url).map_err(HttpError::Refused)?;
            // A proxy cannot reach this machine's own loopback address.
            let agent = if is_loopback(&url) || bypasses_proxy(&url, &self.no_proxy) {
                &self.direct
            } else if let Some(error) = &self.proxy_error {
                return Err(HttpError::Unreachable(error.clone()));
            } else {
                &self.proxied
            };
            let remaining = self.deadline.saturating_duration_since(Instant::now());
            if remaining.is_zero() {
                return Err(self.out_of_time(&url));
            }
            let mut request = agent
                .get(url.as_str())
                .config()
                .timeout_global(Some(remaining))
                .timeout_connect(Some(CONNECT_TIMEOUT.min(remaining)))
                .build();
            if let Some(etag) = validators.etag {
                request = request.header("If-None-Match", etag);
            }
            if let Some(date) = validators.last_modified {
                request = request.header("If-Modified-Since", date);
            }
            let mut response = request.call().map_err(|e| self.failed(&url, e))?;
            let status = response.status().as_u16();
            let header = |name: &str| {
                response
                    .headers()
                    .get(name)
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_owned)
            };
            match status {
                304 => return Ok(Answer::NotModified),
                200 => {
                    let etag = header("etag");
                    let last_modified = header("last-modified");
                    let bytes = response
                        .body_mut()
                        .with_config()
                        .limit(limit)
                        .read_to_vec()
                        .map_err(|e| match e {
                            ureq::Error::BodyExceedsLimit(_) => HttpError::Refused(format!(
                                "{} is larger than {}",
                                super::redact::url(&url),
                                describe_size(limit)
                            )),
                            other => self.failed(&url, other),
                        })?;
                    return Ok(Answer::Body {
                        bytes,
                        etag,
                        last_modified,
                    });
                }
                301 | 302 | 303 | 307 | 308 => {
                    let location = header("location").ok_or_else(|| {
                        HttpError::Refused(format!(
                            "{} redirects without a Location",
                            super::redact::url(&url)
                        ))
                    })?;
                    let next = url.join(&location).map_err(|e| {
                        HttpError::Refused(format!(
                            "{} redirects to a bad address: {e}",
                            super::redact::url(&url)
                        ))
                    })?;
                    if next.scheme() != "https" {
                        return Err(HttpError::Refused(format!(
                            "{} redirects to {}: only redirects to https:// are followed",
                            super::redact::url(&url),
                            super::redact::url(&next)
                        )));
                    }
                    tracing::info!(
                        from = %super::redact::url(&url),
                        to = %super::redact::url(&next),
                        hop = hop + 1,
                        "following a redirect"
                    );
                    url = next;
                }
                other => return Err(HttpError::Status(other)),
            }
        }
        Err(HttpError::Refused(format!(
            "more than {MAX_REDIRECTS} redirects"
        )))
    }
}

fn unreachable(url: &Url, error: ureq::Error) -> HttpError {
    let why = match error {
        ureq::Error::HostNotFound => "host not found".to_owned(),
        ureq::Error::ConnectionFailed => "connection failed".to_owned(),
        ureq::Error::Io(error) => error.to_string(),
        other => other.to_string(),
    };
    HttpError::Unreachable(format!("{}: {why}", super::redact::url(url)))
}

/// The proxy named by the usual variables (`HTTPS_PROXY`, `ALL_PROXY`, `HTTP_PROXY`, upper
/// or lower case, the first one set counts). One Loket cannot use (SOCKS, or not a URL)
/// is an error that names it, never silently ignored: the check would otherwise try to go
/// straight out where only the proxy may.
pub fn proxy_from_env(var: impl Fn(&str) -> Option<String>) -> Result<Option<ureq::Proxy>, String> {
    // As curl reads them for an https:// address: the HTTPS proxy first, ALL_PROXY after
    // it; HTTP_PROXY last, for setups that name only that one.
    const NAMES: [&str; 6] = [
        "HTTPS_PROXY",
        "https_proxy",
        "ALL_PROXY",
        "all_proxy",
        "HTTP_PROXY",
        "http_proxy",
    ];
    let Some((name, value)) = NAMES.iter().find_map(|name| {
        var(name)
            .filter(|v| !v.trim().is_empty())
            .map(|v| (*name, v))
    }) else {
        return Ok(None);
    };
    let shown = super::redact::text(&value);
    let scheme = value.split_once("://").map(|(s, _)| s.to_ascii_lowercase());
    if let Some(scheme) = scheme.as_deref().filter(|s| *s != "http" && *s != "https") {
        return Err(format!(
            "the proxy in {name} ({shown}) is a {scheme}:// proxy; Loket uses http:// or https:// proxies only"
        ));
    }
    ureq::Proxy::new(&value)
        .map(Some)
        .map_err(|e| format!("the proxy in {name} ({shown}) cannot be used: {e}"))
}

/// `NO_PROXY` / `no_proxy`: host names and domains to reach without the proxy.
fn no_proxy_from_env() -> Vec<String> {
    ["NO_PROXY", "no_proxy"]
        .iter()
        .find_map(|name| std::env::var(name).ok())
        .map(|value| parse_no_proxy(&value))
        .unwrap_or_default()
}

fn parse_no_proxy(value: &str) -> Vec<String> {
    value
        .split(',')
        .map(|entry| {
            entry
                .trim()
                .trim_start_matches("*.")
                .trim_start_matches('.')
        })
        // A port goes ("host:8080", "[::1]:8080"); an IPv6 address keeps its colons.
        .map(|entry| match entry.strip_prefix('[') {
            Some(bracketed) => bracketed.split(']').next().unwrap_or(bracketed),
            None if entry.matches(':').count() > 1 => entry,
            None => entry.split(':').next().unwrap_or(entry),
        })
        .filter(|entry| !entry.is_empty())
        .map(str::to_ascii_lowercase)
        .collect()
}

/// Whether `url`'s host is covered by a `NO_PROXY` entry. As curl and most tools do, a
/// domain covers its subdomains (`example.org` covers `files.example.org`); `*` covers all.
fn bypasses_proxy(url: &Url, no_proxy: &[String]) -> bool {
    let Some(host) = url.host_str() else {
        return false;
    };
    let host = host
        .trim_start_matches('[')
        .trim_end_matches(']')
        .to_ascii_lowercase();
    no_proxy.iter().any(|entry| {
        entry == "*"
            || host == *entry
            || host
                .strip_suffix(entry.as_str())
                .is_some_and(|rest| rest.ends_with('.'))
    })
}

fn describe_size(bytes: u64) -> String {
    if bytes >= 1024 * 1024 && bytes.is_multiple_of(1024 * 1024) {
        format!("{} MiB", bytes / (1024 * 1024))
    } else {
        format!("{} KiB", bytes / 1024)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_https_or_loopback_http_is_allowed() {
        let ok = [
            "https://files.example/schedule.ron",
            "http://127.0.0.1:8080/schedule.ron",
            "http://127.1.2.3/schedule.ron",
            "http://[::1]:8080/schedule.ron",
            "http://localhost/schedule.ron",
        ];
        for url in ok {
            assert_eq!(allowed(&Url::parse(url).unwrap()), Ok(()), "{url}");
        }
        let refused = [
            "http://files.example/schedule.ron",
            "http://10.0.0.1/schedule.ron",
            "http://localhost.example.org/schedule.ron",
            "http://[::ffff:10.0.0.1]/schedule.ron",
            "file:///etc/loket/schedule.ron",
            "ftp://files.example/schedule.ron",
        ];
        for url in refused {
            assert!(allowed(&Url::parse(url).unwrap()).is_err(), "{url}");
        }
    }

    #[test]
    fn sizes_read_as_people_say_them() {
        assert_eq!(describe_size(1024 * 1024), "1 MiB");
        assert_eq!(describe_size(16 * 1024), "16 KiB");
    }

    #[test]
    fn a_proxy_loket_cannot_use_is_named_not_ignored() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| (*v).to_owned())
            }
        };
        assert!(proxy_from_env(env(&[])).unwrap().is_none());
        assert!(
            proxy_from_env(env(&[("HTTPS_PROXY", "http://127.0.0.1:3128")]))
                .unwrap()
                .is_some()
        );
        let socks =
            proxy_from_env(env(&[("HTTPS_PROXY", "socks5://u:pw@127.0.0.1:1080")])).unwrap_err();
        assert!(socks.contains("HTTPS_PROXY"), "{socks}");
        assert!(socks.contains("socks5:// proxy"), "{socks}");
        assert!(!socks.contains("pw"), "{socks}");
        // GNOME's manual proxy: an HTTPS proxy and a SOCKS one; the HTTPS one serves.
        assert!(
            proxy_from_env(env(&[
                ("https_proxy", "http://127.0.0.1:3128"),
                ("all_proxy", "socks://127.0.0.1:1080"),
            ]))
            .unwrap()
            .is_some()
        );
        let broken = proxy_from_env(env(&[("https_proxy", "http://[::1")])).unwrap_err();
        assert!(broken.contains("https_proxy"), "{broken}");
    }

    #[test]
    fn no_proxy_covers_subdomains_as_curl_does() {
        let entries =
            parse_no_proxy("example.invalid, .corp.local,10.0.0.1:8080,fe80::1,[fd00::2]:443");
        let covered = |url: &str| bypasses_proxy(&Url::parse(url).unwrap(), &entries);
        assert!(covered("https://example.invalid/s.ron"));
        assert!(covered("https://sub.example.invalid/s.ron"));
        assert!(covered("https://files.corp.local/s.ron"));
        assert!(covered("https://10.0.0.1/s.ron"));
        assert!(covered("https://[fe80::1]/s.ron"));
        assert!(covered("https://[fd00::2]/s.ron"));
        assert!(!covered("https://notexample.invalid/s.ron"));
        assert!(!covered("https://example.org/s.ron"));
        assert!(bypasses_proxy(
            &Url::parse("https://any.example/").unwrap(),
            &parse_no_proxy("*")
        ));
    }
}
