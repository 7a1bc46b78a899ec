//! Zoom meeting IDs, passcodes and the join links built from them.
//!
//! Only the constructors here make a [`SafeUrl`], and they only take validated parts, so
//! nothing written in `schedule.ron` can change a link's scheme or host.

use std::fmt;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

/// A Zoom meeting ID: 9 to 11 digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MeetingId(String);

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MeetingIdError {
    Empty,
    /// A character that is neither a digit nor a space or dash.
    NotADigit(char),
    WrongLength(usize),
}

impl fmt::Display for MeetingIdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MeetingIdError::Empty => f.write_str("the meeting ID is empty"),
            MeetingIdError::NotADigit(c) if is_invisible(*c) => write!(
                f,
                "a meeting ID has only digits (spaces and dashes allowed), found the invisible character U+{:04X}",
                u32::from(*c)
            ),
            MeetingIdError::NotADigit(c) => write!(
                f,
                "a meeting ID has only digits (spaces and dashes allowed), found {c:?}"
            ),
            MeetingIdError::WrongLength(n) => {
                write!(f, "a meeting ID has 9 to 11 digits, this one has {n}")
            }
        }
    }
}

impl MeetingId {
    /// Accepts digits with optional spaces and dashes between them ("956 6483 4215").
    pub fn parse(text: &str) -> Result<MeetingId, MeetingIdError> {
        let mut digits = String::with_capacity(11);
        // Spaces around it are forgiven; an escaped line break or tab is not.
        for c in text.trim_matches(' ').chars() {
            match c {
                '0'..='9' => digits.push(c),
                ' ' | '-' => {}
                other => return Err(MeetingIdError::NotADigit(other)),
            }
        }
        match digits.len() {
            0 => Err(MeetingIdError::Empty),
            9..=11 => Ok(MeetingId(digits)),
            n => Err(MeetingIdError::WrongLength(n)),
        }
    }

    pub fn digits(&self) -> &str {
        &self.0
    }

    /// Grouped the way Zoom shows it, for reading aloud: 11 digits 3-4-4, 10 digits 3-3-4,
    /// 9 digits 3-3-3.
    pub fn grouped(&self) -> String {
        let d = &self.0;
        let (a, b) = match d.len() {
            11 => (3, 7),
            10 => (3, 6),
            _ => (3, 6),
        };
        format!("{} {} {}", &d[..a], &d[a..b], &d[b..])
    }
}

impl fmt::Display for MeetingId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.grouped())
    }
}

/// A meeting passcode. Zoom allows up to 10 characters; we accept what an administrator
/// may plausibly type and encode it safely wherever it goes.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Passcode(String);

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PasscodeError {
    Empty,
    TooLong(usize),
    ControlCharacter,
    /// A character that shows nothing or turns text around (U+200B, U+202E): the passcode
    /// on screen would not be the one Zoom expects.
    Invisible(char),
}

impl fmt::Display for PasscodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PasscodeError::Empty => f.write_str("the passcode is empty"),
            PasscodeError::TooLong(n) => write!(
                f,
                "the passcode has {n} characters; Zoom passcodes have at most {}",
                Passcode::MAX_CHARS
            ),
            PasscodeError::ControlCharacter => {
                f.write_str("the passcode contains a control character (a tab or line break?)")
            }
            PasscodeError::Invisible(c) => write!(
                f,
                "the passcode contains the invisible character U+{:04X}: retype it",
                u32::from(*c)
            ),
        }
    }
}

impl Passcode {
    pub const MAX_CHARS: usize = 10;

