//! One category: its hosts, the meeting ID and passcode in large type, join and copy
//! buttons, a QR code for the resident's phone, what to have ready and where to get help.

use iced::widget::{column, container, qr_code, row, text};
use iced::{Alignment, Background, Border, Color, Element, Length};

use super::{CopyWhat, Details, Feedback, JoinWith, Message, SendWith};
use crate::calendar::{ClosedReason, Status};
use crate::describe;
use crate::i18n::{self, strings};
use crate::schedule::{Category, Host};
use crate::ui::icons;
use crate::ui::theme::Colors;
use crate::ui::view::widgets::{
    BODY, BOLD, Emphasis, HEADING, HUGE, SMALL, action, action_sized, chip, choice_sized, icon,
    keep_together, panel, panel_style, wrapping,
};
use crate::ui::view::{Context, Fit};
use crate::ui::voice::{self, Voice};

/// What the details' parts read: the component's state, the voice's, and the context.
#[derive(Clone, Copy)]
pub struct Page<'a> {
    details: &'a Details,
    voice: &'a Voice,
    context: Context<'a>,
}

/// The cell number's field in the "Send to phone" box, focused when the box opens.
pub static CELL: std::sync::LazyLock<iced::widget::Id> =
    std::sync::LazyLock::new(|| iced::widget::Id::new("send-cell"));

pub fn view<'a>(
    details: &'a Details,
    voice: &'a Voice,
    context: Context<'a>,
    index: usize,
    category: &'a Category,
    host: &'a Host,
) -> Element<'a, Message> {
    let page = Page {
        details,
        voice,
        context,
    };
    let (colors, fit) = (context.colors, context.fit);
    if let Some(number) = &details.send {
        return column![title(page, category, fit), send_box(page, number, colors)]
            .spacing(fit.gap())
            .into();
    }
    let status = page.context.statuses.get(index);
    let open = status.is_some_and(Status::is_open);
    let ended = status.is_some_and(is_over);
    // What a resident needs first, at the top, in this order: which category, Back, whether
    // anyone is there, the meeting ID and passcode, the join button and what it did.
    let mut first = column![title(page, category, fit)].spacing(fit.gap());
    // The status is said once: where the banner above already says this category's state
    // and room is short, not again here.
    if !(fit.short() && status == Some(page.context.overall)) {
        first = first.push(state(page, index, colors, fit));
    }
    if ended {
        // After the programme: what to do instead comes before the meeting details.
        first = first.push(help(page, colors, true));
    }
    first = first
        .push(credentials(page, host, colors, fit))
        .push(join_buttons(page, colors, open, fit))
        .push(feedback(page, colors));
    let mut rest = column![
        copy_buttons(page, colors),
        hosts(page, category, colors),
        by_phone(page, host, colors)
    ]
    .spacing(fit.gap());
    // What the category covers: the home screen leaves it out where room is short.
    if !category.description.is_empty() {
        rest = rest.push(
            wrapping(category.description.get(page.context.lang).to_owned())
                .size(SMALL)
                .color(colors.muted),
        );
    }
    rest = rest.push(have_ready(page, category, colors));
    if !ended {
        rest = rest.push(help(page, colors, false));
    }
    if fit.narrow() {
        column![first, qr(page, host, colors), rest]
            .spacing(fit.gap())
            .into()
    } else {
        row![
            column![first, rest]
                .spacing(fit.gap())
                .width(Length::FillPortion(3)),
            column![qr(page, host, colors)]
                .width(Length::FillPortion(2))
                .align_x(Alignment::Center),
        ]
        .spacing(28)
        .into()
    }
}

/// No session is left in this programme: joining is no use.
fn is_over(status: &Status) -> bool {
    matches!(
        status,
        Status::Closed {
            reason: ClosedReason::ProgrammeEnded,
            ..
        } | Status::Closed {
            no_more_sessions: true,
            ..
        }
    )
}

