//! Where a value sits in `schedule.ron`.
//!
//! ron hands an unescaped string to the visitor as a slice of the source text, so the
//! slice's address tells exactly where the value starts. That gives every string the
//! validator checks (times, dates, IDs, zones) a precise line and column without a second
//! parser. A string with escapes arrives copied and has no position; the validator then
//! points at the nearest thing that has one.

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, Visitor};

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

    /// The byte offset of the value's opening quote within `source`, if it came from there.
    pub fn offset_in(&self, source: &str) -> Option<usize> {
        let start = self.address?.checked_sub(source.as_ptr() as usize)?;
        if start > source.len() {
            return None;
        }
        // Point at the quote, as compilers do, when there is one just before.
        let quoted = start > 0 && source.as_bytes()[start - 1] == b'"';
        Some(if quoted { start - 1 } else { start })
    }
}

impl<'de> Deserialize<'de> for Spanned {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct SpannedVisitor;

        impl<'de> Visitor<'de> for SpannedVisitor {
            type Value = Spanned;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a text in double quotes")
            }

            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Spanned, E> {
                Ok(Spanned {
                    value: v.to_owned(),
                    address: Some(v.as_ptr() as usize),
                })
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<Spanned, E> {
                Ok(Spanned::unplaced(v))
            }
        }

        deserializer.deserialize_str(SpannedVisitor)
    }
}

/// A 1-based line and column (in characters), as editors count them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct LineCol {
    pub line: usize,
    pub col: usize,
}

impl LineCol {
    pub fn of_offset(source: &str, offset: usize) -> LineCol {
        let offset = floor_char_boundary(source, offset.min(source.len()));
        let before = &source[..offset];
        let line = 1 + before.matches('\n').count();
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let col = 1 + before[line_start..].chars().count();
        LineCol { line, col }
    }
}

impl fmt::Display for LineCol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.col)
    }
}

fn floor_char_boundary(s: &str, mut index: usize) -> usize {
    while !s.is_char_boundary(index) {
        index -= 1;
    }
    index
}

/// The offset of the first `key:` in the source outside comments and strings, at or after
/// `from`: for problems about a list as a whole (an empty `categories` or `hosts`).
pub fn find_key(source: &str, key: &str, from: usize) -> Option<usize> {
    let bytes = source.as_bytes();
    let mut i = from.min(bytes.len());
    while i < bytes.len() {
        match bytes[i] {
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i = source[i + 2..]
                    .find("*/")
                    .map_or(bytes.len(), |end| i + 2 + end + 2);
            }
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
            }
            _ if source[i..].starts_with(key)
                && (i == 0 || !is_ident_byte(bytes[i - 1]))
                && source[i + key.len()..].trim_start().starts_with(':') =>
            {
                return Some(i);
            }
            _ => i += 1,
        }
    }
    None
}

fn is_ident_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
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
    fn spans_point_at_the_opening_quote() {
        let src = "(a: \"16:00\", b: \"x\\ty\")";
        #[derive(serde::Deserialize)]
        struct T {
            a: Spanned,
            b: Spanned,
        }
        let t: T = ron::from_str(src).unwrap();
        assert_eq!(t.a.value, "16:00");
        assert_eq!(t.a.offset_in(src), Some(4));
        // Escaped strings are copied: no position, but the value is right.
        assert_eq!(t.b.value, "x\ty");
        assert_eq!(t.b.offset_in(src), None);
        assert_eq!(t.a.offset_in("unrelated"), None);
    }

    #[test]
    fn find_key_skips_comments_and_strings() {
        let src = "// categories: no\n( x: \"categories: no\", /* categories: */ categories: [])";
        let at = find_key(src, "categories", 0).unwrap();
        assert_eq!(&src[at..at + 11], "categories:");
        assert_eq!(LineCol::of_offset(src, at).line, 2);
        assert_eq!(find_key(src, "hosts", 0), None);
        assert_eq!(find_key("my_categories: 1", "categories", 0), None);
    }
}
