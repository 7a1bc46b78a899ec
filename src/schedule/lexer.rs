//! RON's tokens with their byte offsets, for the places the parser does not report: where a
//! field's key and value stand inside their own struct (an empty list as a whole), and where
//! an unclosed block comment opens. A value's own position comes from the parser itself
//! (see `span.rs`); this lexer only has to agree with ron on what is a comment, a string or
//! a bracket, and it follows ron 0.12's own rules for each (nested block comments, raw and
//! byte strings, character literals, escapes).

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Ident,
    /// A string, raw string, byte string or character literal.
    Text,
    Open(char),
    Close(char),
    Colon,
    Comma,
    /// Numbers and anything else: never a key.
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
}

/// Where lexing stopped early: the offset of a block comment or string that never closes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unclosed {
    Comment(usize),
    Text(usize),
}

/// The tokens of `source`, and the first comment or string that is not closed, if any.
pub fn tokens(source: &str) -> (Vec<Token>, Option<Unclosed>) {
    let mut lexer = Lexer { source, at: 0 };
    let mut tokens = Vec::new();
    loop {
        if let Err(unclosed) = lexer.skip_trivia() {
            return (tokens, Some(unclosed));
        }
        let start = lexer.at;
        let Some(c) = lexer.peek() else {
            return (tokens, None);
        };
        let kind = match lexer.token(c) {
            Ok(kind) => kind,
            Err(unclosed) => return (tokens, Some(unclosed)),
        };
        tokens.push(Token {
            kind,
            start,
            end: lexer.at,
        });
    }
}

/// ron's whitespace (`is_whitespace_char` in ron's parser).
pub fn is_whitespace(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t'
            | '\n'
            | '\r'
            | '\x0B'
            | '\x0C'
            | '\u{85}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// How many bytes of whitespace and comments `text` starts with.
pub fn trivia_len(text: &str) -> usize {
    let mut lexer = Lexer {
        source: text,
        at: 0,
    };
    // An unclosed comment cannot precede a value ron accepted; stop where lexing stopped.
    let _ = lexer.skip_trivia();
    lexer.at
}

struct Lexer<'s> {
    source: &'s str,
    at: usize,
}

