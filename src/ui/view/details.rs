//! One category: its hosts, the meeting ID and passcode in large type, join and copy
//! buttons, a QR code for the resident's phone, what to have ready and where to get help.

use iced::widget::{column, container, qr_code, row, text};
use iced::{Alignment, Background, Border, Color, Element, Length};

use super::widgets::{
    BODY, BOLD, Emphasis, HEADING, HUGE, SMALL, action, chip, choice, icon, panel,
};
use crate::calendar::Status;
use crate::describe;
use crate::i18n::strings;
use crate::schedule::{Category, Host};
use crate::ui::app::{App, Feedback};
use crate::ui::icons;
use crate::ui::message::{CopyWhat, JoinWith, Message};
use crate::ui::theme::Colors;

pub fn view<'a>(
    app: &'a App,
    index: usize,
    category: &'a Category,
    host: &'a Host,
    colors: Colors,
) -> Element<'a, Message> {
    let left = column![
        title(app, category, colors),
        state(app, index, colors),
        hosts(app, category, colors),
        credentials(app, host, colors),
        buttons(app, colors),
        feedback(app, colors),
        have_ready(app, category, colors),
        help(app, colors),
    ]
    .spacing(18)
    .width(Length::FillPortion(3));
    let right = column![qr(app, host, colors)]
        .width(Length::FillPortion(2))
        .align_x(Alignment::Center);
    row![left, right].spacing(28).into()
}

fn title<'a>(app: &'a App, category: &'a Category, colors: Colors) -> Element<'a, Message> {
    let s = strings(app.lang);
    row![
        action(
            &icons::BACK,
            s.back,
            Message::Back,
            Emphasis::Secondary,
            colors
        ),
        text(category.name.get(app.lang).to_owned())
            .size(HEADING + 8.0)
            .font(BOLD),
    ]
    .spacing(20)
    .align_y(Alignment::Center)
    .into()
}

/// The category's own status; when closed, plainly that the hosts are offline and when they
/// return (the buttons stay: a resident may join later, or the schedule may be wrong).
fn state(app: &App, index: usize, colors: Colors) -> Element<'_, Message> {
    let s = strings(app.lang);
    let now = app.local_now();
    let Some(status) = app.statuses.get(index) else {
        return column![].into();
    };
    let tone = describe::tone(status);
    let headline = describe::headline(app.lang, app.schedule(), status, &now);
    let mut content = column![chip(tone, headline.text, colors)].spacing(8);
    if let Status::Closed { opens_at, .. } = status {
        let mut offline = s.hosts_offline.to_owned();
        if let Some(at) = opens_at {
            offline = format!(
                "{offline} {} {}.",
                s.they_return,
                describe::when(app.lang, at, &now)
            );
        }
        content = content.push(text(offline).size(BODY).font(BOLD));
    }
    content.into()
}

fn hosts<'a>(app: &'a App, category: &'a Category, colors: Colors) -> Element<'a, Message> {
    let s = strings(app.lang);
    if category.hosts.len() < 2 {
        return column![].into();
    }
    let suggested = category_index(app).and_then(|i| app.suggested.get(i).copied());
    let choices = category.hosts.iter().enumerate().map(|(i, host)| {
        let mut label = host.label.get(app.lang).to_owned();
        if Some(i) == suggested {
            label = format!("{label} · {}", s.suggested);
        }
        choice(label, Message::ChooseHost(i), i == app.host, colors)
    });
    row(choices).spacing(10).wrap().into()
}

fn category_index(app: &App) -> Option<usize> {
    app.category().map(|(i, _)| i)
}

fn credentials<'a>(app: &'a App, host: &'a Host, colors: Colors) -> Element<'a, Message> {
    let s = strings(app.lang);
    let value = |label: &'a str, value: String| {
        column![
            text(label).size(BODY).color(colors.muted),
            text(value).size(HUGE).font(BOLD),
        ]
        .spacing(2)
    };
    panel(
        row![
            value(s.meeting_id, host.meeting_id.grouped()).width(Length::FillPortion(3)),
            value(s.passcode, host.passcode.as_str().to_owned()).width(Length::FillPortion(2)),
        ]
        .spacing(24),
        colors,
    )
    .into()
}

