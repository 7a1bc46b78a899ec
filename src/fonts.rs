//! The embedded text font, Atkinson Hyperlegible (SIL Open Font License, `assets/fonts`):
//! the window draws with it and printed slips embed it, so every letter Loket shows is one
//! it has (a test reads its character map).

pub const REGULAR: &[u8] = include_bytes!("../assets/fonts/AtkinsonHyperlegible-Regular.ttf");
pub const BOLD: &[u8] = include_bytes!("../assets/fonts/AtkinsonHyperlegible-Bold.ttf");
