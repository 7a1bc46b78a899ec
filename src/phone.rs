//! Telephone numbers: the dial-in numbers a schedule gives for joining by phone (E.164,
//! "+27 87 551 7702"), Zoom's numeric phone passcode, the one-tap string a mobile phone
//! dials in one go, and a South African cell number as an officer types it for "send to
//! phone". Each is checked when made, so nothing unchecked reaches a link or a screen.

use std::fmt;

use crate::zoom::MeetingId;

/// A dial-in number in E.164 form: `+`, a country code and the number, 8 to 15 digits in
/// all; spaces may group them ("+27 87 551 7702"). Kept as written for the screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DialIn {
    written: String,
    digits: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DialInError {
    NoPlus,
    NotADigit(char),
    Length(usize),
    LeadingZero,
}

impl fmt::Display for DialInError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DialInError::NoPlus => f.write_str(
                "write it in international form, starting with + and the country code, like \"+27 87 551 7702\"",
            ),
            DialInError::NotADigit(c) => write!(
                f,
                "only digits and spaces may follow the +, found {c:?}"
            ),
            DialInError::Length(n) => write!(
                f,
                "it has {n} digits; an international number has 8 to 15 (country code included)"
            ),
            DialInError::LeadingZero => f.write_str(
                "a country code never starts with 0: leave out the 0 of the local number after +27",
            ),
        }
    }
}

impl DialIn {
    pub fn parse(text: &str) -> Result<DialIn, DialInError> {
        let written = text.trim();
        let rest = written.strip_prefix('+').ok_or(DialInError::NoPlus)?;
        if let Some(bad) = rest.chars().find(|c| !c.is_ascii_digit() && *c != ' ') {
            return Err(DialInError::NotADigit(bad));
        }
        let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
        if digits.starts_with('0') {
            return Err(DialInError::LeadingZero);
        }
        if !(8..=15).contains(&digits.len()) {
            return Err(DialInError::Length(digits.len()));
        }
        Ok(DialIn {
            written: written.split_whitespace().collect::<Vec<_>>().join(" "),
            digits,
        })
    }

    /// As written, spaces kept: "+27 87 551 7702".
    pub fn as_written(&self) -> &str {
        &self.written
    }

    /// "+27875517702": what a phone dials.
    pub fn dialled(&self) -> String {
        format!("+{}", self.digits)
    }
}

/// Zoom's passcode for joining by phone: digits only (it differs from the text passcode).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhonePasscode(String);