fn buttons(app: &App, colors: Colors) -> Element<'_, Message> {
    let s = strings(app.lang);
    column![
        row![
            action(
                &icons::VIDEO,
                s.open_in_zoom,
                Message::Join(JoinWith::App),
                Emphasis::Primary,
                colors
            ),
            action(
                &icons::GLOBE,
                s.open_in_browser,
                Message::Join(JoinWith::Browser),
                Emphasis::Secondary,
                colors
            ),
        ]
        .spacing(12)
        .wrap(),
        row![
            action(
                &icons::COPY,
                s.copy_id,
                Message::Copy(CopyWhat::MeetingId),
                Emphasis::Secondary,
                colors
            ),
            action(
                &icons::COPY,
                s.copy_passcode,
                Message::Copy(CopyWhat::Passcode),
                Emphasis::Secondary,
                colors
            ),
            action(
                &icons::COPY,
                s.copy_both,
                Message::Copy(CopyWhat::Both),
                Emphasis::Secondary,
                colors
            ),
        ]
        .spacing(12)
        .wrap(),
    ]
    .spacing(12)
    .into()
}

fn feedback(app: &App, colors: Colors) -> Element<'_, Message> {
    let s = strings(app.lang);
    let (handle, message, tint) = match &app.feedback {
        None => return column![].into(),
        Some(Feedback::Copied(copied)) => (
            &icons::OPEN,
            format!("{} · {copied}", s.copied),
            colors.open,
        ),
        Some(Feedback::Opening(_)) => (&icons::INFO, s.opening_zoom.to_owned(), colors.text),
        Some(Feedback::OpenFailed(JoinWith::App)) => {
            (&icons::WARNING, s.zoom_failed.to_owned(), colors.closed)
        }
        Some(Feedback::OpenFailed(JoinWith::Browser)) => {
            (&icons::WARNING, s.browser_failed.to_owned(), colors.closed)
        }
        Some(Feedback::EmailFailed) => (&icons::WARNING, s.email_failed.to_owned(), colors.closed),
    };
    row![
        icon(handle, BODY + 4.0, tint),
        text(message).size(BODY).font(BOLD),
    ]
    .spacing(10)
    .align_y(Alignment::Center)
    .into()
}

fn have_ready<'a>(app: &'a App, category: &'a Category, colors: Colors) -> Element<'a, Message> {
    if category.have_ready.is_empty() {
        return column![].into();
    }
    let s = strings(app.lang);
    let items = category
        .have_ready
        .iter()
        .map(|item| text(format!("·  {}", item.get(app.lang))).size(BODY).into());
    panel(
        column![text(s.have_ready).size(SMALL).color(colors.muted)]
            .extend(items)
            .spacing(6),
        colors,
    )
    .into()
}

fn help(app: &App, colors: Colors) -> Element<'_, Message> {
    let s = strings(app.lang);
    let help = &app.schedule().help;
    let mut content = column![text(s.help).size(SMALL).color(colors.muted)].spacing(8);
    if !help.note.is_empty() {
        content = content.push(text(help.note.get(app.lang).to_owned()).size(BODY));
    }
    if let Some(email) = &help.email {
        content = content.push(action(
            &icons::MAIL,
            email.as_str(),
            Message::OpenHelpEmail,
            Emphasis::Secondary,
            colors,
        ));
    }
    if let Some(phone) = &help.phone {
        content = content.push(text(format!("{}: {phone}", s.phone)).size(BODY).font(BOLD));
    }
    panel(content, colors).into()
}

/// The browser link as a QR code: dark modules on white with a quiet zone, whatever the
/// theme (light-on-dark codes do not scan), and the passcode printed beside it.
fn qr<'a>(app: &'a App, host: &'a Host, colors: Colors) -> Element<'a, Message> {
    let s = strings(app.lang);
    let Some(data) = &app.qr else {
        return column![].into();
    };
    let code = container(qr_code(data).cell_size(9).style(|_| qr_code::Style {
        cell: Color::BLACK,
        background: Color::WHITE,
    }))
    .padding(36)
    .style(|_| container::Style {
        background: Some(Background::Color(Color::WHITE)),
        border: Border::default().rounded(8),
        ..container::Style::default()
    });
    panel(
        column![
            code,
            text(s.scan_to_join).size(BODY).font(BOLD).center(),
            text(s.then_passcode).size(SMALL).color(colors.muted),
            text(host.passcode.as_str().to_owned())
                .size(HUGE)
                .font(BOLD),
        ]
        .spacing(12)
        .align_x(Alignment::Center),
        colors,
    )
    .into()
}