fn title<'a>(page: Page<'a>, category: &'a Category, fit: Fit) -> Element<'a, Message> {
    let s = strings(page.context.lang);
    let size = if fit.short() {
        BODY + 2.0
    } else {
        HEADING + 8.0
    };
    row![
        action_sized(
            &icons::BACK,
            s.back,
            Message::Back,
            Emphasis::Secondary,
            page.context.colors,
            fit.short(),
            page.context.has_focus(Message::Back),
        ),
        wrapping(category.name.get(page.context.lang).to_owned())
            .size(size)
            .font(BOLD),
    ]
    .spacing(16)
    .align_y(Alignment::Center)
    .wrap()
    .into()
}

/// The category's own status; when closed, first and plainly when the hosts return (the
/// buttons stay, second: an officer may still copy the details).
fn state(page: Page<'_>, index: usize, colors: Colors, fit: Fit) -> Element<'_, Message> {
    let s = strings(page.context.lang);
    let now = page.context.now;
    let Some(status) = page.context.statuses.get(index) else {
        return column![].into();
    };
    let tone = describe::tone(status);
    let headline = describe::headline(page.context.lang, page.context.schedule, status, &now);
    match status {
        Status::Open { .. } => chip(tone, headline.text, colors),
        Status::Closed { opens_at, .. } => {
            // Where space is short, when they return says enough.
            let offline = match opens_at {
                Some(at) => {
                    let when = describe::when(page.context.lang, at, &now);
                    if fit.short() {
                        i18n::hosts_return(page.context.lang, &when)
                    } else {
                        i18n::hosts_offline_return(page.context.lang, &when)
                    }
                }
                None => s.hosts_offline.to_owned(),
            };
            let size = if fit.short() { BODY } else { HEADING };
            let lead = row![
                icon(&icons::CLOSED, size, colors.closed),
                wrapping(offline).size(size).font(BOLD),
            ]
            .spacing(10)
            .align_y(Alignment::Center);
            // The reason in full where there is room; the banner says it too.
            if fit.short() {
                lead.into()
            } else {
                column![
                    lead,
                    wrapping(keep_together(&headline.text))
                        .size(SMALL)
                        .color(colors.muted)
                ]
                .spacing(4)
                .into()
            }
        }
    }
}
fn hosts<'a>(page: Page<'a>, category: &'a Category, colors: Colors) -> Element<'a, Message> {
    if category.hosts.len() < 2 {
        return column![].into();
    }
    let suggested = category_index(page).and_then(|i| page.details.suggested.get(i).copied());
    let choices = category.hosts.iter().enumerate().map(|(i, host)| {
        let mut label = host.label.get(page.context.lang).to_owned();
        if Some(i) == suggested {
            label = i18n::host_suggested(page.context.lang, &label);
        }
        choice_sized(
            label,
            Message::ChooseHost(i),
            i == page.details.host,
            colors,
            page.context.kiosk,
            page.context.has_focus(Message::ChooseHost(i)),
        )
    });
    row(choices).spacing(10).wrap().into()
}

fn category_index(page: Page<'_>) -> Option<usize> {
    page.details.category(page.context.schedule).map(|(i, _)| i)
}

fn credentials<'a>(
    page: Page<'a>,
    host: &'a Host,
    colors: Colors,
    fit: Fit,
) -> Element<'a, Message> {
    let s = strings(page.context.lang);
    // Never wrapped inside: "956 6483 4215" stays one line; the two values sit side by
    // side while they fit and one under the other when not.
    let value = |label: &'a str, value: String| {
        column![
            text(label).size(SMALL).color(colors.muted),
            text(value)
                .size(fit.huge())
                .font(BOLD)
                .wrapping(text::Wrapping::None),
        ]
        .spacing(0)
    };
    container(
        row![
            value(s.meeting_id, host.meeting_id.grouped()),
            value(s.passcode, host.passcode.as_str().to_owned()),
        ]
        .spacing(32)
        .wrap(),
    )
    .padding(if fit.short() { [6, 14] } else { [14, 20] })
    .width(Length::Fill)
    .style(move |_| panel_style(colors))
    .into()
}