impl PhonePasscode {
    pub fn parse(text: &str) -> Result<PhonePasscode, String> {
        let text = text.trim();
        if let Some(bad) = text.chars().find(|c| !c.is_ascii_digit()) {
            return Err(format!(
                "a phone passcode has only digits (Zoom gives it as numbers), found {bad:?}"
            ));
        }
        if !(1..=10).contains(&text.len()) {
            return Err(format!(
                "a phone passcode has 1 to 10 digits, this one {}",
                text.len()
            ));
        }
        Ok(PhonePasscode(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// What a mobile phone dials in one go: the number, a pause, the meeting ID and #, a
/// longer pause, then * and the passcode and #: "+27875517702,,93826227846#,,,,*123456#".
pub fn one_tap(number: &DialIn, meeting: &MeetingId, passcode: Option<&PhonePasscode>) -> String {
    let mut dial = format!("{},,{}#", number.dialled(), meeting.digits());
    if let Some(passcode) = passcode {
        dial.push_str(&format!(",,,,*{}#", passcode.as_str()));
    }
    dial
}

/// A South African cell number, as people say it: "082 123 4567", "+27 82 123 4567",
/// "27821234567". Kept as its 11 digits with the country code (27821234567), which is what
/// wa.me wants.
#[derive(Clone, PartialEq, Eq)]
pub struct CellNumber(String);

/// Never printed in full: the number is personal information (POPIA) and stays out of logs.
impl fmt::Debug for CellNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("CellNumber(…)")
    }
}

impl CellNumber {
    /// `Err` says what is wrong, for the box as the officer types.
    pub fn parse(text: &str) -> Result<CellNumber, CellError> {
        let mut digits = String::new();
        for (index, c) in text.trim().chars().enumerate() {
            match c {
                '0'..='9' => digits.push(c),
                '+' if index == 0 => {}
                ' ' | '-' | '(' | ')' => {}
                other => return Err(CellError::NotADigit(other)),
            }
        }
        let national = if let Some(rest) = digits.strip_prefix("27") {
            rest.to_owned()
        } else if let Some(rest) = digits.strip_prefix('0') {
            rest.to_owned()
        } else {
            return Err(CellError::NotSouthAfrican);
        };
        if national.len() != 9 {
            return Err(CellError::Length(national.len() + 1));
        }
        // Cell numbers start 06, 07 or 08 (landlines 01–05).
        if !matches!(national.as_bytes()[0], b'6' | b'7' | b'8') {
            return Err(CellError::NotACell);
        }
        Ok(CellNumber(format!("27{national}")))
    }

    /// "27821234567".
    pub fn international_digits(&self) -> &str {
        &self.0
    }

    /// "082 123 4567", as South Africans write it.
    pub fn local(&self) -> String {
        let national = &self.0[2..];
        format!("0{} {} {}", &national[..2], &national[2..5], &national[5..])
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CellError {
    NotADigit(char),
    NotSouthAfrican,
    Length(usize),
    NotACell,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dial_in_numbers_are_international() {
        let number = DialIn::parse(" +27 87 551  7702 ").unwrap();
        assert_eq!(number.as_written(), "+27 87 551 7702");
        assert_eq!(number.dialled(), "+27875517702");
        assert_eq!(DialIn::parse("087 551 7702"), Err(DialInError::NoPlus));
        assert_eq!(
            DialIn::parse("+27 87-551"),
            Err(DialInError::NotADigit('-'))
        );
        assert_eq!(DialIn::parse("+27 1"), Err(DialInError::Length(3)));
        assert_eq!(
            DialIn::parse("+0 87 551 7702"),
            Err(DialInError::LeadingZero)
        );
        assert_eq!(
            DialIn::parse("+1234567890123456"),
            Err(DialInError::Length(16))
        );
    }

    #[test]
    fn the_one_tap_string_dials_the_meeting_and_the_passcode() {
        let number = DialIn::parse("+27 87 551 7702").unwrap();
        let id = MeetingId::parse("938 2622 7846").unwrap();
        let passcode = PhonePasscode::parse("123456").unwrap();
        assert_eq!(
            one_tap(&number, &id, Some(&passcode)),
            "+27875517702,,93826227846#,,,,*123456#"
        );
        assert_eq!(one_tap(&number, &id, None), "+27875517702,,93826227846#");
        assert!(PhonePasscode::parse("12a4").is_err());
        assert!(PhonePasscode::parse("").is_err());
        assert!(PhonePasscode::parse("12345678901").is_err());
    }

    #[test]
    fn cell_numbers_as_people_say_them() {
        for said in [
            "082 123 4567",
            "+27 82 123 4567",
            "27821234567",
            "(082) 123-4567",
            "0821234567",
        ] {
            let cell = CellNumber::parse(said).unwrap();
            assert_eq!(cell.international_digits(), "27821234567", "{said}");
            assert_eq!(cell.local(), "082 123 4567");
        }
        assert_eq!(CellNumber::parse("012 358 9999"), Err(CellError::NotACell));
        assert_eq!(CellNumber::parse("082 123 456"), Err(CellError::Length(9)));
        assert_eq!(
            CellNumber::parse("+44 7700 900123"),
            Err(CellError::NotSouthAfrican)
        );
        assert_eq!(
            CellNumber::parse("082 123 4567; rm"),
            Err(CellError::NotADigit(';'))
        );
        assert_eq!(CellNumber::parse("08+2"), Err(CellError::NotADigit('+')));
        assert_eq!(
            format!("{:?}", CellNumber::parse("0821234567").unwrap()),
            "CellNumber(…)"
        );
    }
}