    pub fn parse(text: &str) -> Result<Passcode, PasscodeError> {
        let count = text.chars().count();
        if text.trim().is_empty() {
            Err(PasscodeError::Empty)
        } else if text.chars().any(char::is_control) {
            Err(PasscodeError::ControlCharacter)
        } else if let Some(c) = text.chars().find(|c| is_invisible(*c)) {
            Err(PasscodeError::Invisible(c))
        } else if count > Passcode::MAX_CHARS {
            Err(PasscodeError::TooLong(count))
        } else {
            Ok(Passcode(text.to_owned()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Passcode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Unicode format characters (zero-width spaces and joiners, direction overrides, the byte
/// order mark) and every other default-ignorable code point (variation selectors, Hangul
/// fillers, the combining grapheme joiner…): they show nothing, or reorder what is around
/// them.
pub fn is_invisible(c: char) -> bool {
    use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};
    c.general_category() == GeneralCategory::Format || is_default_ignorable(c)
}

/// Unicode's `Default_Ignorable_Code_Point` (DerivedCoreProperties.txt, Unicode 15.1): the
/// whole set, as the standard lists it.
fn is_default_ignorable(c: char) -> bool {
    const RANGES: [(u32, u32); 17] = [
        (0x00AD, 0x00AD),
        (0x034F, 0x034F),
        (0x061C, 0x061C),
        (0x115F, 0x1160),
        (0x17B4, 0x17B5),
        (0x180B, 0x180F),
        (0x200B, 0x200F),
        (0x202A, 0x202E),
        (0x2060, 0x206F),
        (0x3164, 0x3164),
        (0xFE00, 0xFE0F),
        (0xFEFF, 0xFEFF),
        (0xFFA0, 0xFFA0),
        (0xFFF0, 0xFFF8),
        (0x1BCA0, 0x1BCA3),
        (0x1D173, 0x1D17A),
        (0xE0000, 0xE0FFF),
    ];
    let c = u32::from(c);
    RANGES
        .iter()
        .any(|(first, last)| (*first..=*last).contains(&c))
}

/// Zoom's own rule for passcodes (Zoom Meeting API, "Create a meeting", field `password`):
/// "may only contain the following characters: [a-z A-Z 0-9 @ - _ *]". Any other character
/// is worth a warning: a resident types what they see on a phone keypad or keyboard.
pub fn is_zoom_passcode_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '@' | '-' | '_' | '*')
}

/// How a character outside Zoom's passcode set looks to a reader: "U+041E, a Cyrillic
/// letter that looks like O".
pub fn describe_lookalike(c: char) -> String {
    let code = u32::from(c);
    let kind = match code {
        0x0370..=0x03FF => "a Greek letter",
        0x0400..=0x04FF => "a Cyrillic letter",
        0xFF01..=0xFF5E => "a full-width character",
        0x00C0..=0x024F => "a Latin letter with an accent",
        _ if c.is_alphanumeric() => "a letter or digit from another script",
        _ if c.is_whitespace() => "a space",
        _ => "a symbol",
    };
    match looks_like(c) {
        Some(ascii) => format!("U+{code:04X}, {kind} that looks like {ascii}"),
        None => format!("U+{code:04X} {c:?}, {kind}"),
    }
}

/// The ASCII character a look-alike is mistaken for, where it is a well-known one.
fn looks_like(c: char) -> Option<char> {
    let code = u32::from(c);
    if (0xFF01..=0xFF5E).contains(&code) {
        // Full-width forms sit at a fixed distance from ASCII.
        return char::from_u32(code - 0xFEE0);
    }
    const LOOKALIKES: &[(char, char)] = &[
        ('А', 'A'),
        ('В', 'B'),
        ('Е', 'E'),
        ('К', 'K'),
        ('М', 'M'),
        ('Н', 'H'),
        ('О', 'O'),
        ('Р', 'P'),
        ('С', 'C'),
        ('Т', 'T'),
        ('Х', 'X'),
        ('а', 'a'),
        ('е', 'e'),
        ('о', 'o'),
        ('р', 'p'),
        ('с', 'c'),
        ('у', 'y'),
        ('х', 'x'),
        ('і', 'i'),
        ('ј', 'j'),
        ('Ѕ', 'S'),
        ('ѕ', 's'),
        ('Α', 'A'),
        ('Β', 'B'),
        ('Ε', 'E'),
        ('Ζ', 'Z'),
        ('Η', 'H'),
        ('Ι', 'I'),
        ('Κ', 'K'),
        ('Μ', 'M'),
        ('Ν', 'N'),
        ('Ο', 'O'),
        ('Ρ', 'P'),
        ('Τ', 'T'),
        ('Υ', 'Y'),
        ('Χ', 'X'),
        ('ο', 'o'),
        ('ν', 'v'),
        ('α', 'a'),
        ('ι', 'i'),
        ('κ', 'k'),
    ];
    LOOKALIKES
        .iter()
        .find(|(lookalike, _)| *lookalike == c)
        .map(|(_, ascii)| *ascii)
}

/// An e-mail address for a `mailto:` link: one `@`, no spaces, nothing that could start a
/// header or a second address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    pub fn parse(text: &str) -> Option<Email> {
        let text = text.trim();
        if text.chars().any(is_invisible) {
            return None;
        }
        let (local, domain) = text.split_once('@')?;
        let allowed = |c: char| c.is_alphanumeric() || "._+-'".contains(c);
        let ok = !local.is_empty()
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && local.chars().all(allowed)
            && domain
                .chars()
                .all(|c| c.is_alphanumeric() || c == '.' || c == '-');
        ok.then(|| Email(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A URL that Loket built itself from validated parts: the only thing handed to the OS opener.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SafeUrl(String);

impl SafeUrl {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for SafeUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Everything but unreserved characters is encoded (RFC 3986), so a passcode can never end
/// the query value or add a parameter.
const QUERY_VALUE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Opens the Zoom desktop or mobile app straight into the meeting, passcode filled in.
pub fn app_link(id: &MeetingId, passcode: &Passcode) -> SafeUrl {
    SafeUrl(format!(
        "zoommtg://zoom.us/join?action=join&confno={}&pwd={}",
        id.digits(),
        utf8_percent_encode(passcode.as_str(), QUERY_VALUE)
    ))
}

/// The meeting's page on zoom.us; the passcode is typed in there (Zoom only embeds
/// passcodes it has encrypted itself), so Loket always shows it beside this link.
pub fn browser_link(id: &MeetingId) -> SafeUrl {
    SafeUrl(format!("https://zoom.us/j/{}", id.digits()))
}

/// Zoom's web client, for machines without the Zoom app.
pub fn web_client_link(id: &MeetingId) -> SafeUrl {
    SafeUrl(format!("https://app.zoom.us/wc/join/{}", id.digits()))
}

pub fn mailto_link(email: &Email) -> SafeUrl {
    SafeUrl(format!("mailto:{}", email.as_str()))
}

/// WhatsApp (the desktop app, or the web) with a chat to `cell` and `text` typed in, ready
/// to send: `https://wa.me/27821234567?text=…`. The number is checked digits and the text
/// is percent-encoded whole, so nothing in a name or a passcode can change the link.
pub fn whatsapp_link(cell: &crate::phone::CellNumber, text: &str) -> SafeUrl {
    SafeUrl(format!(
        "https://wa.me/{}?text={}",
        cell.international_digits(),
        utf8_percent_encode(text, QUERY_VALUE)
    ))
}

/// A new e-mail with its subject and body filled in and no recipient (the officer types
/// the resident's address): `mailto:?subject=…&body=…`.
pub fn compose_mail_link(subject: &str, body: &str) -> SafeUrl {
    SafeUrl(format!(
        "mailto:?subject={}&body={}",
        utf8_percent_encode(subject, QUERY_VALUE),
        utf8_percent_encode(body, QUERY_VALUE)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The query parameters of a link, decoded, as a receiving program reads them.
    fn query(link: &SafeUrl) -> Vec<(String, String)> {
        let parsed = url::Url::parse(link.as_str()).unwrap();
        parsed
            .query_pairs()
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect()
    }

    #[test]
    fn links_to_a_phone_carry_hostile_text_whole() {
        let cell = crate::phone::CellNumber::parse("082 123 4567").unwrap();
        let hostile = "Water & lights #1?x=1&phone=0000\nPasscode: a+b%20c=d/é";
        let link = whatsapp_link(&cell, hostile);
        let parsed = url::Url::parse(link.as_str()).unwrap();
        assert_eq!(parsed.host_str(), Some("wa.me"));
        assert_eq!(parsed.path(), "/27821234567");
        assert_eq!(parsed.fragment(), None);
        assert_eq!(query(&link), [("text".to_owned(), hostile.to_owned())]);
        let mail = compose_mail_link("Meeting & more", hostile);
        let parsed = url::Url::parse(mail.as_str()).unwrap();
        assert_eq!(parsed.scheme(), "mailto");
        assert_eq!(parsed.path(), "", "no recipient is filled in");
        assert_eq!(
            query(&mail),
            [
                ("subject".to_owned(), "Meeting & more".to_owned()),
                ("body".to_owned(), hostile.to_owned())
            ]
        );
    }

    fn id(text: &str) -> MeetingId {
        MeetingId::parse(text).expect("valid id")
    }

    #[test]
    fn meeting_ids_accept_spaces_and_dashes() {
        assert_eq!(id("956 6483 4215").digits(), "95664834215");
        assert_eq!(id("956-6483-4215").digits(), "95664834215");
        assert_eq!(id(" 915612246 ").digits(), "915612246");
    }

    #[test]
    fn meeting_ids_reject_letters_and_wrong_lengths() {
        assert_eq!(
            MeetingId::parse("9566483421O"),
            Err(MeetingIdError::NotADigit('O'))
        );
        assert_eq!(
            MeetingId::parse("12345678"),
            Err(MeetingIdError::WrongLength(8))
        );
        assert_eq!(
            MeetingId::parse("123456789012"),
            Err(MeetingIdError::WrongLength(12))
        );
        assert_eq!(MeetingId::parse(" - "), Err(MeetingIdError::Empty));
        assert!(matches!(
            MeetingId::parse("１２３４５６７８９"),
            Err(MeetingIdError::NotADigit(_))
        ));
    }

    #[test]
    fn meeting_ids_are_grouped_for_reading_aloud() {
        assert_eq!(id("95664834215").grouped(), "956 6483 4215");
        assert_eq!(id("9566483421").grouped(), "956 648 3421");
        assert_eq!(id("956648342").grouped(), "956 648 342");
    }

    #[test]
    fn links_carry_the_digits_only() {
        let id = id("956 6483 4215");
        let pass = Passcode::parse("Outreach1").unwrap();
        assert_eq!(
            app_link(&id, &pass).as_str(),
            "zoommtg://zoom.us/join?action=join&confno=95664834215&pwd=Outreach1"
        );
        assert_eq!(browser_link(&id).as_str(), "https://zoom.us/j/95664834215");
        assert_eq!(
            web_client_link(&id).as_str(),
            "https://app.zoom.us/wc/join/95664834215"
        );
    }

    #[test]
    fn hostile_passcodes_are_encoded_and_cannot_change_the_link() {
        let id = id("95664834215");
        let cases = [
            ("a&b=c", "a%26b%3Dc"),
            ("x#frag", "x%23frag"),
            ("two words", "two%20words"),
            ("q\"u'o", "q%22u%27o"),
            ("wagwoord✓", "wagwoord%E2%9C%93"),
            ("ê/?@:", "%C3%AA%2F%3F%40%3A"),
        ];
        for (raw, encoded) in cases {
            let link = app_link(&id, &Passcode::parse(raw).unwrap());
            let text = link.as_str();
            assert_eq!(
                text,
                format!("zoommtg://zoom.us/join?action=join&confno=95664834215&pwd={encoded}")
            );
            let parsed = url::Url::parse(text).expect("a valid URL");
            assert_eq!(parsed.scheme(), "zoommtg");
            assert_eq!(parsed.host_str(), Some("zoom.us"));
            let pairs: Vec<(String, String)> = parsed.query_pairs().into_owned().collect();
            assert_eq!(pairs.len(), 3, "{text}");
            assert_eq!(pairs[2], ("pwd".to_owned(), raw.to_owned()));
            assert!(parsed.fragment().is_none());
        }
    }

    #[test]
    fn passcodes_are_checked() {
        assert_eq!(Passcode::parse(""), Err(PasscodeError::Empty));
        assert_eq!(Passcode::parse("   "), Err(PasscodeError::Empty));
        assert_eq!(
            Passcode::parse("a\nb"),
            Err(PasscodeError::ControlCharacter)
        );
        assert_eq!(
            Passcode::parse("12345678901"),
            Err(PasscodeError::TooLong(11))
        );
        assert!(Passcode::parse("Outreach1").is_ok());
    }

    #[test]
    fn emails_for_mailto_links_are_validated() {
        let email = Email::parse("help@tshwane.gov.za").unwrap();
        assert_eq!(mailto_link(&email).as_str(), "mailto:help@tshwane.gov.za");
        for bad in [
            "no-at-sign",
            "a@b",
            "a b@c.za",
            "a@c.za?cc=evil@x.com",
            "a@c.za\nBcc:x",
            "@c.za",
            "a@.za",
        ] {
            assert!(Email::parse(bad).is_none(), "{bad}");
        }
    }
}
