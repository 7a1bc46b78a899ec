//! Loket's icons: glyphs of an icon font embedded like the text font
//! (`assets/fonts/loket-icons.ttf`, a dozen icons cut from Lucide by
//! `assets/fonts/make-icon-font.sh`). Drawn as text, tinted by the view, with no SVG
//! renderer (which loaded the system fonts a second time at start-up).

use iced::Font;

/// The icon font's family name.
pub const FONT: Font = Font::with_name("lucide");

pub const FONT_BYTES: &[u8] = include_bytes!("../../assets/fonts/loket-icons.ttf");

/// One icon: its code point in the icon font.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Icon(pub char);

/// A tick in a circle: open.
pub const OPEN: Icon = Icon('\u{e226}');
/// A clock: closing soon, and "I need more time".
pub const CLOSING: Icon = Icon('\u{e087}');
/// A cross in a circle: closed.
pub const CLOSED: Icon = Icon('\u{e084}');
pub const VIDEO: Icon = Icon('\u{e1a5}');
pub const GLOBE: Icon = Icon('\u{e0e8}');
pub const COPY: Icon = Icon('\u{e09e}');
pub const BACK: Icon = Icon('\u{e06e}');
pub const MAIL: Icon = Icon('\u{e10f}');
pub const WARNING: Icon = Icon('\u{e193}');
pub const INFO: Icon = Icon('\u{e0f9}');
pub const SPEAKER: Icon = Icon('\u{e1ab}');
pub const PRINTER: Icon = Icon('\u{e141}');
/// A handset: joining by telephone.
pub const PHONE: Icon = Icon('\u{e133}');
/// A mobile phone: sending the details to a resident's phone.
pub const SMARTPHONE: Icon = Icon('\u{e163}');

/// Every icon, for the test that the font has them all.
pub const ALL: [Icon; 14] = [
    OPEN, CLOSING, CLOSED, VIDEO, GLOBE, COPY, BACK, MAIL, WARNING, INFO, SPEAKER, PRINTER, PHONE,
    SMARTPHONE,
];

#[cfg(test)]
mod tests {
    #[test]
    fn the_icon_font_has_every_icon_and_is_the_named_family() {
        let face = ttf_parser::Face::parse(super::FONT_BYTES, 0).unwrap();
        for icon in super::ALL {
            assert!(
                face.glyph_index(icon.0).is_some(),
                "U+{:04X} is not in loket-icons.ttf",
                icon.0 as u32
            );
        }
        let family = face
            .names()
            .into_iter()
            .find(|name| name.name_id == ttf_parser::name_id::FAMILY)
            .and_then(|name| name.to_string());
        assert_eq!(
            family.as_deref(),
            Some("lucide"),
            "iced finds the font by this name"
        );
    }
}
