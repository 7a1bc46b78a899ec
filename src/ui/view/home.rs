//! The start screen: one large tile per category, in schedule order, with its number key
//! and its own status. Tiles grow to their content (nothing is cut), and there are as many
//! columns as fit the width at this text size.

use iced::widget::{Column, Row, button, column, container, row, text};
use iced::{Alignment, Border, Element, Length};

use super::Fit;
use super::widgets::{BODY, BOLD, HEADING, SMALL, bordered, chip, wrapping};
use crate::calendar::Status;
use crate::describe;
use crate::i18n::strings;
use crate::schedule::Category;
use crate::ui::app::{App, Feedback};
use crate::ui::message::Message;
use crate::ui::theme::Colors;

pub fn view(app: &App, colors: Colors, fit: Fit) -> Element<'_, Message> {
    let tiles: Vec<Element<'_, Message>> = app
        .schedule()
        .categories
        .iter()
        .zip(&app.statuses)
        .enumerate()
        .map(|(index, (category, status))| tile(app, index, category, status, colors))
        .collect();
    let columns = fit.columns();
    let mut grid = Column::new().spacing(16);
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
    let speech = matches!(
        app.feedback,
        Some(Feedback::Speaking | Feedback::SpeechFailed(_))
    )
    .then(|| super::details::feedback(app, colors));
    column![
        wrapping(strings(app.lang).choose_category)
            .size(BODY + 2.0)
            .font(BOLD),
    ]
    .extend(speech)
    .push(grid)
    .spacing(fit.gap().min(14.0))
    .into()
}

fn tile<'a>(
    app: &'a App,
    index: usize,
    category: &'a Category,
    status: &Status,
    colors: Colors,
) -> Element<'a, Message> {
    let now = app.local_now();
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
            describe::chip(app.lang, status, &now),
            colors
        ),
    ]
    .spacing(12)
    .align_y(Alignment::Center)
    .wrap();
    let mut body = column![
        header,
        wrapping(category.name.get(app.lang).to_owned())
            .size(HEADING)
            .font(BOLD)
            .color(colors.text),
    ]
    .spacing(10);
    if !category.description.is_empty() {
        body = body.push(
            wrapping(category.description.get(app.lang).to_owned())
                .size(SMALL)
                .color(colors.muted),
        );
    }
    button(body)
        .width(Length::Fill)
        .padding(20)
        .on_press(Message::ChooseCategory(index))
        .style(bordered(
            colors.surface,
            colors.text,
            colors.border,
            colors.accent,
            14.0,
        ))
        .into()
}
