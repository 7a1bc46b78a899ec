//! Hands links to the operating system. Takes only a [`SafeUrl`], which only `zoom.rs`
//! builds from validated parts.

use std::time::Duration;

use crate::zoom::SafeUrl;

/// How long a launcher (xdg-open, gio…) may take to fail before we call it a success.
const LAUNCH_CHECK: Duration = Duration::from_secs(2);

/// Opens `url` with the system's handler. Blocks up to a few seconds to learn whether a
/// launcher failed (no Zoom app registered for `zoommtg:`, no browser): call it off the UI
/// thread. A launcher that reports success may still fail later; that cannot be seen.
pub fn open(url: &SafeUrl) -> Result<(), String> {
    open::that_detached_with_timeout(url.as_str(), LAUNCH_CHECK).map_err(|e| e.to_string())
}
