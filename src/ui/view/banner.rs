//! The banner across the top: the state in words, colour and icon, the clock and the title.

use iced::widget::{column, container, row, space, text};
use iced::{Alignment, Background, Element, Length};

use super::widgets::{BANNER, BODY, BOLD, HEADING, icon, tone_icon};
use crate::describe;
use crate::ui::app::App;
use crate::ui::message::Message;
use crate::ui::theme::Colors;

pub fn view(app: &App, colors: Colors) -> Element<'_, Message> {
    let now = app.local_now();
    let headline = describe::headline(app.lang, app.schedule(), &app.overall, &now);
    let background = colors.tone(headline.tone);
    let foreground = colors.on_status;
    container(
        column![
            row![
                icon(tone_icon(headline.tone), BANNER + 6.0, foreground),
                text(headline.text)
                    .size(BANNER)
                    .font(BOLD)
                    .color(foreground)
                    .width(Length::Fill),
                text(describe::day_and_time(app.lang, &now))
                    .size(HEADING)
                    .font(BOLD)
                    .color(foreground),
            ]
            .spacing(14)
            .align_y(Alignment::Center),
            row![
                space::horizontal().width(BANNER + 20.0),
                text(app.schedule().title.get(app.lang).to_owned())
                    .size(BODY)
                    .color(foreground),
            ],
        ]
        .spacing(4),
    )
    .padding([16, 24])
    .width(Length::Fill)
    .style(move |_| container::Style {
        background: Some(Background::Color(background)),
        text_color: Some(foreground),
        ..container::Style::default()
    })
    .into()
}
