//! `loket fetch`: one check of the fleet's published schedule, as cron or an administrator
//! would run it. One line out; the exit status says what happened.

use std::process::ExitCode;

use super::{Cli, EXIT_INVALID, EXIT_UNREADABLE};
use crate::fleet::{self, Outcome};

pub fn run(cli: &Cli) -> ExitCode {
    let configured = match cli.search() {
        Ok((_, fleet)) => fleet,
        Err(error) => {
            outln!("not configured: {error}");
            return ExitCode::from(EXIT_UNREADABLE);
        }
    };
    let Some((fleet, cache)) = configured else {
        outln!(
            "not configured: no fleet.ron in {} or {}, and no --schedule-url with --public-key",
            fleet::config::user_file()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
            fleet::config::system_file().display()
        );
        return ExitCode::from(EXIT_UNREADABLE);
    };
    // `--at` decides expiry at that instant, but a pretend time is never saved as when
    // this machine last checked or verified its fleet.
    let outcome = match cli.at {
        Some(at) => fleet::check_pretending(&fleet, &cache, at),
        None => fleet::check_now(&fleet, &cache, cli.instant()),
    };
    outln!("{outcome} ({})", fleet::redact::url(&fleet.url));
    match outcome {
        Outcome::Updated { .. } | Outcome::Unchanged { .. } => ExitCode::SUCCESS,
        Outcome::Rejected(_) => ExitCode::from(EXIT_INVALID),
        Outcome::Unreachable(_) => ExitCode::from(EXIT_UNREADABLE),
    }
}
