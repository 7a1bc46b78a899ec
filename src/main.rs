use std::process::ExitCode;

use clap::Parser;
use loket::cli::{self, Cli};

fn main() -> ExitCode {
    let args = Cli::parse();
    match &args.command {
        Some(command) => cli::run(&args, command),
        None => {
            eprintln!(
                "loket: the window is not built yet; use `loket check`, `loket status` or `loket holidays`"
            );
            ExitCode::from(2)
        }
    }
}
