//! The banner across the top: the state in words, colour and icon, the clock and the title.
//! Where the window is short (a small screen, large text) it keeps to one line.

use iced::widget::{column, container, row, text};
use iced::{Alignment, Background, Element, Length};

use super::Fit;
use super::widgets::{BANNER, BODY, BOLD, HEADING, icon, tone_icon, wrapping};
use crate::describe;
use crate::ui::app::App;
use crate::ui::message::Message;
use crate::ui::theme::Colors;

pub fn view(app: &App, colors: Colors, fit: Fit) -> Element<'_, Message> {
    let now = app.local_now();
    let headline = describe::headline(app.lang, app.schedule(), &app.overall, &now);
    let background = colors.tone(headline.tone);
    let foreground = colors.on_status;
    let (size, clock_size) = if fit.short() {
        (BODY + 2.0, BODY)
    } else {
        (BANNER, HEADING)
    };
    let mut content = column![
        row![
            icon(tone_icon(headline.tone), size + 6.0, foreground),
            wrapping(headline.text)
                .size(size)
                .font(BOLD)
                .color(foreground)
                .width(Length::Fill),
            // Short of room, the time alone: the headline needs the line.
            text(if fit.short() {
                describe::clock(&now)
            } else {
                describe::day_and_time(app.lang, &now)
            })
            .size(clock_size)
            .font(BOLD)
            .color(foreground),
        ]
        .spacing(14)
        .align_y(Alignment::Center),
    ]
    .spacing(4);
    if !fit.short() {
        content = content.push(
            wrapping(app.schedule().title.get(app.lang).to_owned())
                .size(BODY)
                .color(foreground),
        );
    }
    container(content)
        .padding(if fit.short() { [4, 12] } else { [14, 24] })
        .width(Length::Fill)
        .style(move |_| container::Style {
            background: Some(Background::Color(background)),
            text_color: Some(foreground),
            ..container::Style::default()
        })
        .into()
}
