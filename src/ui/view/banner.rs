//! The banner across the top: the state in words, colour and icon, the clock and the title.
//! Where the window is short (a small screen, large text) the headline keeps to two lines
//! and the date and time stack at its side.

use iced::widget::{column, container, row, text};
use iced::{Alignment, Background, Element, Length};

use super::Context;
use super::widgets::{
    BANNER, BODY, BOLD, HEADING, SMALL, icon, keep_together, tone_icon, wrapping,
};
use crate::describe;
use crate::i18n;

pub fn view<'a, M: 'a>(context: Context<'a>) -> Element<'a, M> {
    let (colors, fit, lang, now) = (context.colors, context.fit, context.lang, context.now);
    let headline = describe::headline(lang, context.schedule, context.overall, &now);
    let background = colors.tone(headline.tone);
    let foreground = colors.on_status;
    // Short of room (a small screen, large text): a smaller headline that keeps to two
    // lines, and the date and time stacked at the side.
    let size = match (fit.short(), fit.width) {
        (false, width) if width < 1000.0 => HEADING,
        (false, _) => BANNER,
        (true, width) if width < 700.0 => SMALL,
        (true, _) => BODY + 2.0,
    };
    let clock: Element<'a, M> = if fit.short() {
        column![
            text(keep_together(&i18n::short_date(lang, now.date_naive())))
                .size(SMALL)
                .font(BOLD)
                .color(foreground),
            text(describe::clock(&now))
                .size(SMALL)
                .font(BOLD)
                .color(foreground),
        ]
        .align_x(Alignment::End)
        .into()
    } else {
        text(keep_together(&describe::day_and_time(lang, &now)))
            .size(HEADING)
            .font(BOLD)
            .color(foreground)
            .into()
    };
    let mut content = column![
        row![
            icon(tone_icon(headline.tone), size + 6.0, foreground),
            wrapping(keep_together(&headline.text))
                .size(size)
                .font(BOLD)
                .color(foreground)
                .width(Length::Fill),
            clock,
        ]
        .spacing(if fit.short() { 10 } else { 14 })
        .align_y(Alignment::Center),
    ]
    .spacing(4);
    if !fit.short() {
        content = content.push(
            wrapping(context.schedule.title.get(lang).to_owned())
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
