//! Small pieces every screen uses: icons, status chips, buttons, text sizes. Generic over the
//! message type, so each component's view uses them with its own messages.

use iced::widget::{button, container, row, text};
use iced::{Alignment, Background, Border, Color, Element, Font, Length, font};

use crate::describe::Tone;
use crate::ui::icons;
use crate::ui::theme::Colors;

pub const FONT: Font = Font::with_name("Atkinson Hyperlegible");
pub const BOLD: Font = Font {
    weight: font::Weight::Bold,
    ..FONT
};

/// Text sizes in logical pixels at scale 1; body text is never below 18.
pub const SMALL: f32 = 18.0;
pub const BODY: f32 = 20.0;
pub const HEADING: f32 = 26.0;
pub const BANNER: f32 = 30.0;
pub const HUGE: f32 = 52.0;

/// Text that wraps at words, and inside a word too long for its line (a long name never
/// runs out of its box).
pub fn wrapping<'a>(content: impl text::IntoFragment<'a>) -> text::Text<'a> {
    text(content).wrapping(text::Wrapping::WordOrGlyph)
}

/// An icon at `size` (its square's side) in `color`.
pub fn icon<'a, M: 'a>(icon: &icons::Icon, size: f32, color: Color) -> Element<'a, M> {
    text(icon.0)
        .font(icons::FONT)
        .size(size)
        .line_height(1.0)
        .width(size)
        .height(size)
        .center()
        .color(color)
        .into()
}

pub fn tone_icon(tone: Tone) -> &'static icons::Icon {
    match tone {
        Tone::Open => &icons::OPEN,
        Tone::ClosingSoon => &icons::CLOSING,
        Tone::Closed => &icons::CLOSED,
    }
}

/// A status in its colour, with its icon and its words.
pub fn chip<'a, M: 'a>(tone: Tone, label: String, colors: Colors) -> Element<'a, M> {
    let background = colors.tone(tone);
    container(
        row![
            icon(tone_icon(tone), SMALL, colors.on_status),
            text(keep_together(&label))
                .size(SMALL)
                .font(BOLD)
                .color(colors.on_status),
        ]
        .spacing(8)
        .align_y(Alignment::Center),
    )
    .padding([6, 14])
    .style(move |_| container::Style {
        background: Some(Background::Color(background)),
        border: Border::default().rounded(999),
        ..container::Style::default()
    })
    .into()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Emphasis {
    Primary,
    Secondary,
}

/// A large button with an icon and a label, easy to hit with a finger.
pub fn action<'a, M: Clone + 'a>(
    handle: &icons::Icon,
    label: &'a str,
    message: M,
    emphasis: Emphasis,
    colors: Colors,
    focused: bool,
) -> Element<'a, M> {
    action_sized(handle, label, message, emphasis, colors, false, focused)
}

/// [`action`], tighter where the window is short: still 44 px tall at text size 1.0 (and
/// 48 px or more at any text size that makes the window short).
pub fn action_sized<'a, M: Clone + 'a>(
    handle: &icons::Icon,
    label: &'a str,
    message: M,
    emphasis: Emphasis,
    colors: Colors,
    compact: bool,
    focused: bool,
) -> Element<'a, M> {
    let (background, foreground) = match emphasis {
        Emphasis::Primary => (colors.accent, colors.on_accent),
        Emphasis::Secondary => (colors.surface, colors.text),
    };
    button(
        row![
            icon(handle, BODY + 4.0, foreground),
            text(label).size(BODY).font(BOLD).color(foreground),
        ]
        .spacing(10)
        .align_y(Alignment::Center),
    )
    .padding(if compact { [10, 16] } else { [14, 22] })
    .on_press(message)
    .style(bordered(
        background,
        foreground,
        colors.border,
        colors.text,
        10.0,
        focused,
    ))
    .into()
}

/// A button style: filled, with a border that turns to `hover` under the pointer or finger.
/// With the keyboard's focus ring the border is `hover` too and twice as thick (4 px; 3:1 or
/// more against the background in every theme), so the ring costs no room and moves
/// nothing.
pub fn bordered(
    background: Color,
    foreground: Color,
    border: Color,
    hover: Color,
    radius: f32,
    focused: bool,
) -> impl Fn(&iced::Theme, button::Status) -> button::Style {
    move |_, status| {
        let hovered = matches!(status, button::Status::Hovered | button::Status::Pressed);
        let (width, color) = match (focused, hovered) {
            (true, _) => (4.0, hover),
            (false, true) => (2.0, hover),
            (false, false) => (2.0, border),
        };
        button::Style {
            background: Some(Background::Color(background)),
            text_color: foreground,
            border: Border::default().rounded(radius).width(width).color(color),
            ..button::Style::default()
        }
    }
}

/// A plain button whose label is its only content: for settings and host choices.
pub fn choice<'a, M: Clone + 'a>(
    label: String,
    message: M,
    selected: bool,
    colors: Colors,
    focused: bool,
) -> Element<'a, M> {
    choice_sized(label, message, selected, colors, false, focused)
}

