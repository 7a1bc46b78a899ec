//! One careful HTTP GET: HTTPS only (plain HTTP to this machine alone, for tests), timeouts
//! on connecting and on the whole transfer, a size cap, conditional requests, proxies from
//! the usual environment variables, and redirects followed by hand so every hop passes the
//! same rules before anything is sent to it.

use std::fmt;
use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use ureq::tls::{PemItem, RootCerts, TlsConfig};
use url::{Host, Url};

use super::config::Fleet;

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

/// HTTPS anywhere; HTTP only to a loopback host (tests and a local mirror). Nothing is sent
/// to a URL that fails this.
pub fn allowed(url: &Url) -> Result<(), String> {
    match url.scheme() {
        "https" => Ok(()),
        "http" if is_loopback(url) => Ok(()),
        "http" => Err(
            "http:// is only allowed for this machine (127.0.0.1, ::1, localhost); use https://"
                .to_owned(),
        ),
        other => Err(format!("{other}:// is not a web address; use https://")),
    }
}

fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        Some(Host::Domain(name)) => name.eq_ignore_ascii_case("localhost"),
        None => false,
    }
}

/// An HTTP client for one fleet: its CA, its timeout, the environment's proxy.
pub struct Client {
    direct: ureq::Agent,
    proxied: ureq::Agent,
}

impl Client {
    pub fn new(fleet: &Fleet) -> Result<Client, HttpError> {
        let tls = match &fleet.ca_file {
            None => TlsConfig::default(),
            Some(path) => TlsConfig::builder()
                .root_certs(RootCerts::Specific(Arc::new(load_ca(path)?)))
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
        Ok(Client {
            direct: agent(None),
            proxied: agent(ureq::Proxy::try_from_env()),
        })
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
            let agent = if is_loopback(&url) {
                &self.direct
            } else {
                &self.proxied
            };
            let mut request = agent.get(url.as_str());
            if let Some(etag) = validators.etag {
                request = request.header("If-None-Match", etag);
            }
            if let Some(date) = validators.last_modified {
                request = request.header("If-Modified-Since", date);
            }
            let mut response = request.call().map_err(|e| unreachable(&url, e))?;
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
                                "{url} is larger than {}",
                                describe_size(limit)
                            )),
                            other => unreachable(&url, other),
                        })?;
                    return Ok(Answer::Body {
                        bytes,
                        etag,
                        last_modified,
                    });
                }
                301 | 302 | 303 | 307 | 308 => {
                    let location = header("location").ok_or_else(|| {
                        HttpError::Refused(format!("{url} redirects without a Location"))
                    })?;
                    let next = url.join(&location).map_err(|e| {
                        HttpError::Refused(format!("{url} redirects to a bad address: {e}"))
                    })?;
                    if next.scheme() != "https" {
                        return Err(HttpError::Refused(format!(
                            "{url} redirects to {next}: only redirects to https:// are followed"
                        )));
                    }
                    tracing::info!(from = %url, to = %next, hop = hop + 1, "following a redirect");
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
        ureq::Error::Timeout(_) => "no answer in time".to_owned(),
        ureq::Error::HostNotFound => "host not found".to_owned(),
        ureq::Error::ConnectionFailed => "connection failed".to_owned(),
        ureq::Error::Io(error) => error.to_string(),
        other => other.to_string(),
    };
    HttpError::Unreachable(format!("{url}: {why}"))
}

fn load_ca(path: &std::path::Path) -> Result<Vec<ureq::tls::Certificate<'static>>, HttpError> {
    let bytes = std::fs::read(path).map_err(|e| {
        HttpError::Unreachable(format!("ca_file {}: cannot read it: {e}", path.display()))
    })?;
    let certificates: Vec<_> = ureq::tls::parse_pem(&bytes)
        .filter_map(|item| match item {
            Ok(PemItem::Certificate(certificate)) => Some(certificate),
            _ => None,
        })
        .collect();
    if certificates.is_empty() {
        return Err(HttpError::Unreachable(format!(
            "ca_file {}: no PEM certificate in it",
            path.display()
        )));
    }
    Ok(certificates)
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
}
