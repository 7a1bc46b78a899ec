//! Time logic: public holidays and the open/closed status. Pure functions of a schedule and
//! an instant; nothing here reads the clock.

pub mod holidays;
pub mod status;

pub use status::{ClosedReason, Status, overall_of, overall_status, status, statuses};
