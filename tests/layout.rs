//! Every screen at every size: small and counter screens (800×600, 1024×768, 1366×768,
//! 1920×1080) × text size
//! (1.0, 1.5, 2.0) × every built-in language (English, Afrikaans, the Sepedi, Setswana and
//! isiZulu drafts) × home (open, closed), details (open, closed,
//! after a failed Zoom launch), the schedule-error strip and the fleet's staff strip. What a person needs must be on
//! the first screen, whole: not missing, not cut by the edge of the window or the scroll
//! area, and not broken over lines where a line break would change it (a meeting ID).

use iced::{Rectangle, Size};
use iced_selector::Candidate;
use iced_test::Simulator;
use loket::clock::Clock;
use loket::fleet::{Cache, Fleet, Outcome};
use loket::source::Search;
use loket::text::Lang;
use loket::ui::details::JoinWith;
use loket::ui::message::Message;
use loket::ui::settings::ScaleStep;
use loket::ui::{self, App, Options, details, feed, settings};

const SCREENS: [(f32, f32); 4] = [
    (800.0, 600.0),
    (1024.0, 768.0),
    (1366.0, 768.0),
    (1920.0, 1080.0),
];
const SCALES: [f32; 3] = [1.0, 1.5, 2.0];
/// Every built-in language: English, Afrikaans and the Sepedi, Setswana and isiZulu
/// drafts (whose words are longer).
fn langs() -> Vec<Lang> {
    loket::locale::BUILT_IN
        .iter()
        .map(|(code, _)| Lang::from_code(code).unwrap())
        .collect()
}

/// Tuesday evening, open; and a Sunday, closed.
const OPEN: &str = "2025-12-09T17:32:00+02:00";
const SUNDAY: &str = "2025-12-07T11:00:00+02:00";
/// Long banners: closing soon on a Saturday, and after the programme (a public holiday).
const CLOSING_SATURDAY: &str = "2025-12-13T12:55:00+02:00";
const ENDED: &str = "2025-12-16T11:00:00+02:00";

fn app(instant: &str, search: Search, screen: (f32, f32), scale: f32, lang: Lang) -> App {
    app_following(instant, search, None, screen, scale, lang)
}

/// [`app`], following a fleet.
fn app_following(
    instant: &str,
    search: Search,
    fleet: Option<Result<ui::fleet::Link, String>>,
    screen: (f32, f32),
    scale: f32,
    lang: Lang,
) -> App {
    let clock = Clock::Fixed(
        chrono::DateTime::parse_from_rfc3339(instant)
            .unwrap()
            .to_utc(),
    );
    let mut app = App::new(Options {
        lang: None,
        counts: None,
        search,
        read: loket::live::read,
        clock,
        kiosk: false,
        prefs_path: None,
        last_good: None,
        fleet,
    });
    let _ = app.update(Message::WindowResized(Size::new(screen.0, screen.1)));
    let steps = ((scale - 1.0) * 10.0).round() as usize;
    for _ in 0..steps {
        let _ = app.update(Message::Settings(settings::Message::Scale(ScaleStep::Up)));
    }
    assert!((app.scale_factor() - scale).abs() < 1e-3);
    let _ = app.update(Message::Settings(settings::Message::SetLanguage(lang)));
    app
}

fn bundled() -> Search {
    Search::file(concat!(env!("CARGO_MANIFEST_DIR"), "/schedule.ron").as_ref())
}

/// Where each text shows `content` exactly: its layout bounds and the part of it visible.
fn places(ui: &mut Simulator<'_, Message>, content: &str) -> Option<(Rectangle, Rectangle)> {
    ui.find(|candidate: Candidate<'_>| match candidate {
        Candidate::Text {
            content: shown,
            bounds,
            visible_bounds,
            ..
        } if shown == content => Some((
            bounds,
            // Nothing visible at all is an empty rectangle: it counts as cut.
            visible_bounds.unwrap_or_default(),
        )),
        _ => None,
    })
    .ok()
}

/// The problems with how `content` shows: missing, cut, or outside the window.
fn check(
    ui: &mut Simulator<'_, Message>,
    window: Size,
    content: &str,
    one_line: Option<f32>,
) -> Option<String> {
    let Some((bounds, visible)) = places(ui, content) else {
        return Some(format!("{content:?} is missing"));
    };
    if bounds.width < 1.0 || bounds.height < 1.0 {
        return Some(format!("{content:?} has no room to show: {bounds:?}"));
    }
    let inside = bounds.x >= -0.5
        && bounds.y >= -0.5
        && bounds.x + bounds.width <= window.width + 0.5
        && bounds.y + bounds.height <= window.height + 0.5;
    if !inside {
        return Some(format!("{content:?} is outside the window: {bounds:?}"));
    }
    let cut =
        (visible.height - bounds.height).abs() > 0.5 || (visible.width - bounds.width).abs() > 0.5;
    if cut {
        return Some(format!("{content:?} is cut: {visible:?} of {bounds:?}"));
    }
    if let Some(size) = one_line
        && bounds.height > size * 1.9
    {
        return Some(format!("{content:?} breaks over lines: {bounds:?}"));
    }
    None
}

