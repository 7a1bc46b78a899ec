//! The strip under the banner that tells staff about the schedule file: running on the
//! built-in copy, or a broken or missing file while the last good schedule stays in use.

use iced::widget::{Column, column, container, row, text};
use iced::{Alignment, Background, Border, Element, Length};

use super::Context;
use super::widgets::{BOLD, SMALL, choice, icon};
use crate::i18n::{self, FileState, InUse, strings};
use crate::live::{FileTrouble, Origin};
use crate::source;
use crate::ui::feed::{Feed, Message};
use crate::ui::icons;
use crate::ui::theme::Colors;

pub fn view<'a>(feed: &'a Feed, context: Context<'a>) -> Option<Element<'a, Message>> {
    let (lang, colors) = (context.lang, context.colors);
    let s = strings(lang);
    let live = &feed.live;
    let loaded_at = crate::describe::clock(&live.loaded_at.with_timezone(&live.schedule.time_zone));
    let file = live
        .source
        .path()
        .and_then(|p| p.file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| source::FILE_NAME.to_owned());
    let in_use = match live.origin {
        Origin::File => InUse::Loaded(&loaded_at),
        Origin::LastGood => InUse::LastGoodCopy,
        Origin::Builtin => InUse::BuiltIn,
    };
    let folder = source::user_config_file()
        .and_then(|p| p.parent().map(|d| d.display().to_string()))
        .unwrap_or_default();
    let (handle, state, problems): (_, _, &[_]) = match &live.trouble {
        Some(FileTrouble::Rejected(problems)) => (
            &icons::WARNING,
            FileState::Problems(problems.len()),
            problems,
        ),
        Some(FileTrouble::Unreadable(_)) => (&icons::WARNING, FileState::Unreadable, &[]),
        Some(FileTrouble::Unverified(_)) => (&icons::WARNING, FileState::Unverified, &[]),
        None if live.origin != Origin::File => (&icons::INFO, FileState::NoFile(&folder), &[]),
        None => return None,
    };
    let message = i18n::file_notice(lang, &file, state, in_use);

    let mut line = row![
        icon(handle, SMALL + 4.0, colors.text),
        text(message).size(SMALL).width(Length::Fill),
    ]
    .spacing(10)
    .align_y(Alignment::Center);
    if !problems.is_empty() {
        let label = if feed.show_problems {
            s.hide_problems
        } else {
            s.show_problems
        };
        line = line.push(choice(
            label.to_owned(),
            Message::ToggleProblems,
            false,
            colors,
            context.has_focus(Message::ToggleProblems),
        ));
    }
    let mut content: Column<'a, Message> = column![line].spacing(8);
    if feed.show_problems {
        for problem in problems {
            content = content.push(
                text(format!(
                    "{}: {}: {}",
                    problem.at, problem.severity, problem.message
                ))
                .size(SMALL)
                .font(BOLD),
            );
        }
    }
    Some(strip(content.into(), colors))
}

/// A staff strip under the banner: the page's width, on the surface colour, with a border.
pub fn strip<'a, M: 'a>(content: Element<'a, M>, colors: Colors) -> Element<'a, M> {
    let background = colors.surface;
    container(content)
        .padding([10, 24])
        .width(Length::Fill)
        .style(move |_| container::Style {
            background: Some(Background::Color(background)),
            text_color: Some(colors.text),
            border: Border::default().width(1).color(colors.border),
            ..container::Style::default()
        })
        .into()
}

/// Whether the strip has a "Show problems" button (the file has problems to list).
pub fn has_problems(feed: &Feed) -> bool {
    matches!(&feed.live.trouble, Some(FileTrouble::Rejected(problems)) if !problems.is_empty())
}
