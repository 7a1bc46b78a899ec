//! Time logic: public holidays and the open/closed status. Pure functions of a schedule and
//! an instant; nothing here reads the clock.

/// Public holidays live in their own module (the schedule holds a calendar of them, and the
/// status needs them); kept nameable here as `calendar::holidays`.
pub use crate::holidays;
pub mod status;

pub use status::{ClosedReason, Status, overall_of, overall_status, status, statuses};
