//! Loket: a counter and kiosk app for joining the City of Tshwane's virtual help sessions.
//!
//! The domain (`schedule`, `calendar`, `zoom`, `text`, `clock`) knows nothing of the window;
//! `ui` draws it and `cli` prints it.

pub mod atomic_file;
pub mod calendar;
pub mod cli;
pub mod clock;
pub mod counts;
pub mod describe;
pub mod fleet;
pub mod fonts;
pub mod holidays;
pub mod i18n;
pub mod live;
pub mod locale;
pub mod opener;
pub mod phone;
pub mod places;
pub mod schedule;
pub mod slip;
pub mod source;
pub mod speech;
pub mod text;
#[cfg(feature = "gui")]
pub mod ui;
pub mod watch;
pub mod zoom;
