//! Icons drawn for Loket as strokes on a canvas (the embedded font has no arrows, ticks or
//! clocks). Drawn as geometry rather than SVG on purpose: iced's SVG renderer loads every
//! system font the first time it draws (for SVG text, which these icons have none of), and
//! on a counter PC with many fonts that second font scan held up the first frame.
//!
//! Each icon is drawn on a 24×24 grid, like a 24-pixel SVG with a 2.4-unit round stroke.

use iced::widget::canvas::path::{Arc, Builder};
use iced::widget::canvas::{self, Frame, Geometry, LineCap, LineJoin, Path, Stroke};
use iced::{Color, Point, Radians, Rectangle, Renderer, Theme, mouse};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Icon {
    Open,
    Closing,
    Closed,
    Video,
    Globe,
    Copy,
    Back,
    Mail,
    Warning,
    Info,
    Speaker,
}

pub const OPEN: Icon = Icon::Open;
pub const CLOSING: Icon = Icon::Closing;
pub const CLOSED: Icon = Icon::Closed;
pub const VIDEO: Icon = Icon::Video;
pub const GLOBE: Icon = Icon::Globe;
pub const COPY: Icon = Icon::Copy;
pub const BACK: Icon = Icon::Back;
pub const MAIL: Icon = Icon::Mail;
pub const WARNING: Icon = Icon::Warning;
pub const INFO: Icon = Icon::Info;
pub const SPEAKER: Icon = Icon::Speaker;

fn p(x: f32, y: f32) -> Point {
    Point::new(x, y)
}

/// A polyline through `points`.
fn line(b: &mut Builder, points: &[(f32, f32)]) {
    let mut points = points.iter();
    if let Some(&(x, y)) = points.next() {
        b.move_to(p(x, y));
    }
    for &(x, y) in points {
        b.line_to(p(x, y));
    }
}

/// A closed polygon.
fn polygon(b: &mut Builder, points: &[(f32, f32)]) {
    line(b, points);
    b.close();
}

fn rounded(b: &mut Builder, x: f32, y: f32, width: f32, height: f32, radius: f32) {
    b.rounded_rectangle(p(x, y), iced::Size::new(width, height), radius.into());
}

/// A circular arc from `start` to `end` degrees, clockwise from the positive x-axis.
fn arc(b: &mut Builder, cx: f32, cy: f32, radius: f32, start: f32, end: f32) {
    // A subpath of its own: no line from wherever the pen was.
    let start_radians = start.to_radians();
    b.move_to(p(
        cx + radius * start_radians.cos(),
        cy + radius * start_radians.sin(),
    ));
    b.arc(Arc {
        center: p(cx, cy),
        radius,
        start_angle: Radians(start.to_radians()),
        end_angle: Radians(end.to_radians()),
    });
}

/// A dot: a very short stroke, round-capped.
fn dot(b: &mut Builder, x: f32, y: f32) {
    line(b, &[(x, y), (x, y + 0.2)]);
}

impl Icon {
    fn draw(self, b: &mut Builder) {
        match self {
            Icon::Open => {
                b.circle(p(12.0, 12.0), 10.0);
                line(b, &[(7.0, 12.5), (10.2, 15.7), (17.0, 9.0)]);
            }
            Icon::Closing => {
                b.circle(p(12.0, 12.0), 10.0);
                line(b, &[(12.0, 6.5), (12.0, 12.0), (15.8, 14.2)]);
            }
            Icon::Closed => {
                b.circle(p(12.0, 12.0), 10.0);
                line(b, &[(8.5, 8.5), (15.5, 15.5)]);
                line(b, &[(15.5, 8.5), (8.5, 15.5)]);
            }
            Icon::Video => {
                rounded(b, 2.0, 6.0, 13.5, 12.0, 2.5);
                polygon(b, &[(15.5, 10.5), (22.0, 7.0), (22.0, 17.0), (15.5, 13.5)]);
            }
            Icon::Globe => {
                b.circle(p(12.0, 12.0), 10.0);
                line(b, &[(2.0, 12.0), (22.0, 12.0)]);
                for side in [4.5, -4.5] {
                    b.move_to(p(12.0, 2.0));
                    b.bezier_curve_to(
                        p(12.0 + side * 0.67, 5.0),
                        p(12.0 + side, 8.5),
                        p(12.0 + side, 12.0),
                    );
                    b.bezier_curve_to(
                        p(12.0 + side, 15.5),
                        p(12.0 + side * 0.67, 19.0),
                        p(12.0, 22.0),
                    );
                }
            }
            Icon::Copy => {
                rounded(b, 9.0, 9.0, 12.0, 12.0, 2.0);
                line(b, &[(5.0, 15.0), (4.5, 15.0)]);
                b.arc_to(p(2.0, 15.0), p(2.0, 12.5), 2.5);
                b.arc_to(p(2.0, 2.0), p(4.5, 2.0), 2.5);
                b.arc_to(p(15.0, 2.0), p(15.0, 4.5), 2.5);
                b.line_to(p(15.0, 5.0));
            }
            Icon::Back => line(b, &[(15.0, 18.0), (9.0, 12.0), (15.0, 6.0)]),
            Icon::Mail => {
                rounded(b, 2.0, 4.5, 20.0, 15.0, 2.0);
                line(b, &[(2.5, 6.0), (12.0, 13.0), (21.5, 6.0)]);
            }
            Icon::Warning => {
                polygon(b, &[(12.0, 3.0), (1.8, 20.5), (22.2, 20.5)]);
                line(b, &[(12.0, 9.5), (12.0, 14.5)]);
                dot(b, 12.0, 17.6);
            }
            Icon::Info => {
                b.circle(p(12.0, 12.0), 10.0);
                line(b, &[(12.0, 11.0), (12.0, 17.0)]);
                dot(b, 12.0, 7.3);
            }
            Icon::Speaker => {
                polygon(
                    b,
                    &[
                        (4.0, 9.5),
                        (7.5, 9.5),
                        (12.0, 5.5),
                        (12.0, 18.5),
                        (7.5, 14.5),
                        (4.0, 14.5),
                    ],
                );
                arc(b, 12.0, 12.0, 4.24, -45.0, 45.0);
                arc(b, 12.0, 12.0, 7.78, -45.0, 45.0);
            }
        }
    }
}

/// An icon in one colour, for `canvas(..)`.
#[derive(Debug, Clone, Copy)]
pub struct Painted {
    pub icon: Icon,
    pub color: Color,
}

impl<Message> canvas::Program<Message> for Painted {
    type State = ();

    fn draw(
        &self,
        _state: &(),
        renderer: &Renderer,
        _theme: &Theme,
        bounds: Rectangle,
        _cursor: mouse::Cursor,
    ) -> Vec<Geometry> {
        let mut frame = Frame::new(renderer, bounds.size());
        let scale = bounds.width.min(bounds.height) / 24.0;
        frame.scale(scale);
        let path = Path::new(|b| self.icon.draw(b));
        frame.stroke(
            &path,
            Stroke::default()
                .with_color(self.color)
                .with_width(2.4)
                .with_line_cap(LineCap::Round)
                .with_line_join(LineJoin::Round),
        );
        vec![frame.into_geometry()]
    }
}