impl Lexer<'_> {
    fn rest(&self) -> &str {
        &self.source[self.at..]
    }

    fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.at += c.len_utf8();
        Some(c)
    }

    fn eat(&mut self, prefix: &str) -> bool {
        let found = self.rest().starts_with(prefix);
        if found {
            self.at += prefix.len();
        }
        found
    }

    fn eat_while(&mut self, keep: impl Fn(char) -> bool) {
        while self.peek().is_some_and(&keep) {
            self.bump();
        }
    }

    fn skip_trivia(&mut self) -> Result<(), Unclosed> {
        loop {
            self.eat_while(is_whitespace);
            let start = self.at;
            if self.eat("//") {
                self.eat_while(|c| c != '\n');
            } else if self.eat("/*") {
                // Block comments nest, as in Rust.
                let mut depth = 1;
                while depth > 0 {
                    if self.eat("/*") {
                        depth += 1;
                    } else if self.eat("*/") {
                        depth -= 1;
                    } else if self.bump().is_none() {
                        return Err(Unclosed::Comment(start));
                    }
                }
            } else {
                return Ok(());
            }
        }
    }

    fn token(&mut self, c: char) -> Result<Kind, Unclosed> {
        let start = self.at;
        let rest = self.rest();
        if rest.starts_with("b'") {
            self.at += 1;
            return self.character(start);
        }
        if let Some(after) = rest.strip_prefix("br").or_else(|| rest.strip_prefix('r'))
            && after.trim_start_matches('#').starts_with('"')
        {
            self.at += rest.len() - after.len();
            return self.raw_text(start);
        }
        if rest.starts_with("b\"") {
            self.at += 1;
            return self.text(start);
        }
        Ok(match c {
            '"' => self.text(start)?,
            '\'' => self.character(start)?,
            '(' | '[' | '{' => {
                self.bump();
                Kind::Open(c)
            }
            ')' | ']' | '}' => {
                self.bump();
                Kind::Close(c)
            }
            ':' => {
                self.bump();
                Kind::Colon
            }
            ',' => {
                self.bump();
                Kind::Comma
            }
            c if c == '_' || c.is_alphabetic() => {
                // `r#name` is a raw identifier.
                self.eat("r#");
                self.eat_while(|c| c == '_' || c.is_alphanumeric());
                Kind::Ident
            }
            c if c.is_alphanumeric() || matches!(c, '+' | '-' | '.') => {
                self.eat_while(|c| c.is_alphanumeric() || matches!(c, '_' | '+' | '-' | '.'));
                Kind::Other
            }
            _ => {
                self.bump();
                Kind::Other
            }
        })
    }

    /// `"…"` with backslash escapes; the cursor is on the opening quote.
    fn text(&mut self, start: usize) -> Result<Kind, Unclosed> {
        self.bump();
        loop {
            match self.bump() {
                Some('"') => return Ok(Kind::Text),
                Some('\\') => {
                    self.bump();
                }
                Some(_) => {}
                None => return Err(Unclosed::Text(start)),
            }
        }
    }

    /// `r#"…"#`: the cursor is on the first `#` or the quote.
    fn raw_text(&mut self, start: usize) -> Result<Kind, Unclosed> {
        let hashes = self.rest().len() - self.rest().trim_start_matches('#').len();
        self.at += hashes + 1;
        let closing = format!("\"{}", "#".repeat(hashes));
        match self.rest().find(&closing) {
            Some(end) => {
                self.at += end + closing.len();
                Ok(Kind::Text)
            }
            None => Err(Unclosed::Text(start)),
        }
    }

    /// `'x'`, `'\''`, `'\u{e9}'`: the cursor is on the opening quote.
    fn character(&mut self, start: usize) -> Result<Kind, Unclosed> {
        self.bump();
        if self.bump() == Some('\\') {
            self.bump();
        }
        self.eat_while(|c| c != '\'' && c != '\n');
        if self.eat("'") {
            Ok(Kind::Text)
        } else {
            Err(Unclosed::Text(start))
        }
    }
}

/// Keys and values by structure: the same question an editor's outline answers.
pub struct Layout<'s> {
    source: &'s str,
    tokens: Vec<Token>,
}