/// Open in Zoom (the main button while the hosts are there) and Open in browser.
fn join_buttons(page: Page<'_>, colors: Colors, open: bool, fit: Fit) -> Element<'_, Message> {
    let s = strings(page.context.lang);
    let zoom = if open {
        Emphasis::Primary
    } else {
        Emphasis::Secondary
    };
    let mut buttons = row![action_sized(
        &icons::VIDEO,
        s.open_in_zoom,
        Message::Join(JoinWith::App),
        zoom,
        colors,
        fit.short(),
        page.context.has_focus(Message::Join(JoinWith::App)),
    )];
    if page.context.browser_allowed {
        buttons = buttons.push(action_sized(
            &icons::GLOBE,
            s.open_in_browser,
            Message::Join(JoinWith::Browser),
            Emphasis::Secondary,
            colors,
            fit.short(),
            page.context.has_focus(Message::Join(JoinWith::Browser)),
        ));
    }
    buttons.spacing(12).wrap().into()
}

fn copy_buttons(page: Page<'_>, colors: Colors) -> Element<'_, Message> {
    let s = strings(page.context.lang);
    let buttons = [
        (s.copy_id, CopyWhat::MeetingId),
        (s.copy_passcode, CopyWhat::Passcode),
        (s.copy_both, CopyWhat::Both),
    ]
    .map(|(label, what)| {
        let message = Message::Copy(what);
        let focused = page.context.has_focus(message.clone());
        action(
            &icons::COPY,
            label,
            message,
            Emphasis::Secondary,
            colors,
            focused,
        )
    });
    let mut buttons = row(buttons).spacing(12);
    if page.context.send_allowed {
        buttons = buttons.push(action(
            &icons::SMARTPHONE,
            s.send_to_phone,
            Message::OpenSend,
            Emphasis::Secondary,
            colors,
            page.context.has_focus(Message::OpenSend),
        ));
    }
    if page.context.print_allowed {
        buttons = buttons.push(action(
            &icons::PRINTER,
            s.print,
            Message::Print,
            Emphasis::Secondary,
            colors,
            page.context.has_focus(Message::Print),
        ));
    }
    buttons.wrap().into()
}

/// What the last action did ("Copied", "Opening Zoom…", "Reading aloud…", or why not).
/// What the last action did ("Copied", "Opening Zoom…", or why not), then what reading
/// aloud is doing.
fn feedback<'a>(page: Page<'a>, colors: Colors) -> Element<'a, Message> {
    let s = strings(page.context.lang);
    let voice = voice::view(page.voice, page.context.lang, colors);
    let (handle, message, tint) = match &page.details.feedback {
        None => return column![].extend(voice).into(),
        Some(Feedback::Copied(copied)) => (
            &icons::OPEN,
            i18n::copied_what(page.context.lang, copied),
            colors.open,
        ),
        Some(Feedback::Opening(_)) => (&icons::INFO, s.opening_zoom.to_owned(), colors.text),
        // Said to whoever is at the screen: a resident at a kiosk, an officer at a counter.
        Some(Feedback::OpenFailed(JoinWith::App)) if page.context.kiosk => (
            &icons::WARNING,
            s.zoom_failed_kiosk.to_owned(),
            colors.closed,
        ),
        Some(Feedback::OpenFailed(JoinWith::App)) => {
            (&icons::WARNING, s.zoom_failed.to_owned(), colors.closed)
        }
        Some(Feedback::OpenFailed(JoinWith::Browser)) => {
            (&icons::WARNING, s.browser_failed.to_owned(), colors.closed)
        }
        Some(Feedback::EmailFailed) => (&icons::WARNING, s.email_failed.to_owned(), colors.closed),
        Some(Feedback::Printing) => (&icons::INFO, s.printing.to_owned(), colors.text),
        Some(Feedback::Printed(queue)) => (
            &icons::OPEN,
            i18n::printed_on(page.context.lang, queue),
            colors.open,
        ),
        Some(Feedback::PrintFailed(error)) => (
            &icons::WARNING,
            i18n::print_failed(page.context.lang, error),
            colors.closed,
        ),
        Some(Feedback::PrintLimit) => (&icons::WARNING, s.print_limit.to_owned(), colors.closed),
        Some(Feedback::Sent(SendWith::WhatsApp)) => {
            (&icons::OPEN, s.sent_whatsapp.to_owned(), colors.open)
        }
        Some(Feedback::Sent(SendWith::Email)) => {
            (&icons::OPEN, s.sent_email.to_owned(), colors.open)
        }
        Some(Feedback::SendFailed(SendWith::WhatsApp)) => {
            (&icons::WARNING, s.whatsapp_failed.to_owned(), colors.closed)
        }
        Some(Feedback::SendFailed(SendWith::Email)) => {
            (&icons::WARNING, s.email_failed.to_owned(), colors.closed)
        }
    };
    let said = row![
        icon(handle, BODY + 4.0, tint),
        wrapping(message).size(BODY).font(BOLD),
    ]
    .spacing(10)
    .align_y(Alignment::Center);
    column![said].extend(voice).spacing(8).into()
}

