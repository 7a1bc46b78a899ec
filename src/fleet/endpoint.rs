//! What a fleet's server must be, checked when `fleet.ron` is read and again before any
//! request: its address (HTTPS, or HTTP to this machine only) and the extra CA it may name.
//! Apart from the HTTP client, so reading the configuration does not need the client.

use std::net::IpAddr;

use ureq::tls::PemItem;
use url::{Host, Url};

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

pub fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        Some(Host::Domain(name)) => name.eq_ignore_ascii_case("localhost"),
        None => false,
    }
}

/// The certificates of a PEM file (`ca_file`); the error says what is wrong with it.
pub fn load_ca(path: &std::path::Path) -> Result<Vec<ureq::tls::Certificate<'static>>, String> {
    let bytes = std::fs::read(path)
        .map_err(|e| format!("ca_file {}: cannot read it: {e}", path.display()))?;
    let certificates: Vec<_> = ureq::tls::parse_pem(&bytes)
        .filter_map(|item| match item {
            Ok(PemItem::Certificate(certificate)) => Some(certificate),
            _ => None,
        })
        .collect();
    if certificates.is_empty() {
        return Err(format!(
            "ca_file {}: no PEM certificate in it",
            path.display()
        ));
    }
    Ok(certificates)
}
