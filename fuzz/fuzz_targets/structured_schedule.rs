//! Structure-aware: the input picks a schedule and how every piece of it is written (plain,
//! escaped and raw strings, `//`, `/* */` and nested comments, CRLF or CR line endings,
//! non-ASCII letters everywhere) and, maybe, one value to break. The checker must never
//! panic; a good schedule must come back with exactly the values written; a broken value
//! must be reported at exactly the line and column where it was written.
#![no_main]

use arbitrary::{Arbitrary, Unstructured};
use libfuzzer_sys::fuzz_target;
use loket::schedule::{self, span::LineCol};

/// Non-ASCII text to put in comments and names.
const WORDS: [&str; 6] = ["café", "Tshwane", "môre", "ŉ", "日本", "Ωμέγα"];

#[derive(Debug, Clone, Copy, Arbitrary)]
enum Ending {
    Lf,
    CrLf,
    Cr,
}

impl Ending {
    fn text(self) -> &'static str {
        match self {
            Ending::Lf => "\n",
            Ending::CrLf => "\r\n",
            Ending::Cr => "\r",
        }
    }
}

/// Writes RON, choosing the look of every gap and every string from the fuzzer's bytes,
/// and remembers where each value went.
struct Writer<'u, 'a> {
    out: String,
    ending: Ending,
    bytes: &'u mut Unstructured<'a>,
}

impl Writer<'_, '_> {
    fn choice(&mut self, n: u32) -> u32 {
        self.bytes.int_in_range(0..=n.saturating_sub(1)).unwrap_or(0)
    }

    fn word(&mut self) -> &'static str {
        WORDS[self.choice(WORDS.len() as u32) as usize]
    }

    /// Whitespace and comments between two tokens.
    fn gap(&mut self) {
        match self.choice(6) {
            0 => self.out.push(' '),
            1 => self.out.push_str(self.ending.text()),
            2 => {
                let word = self.word();
                self.out.push_str(&format!(" /* {word} */ "));
            }
            3 => {
                let (a, b) = (self.word(), self.word());
                self.out.push_str(&format!("/* {a} /* {b} */ \"*/ "));
            }
            // A line comment runs to \n: with CR-only endings it would swallow the rest.
            4 if !matches!(self.ending, Ending::Cr) => {
                let word = self.word();
                self.out.push_str(&format!("// {word} \"/*{}", self.ending.text()));
            }
            _ => {}
        }
    }

    fn token(&mut self, text: &str) {
        self.gap();
        self.out.push_str(text);
    }

    /// Writes `value` as a string in a style the input picks; returns its offset.
    fn string(&mut self, value: &str) -> usize {
        self.gap();
        let at = self.out.len();
        match self.choice(4) {
            0 => {
                self.out.push('"');
                for c in value.chars() {
                    match c {
                        '"' => self.out.push_str("\\\""),
                        '\\' => self.out.push_str("\\\\"),
                        c => self.out.push(c),
                    }
                }
                self.out.push('"');
            }
            1 => {
                self.out.push('"');
                for c in value.chars() {
                    self.out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
                }
                self.out.push('"');
            }
            _ => {
                let hashes = "#".repeat(1 + self.choice(3) as usize);
                let closing = format!("\"{hashes}");
                if value.contains(&closing) {
                    // Not writable raw with this many hashes: escape instead.
                    self.out.push_str(&format!("{value:?}"));
                } else {
                    self.out.push_str(&format!("r{hashes}\"{value}\"{hashes}"));
                }
            }
        }
        at
    }

    fn field(&mut self, key: &str) {
        self.token(key);
        self.token(":");
    }
}

/// The values written in order, and where the one written broken went.
struct Values {
    written: Vec<String>,
    break_at: Option<usize>,
    broken: Option<usize>,
}

impl Values {
    /// Writes `value`, or `bad` in its place when this is the value to break.
    fn next(&mut self, w: &mut Writer<'_, '_>, value: String, bad: &str) {
        let write_bad = self.break_at == Some(self.written.len());
        let at = w.string(if write_bad { bad } else { &value });
        if write_bad {
            self.broken = Some(at);
        }
        self.written.push(value);
    }
}

#[derive(Debug, Arbitrary)]
struct Host {
    id: u64,
    own_passcode: Option<String>,
}

#[derive(Debug, Arbitrary)]
struct Category {
    name: String,
    hosts: Vec<Host>,
}

#[derive(Debug, Arbitrary)]
struct Input {
    ending: Ending,
    title: String,
    passcode: String,
    opens: u16,
    categories: Vec<Category>,
    /// Which value to break (by order written), if any.
    break_at: Option<u8>,
}

/// A passcode the checker accepts: 1–10 visible characters.
fn passcode(raw: &str) -> String {
    let kept: String = raw
        .chars()
        .filter(|c| !c.is_control() && !c.is_whitespace() && !loket::zoom::is_invisible(*c))
        .take(10)
        .collect();
    if kept.is_empty() { "Outreach1".to_owned() } else { kept }
}

