//! Sending a slip's PDF to a printer the way Linux desktops print: through CUPS (`lp`,
//! with `lpstat` to tell a stopped queue or a missing default printer apart). Every step has
//! a deadline, so a hung print system never hangs the window (which calls this off its
//! thread). On Windows the PDF goes to the shell's print verb.

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Why a slip was not printed, in words staff can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PrintError {
    /// No printer named and the system has no default one.
    NoPrinter,
    /// The queue exists but is stopped (disabled) or refuses jobs.
    Stopped(String),
    /// CUPS does not know the queue.
    Unknown(String),
    /// The print system is not installed or did not answer.
    Unavailable(String),
    /// `lp` refused the job: its own words.
    Refused(String),
}

impl std::fmt::Display for PrintError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PrintError::NoPrinter => f.write_str(
                "no printer is set up: name one in the schedule's `print: (printer: …)` or set a default printer",
            ),
            PrintError::Stopped(name) => write!(
                f,
                "the printer {name} is stopped; start it again (cupsenable {name}) or ask IT"
            ),
            PrintError::Unknown(name) => write!(f, "there is no printer called {name}"),
            PrintError::Unavailable(why) => write!(f, "the printing system is not available ({why})"),
            PrintError::Refused(why) => write!(f, "the printer refused the slip ({why})"),
        }
    }
}

/// How long any one step may take.
const DEADLINE: Duration = Duration::from_secs(15);

/// Prints the slip on `printer` (or the default one), on paper of its own size; the
/// queue's name on success.
pub fn print(
    slip: &super::pdf::Rendered,
    printer: Option<&str>,
    title: &str,
) -> Result<String, PrintError> {
    let pdf = &slip.bytes;
    if cfg!(windows) {
        return print_on_windows(pdf, title);
    }
    let queue = match printer {
        Some(name) => name.to_owned(),
        None => default_printer()?,
    };
    check_queue(&queue)?;
    // The page's own size: A4, or a receipt roll cut at the slip's length.
    let media = format!(
        "media=Custom.{:.0}x{:.0}mm",
        slip.width_mm.round(),
        slip.height_mm.ceil()
    );
    let mut lp = Command::new("lp");
    lp.args(["-d", &queue, "-t", title, "-o", &media, "-"]);
    let out = run(lp, Some(pdf))?;
    if out.0 {
        Ok(queue)
    } else {
        Err(PrintError::Refused(out.1.trim().to_owned()))
    }
}

/// The system's default queue (`lpstat -d`).
fn default_printer() -> Result<String, PrintError> {
    let mut lpstat = Command::new("lpstat");
    lpstat.arg("-d");
    let (_, text) = run(lpstat, None)?;
    // "system default destination: NAME", or "no system default destination".
    text.lines()
        .find_map(|line| line.split_once("system default destination:"))
        .map(|(_, name)| name.trim().to_owned())
        .filter(|name| !name.is_empty())
        .ok_or(PrintError::NoPrinter)
}

/// Refuses a queue that is unknown, stopped or rejecting jobs (`lpstat -p` and `-a`): CUPS
/// would accept the job and hold it, and the resident would wait at a silent printer.
fn check_queue(queue: &str) -> Result<(), PrintError> {
    let mut state = Command::new("lpstat");
    state.args(["-p", queue]);
    let (ok, text) = run(state, None)?;
    if !ok || text.contains("Invalid destination") || text.contains("does not exist") {
        return Err(PrintError::Unknown(queue.to_owned()));
    }
    if text.contains("disabled") {
        return Err(PrintError::Stopped(queue.to_owned()));
    }
    let mut accepting = Command::new("lpstat");
    accepting.args(["-a", queue]);
    let (_, text) = run(accepting, None)?;
    if text.contains("not accepting") {
        return Err(PrintError::Stopped(queue.to_owned()));
    }
    Ok(())
}

/// Runs `command` with `input` on its stdin, within the deadline: (success, stdout and
/// stderr).
fn run(mut command: Command, input: Option<&[u8]>) -> Result<(bool, String), PrintError> {
    let program = command.get_program().to_string_lossy().into_owned();
    // The messages CUPS prints are parsed: in English whatever the machine's language.
    command
        .env("LC_ALL", "C")
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().map_err(|error| {
        PrintError::Unavailable(match error.kind() {
            std::io::ErrorKind::NotFound => format!("{program} is not installed"),
            _ => error.to_string(),
        })
    })?;
    if let (Some(bytes), Some(mut stdin)) = (input, child.stdin.take()) {
        // A printer system that stops reading must not block: the write happens on a thread
        // the deadline below outlives.
        let bytes = bytes.to_vec();
        std::thread::spawn(move || {
            let _ = stdin.write_all(&bytes);
        });
    }
    let started = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(status)) => {
                let out = child
                    .wait_with_output()
                    .map_err(|e| PrintError::Unavailable(e.to_string()))?;
                let text = format!(
                    "{}{}",
                    String::from_utf8_lossy(&out.stdout),
                    String::from_utf8_lossy(&out.stderr)
                );
                return Ok((status.success(), text));
            }
            Ok(None) if started.elapsed() > DEADLINE => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(PrintError::Unavailable(format!(
                    "{program} did not answer within {} s",
                    DEADLINE.as_secs()
                )));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(50)),
            Err(error) => return Err(PrintError::Unavailable(error.to_string())),
        }
    }
}

/// Windows: the PDF to a file in the temp folder and the shell's print verb on it (the
/// PDF reader prints it to the default printer). Not exercised under Wine here.
fn print_on_windows(pdf: &[u8], title: &str) -> Result<String, PrintError> {
    let dir = std::env::temp_dir().join("Loket");
    std::fs::create_dir_all(&dir).map_err(|e| PrintError::Unavailable(e.to_string()))?;
    let safe: String = title
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let path = dir.join(format!("{safe}.pdf"));
    std::fs::write(&path, pdf).map_err(|e| PrintError::Unavailable(e.to_string()))?;
    let mut shell = Command::new("powershell");
    shell.args([
        "-NoProfile",
        "-Command",
        "Start-Process",
        "-Verb",
        "Print",
        "-FilePath",
    ]);
    shell.arg(&path);
    let (ok, text) = run(shell, None)?;
    if ok {
        Ok("the default printer".to_owned())
    } else {
        Err(PrintError::Refused(text.trim().to_owned()))
    }
}
