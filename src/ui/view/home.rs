//! The start screen: one tile per category, in schedule order, with its number key and its
//! own status. Every category's number and name must be on the first screen: tiles with
//! descriptions where they all fit, tiles without them where that fits, and otherwise a
//! list of one line per category (large text on a small screen). Descriptions are on the
//! details screen too.

use iced::widget::{Column, Row, button, column, container, row, text};
use iced::{Alignment, Border, Element, Length};

use super::Context;
use super::widgets::{BODY, BOLD, HEADING, SMALL, bordered, chip, icon, tone_icon, wrapping};
use crate::calendar::Status;
use crate::describe;
use crate::i18n::strings;
use crate::schedule::Category;
use crate::ui::details::Message;
use crate::ui::feed::Feed;
use crate::ui::voice::{self, Voice};

/// How the categories are shown, from the roomiest form that fits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    Tiles {
        descriptions: bool,
    },
    /// One line per category, its words at this size: the largest that fits.
    List {
        size: u16,
    },
}

/// The roomiest form whose estimated height fits the page's first screen. Estimates, from
/// the text sizes and an average glyph width of the embedded font; the layout tests check
/// the outcome at every screen, text size and language.
pub fn form(feed: &Feed, context: Context<'_>) -> Form {
    let (fit, lang) = (context.fit, context.lang);
    let categories = &context.schedule.categories;
    // Staff's strips (a schedule problem, the fleet) take a line each above the page.
    let strips = if context.kiosk {
        0
    } else {
        super::notice::strip_count(feed)
    };
    let room = fit.page_room() - strips as f32 * 50.0 - (BODY + 2.0) * LINE - fit.gap().min(14.0);
    let columns = fit.columns();
    let width =
        (fit.width - fit.page_padding().x() - 16.0 * (columns - 1) as f32) / columns as f32 - 40.0;
    let lines = |words: &str, size: f32| {
        (words.chars().count() as f32 * GLYPH * size / width)
            .ceil()
            .max(1.0)
    };
    for descriptions in [true, false] {
        let heights: Vec<f32> = categories
            .iter()
            .zip(context.statuses)
            .map(|(category, status)| {
                let name = lines(category.name.get(lang), HEADING) * HEADING * LINE;
                let description = if descriptions && !category.description.is_empty() {
                    10.0 + lines(category.description.get(lang), SMALL) * SMALL * LINE
                } else {
                    0.0
                };
                // The key and the status chip share a line while they fit.
                let chip = describe::chip(lang, status, &context.now);
                // (The key, the chip's icon and padding take about eight glyphs' room.)
                let header = lines(&format!("{chip}{:8}", ""), SMALL) * (SMALL * LINE + 14.0);
                40.0 + header + 10.0 + name + description
            })
            .collect();
        let total: f32 = heights
            .chunks(columns)
            .map(|row| row.iter().copied().fold(0.0, f32::max) + 16.0)
            .sum();
        if total <= room {
            return Form::Tiles { descriptions };
        }
    }
    // The list: the largest words whose lines all fit (the heading is left out).
    let room = room + (BODY + 2.0) * LINE + fit.gap().min(14.0);
    let line_width = fit.width - fit.page_padding().x() - 140.0;
    for size in [HEADING, BODY + 2.0] {
        let height: f32 = categories
            .iter()
            .map(|category| {
                let words = category.name.get(lang).chars().count() as f32 * GLYPH * size;
                (words / line_width).ceil().max(1.0) * size * LINE + 10.0 + 4.0
            })
            .sum();
        if height <= room {
            return Form::List { size: size as u16 };
        }
    }
    Form::List { size: SMALL as u16 }
}

/// Line height as a multiple of the text size (iced's default), and the embedded font's
/// average glyph width in bold, as a multiple of the size (measured on the category names).
const LINE: f32 = 1.3;
const GLYPH: f32 = 0.56;

