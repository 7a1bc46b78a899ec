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

    let toggle = if problems.is_empty() {
        (s.more, s.less)
    } else {
        (s.show_problems, s.hide_problems)
    };
    let mut content: Column<'a, Message> =
        column![one_line(handle, message, toggle, feed.strips_open, context)].spacing(8);
    if feed.strips_open {
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

/// A strip's line: its icon, its words (cut to one line until the strip is opened) and the
/// button that opens or closes it (a tap: staff's strips take one line each at large text).
pub fn one_line<'a>(
    handle: &icons::Icon,
    words: String,
    (open_label, close_label): (&str, &str),
    open: bool,
    context: Context<'a>,
) -> Element<'a, Message> {
    let colors = context.colors;
    let words: Element<'a, Message> = if open {
        text(words).size(SMALL).width(Length::Fill).into()
    } else {
        container(text(words).size(SMALL).wrapping(text::Wrapping::None))
            .width(Length::Fill)
            .clip(true)
            .into()
    };
    row![
        icon(handle, SMALL + 4.0, colors.text),
        words,
        choice(
            if open { close_label } else { open_label }.to_owned(),
            Message::ToggleProblems,
            false,
            colors,
            context.has_focus(Message::ToggleProblems),
        ),
    ]
    .spacing(10)
    .align_y(Alignment::Center)
    .into()
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

/// The strip about translation files with problems (a broken or incomplete `.ftl` in a
/// `locales` folder): which file, how many problems, and that English fills the gaps;
/// opened, every finding at its line and column.
pub fn locales<'a>(feed: &'a Feed, context: Context<'a>) -> Option<Element<'a, Message>> {
    let catalog = crate::locale::current();
    if catalog.problems.is_empty() {
        return None;
    }
    let s = strings(context.lang);
    let lines: Vec<String> = catalog
        .problems
        .iter()
        .map(|file| {
            let name = file.path.file_name().map_or_else(
                || file.path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            i18n::locale_problems(context.lang, &name, file.findings.len())
        })
        .collect();
    let mut content: Column<'a, Message> = column![one_line(
        &icons::WARNING,
        lines.join(" · "),
        (s.show_problems, s.hide_problems),
        feed.strips_open,
        context
    )]
    .spacing(8);
    if feed.strips_open {
        for file in &catalog.problems {
            for finding in &file.findings {
                content = content.push(
                    text(format!("{}:{finding}", file.path.display()))
                        .size(SMALL)
                        .font(BOLD),
                );
            }
        }
    }
    Some(strip(content.into(), context.colors))
}

/// How many strips staff see (about the file, the fleet, translation files), without
/// building them: the same conditions as [`view`], [`super::fleet::view`] and [`locales`].
pub fn strip_count(feed: &Feed) -> usize {
    let file = feed.live.trouble.is_some() || feed.live.origin != Origin::File;
    let fleet = feed.fleet.is_some() || feed.fleet_error.is_some();
    let locales = !crate::locale::current().problems.is_empty();
    usize::from(file) + usize::from(fleet) + usize::from(locales)
}

/// Whether staff see a strip, with its open/close button.
pub fn has_strip(feed: &Feed) -> bool {
    strip_count(feed) > 0
}

/// A strip with one line and no button (it needs no opening).
pub fn plain<'a, M: 'a>(handle: &icons::Icon, words: String, colors: Colors) -> Element<'a, M> {
    strip(
        row![
            icon(handle, SMALL + 4.0, colors.text),
            text(words).size(SMALL).width(Length::Fill)
        ]
        .spacing(10)
        .align_y(Alignment::Center)
        .into(),
        colors,
    )
}
