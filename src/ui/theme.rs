//! Light, dark and high-contrast colours. Every status has a colour *and* a word and an
//! icon; colour is never the only signal.

use iced::theme::Palette;
use iced::{Color, Theme, color};
use serde::{Deserialize, Serialize};

use crate::describe::Tone;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ThemeChoice {
    #[default]
    Light,
    Dark,
    HighContrast,
}

impl ThemeChoice {
    /// The next theme, for the footer's one theme button.
    pub fn next(self) -> ThemeChoice {
        match self {
            ThemeChoice::Light => ThemeChoice::Dark,
            ThemeChoice::Dark => ThemeChoice::HighContrast,
            ThemeChoice::HighContrast => ThemeChoice::Light,
        }
    }

    pub const ALL: [ThemeChoice; 3] = [
        ThemeChoice::Light,
        ThemeChoice::Dark,
        ThemeChoice::HighContrast,
    ];
}

/// The colours Loket's own widgets use.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Colors {
    pub background: Color,
    /// Tiles and panels.
    pub surface: Color,
    pub border: Color,
    pub text: Color,
    /// Secondary text (descriptions).
    pub muted: Color,
    pub accent: Color,
    pub on_accent: Color,
    pub open: Color,
    pub closing: Color,
    pub closed: Color,
    /// Text on the status colours.
    pub on_status: Color,
}

impl Colors {
    pub fn of(choice: ThemeChoice) -> Colors {
        match choice {
            ThemeChoice::Light => Colors {
                background: color!(0xf4f4f1),
                surface: color!(0xffffff),
                border: color!(0x8a8a85),
                text: color!(0x161616),
                muted: color!(0x3d3d3a),
                accent: color!(0x0a4f94),
                on_accent: color!(0xffffff),
                open: color!(0x14602c),
                closing: color!(0x8a4200),
                closed: color!(0x9b1c14),
                on_status: color!(0xffffff),
            },
            ThemeChoice::Dark => Colors {
                background: color!(0x121417),
                surface: color!(0x1d2126),
                // 3:1 or more against the surface and the background (WCAG 1.4.11).
                border: color!(0x7d8792),
                text: color!(0xf2f2f2),
                muted: color!(0xc9ccd1),
                accent: color!(0x9cc8ff),
                on_accent: color!(0x0b1a2b),
                open: color!(0x7fe0a0),
                closing: color!(0xffc47a),
                closed: color!(0xff9b93),
                on_status: color!(0x101010),
            },
            ThemeChoice::HighContrast => Colors {
                background: color!(0x000000),
                surface: color!(0x000000),
                border: color!(0xffffff),
                text: color!(0xffffff),
                muted: color!(0xffffff),
                accent: color!(0xffff00),
                on_accent: color!(0x000000),
                open: color!(0x00ff7f),
                closing: color!(0xffd400),
                closed: color!(0xff8c8c),
                on_status: color!(0x000000),
            },
        }
    }

    pub fn tone(&self, tone: Tone) -> Color {
        match tone {
            Tone::Open => self.open,
            Tone::ClosingSoon => self.closing,
            Tone::Closed => self.closed,
        }
    }
}

pub fn theme(choice: ThemeChoice) -> Theme {
    let c = Colors::of(choice);
    let name = match choice {
        ThemeChoice::Light => "Loket light",
        ThemeChoice::Dark => "Loket dark",
        ThemeChoice::HighContrast => "Loket high contrast",
    };
    Theme::custom(
        name,
        Palette {
            background: c.background,
            text: c.text,
            primary: c.accent,
            success: c.open,
            warning: c.closing,
            danger: c.closed,
        },
    )
}

/// WCAG 2 contrast ratio between two colours.
pub fn contrast(a: Color, b: Color) -> f32 {
    fn luminance(c: Color) -> f32 {
        let lin = |v: f32| {
            if v <= 0.039_28 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b)
    }
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(c: &Colors) -> Vec<(&'static str, Color, Color)> {
        vec![
            ("text on background", c.text, c.background),
            ("text on surface", c.text, c.surface),
            ("muted on surface", c.muted, c.surface),
            ("muted on background", c.muted, c.background),
            ("button text", c.on_accent, c.accent),
            ("open chip", c.on_status, c.open),
            ("closing chip", c.on_status, c.closing),
            ("closed chip", c.on_status, c.closed),
        ]
    }

    #[test]
    fn high_contrast_text_is_at_least_7_to_1() {
        for (what, fg, bg) in pairs(&Colors::of(ThemeChoice::HighContrast)) {
            let ratio = contrast(fg, bg);
            assert!(ratio >= 7.0, "{what}: {ratio:.2}");
        }
    }

    #[test]
    fn every_theme_meets_wcag_aa_for_all_text() {
        for choice in ThemeChoice::ALL {
            for (what, fg, bg) in pairs(&Colors::of(choice)) {
                let ratio = contrast(fg, bg);
                assert!(ratio >= 4.5, "{choice:?} {what}: {ratio:.2}");
            }
        }
    }

    #[test]
    fn borders_stand_out_at_least_3_to_1() {
        for choice in ThemeChoice::ALL {
            let colors = Colors::of(choice);
            for (what, against) in [
                ("surface", colors.surface),
                ("background", colors.background),
            ] {
                let ratio = contrast(colors.border, against);
                assert!(ratio >= 3.0, "{choice:?} border on {what}: {ratio:.2}");
            }
        }
    }

    #[test]
    fn contrast_is_the_wcag_formula() {
        assert!((contrast(Color::BLACK, Color::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast(Color::WHITE, Color::WHITE) - 1.0).abs() < 0.001);
    }
}
