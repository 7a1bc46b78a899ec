//! The embedded font must draw every letter Loket shows: every character of every built-in
//! translation (š in Sepedi, for one), of the bundled schedule, and the letters Sepedi and
//! Setswana write that the drafts may not use yet (ê, ô). A missing glyph would draw as an
//! empty box, or in a fallback font a kiosk may not have. Read from the fonts' own
//! character maps.

use loket::ui::{FONT_BOLD, FONT_REGULAR};

/// Letters of South African languages written in Latin script beyond ASCII: Sepedi and
/// Setswana (š, ê, ô), Afrikaans (ê, ë, ï, ô, û, é, è, ŉ aside).
const SOUTH_AFRICAN_LETTERS: &str = "šŠêÊôÔëËïÏûÛéÉèÈáÁóÓ";

fn missing(font: &[u8], text: &str) -> Vec<String> {
    let face = ttf_parser::Face::parse(font, 0).unwrap();
    let mut missing: Vec<String> = text
        .chars()
        .filter(|c| !c.is_control() && face.glyph_index(*c).is_none())
        .map(|c| format!("{c} (U+{:04X})", c as u32))
        .collect();
    missing.sort();
    missing.dedup();
    missing
}

#[test]
fn the_embedded_fonts_draw_every_letter_loket_shows() {
    let mut texts: Vec<(String, String)> = loket::locale::BUILT_IN
        .iter()
        .map(|(code, text)| (format!("{code}.ftl"), (*text).to_owned()))
        .collect();
    texts.push((
        "schedule.ron".to_owned(),
        loket::schedule::BUNDLED.to_owned(),
    ));
    texts.push((
        "South African letters".to_owned(),
        SOUTH_AFRICAN_LETTERS.to_owned(),
    ));
    for (name, font) in [("Regular", FONT_REGULAR), ("Bold", FONT_BOLD)] {
        for (what, text) in &texts {
            let gone = missing(font, text);
            assert!(
                gone.is_empty(),
                "Atkinson Hyperlegible {name} has no glyph in {what} for {gone:?}"
            );
        }
    }
}

#[test]
fn the_check_itself_notices_a_missing_glyph() {
    // Tshivenda's ḓ is not in Atkinson Hyperlegible: the check must say so.
    assert_eq!(missing(FONT_REGULAR, "aḓa"), ["ḓ (U+1E13)"]);
}
