//! Where a value sits in `schedule.ron`.
//!
//! Every string the checker looks at is read through ron's `RawValue`, which ron hands over
//! as a slice of the source text exactly as written (escapes, raw strings and comments
//! included). The slice's address is the value's exact position, from the parser itself;
//! the text is then decoded by ron, so `"\u{32}5:00"` is checked as "25:00" and reported
//! where it is written.

use std::fmt;

use ron::value::RawValue;
use serde::de::{self, Deserialize, Deserializer};

use super::lexer::trivia_len;

/// A string from the file with the address where it was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spanned {
    pub value: String,
    address: Option<usize>,
}

impl Spanned {
    /// A value that comes from a default rather than from the file.
    pub fn unplaced(value: &str) -> Spanned {
        Spanned {
            value: value.to_owned(),
            address: None,
        }
    }

    /// The byte offset within `source` of the value's first character (its opening quote,
    /// or the `r` of a raw string), if it came from there.
    pub fn offset_in(&self, source: &str) -> Option<usize> {
        let start = self.address?.checked_sub(source.as_ptr() as usize)?;
        (start <= source.len()).then_some(start)
    }
}

impl<'de> Deserialize<'de> for Spanned {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = <&'de RawValue>::deserialize(deserializer)?;
        let written = raw.get_ron();
        // ron trims whitespace around a raw value but keeps comments before it.
        let value_text = &written[trivia_len(written)..];
        let address = value_text.as_ptr() as usize;
        match raw.into_rust::<String>() {
            Ok(value) => Ok(Spanned {
                value,
                address: Some(address),
            }),
            Err(_) => Err(de::Error::custom(NotText {
                address,
                found: value_text.trim_end(),
            })),
        }
    }
}

/// A value that should be a text and is not (`meeting_id: true`). It travels through ron as
/// a custom error message, so the checker can point at the value rather than where ron's
/// cursor stopped.
struct NotText<'a> {
    address: usize,
    found: &'a str,
}

const NOT_TEXT: &str = "\u{0}not text\u{0}";

impl fmt::Display for NotText<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let found: String = self.found.chars().take(80).collect();
        write!(f, "{NOT_TEXT}{}\u{0}{found}", self.address)
    }
}

/// The offset in `source` and the text found, from a message made by [`NotText`].
pub fn not_text(message: &str, source: &str) -> Option<(usize, String)> {
    let (offset, found) = placed(message, NOT_TEXT, source)?;
    Some((offset, found.to_owned()))
}

/// A message made as `{marker}{address}\0{detail}`: the address's offset in `source` (when
/// it lies in it) and the detail.
fn placed<'m>(message: &'m str, marker: &str, source: &str) -> Option<(usize, &'m str)> {
    let rest = message.strip_prefix(marker)?;
    let (address, detail) = rest.split_once('\u{0}')?;
    let offset = address
        .parse::<usize>()
        .ok()?
        .checked_sub(source.as_ptr() as usize)?;
    (offset <= source.len()).then_some((offset, detail))
}

/// A key given twice in one map (`{"en": "Water", "en": "Wtaer"}`): travels through ron like
/// [`NotText`], with the address of the second value.
const TWICE: &str = "\u{0}twice\u{0}";

/// The error for a map key written twice; `value` is the second one's value.
pub fn key_twice<E: de::Error>(value: &Spanned, key: &str) -> E {
    let key: String = key.chars().take(40).collect();
    E::custom(format!(
        "{TWICE}{}\u{0}{key}",
        value.address.unwrap_or_default()
    ))
}

/// The offset in `source` of the second key, and the key, from a [`key_twice`] message.
pub fn twice(message: &str, source: &str) -> Option<(usize, String)> {
    let (value_offset, key) = placed(message, TWICE, source)?;
    let before = source.get(..value_offset)?;
    // The key is written just before its value.
    let key_offset = before.rfind(&format!("\"{key}\"")).unwrap_or(value_offset);
    Some((key_offset, key.to_owned()))
}

/// A 1-based line and column (in characters), as editors count them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct LineCol {
    pub line: usize,
    pub col: usize,
}

impl LineCol {
    pub fn of_offset(source: &str, offset: usize) -> LineCol {
        LineIndex::new(source).line_col(offset)
    }
}

impl fmt::Display for LineCol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.col)
    }
}