/// [`choice`], `large` for fingers at a kiosk: at least 48 px tall.
pub fn choice_sized<'a, M: Clone + 'a>(
    label: String,
    message: M,
    selected: bool,
    colors: Colors,
    large: bool,
    focused: bool,
) -> Element<'a, M> {
    let (foreground, style) = choice_look(selected, colors, focused);
    button(text(label).size(SMALL).font(BOLD).color(foreground))
        .padding(if large { [14, 20] } else { [8, 14] })
        .on_press(message)
        .style(style)
        .into()
}

/// A choice's text colour and button style: the accent when selected, the surface
/// otherwise, with the focus ring.
pub fn choice_look(
    selected: bool,
    colors: Colors,
    focused: bool,
) -> (
    Color,
    impl Fn(&iced::Theme, button::Status) -> button::Style,
) {
    let (background, foreground) = if selected {
        (colors.accent, colors.on_accent)
    } else {
        (colors.surface, colors.text)
    };
    let style = bordered(
        background,
        foreground,
        colors.border,
        colors.text,
        8.0,
        focused,
    );
    (foreground, style)
}

/// A panel on the surface colour with a border.
pub fn panel<'a, M: 'a>(
    content: impl Into<Element<'a, M>>,
    colors: Colors,
) -> container::Container<'a, M> {
    container(content)
        .padding(20)
        .width(Length::Fill)
        .style(move |_| panel_style(colors))
}

pub fn panel_style(colors: Colors) -> container::Style {
    container::Style {
        background: Some(Background::Color(colors.surface)),
        text_color: Some(colors.text),
        border: Border::default().rounded(12).width(1).color(colors.border),
        ..container::Style::default()
    }
}

/// The same words with the spaces a line must not break at made non-breaking: inside
/// brackets ("(in 2 h 5 min)", "(oor 8 min)"), before a "·" (no line starts with one), and
/// inside a date ("Sat 13 Dec 2025", "Di 9 Des"). The domain's words keep plain spaces:
/// the command line and the logs use them.
pub fn keep_together(words: &str) -> String {
    const NBSP: char = '\u{a0}';
    let tokens: Vec<&str> = words.split(' ').collect();
    let mut out = String::with_capacity(words.len() + 8);
    let mut depth = 0_i32;
    for (i, token) in tokens.iter().enumerate() {
        if i > 0 {
            let previous = tokens[i - 1];
            let joined = depth > 0 || *token == "·" || in_a_date(previous, token);
            out.push(if joined { NBSP } else { ' ' });
        }
        out.push_str(token);
        depth += token.matches('(').count() as i32 - token.matches(')').count() as i32;
    }
    out
}

/// Whether `a b` are two parts of a date: weekday and day, day and month, month and year.
fn in_a_date(a: &str, b: &str) -> bool {
    const WEEKDAYS: &[&str] = &[
        "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Ma", "Di", "Wo", "Do", "Vr", "Sa", "So",
    ];
    const MONTHS: &[&str] = &[
        "Jan", "Feb", "Mar", "Mrt", "Apr", "May", "Mei", "Jun", "Jul", "Aug", "Sep", "Oct", "Okt",
        "Nov", "Dec", "Des",
    ];
    let bare = |s: &str| s.trim_matches(|c: char| !c.is_alphanumeric()).to_owned();
    let (a, b) = (bare(a), bare(b));
    let day = |s: &str| (1..=2).contains(&s.len()) && s.bytes().all(|c| c.is_ascii_digit());
    let year = |s: &str| s.len() == 4 && s.bytes().all(|c| c.is_ascii_digit());
    (WEEKDAYS.contains(&a.as_str()) && day(&b))
        || (day(&a) && MONTHS.contains(&b.as_str()))
        || (MONTHS.contains(&a.as_str()) && year(&b))
}

#[cfg(test)]
mod tests {
    use super::keep_together;

    #[test]
    fn units_dates_and_separators_stay_together() {
        assert_eq!(
            keep_together("Open now · closes 19:00 (in 2 h 5 min)"),
            "Open now\u{a0}· closes 19:00 (in\u{a0}2\u{a0}h\u{a0}5\u{a0}min)"
        );
        assert_eq!(
            keep_together("This programme ended on Sat 13 Dec 2025"),
            "This programme ended on Sat\u{a0}13\u{a0}Dec\u{a0}2025"
        );
        assert_eq!(
            keep_together("Gesluit · gaan Ma om 16:00 oop (oor 8 min)"),
            "Gesluit\u{a0}· gaan Ma om 16:00 oop (oor\u{a0}8\u{a0}min)"
        );
        assert_eq!(
            keep_together("Di 9 Des, 17:32"),
            "Di\u{a0}9\u{a0}Des, 17:32"
        );
        assert_eq!(
            keep_together("Water meter readings"),
            "Water meter readings"
        );
    }
}
