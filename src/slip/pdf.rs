//! A slip as a PDF, laid out here: A4 (a margin of 2 cm, large type) or an 80 mm thermal
//! receipt roll (as long as the slip needs). Text in the embedded Atkinson Hyperlegible,
//! wrapped by measuring each word with the font's own advances; the join link as a QR code
//! drawn from its modules, dark on the white page with a quiet zone, so it scans.

use krilla::Document;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::text::{Font, TextDirection};

use super::Slip;
use crate::fonts;
use crate::schedule::Paper;

/// Points per millimetre.
const MM: f32 = 72.0 / 25.4;

/// Sizes for one paper, in points.
struct Sizes {
    width: f32,
    /// A4's fixed height; a receipt is as long as its content.
    height: Option<f32>,
    margin: f32,
    small: f32,
    body: f32,
    heading: f32,
    value: f32,
    qr: f32,
}

impl Sizes {
    fn of(paper: Paper) -> Sizes {
        match paper {
            Paper::A4 => Sizes {
                width: 210.0 * MM,
                height: Some(297.0 * MM),
                margin: 20.0 * MM,
                small: 11.0,
                body: 14.0,
                heading: 26.0,
                value: 34.0,
                qr: 52.0 * MM,
            },
            // 80 mm paper prints about 72 mm wide.
            Paper::Receipt80 => Sizes {
                width: 80.0 * MM,
                height: None,
                margin: 4.0 * MM,
                small: 8.0,
                body: 10.0,
                heading: 15.0,
                value: 20.0,
                qr: 46.0 * MM,
            },
        }
    }
}

/// One thing to draw, placed.
enum Mark {
    Text {
        x: f32,
        baseline: f32,
        size: f32,
        bold: bool,
        text: String,
    },
    Qr {
        x: f32,
        y: f32,
        size: f32,
    },
    Rule {
        y: f32,
    },
}

/// Lays the slip out top to bottom.
struct Layout<'a> {
    sizes: &'a Sizes,
    regular: ttf_parser::Face<'static>,
    bold: ttf_parser::Face<'static>,
    y: f32,
    marks: Vec<Mark>,
}

impl Layout<'_> {
    fn text_width(&self, text: &str, size: f32, bold: bool) -> f32 {
        let face = if bold { &self.bold } else { &self.regular };
        let units: f32 = text
            .chars()
            .map(|c| {
                face.glyph_index(c)
                    .and_then(|g| face.glyph_hor_advance(g))
                    .map_or(0.0, f32::from)
            })
            .sum();
        units * size / f32::from(face.units_per_em())
    }

    /// Words onto lines no wider than the page's text width; a word longer than a line
    /// (a link) is broken between characters.
    fn wrap(&self, text: &str, size: f32, bold: bool) -> Vec<String> {
        let room = self.sizes.width - 2.0 * self.sizes.margin;
        let mut lines = Vec::new();
        let mut line = String::new();
        for word in text.split(' ') {
            let candidate = if line.is_empty() {
                word.to_owned()
            } else {
                format!("{line} {word}")
            };
            if self.text_width(&candidate, size, bold) <= room {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            for c in word.chars() {
                let longer = format!("{line}{c}");
                if self.text_width(&longer, size, bold) > room && !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                line.push(c);
            }
        }
        if !line.is_empty() {
            lines.push(line);
        }
        lines
    }

    /// A paragraph at `size`, then `after` points of space.
    fn paragraph(&mut self, text: &str, size: f32, bold: bool, after: f32) {
        for line in self.wrap(text, size, bold) {
            self.y += size * 1.1;
            self.marks.push(Mark::Text {
                x: self.sizes.margin,
                baseline: self.y,
                size,
                bold,
                text: line,
            });
            self.y += size * 0.25;
        }
        self.y += after;
    }

    fn rule(&mut self) {
        self.y += self.sizes.body * 0.4;
        self.marks.push(Mark::Rule { y: self.y });
        self.y += self.sizes.body * 0.8;
    }
}

/// A slip's PDF and its page's size, which the printer is told (a receipt roll is cut at
/// the slip's length).
pub struct Rendered {
    pub bytes: Vec<u8>,
    pub width_mm: f32,
    pub height_mm: f32,
}

