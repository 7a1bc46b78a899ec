//! Fleets: many counters and kiosks follow one schedule that an administrator signs with
//! minisign and publishes on any web server. The server is not trusted, only the key:
//! [`update::check_now`] downloads, verifies and caches; the window and the command line
//! use the cached copy through the usual reload path.
//!
//! Nothing here knows about the window.

pub mod cache;
pub mod config;
pub mod endpoint;
pub mod http;
pub mod poll;
pub mod redact;
pub mod signature;
pub mod stale;
pub mod update;

pub use cache::Cache;
pub use config::Fleet;
pub use signature::TrustedKeys;
pub use update::{Outcome, check_now, check_pretending};