impl<'s> Layout<'s> {
    pub fn new(source: &'s str) -> Layout<'s> {
        Layout {
            source,
            tokens: tokens(source).0,
        }
    }

    /// The offset of `key`'s value in the top-level struct (`Schedule(…)`).
    pub fn top_value(&self, key: &str) -> Option<usize> {
        let group = self.tokens.iter().position(|t| t.kind == Kind::Open('('))?;
        self.value_in(group, key).map(|i| self.tokens[i].start)
    }

    /// The offset of `path`'s value, field by field from the top-level struct:
    /// `["kiosk", "idle_minutes"]`.
    pub fn nested_value(&self, path: &[&str]) -> Option<usize> {
        let mut group = self.tokens.iter().position(|t| t.kind == Kind::Open('('))?;
        let (last, parents) = path.split_last()?;
        for key in parents {
            let value = self.value_in(group, key)?;
            group = self.group_at(value)?;
        }
        self.value_in(group, last).map(|i| self.tokens[i].start)
    }

    /// The offset of `key`'s value in the struct that directly holds the value at `inside`
    /// (a category's `hosts`, found from its `id`).
    pub fn sibling_value(&self, inside: usize, key: &str) -> Option<usize> {
        let mut open: Vec<usize> = Vec::new();
        for (i, token) in self.tokens.iter().enumerate() {
            if token.start >= inside {
                break;
            }
            match token.kind {
                Kind::Open(_) => open.push(i),
                Kind::Close(_) => {
                    open.pop();
                }
                _ => {}
            }
        }
        let group = *open.last()?;
        self.value_in(group, key).map(|i| self.tokens[i].start)
    }

    /// The group a value opens: `(` itself, or the `(` after a struct name (`Kiosk(`).
    fn group_at(&self, value: usize) -> Option<usize> {
        match self.tokens.get(value)?.kind {
            Kind::Open(_) => Some(value),
            Kind::Ident => {
                matches!(self.tokens.get(value + 1)?.kind, Kind::Open(_)).then_some(value + 1)
            }
            _ => None,
        }
    }

    /// The token index of `key`'s value among the group's direct fields.
    fn value_in(&self, group: usize, key: &str) -> Option<usize> {
        let mut depth = 0usize;
        let mut i = group + 1;
        while let Some(token) = self.tokens.get(i) {
            match token.kind {
                Kind::Open(_) => depth += 1,
                Kind::Close(_) if depth == 0 => return None,
                Kind::Close(_) => depth -= 1,
                Kind::Ident if depth == 0 && self.is_key(i, key) => return Some(i + 2),
                _ => {}
            }
            i += 1;
        }
        None
    }

    fn is_key(&self, i: usize, key: &str) -> bool {
        self.text(i).trim_start_matches("r#") == key
            && self
                .tokens
                .get(i + 1)
                .is_some_and(|t| t.kind == Kind::Colon)
            && i + 2 < self.tokens.len()
    }

    fn text(&self, i: usize) -> &str {
        let token = self.tokens[i];
        &self.source[token.start..token.end]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(source: &str) -> Vec<(Kind, &str)> {
        let (tokens, unclosed) = tokens(source);
        assert_eq!(unclosed, None, "{source}");
        tokens
            .iter()
            .map(|t| (t.kind, &source[t.start..t.end]))
            .collect()
    }

    #[test]
    fn strings_of_every_kind_are_one_token() {
        let source =
            r##"(a: "x\"/*", b: r#"y"/*"#, c: b"z", d: 'é', e: '\'', f: br"w", r#type: 1.5e-3)"##;
        let texts: Vec<&str> = kinds(source)
            .into_iter()
            .filter(|(k, _)| *k == Kind::Text)
            .map(|(_, t)| t)
            .collect();
        assert_eq!(
            texts,
            [
                r#""x\"/*""#,
                r##"r#"y"/*"#"##,
                r#"b"z""#,
                "'é'",
                r"'\''",
                r#"br"w""#
            ]
        );
    }

    #[test]
    fn comments_nest_and_may_hold_anything() {
        let source = "/* a /* b */ \"é */ // x \"\n(k: 1)";
        assert_eq!(kinds(source)[1], (Kind::Ident, "k"));
        let (_, unclosed) = tokens("(a: \"/*\", /* open /* nested */ \"x\"");
        assert_eq!(unclosed, Some(Unclosed::Comment(10)));
        assert_eq!(trivia_len("  /* c */ // d\n \"v\""), 16);
    }

    #[test]
    fn keys_are_found_in_their_own_struct() {
        let source = "Schedule(a: 1, list: [(hosts: [], id: \"x\"), (id: \"y\", hosts: [2])], kiosk: Kiosk(idle_minutes: 0), hosts: 3)";
        let layout = Layout::new(source);
        assert_eq!(layout.top_value("hosts"), source.rfind('3'));
        assert_eq!(layout.top_value("a"), source.find('1'));
        let x = source.find("\"x\"").unwrap();
        assert_eq!(layout.sibling_value(x, "hosts"), source.find("[]"));
        let y = source.find("\"y\"").unwrap();
        assert_eq!(layout.sibling_value(y, "hosts"), source.find("[2]"));
        assert_eq!(
            layout.nested_value(&["kiosk", "idle_minutes"]),
            source.find('0')
        );
        assert_eq!(layout.top_value("missing"), None);
    }
}