/// The slip's PDF.
pub fn render(slip: &Slip, paper: Paper) -> Rendered {
    let sizes = Sizes::of(paper);
    let face =
        |bytes: &'static [u8]| ttf_parser::Face::parse(bytes, 0).expect("the embedded font parses");
    let mut layout = Layout {
        sizes: &sizes,
        regular: face(fonts::REGULAR),
        bold: face(fonts::BOLD),
        y: sizes.margin - sizes.body,
        marks: Vec::new(),
    };
    let s = &sizes;
    layout.paragraph(&slip.title, s.body, false, s.body * 0.3);
    layout.paragraph(&slip.category, s.heading, true, s.body * 0.5);
    for (label, value) in &slip.credentials {
        layout.paragraph(label, s.small, false, 0.0);
        layout.paragraph(value, s.value, true, s.body * 0.4);
    }
    layout.paragraph(&slip.status, s.body, true, s.body * 0.3);
    layout.rule();
    for (index, line) in slip.week.iter().enumerate() {
        layout.paragraph(
            line,
            if index == 0 { s.small } else { s.body },
            index > 0,
            0.0,
        );
    }
    if !slip.by_phone.is_empty() {
        layout.rule();
        for (index, line) in slip.by_phone.iter().enumerate() {
            let last = index + 1 == slip.by_phone.len();
            // The heading small; the steps and the one-tap string at body size (a thermal
            // printer's small type is hard to read).
            let size = if index == 0 { s.small } else { s.body };
            layout.paragraph(line, size, index > 0 && !last, 0.0);
        }
    }
    layout.rule();
    // The QR code, centred, with its caption.
    let qr_x = (s.width - s.qr) / 2.0;
    layout.marks.push(Mark::Qr {
        x: qr_x,
        y: layout.y,
        size: s.qr,
    });
    layout.y += s.qr + s.body * 0.3;
    layout.paragraph(&slip.qr_caption, s.body, true, 0.0);
    layout.paragraph(&slip.qr_link, s.small, false, s.body * 0.3);
    if !slip.help.is_empty() {
        layout.rule();
        for (index, line) in slip.help.iter().enumerate() {
            layout.paragraph(
                line,
                if index == 0 { s.small } else { s.body },
                index > 0,
                0.0,
            );
        }
    }
    layout.rule();
    layout.paragraph(&slip.printed, s.small, false, 0.0);
    let height = s.height.unwrap_or(layout.y + s.margin);
    Rendered {
        bytes: draw(&layout.marks, &sizes, height, &slip.qr_link, &slip.title),
        width_mm: s.width / MM,
        height_mm: height / MM,
    }
}

fn draw(marks: &[Mark], sizes: &Sizes, height: f32, link: &str, title: &str) -> Vec<u8> {
    let font = |bytes: &'static [u8]| {
        Font::new(bytes.to_vec().into(), 0).expect("the embedded font loads")
    };
    let (regular, bold) = (font(fonts::REGULAR), font(fonts::BOLD));
    let mut document = Document::new();
    document.set_metadata(Metadata::new().title(format!("Loket: {title}")));
    let settings = PageSettings::from_wh(sizes.width, height).expect("a slip has a size");
    let mut page = document.start_page_with(settings);
    let mut surface = page.surface();
    for mark in marks {
        match mark {
            Mark::Text {
                x,
                baseline,
                size,
                bold: is_bold,
                text,
            } => surface.draw_text(
                Point::from_xy(*x, *baseline),
                if *is_bold {
                    bold.clone()
                } else {
                    regular.clone()
                },
                *size,
                text,
                false,
                TextDirection::Auto,
            ),
            Mark::Rule { y } => {
                if let Some(rect) =
                    Rect::from_xywh(sizes.margin, *y, sizes.width - 2.0 * sizes.margin, 0.8)
                {
                    let mut path = PathBuilder::new();
                    path.push_rect(rect);
                    if let Some(path) = path.finish() {
                        surface.draw_path(&path);
                    }
                }
            }
            Mark::Qr { x, y, size } => {
                if let Some(path) = qr_path(link, *x, *y, *size) {
                    surface.draw_path(&path);
                }
            }
        }
    }
    surface.finish();
    page.finish();
    document
        .finish()
        .expect("a slip of text and rectangles always writes")
}

/// The QR code's dark modules as one path of squares (the page around it is the white
/// quiet zone).
fn qr_path(link: &str, x: f32, y: f32, size: f32) -> Option<krilla::geom::Path> {
    let code = qrcode::QrCode::with_error_correction_level(link, qrcode::EcLevel::M).ok()?;
    let width = code.width();
    let module = size / width as f32;
    let mut path = PathBuilder::new();
    for (index, colour) in code.to_colors().iter().enumerate() {
        if *colour == qrcode::Color::Dark {
            let (row, column) = (index / width, index % width);
            let cell = Rect::from_xywh(
                x + column as f32 * module,
                y + row as f32 * module,
                // A hair wider, so neighbouring squares leave no seam in a rasteriser.
                module + 0.05,
                module + 0.05,
            )?;
            path.push_rect(cell);
        }
    }
    path.finish()
}
