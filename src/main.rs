#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

use std::process::ExitCode;

use clap::Parser;
use loket::cli::{self, Cli};

fn main() -> ExitCode {
    // Translation files first: `--lang` is checked against what they offer.
    loket::locale::install(loket::locale::Catalog::load(&loket::places::locale_dirs()));
    let args = Cli::parse();
    match &args.command {
        Some(command) => cli::run(&args, command),
        None => open_window(&args),
    }
}

#[cfg(feature = "gui")]
fn open_window(args: &Cli) -> ExitCode {
    use loket::source;
    use loket::ui::{self, prefs::Prefs};
    let _log_writer = init_logging();
    // A fleet.ron that cannot be used is logged and shown to staff; the window still
    // opens on the machine's own schedule, so residents are served meanwhile.
    let (search, fleet) = match args.search() {
        Ok((search, fleet)) => (
            search,
            fleet.map(|(fleet, cache)| {
                Ok(ui::fleet::Link {
                    fleet,
                    cache,
                    // A training or demo clock (--at) never changes what this machine
                    // believes about its fleet.
                    check: match args.at {
                        Some(_) => loket::fleet::check_pretending,
                        None => loket::fleet::check_now,
                    },
                })
            }),
        ),
        Err(error) => {
            tracing::error!(%error, "the fleet configuration cannot be used");
            (
                source::Search::new(args.schedule.as_deref()),
                Some(Err(error.to_string())),
            )
        }
    };
    // Following a fleet, the verified cache is the last good copy: an unsigned copy of it
    // must never stand in when the cache fails its signature.
    let last_good = match &fleet {
        Some(Ok(_)) => None,
        _ => source::last_good_file(),
    };
    // Counts for supervisors: the site from the settings or fleet.ron, else the host name.
    let prefs = Prefs::default_path()
        .map(|path| Prefs::load(&path))
        .unwrap_or_default();
    let fleet_config = match &fleet {
        Some(Ok(link)) => Some(&link.fleet),
        _ => None,
    };
    let config = loket::counts::Config::assemble(
        prefs.site.as_deref(),
        prefs.report_dir.as_deref(),
        prefs.keep_days,
        fleet_config,
    );
    let today = args
        .clock()
        .now()
        .with_timezone(&chrono_tz::Africa::Johannesburg)
        .date_naive();
    let counts = loket::counts::default_database()
        .map(|db| loket::counts::recorder::Recorder::start(db, config, today));
    ui::run(ui::Options {
        search,
        read: loket::live::read,
        clock: args.clock(),
        kiosk: args.kiosk,
        prefs_path: Prefs::default_path(),
        last_good,
        fleet,
        lang: args.lang,
        counts,
    })
}

#[cfg(not(feature = "gui"))]
fn open_window(_: &Cli) -> ExitCode {
    eprintln!(
        "loket: this build has no window (built without the `gui` feature); use check, status or holidays"
    );
    ExitCode::from(2)
}

#[cfg(feature = "gui")]
/// Logs to stderr and to a daily file in the data dir (`~/.local/share/loket/logs`, seven
/// days kept). `RUST_LOG` overrides the level (default: Loket's own info lines). The
/// returned guard flushes the file when dropped.
fn init_logging() -> Option<tracing_appender::non_blocking::WorkerGuard> {
    use tracing_subscriber::layer::SubscriberExt;
    use tracing_subscriber::util::SubscriberInitExt;
    use tracing_subscriber::{EnvFilter, Layer, fmt};

    let filter =
        || EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("loket=info,warn"));
    let stderr = fmt::layer()
        .with_writer(std::io::stderr)
        .with_filter(filter());
    let file = loket::source::data_dir().and_then(|dir| {
        // The appender lists the folder to prune old logs; on a first run it must exist.
        std::fs::create_dir_all(dir.join("logs")).ok()?;
        tracing_appender::rolling::Builder::new()
            .rotation(tracing_appender::rolling::Rotation::DAILY)
            .filename_prefix("loket")
            .filename_suffix("log")
            .max_log_files(7)
            .build(dir.join("logs"))
            .ok()
    });
    match file {
        Some(appender) => {
            let (writer, guard) = tracing_appender::non_blocking(appender);
            let file_layer = fmt::layer()
                .with_ansi(false)
                .with_writer(writer)
                .with_filter(filter());
            tracing_subscriber::registry()
                .with(stderr)
                .with(file_layer)
                .init();
            Some(guard)
        }
        None => {
            tracing_subscriber::registry().with(stderr).init();
            None
        }
    }
}
