use std::process::ExitCode;

use clap::Parser;
use loket::cli::{self, Cli};
use loket::source;
use loket::ui::{self, prefs::Prefs};

fn main() -> ExitCode {
    let args = Cli::parse();
    match &args.command {
        Some(command) => cli::run(&args, command),
        None => {
            init_logging();
            ui::run(ui::Options {
                source: source::locate(args.schedule.as_deref()),
                clock: args.clock(),
                kiosk: args.kiosk,
                prefs_path: Prefs::default_path(),
            })
        }
    }
}

/// Logs to stderr; `RUST_LOG` overrides the level (default: Loket's own info lines).
fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("loket=info,warn"));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .init();
}