/// Where each line starts, built once per file: a line ends at `\n`, `\r\n` or a lone `\r`
/// (old Mac files), as editors count them.
pub struct LineIndex<'s> {
    source: &'s str,
    starts: Vec<usize>,
}

impl<'s> LineIndex<'s> {
    pub fn new(source: &'s str) -> LineIndex<'s> {
        let bytes = source.as_bytes();
        let mut starts = vec![0];
        for (i, &b) in bytes.iter().enumerate() {
            let ends_line = b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n'));
            if ends_line {
                starts.push(i + 1);
            }
        }
        LineIndex { source, starts }
    }

    pub fn line_col(&self, offset: usize) -> LineCol {
        let offset = floor_char_boundary(self.source, offset.min(self.source.len()));
        let line = self.starts.partition_point(|&start| start <= offset);
        let start = self.starts[line - 1];
        let col = 1 + self.source[start..offset].chars().count();
        LineCol { line, col }
    }

    /// The offset of a position as ron reports it (ron counts only `\n` as a line break).
    pub fn offset_of_ron_position(&self, line: usize, col: usize) -> usize {
        let mut offset = 0;
        for _ in 1..line {
            match self.source[offset..].find('\n') {
                Some(i) => offset += i + 1,
                None => return self.source.len(),
            }
        }
        self.source[offset..]
            .char_indices()
            .nth(col.saturating_sub(1))
            .map_or(self.source.len(), |(i, _)| offset + i)
    }
}

fn floor_char_boundary(s: &str, mut index: usize) -> usize {
    while !s.is_char_boundary(index) {
        index -= 1;
    }
    index
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let src = "a\nbê: \"x\"";
        assert_eq!(LineCol::of_offset(src, 0), LineCol { line: 1, col: 1 });
        assert_eq!(LineCol::of_offset(src, 2), LineCol { line: 2, col: 1 });
        // "ê" is two bytes but one column.
        let quote = src.find('"').unwrap();
        assert_eq!(LineCol::of_offset(src, quote), LineCol { line: 2, col: 5 });
        assert_eq!(LineCol::of_offset(src, 999), LineCol { line: 2, col: 8 });
    }

    #[test]
    fn line_breaks_of_every_kind_count() {
        let src = "a\r\nb\rc\nd";
        let index = LineIndex::new(src);
        assert_eq!(
            index.line_col(src.find('b').unwrap()),
            LineCol { line: 2, col: 1 }
        );
        assert_eq!(
            index.line_col(src.find('c').unwrap()),
            LineCol { line: 3, col: 1 }
        );
        assert_eq!(
            index.line_col(src.find('d').unwrap()),
            LineCol { line: 4, col: 1 }
        );
        // ron counts only \n as a line break: its line 2 is "b\rc".
        assert_eq!(index.offset_of_ron_position(2, 3), src.find('c').unwrap());
    }

    #[test]
    fn spans_point_at_the_value_however_it_is_written() {
        let src = "(a: \"16:00\", b: \"x\\ty\", c: /* é */ r#\"Outr\"é\"#, d: \"\\u{32}5:00\")";
        #[derive(serde::Deserialize)]
        struct T {
            a: Spanned,
            b: Spanned,
            c: Spanned,
            d: Spanned,
        }
        let t: T = ron::from_str(src).unwrap();
        assert_eq!(t.a.value, "16:00");
        assert_eq!(t.a.offset_in(src), Some(4));
        assert_eq!(t.b.value, "x\ty");
        assert_eq!(t.b.offset_in(src), src.find("\"x"));
        assert_eq!(t.c.value, "Outr\"é");
        assert_eq!(t.c.offset_in(src), src.find("r#"));
        assert_eq!(t.d.value, "25:00");
        assert_eq!(t.d.offset_in(src), src.find("\"\\u"));
        assert_eq!(t.a.offset_in("unrelated"), None);
    }

    #[test]
    fn a_value_that_is_not_text_is_placed_exactly() {
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct T {
            a: Spanned,
        }
        let src = "(a:   true)";
        let error = ron::from_str::<T>(src).unwrap_err();
        let ron::Error::Message(message) = &error.code else {
            panic!("{error:?}")
        };
        assert_eq!(not_text(message, src), Some((6, "true".to_owned())));
    }
}
