//! The start screen: one large tile per category, in schedule order, with its number key
//! and its own status.

use iced::widget::{button, column, container, grid, row, space, text};
use iced::{Alignment, Border, Element, Length};

use super::widgets::{BODY, BOLD, HEADING, SMALL, bordered, chip};
use crate::describe;
use crate::i18n::strings;
use crate::ui::app::App;
use crate::ui::message::Message;
use crate::ui::theme::Colors;

pub fn view(app: &App, colors: Colors) -> Element<'_, Message> {
    let now = app.local_now();
    let tiles = app
        .schedule()
        .categories
        .iter()
        .zip(&app.statuses)
        .enumerate()
        .map(|(index, (category, status))| {
            let key = container(text((index + 1).to_string()).size(HEADING).font(BOLD))
                .padding([2, 14])
                .style(move |_| container::Style {
                    border: Border::default().rounded(8).width(2).color(colors.text),
                    ..container::Style::default()
                });
            let header = row![
                key,
                space::horizontal(),
                chip(
                    describe::tone(status),
                    describe::chip(app.lang, status, &now),
                    colors
                ),
            ]
            .align_y(Alignment::Center);
            let body = column![
                header,
                text(category.name.get(app.lang).to_owned())
                    .size(HEADING)
                    .font(BOLD)
                    .color(colors.text),
                text(category.description.get(app.lang).to_owned())
                    .size(SMALL)
                    .color(colors.muted),
            ]
            .spacing(10);
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
        });
    column![
        text(strings(app.lang).choose_category)
            .size(BODY + 2.0)
            .font(BOLD),
        grid(tiles)
            .fluid(420)
            .spacing(16)
            .height(grid::aspect_ratio(420, 230)),
    ]
    .spacing(14)
    .into()
}