fn text(raw: &str) -> String {
    let kept: String = raw.chars().filter(|c| !c.is_control()).take(40).collect();
    if kept.trim().is_empty() {
        "Name".to_owned()
    } else {
        kept
    }
}

fuzz_target!(|data: &[u8]| {
    let mut bytes = Unstructured::new(data);
    let Ok(input) = Input::arbitrary(&mut bytes) else {
        return;
    };
    let ending = input.ending;
    let mut w = Writer {
        out: String::new(),
        ending,
        bytes: &mut bytes,
    };
    let mut values = Values {
        written: Vec::new(),
        break_at: input.break_at.map(usize::from),
        broken: None,
    };

    w.token("Schedule");
    w.token("(");
    w.field("title");
    w.token("{");
    let _ = w.string("en");
    w.token(":");
    values.next(&mut w, text(&input.title), "");
    w.token("}");
    w.token(",");
    w.field("passcode");
    values.next(&mut w, passcode(&input.passcode), "Out\u{202E}reach");
    w.token(",");
    w.field("hours");
    w.token("(");
    w.field("mon");
    w.token("[");
    w.token("(");
    let opens = input.opens % (23 * 60);
    let start = format!("{:02}:{:02}", opens / 60, opens % 60);
    values.next(&mut w, start, "25:00");
    w.token(",");
    values.next(&mut w, "24:00".to_owned(), "24:01");
    w.token(")");
    w.token("]");
    w.token(")");
    w.token(",");
    w.field("categories");
    w.token("[");
    let mut ids = 0u64;
    for (c, category) in input.categories.iter().take(4).enumerate() {
        w.token("(");
        w.field("id");
        values.next(&mut w, format!("c{c}"), "C 1");
        w.token(",");
        w.field("name");
        w.token("{");
        let _ = w.string("en");
        w.token(":");
        values.next(&mut w, text(&category.name), "");
        w.token("}");
        w.token(",");
        w.field("hosts");
        w.token("[");
        let hosts: Vec<&Host> = category.hosts.iter().take(3).collect();
        for host in &hosts {
            ids += 1;
            w.token("(");
            w.field("label");
            w.token("{");
            let _ = w.string("en");
            w.token(":");
            let _ = w.string("Host");
            w.token("}");
            w.token(",");
            w.field("meeting_id");
            // Distinct 11-digit IDs, written with the spaces Zoom shows.
            let digits = format!("{:011}", 10_000_000_000 + (host.id % 80_000_000_000) / 8 * 8 + ids);
            let shown = format!("{} {} {}", &digits[..3], &digits[3..7], &digits[7..]);
            values.next(&mut w, shown, "956 6483 421O");
            if let Some(own) = &host.own_passcode {
                w.token(",");
                w.field("passcode");
                values.next(&mut w, passcode(own), "Out\u{200B}reach");
            }
            w.token(")");
            w.token(",");
        }
        if hosts.is_empty() {
            // Every category needs a host.
            w.token("(");
            w.field("label");
            w.token("{\"en\": \"H\"}");
            w.token(",");
            w.field("meeting_id");
            ids += 1;
            w.token(&format!("\"{}\"", 90_000_000_000 + ids));
            w.token(")");
        }
        w.token("]");
        w.token(")");
        w.token(",");
    }
    w.token("]");
    w.token(")");
    w.gap();
    let source = w.out;

    let checked = schedule::check_str(&source);
    let lines = source.matches('\n').count() + source.matches('\r').count() + 1;
    for d in &checked.diagnostics {
        assert!(d.at.line >= 1 && d.at.col >= 1 && d.at.line <= lines, "{d:?}");
        assert!(d.message.chars().count() <= 301);
    }
    if input.categories.is_empty() {
        assert!(checked.schedule.is_none(), "no categories must be an error");
        return;
    }
    match values.broken {
        Some(at) => {
            let expected = LineCol::of_offset(&source, at);
            let errors: Vec<_> = checked.errors().collect();
            // An empty English text is also reported by where it was written.
            assert!(
                errors.iter().any(|d| d.at == expected),
                "expected an error at {expected}, got {errors:?}\n{source}"
            );
            assert!(checked.schedule.is_none());
        }
        None => {
            let schedule = checked
                .schedule
                .unwrap_or_else(|| panic!("{:?}\n{source}", checked.diagnostics));
            assert_eq!(schedule.title.en(), values.written[0]);
            assert_eq!(schedule.categories.len(), input.categories.len().min(4));
            let shared = &values.written[1];
            for (category, written) in schedule.categories.iter().zip(&input.categories) {
                for (host, written) in category.hosts.iter().zip(&written.hosts) {
                    let expected = written.own_passcode.as_deref().map_or(shared.clone(), passcode);
                    assert_eq!(host.passcode.as_str(), expected);
                }
            }
        }
    }
});
