//! The schedule file: its format, how it is parsed with positions, and how it is checked.

pub mod check;
pub mod diagnostic;
pub mod file;
pub mod lexer;
pub mod model;
pub mod span;

pub use check::{Checked, MAX_FILE_BYTES, MAX_SERIAL, check_bytes, check_str};
pub use diagnostic::{Diagnostic, Severity};
pub use model::{
    Category, DialInNumber, Help, Host, Kiosk, Override, Paper, Phone, Print, Programme, Rule,
    Schedule, TimeRange, Week,
};

/// The schedule that ships with Loket, built into the binary.
pub const BUNDLED: &str = include_str!("../../schedule.ron");