fn have_ready<'a>(page: Page<'a>, category: &'a Category, colors: Colors) -> Element<'a, Message> {
    if category.have_ready.is_empty() {
        return column![].into();
    }
    let s = strings(page.context.lang);
    let items = category.have_ready.iter().map(|item| {
        text(format!("·  {}", item.get(page.context.lang)))
            .size(BODY)
            .into()
    });
    panel(
        column![text(s.have_ready).size(SMALL).color(colors.muted)]
            .extend(items)
            .spacing(6),
        colors,
    )
    .into()
}

/// "Send to phone": the resident's cell number, checked as it is typed, then WhatsApp (once
/// the number is right) or a new e-mail with the details. Back closes it and forgets the
/// number.
fn send_box<'a>(page: Page<'a>, number: &'a str, colors: Colors) -> Element<'a, Message> {
    let lang = page.context.lang;
    let s = strings(lang);
    let checked = crate::phone::CellNumber::parse(number);
    let field = iced::widget::text_input(s.cell_number, number)
        .id(CELL.clone())
        .on_input(Message::SendNumber)
        .size(HUGE * 0.6)
        .padding(12);
    let field = if checked.is_ok() {
        field.on_submit(Message::Send(SendWith::WhatsApp))
    } else {
        field
    };
    let hint: Element<'a, Message> = match (&checked, number.trim().is_empty()) {
        (Err(error), false) => row![
            icon(&icons::WARNING, BODY, colors.closed),
            wrapping(i18n::cell_problem(lang, error))
                .size(BODY)
                .font(BOLD)
        ]
        .spacing(8)
        .align_y(Alignment::Center)
        .into(),
        (Ok(cell), _) => row![
            icon(&icons::OPEN, BODY, colors.open),
            text(cell.local()).size(BODY).font(BOLD)
        ]
        .spacing(8)
        .align_y(Alignment::Center)
        .into(),
        _ => column![].into(),
    };
    let whatsapp = Message::Send(SendWith::WhatsApp);
    let email = Message::Send(SendWith::Email);
    let mut buttons = row![].spacing(12);
    if checked.is_ok() {
        buttons = buttons.push(action(
            &icons::SMARTPHONE,
            s.send_whatsapp,
            whatsapp.clone(),
            Emphasis::Primary,
            colors,
            page.context.has_focus(whatsapp),
        ));
    }
    buttons = buttons.push(action(
        &icons::MAIL,
        s.send_email,
        email.clone(),
        Emphasis::Secondary,
        colors,
        page.context.has_focus(email),
    ));
    panel(
        column![
            wrapping(s.send_heading).size(BODY).font(BOLD),
            field,
            hint,
            buttons.wrap(),
            feedback(page, colors),
        ]
        .spacing(14),
        colors,
    )
    .into()
}