/// Runs `each` for every size, text size and language; collects the failures.
fn matrix(mut each: impl FnMut((f32, f32), f32, Lang) -> Vec<String>) {
    let mut failures = Vec::new();
    for screen in SCREENS {
        for scale in SCALES {
            for lang in langs() {
                for failure in each(screen, scale, lang) {
                    failures.push(format!(
                        "{}×{} at {scale}× ({lang:?}): {failure}",
                        screen.0, screen.1
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn simulator(app: &App) -> (Simulator<'_, Message>, Size) {
    let size = app.layout_size();
    (
        Simulator::with_size(ui::settings(), size, ui::view::view(app)),
        size,
    )
}

/// The details screen must show its essentials without scrolling where the issue asks:
/// 800×600 up to 1.0×, 1024×768 up to 1.5×, 1366×768 and larger up to 2.0×.
fn details_must_fit(screen: (f32, f32), scale: f32) -> bool {
    screen.0 >= 1366.0 || (screen.0 >= 1024.0 && scale <= 1.5) || scale <= 1.0
}

/// Every category's number and name must be on the home screen without scrolling: 800×600
/// up to 1.5×, 1024×768 and larger up to 2.0×.
fn home_must_fit(screen: (f32, f32), scale: f32) -> bool {
    screen.0 >= 1024.0 || scale <= 1.5
}

#[test]
fn details_show_what_a_resident_needs_on_the_first_screen() {
    for instant in [OPEN, SUNDAY] {
        matrix(|screen, scale, lang| {
            let mut app = app(instant, bundled(), screen, scale, lang);
            let _ = app.update(Message::Details(details::Message::ChooseCategory(6)));
            // A failed launch: its message must be seen where the button was pressed.
            let _ = app.update(Message::Details(details::Message::Opened(
                JoinWith::App,
                Err("no handler".into()),
            )));
            let (name, id, passcode) = {
                let category = &app.schedule().categories[6];
                let host = &category.hosts[0];
                (
                    category.name.get(lang).to_owned(),
                    host.meeting_id.grouped(),
                    host.passcode.as_str().to_owned(),
                )
            };
            let s = loket::i18n::strings(lang);
            let (mut ui, window) = simulator(&app);
            let mut failures = Vec::new();
            let must_fit = details_must_fit(screen, scale);
            let required: [(&str, Option<f32>); 5] = [
                (&name, None),
                (s.back, Some(20.0)),
                (&id, Some(52.0)),
                (&passcode, Some(52.0)),
                (s.open_in_zoom, Some(20.0)),
            ];
            for (content, one_line) in required {
                let problem = check(&mut ui, window, content, one_line);
                if let Some(problem) = problem
                    && (must_fit || problem.contains("breaks") || problem.contains("missing"))
                {
                    failures.push(format!("{instant}: {problem}"));
                }
            }
            // While the hosts are there, the join button is on the first screen at every
            // size the home screen must fit (large text on a small screen too).
            if instant == OPEN
                && home_must_fit(screen, scale)
                && let Some(problem) = check(&mut ui, window, s.open_in_zoom, Some(20.0))
            {
                failures.push(format!("{instant}: join button: {problem}"));
            }
            if must_fit && let Some(problem) = check(&mut ui, window, s.zoom_failed, None) {
                failures.push(format!("{instant}: {problem}"));
            }
            failures
        });
    }
}

#[test]
fn home_shows_every_category_and_the_banner() {
    for instant in [OPEN, SUNDAY, CLOSING_SATURDAY, ENDED] {
        matrix(|screen, scale, lang| {
            let app = app(instant, bundled(), screen, scale, lang);
            let (mut ui, window) = simulator(&app);
            let mut failures = Vec::new();
            let now = app.local_now();
            let short = app.layout_size().height < 620.0;
            let clock = if short {
                loket::describe::clock(&now)
            } else {
                ui::view::widgets::keep_together(&loket::describe::day_and_time(lang, &now))
            };
            if let Some(problem) = check(&mut ui, window, &clock, None) {
                failures.push(format!("{instant}: {problem}"));
            }
            // The banner's headline: whole, and at most two lines.
            let headline =
                loket::describe::headline(lang, app.schedule(), app.overall(), &now).text;
            let headline = ui::view::widgets::keep_together(&headline);
            let size = if short { 22.0 } else { 30.0 };
            let must_fit = home_must_fit(screen, scale);
            match places(&mut ui, &headline) {
                Some((bounds, _)) if must_fit && bounds.height > 2.0 * size * 1.3 + 1.0 => failures
                    .push(format!(
                        "{instant}: the banner takes more than two lines: {headline:?} {bounds:?}"
                    )),
                None => failures.push(format!("{instant}: the banner is missing: {headline:?}")),
                _ => {}
            }
            // Every category's name: on the first screen where the issue asks, and whole
            // (below the fold, never cut at the sides) everywhere.
            let mut tall = Simulator::with_size(
                ui::settings(),
                Size::new(window.width, 6000.0),
                ui::view::view(&app),
            );
            for category in &app.schedule().categories {
                let name = category.name.get(lang);
                if must_fit && let Some(problem) = check(&mut ui, window, name, None) {
                    failures.push(format!("{instant}: not on the first screen: {problem}"));
                }
                let whole = Size::new(window.width, f32::INFINITY);
                if let Some(problem) = check(&mut tall, whole, name, None) {
                    failures.push(format!("{instant}: {problem}"));
                }
            }
            failures
        });
    }
}

#[test]
fn the_error_strip_and_footer_stay_on_screen() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("schedule.ron");
    std::fs::write(&path, "Schedule(").unwrap();
    matrix(|screen, scale, lang| {
        let app = app(OPEN, Search::file(&path), screen, scale, lang);
        let (mut ui, window) = simulator(&app);
        let s = loket::i18n::strings(lang);
        let mut failures = Vec::new();
        for content in [s.show_problems, "A+"] {
            if let Some(problem) = check(&mut ui, window, content, None) {
                failures.push(problem);
            }
        }
        failures
    });
}

/// A fleet whose server is never asked here: the strip's words are what is checked.
fn unasked(_: &Fleet, _: &Cache, _: chrono::DateTime<chrono::Utc>) -> Outcome {
    Outcome::Unreachable("not asked in this test".to_owned())
}

#[test]
fn the_fleet_strip_stays_on_screen_and_whole() {
    let dir = tempfile::tempdir().unwrap();
    let fleet = loket::fleet::config::find_in(
        &[],
        loket::fleet::config::Overrides {
            url: Some("https://intranet.tshwane.gov.za/loket/schedule.ron"),
            public_key: Some("RWRTKHMjgAGhtTR89giiN5fGoIXLKjlgTRPctY/tWF1enUdy3XffH6M0"),
        },
    )
    .unwrap()
    .unwrap();
    let cache = Cache::at(dir.path());
    matrix(|screen, scale, lang| {
        let link = ui::fleet::Link {
            fleet: fleet.clone(),
            cache: cache.clone(),
            check: unasked,
        };
        let search = bundled().following(cache.copy_path(), fleet.keys.clone());
        let mut app = app_following(OPEN, search, Some(Ok(link)), screen, scale, lang);
        // A day and a half without a good check: the longest words the strip has.
        let later = chrono::DateTime::parse_from_rfc3339(OPEN).unwrap().to_utc()
            + chrono::TimeDelta::hours(36);
        app.set_clock(Clock::Fixed(later));
        let _ = app.update(Message::Feed(feed::Message::Tick));
        let stale = loket::i18n::fleet_line(
            lang,
            loket::i18n::FleetShown::StaleUnchecked {
                host: "intranet.tshwane.gov.za",
                for_: &loket::describe::duration(lang, chrono::TimeDelta::hours(36)),
            },
        );
        let mut failures = Vec::new();
        {
            // Closed, the strip is one line (its words cut at the edge).
            let (mut ui, window) = simulator(&app);
            match places(&mut ui, &stale) {
                Some((bounds, _)) if bounds.height > 18.0 * 1.3 + 1.0 => failures.push(format!(
                    "the closed strip takes more than a line: {bounds:?}"
                )),
                None => failures.push("the strip is missing".to_owned()),
                _ => {}
            }
            failures.extend(check(&mut ui, window, "A+", None));
        }
        // A tap opens it: every word, on as many lines as it needs.
        let _ = app.update(feed::Message::ToggleProblems.into());
        let (mut ui, window) = simulator(&app);
        failures.extend(check(&mut ui, window, &stale, None));
        failures.extend(check(&mut ui, window, "A+", None));
        failures
    });
}

#[test]
#[ignore = "debugging aid"]
fn debug_positions() {
    let lang = std::env::var("LANG_CODE")
        .ok()
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or(Lang::AF);
    let instant = if std::env::var_os("OPEN").is_some() {
        OPEN
    } else {
        SUNDAY
    };
    let mut app = app(instant, bundled(), (1366.0, 768.0), 2.0, lang);
    let _ = app.update(Message::Details(details::Message::ChooseCategory(6)));
    let _ = app.update(Message::Details(details::Message::Opened(
        JoinWith::App,
        Err("x".into()),
    )));
    let (mut ui, _) = simulator(&app);
    let mut all = Vec::new();
    let _ = ui.find(|c: Candidate<'_>| {
        if let Candidate::Text {
            content, bounds, ..
        } = c
        {
            all.push(format!(
                "{:>6.1} {:>6.1} {:>6.1} {content}",
                bounds.y, bounds.height, bounds.x
            ));
        }
        None::<()>
    });
    println!("{}", all.join("\n"));
}