pub fn view<'a>(voice: &Voice, feed: &Feed, context: Context<'a>) -> Element<'a, Message> {
    let fit = context.fit;
    let form = form(feed, context);
    let tiles: Vec<Element<'a, Message>> = context
        .schedule
        .categories
        .iter()
        .zip(context.statuses)
        .enumerate()
        .map(|(index, (category, status))| match form {
            Form::Tiles { descriptions } => tile(context, index, category, status, descriptions),
            Form::List { size } => line(
                context,
                index,
                category,
                status,
                f32::from(size),
                fit.width >= 760.0,
            ),
        })
        .collect();
    let columns = match form {
        Form::Tiles { .. } => fit.columns(),
        Form::List { .. } => 1,
    };
    let list = matches!(form, Form::List { .. });
    let spacing = if list { 4 } else { 16 };
    let mut grid = Column::new().spacing(spacing);
    let mut tiles = tiles.into_iter().peekable();
    while tiles.peek().is_some() {
        let mut line = Row::new().spacing(16);
        for _ in 0..columns {
            line = match tiles.next() {
                Some(tile) => line.push(tile),
                // Keep the last row's tiles as wide as the others.
                None => line.push(container(text("")).width(Length::Fill)),
            };
        }
        grid = grid.push(line);
    }
    // Read aloud works at home too (it reads the banner): say that it is reading, or why
    // it cannot, rather than doing nothing visible.
    let speech = voice::view(voice, context.lang, context.colors);
    // The list leaves out the heading: the room is for the categories.
    let heading = (!list).then(|| {
        wrapping(strings(context.lang).choose_category)
            .size(BODY + 2.0)
            .font(BOLD)
            .into()
    });
    Column::new()
        .extend(heading)
        .extend(speech)
        .push(grid)
        .spacing(fit.gap().min(14.0))
        .into()
}

/// One line per category: its number, its name and its status: in words where the line is
/// wide enough, else as an icon in its colour (the words are on the banner and the details).
fn line<'a>(
    context: Context<'a>,
    index: usize,
    category: &'a Category,
    status: &Status,
    size: f32,
    wide: bool,
) -> Element<'a, Message> {
    let colors = context.colors;
    let tone = describe::tone(status);
    let state = if wide {
        chip(
            tone,
            describe::chip(context.lang, status, &context.now),
            colors,
        )
    } else {
        icon(tone_icon(tone), size + 4.0, colors.tone(tone))
    };
    // A fixed width, so the names line up whatever the number.
    let key = container(text((index + 1).to_string()).size(size).font(BOLD))
        .center_x(size * 1.8)
        .style(move |_| container::Style {
            border: Border::default().rounded(6).width(2).color(colors.text),
            ..container::Style::default()
        });
    button(
        row![
            key,
            wrapping(category.name.get(context.lang).to_owned())
                .size(size)
                .font(BOLD)
                .color(colors.text)
                .width(Length::Fill),
            state,
        ]
        .spacing(10)
        .align_y(Alignment::Center),
    )
    .width(Length::Fill)
    .padding([3, 10])
    .on_press(Message::ChooseCategory(index))
    .style(category_style(context, index, 8.0))
    .into()
}

fn tile<'a>(
    context: Context<'a>,
    index: usize,
    category: &'a Category,
    status: &Status,
    descriptions: bool,
) -> Element<'a, Message> {
    let (colors, now) = (context.colors, context.now);
    let key = container(text((index + 1).to_string()).size(HEADING).font(BOLD))
        .padding([2, 14])
        .style(move |_| container::Style {
            border: Border::default().rounded(8).width(2).color(colors.text),
            ..container::Style::default()
        });
    let header = row![
        key,
        chip(
            describe::tone(status),
            describe::chip(context.lang, status, &now),
            colors
        ),
    ]
    .spacing(12)
    .align_y(Alignment::Center)
    .wrap();
    let mut body = column![
        header,
        wrapping(category.name.get(context.lang).to_owned())
            .size(HEADING)
            .font(BOLD)
            .color(colors.text),
    ]
    .spacing(10);
    if descriptions && !category.description.is_empty() {
        body = body.push(
            wrapping(category.description.get(context.lang).to_owned())
                .size(SMALL)
                .color(colors.muted),
        );
    }
    button(body)
        .width(Length::Fill)
        .padding(20)
        .on_press(Message::ChooseCategory(index))
        .style(category_style(context, index, 14.0))
        .into()
}

/// A category's button, as a tile or a line: the surface, an accent border under the
/// pointer, and the focus ring.
fn category_style(
    context: Context<'_>,
    index: usize,
    radius: f32,
) -> impl Fn(&iced::Theme, button::Status) -> button::Style + use<> {
    let colors = context.colors;
    bordered(
        colors.surface,
        colors.text,
        colors.border,
        colors.accent,
        radius,
        context.has_focus(Message::ChooseCategory(index)),
    )
}