/// Joining by telephone, for a resident without a smartphone or data: the dial-in numbers,
/// then the meeting ID and the phone passcode as the phone asks for them, and the one-tap
/// string a mobile phone dials in one go. Nothing when the schedule gives no numbers.
fn by_phone<'a>(page: Page<'a>, host: &'a Host, colors: Colors) -> Element<'a, Message> {
    let Some(phone) = &page.context.schedule.phone else {
        return column![].into();
    };
    let lang = page.context.lang;
    let s = strings(lang);
    let mut content = column![
        row![
            icon(&icons::PHONE, SMALL, colors.muted),
            text(s.join_by_phone).size(SMALL).color(colors.muted)
        ]
        .spacing(8)
        .align_y(Alignment::Center)
    ]
    .spacing(8);
    for dial_in in &phone.numbers {
        content = content.push(
            wrapping(i18n::phone_call(
                lang,
                dial_in.number.as_written(),
                dial_in.label.get(lang),
            ))
            .size(BODY)
            .font(BOLD),
        );
    }
    content = content.push(
        wrapping(i18n::phone_then_id(
            lang,
            &host.meeting_id.grouped().replace(' ', "\u{a0}"),
        ))
        .size(BODY)
        .font(BOLD),
    );
    if let Some(passcode) = &host.phone_passcode {
        content = content.push(
            wrapping(i18n::phone_then_passcode(lang, passcode.as_str()))
                .size(BODY)
                .font(BOLD),
        );
    }
    if let Some(first) = phone.numbers.first() {
        let dial = crate::phone::one_tap(
            &first.number,
            &host.meeting_id,
            host.phone_passcode.as_ref(),
        );
        content = content.push(
            wrapping(i18n::phone_one_tap(lang, &dial))
                .size(SMALL)
                .color(colors.muted),
        );
    }
    panel(content, colors).into()
}

/// Help with joining: the schedule's note, e-mail and phone, or nothing when it has none.
/// After the programme it says what to do next, whatever the schedule holds.
fn help(page: Page<'_>, colors: Colors, ended: bool) -> Element<'_, Message> {
    let s = strings(page.context.lang);
    let help = &page.context.schedule.help;
    let has_contact = !help.note.is_empty() || help.email.is_some() || help.phone.is_some();
    if !has_contact && !ended {
        return column![].into();
    }
    let mut content = column![text(s.help).size(SMALL).color(colors.muted)].spacing(8);
    if ended && help.note.is_empty() {
        content = content.push(wrapping(s.ended_next_step).size(BODY).font(BOLD));
    }
    if !help.note.is_empty() {
        content = content.push(wrapping(help.note.get(page.context.lang).to_owned()).size(BODY));
    }
    if let Some(email) = &help.email {
        content = content.push(action(
            &icons::MAIL,
            email.as_str(),
            Message::OpenHelpEmail,
            Emphasis::Secondary,
            colors,
            page.context.has_focus(Message::OpenHelpEmail),
        ));
    }
    if let Some(phone) = &help.phone {
        content = content.push(
            text(i18n::phone_line(page.context.lang, phone))
                .size(BODY)
                .font(BOLD),
        );
    }
    panel(content, colors).into()
}

/// The browser link as a QR code: dark modules on white with a quiet zone, whatever the
/// theme (light-on-dark codes do not scan), and the passcode printed beside it.
fn qr<'a>(page: Page<'a>, host: &'a Host, colors: Colors) -> Element<'a, Message> {
    let s = strings(page.context.lang);
    let Some(data) = &page.details.qr else {
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
        .align_x(Alignment::Center)
        .width(Length::Fill),
        colors,
    )
    .into()
}
