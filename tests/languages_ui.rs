//! Languages in the window, headless: a translator's new language without a rebuild, the
//! chooser with the drafts switched on, `L`, a kiosk's reset, and Read aloud where no voice
//! speaks the language. One test per process state: the word catalog is global, so every
//! test here installs the catalog it needs first, and the catalogs never disagree about
//! the built-in languages.

use std::sync::Mutex;

use iced_test::Simulator;

use loket::clock::Clock;
use loket::locale::{self, Catalog};
use loket::source::Search;
use loket::text::Lang;
use loket::ui::message::Message;
use loket::ui::{self, App, Options, settings, voice};

const SIZE: (f32, f32) = (1280.0, 860.0);
const OPEN: &str = "2025-12-09T17:32:00+02:00";

/// Tests that install a catalog run one at a time.
static CATALOG: Mutex<()> = Mutex::new(());

fn clock() -> Clock {
    Clock::Fixed(chrono::DateTime::parse_from_rfc3339(OPEN).unwrap().to_utc())
}

fn window(search: Search, lang: Option<Lang>, kiosk: bool) -> App {
    let mut app = App::new(Options {
        lang,
        counts: None,
        search,
        read: loket::live::read,
        clock: clock(),
        kiosk,
        prefs_path: None,
        last_good: None,
        fleet: None,
    });
    let _ = app.update(Message::WindowResized(iced::Size::new(SIZE.0, SIZE.1)));
    app
}

fn shows(app: &App, label: &str) -> bool {
    let kept = ui::view::widgets::keep_together(label);
    let mut ui = Simulator::with_size(ui::settings(), SIZE, ui::view::view(app));
    ui.find(label).is_ok() || ui.find(kept.as_str()).is_ok()
}

/// The bundled schedule offering every built-in language, the drafts included.
fn offering_all(dir: &std::path::Path) -> Search {
    let path = dir.join("schedule.ron");
    let text = loket::schedule::BUNDLED.replace(
        "languages: [\"en\", \"af\"],",
        "languages: [\"en\", \"af\", \"nso\", \"tn\", \"zu\"],",
    );
    assert_ne!(
        text,
        loket::schedule::BUNDLED,
        "the bundled schedule lists its languages"
    );
    std::fs::write(&path, text).unwrap();
    Search::file(&path)
}

#[test]
fn a_translator_adds_a_language_without_a_rebuild() {
    let _one = CATALOG.lock().unwrap_or_else(|e| e.into_inner());
    let folder = tempfile::tempdir().unwrap();
    // The translator copies en.ftl, names the language and changes some messages.
    let english = locale::english_source();
    let theirs = english
        .replace("language-name = English", "language-name = Xxish")
        .replace("language-review = reviewed", "language-review = draft")
        .replace("open-now = Open now", "open-now = Xopen xnow")
        .replace(
            "choose-category = Choose what your question is about",
            "choose-category = Xchoose xwhat",
        )
        .replace("read-aloud = Read aloud", "read-aloud = Xread");
    std::fs::write(folder.path().join("xx.ftl"), theirs).unwrap();
    locale::install(Catalog::load(&[folder.path().to_owned()]));

    let xx = Lang::from_code("xx").unwrap();
    let mut app = window(Search::BuiltIn, Some(xx), false);
    assert!(shows(&app, "Xchoose xwhat"));
    assert!(shows(&app, "Xread"));
    assert!(!shows(&app, "Choose what your question is about"));
    // What the translator left alone is English.
    assert!(shows(&app, "Property rates"));
    // Three languages now (xx, en, af): the button opens the chooser, which lists it.
    assert!(shows(&app, "Aa · Language"));
    let _ = app.update(Message::Settings(settings::Message::OpenChooser));
    assert!(shows(&app, "Xxish  (draft translation, not yet checked)"));
    locale::install(Catalog::built_in());
}

#[test]
fn more_than_two_languages_open_a_chooser_in_their_own_names() {
    let _one = CATALOG.lock().unwrap_or_else(|e| e.into_inner());
    locale::install(Catalog::built_in());
    let dir = tempfile::tempdir().unwrap();
    let mut app = window(offering_all(dir.path()), None, false);
    assert!(shows(&app, "Aa · Language"), "the button opens the chooser");
    assert_eq!(
        app.controls()
            .iter()
            .filter(|m| **m == Message::Settings(settings::Message::OpenChooser))
            .count(),
        1,
        "the keyboard reaches it"
    );
    let _ = app.update(Message::Settings(settings::Message::OpenChooser));
    assert!(shows(&app, "Choose a language"));
    assert!(shows(&app, "English"));
    assert!(shows(&app, "Afrikaans"));
    for name in ["Sepedi", "Setswana", "isiZulu"] {
        let label = format!("{name}  (draft translation, not yet checked)");
        assert!(shows(&app, &label), "{label}");
    }
    // Every language is a control Tab reaches, in the schedule's order.
    let chooser: Vec<Message> = app.controls().into_iter().take(5).collect();
    let nso = Lang::from_code("nso").unwrap();
    assert_eq!(
        chooser[2],
        Message::Settings(settings::Message::SetLanguage(nso))
    );
    let _ = app.update(Message::Settings(settings::Message::SetLanguage(nso)));
    assert!(!app.settings_chooser_open());
    assert!(shows(&app, "Kgetha seo potšišo ya gago e lego ka ga sona"));
    // L goes on to the next in the schedule's order.
    let _ = app.update(Message::Settings(settings::Message::ToggleLanguage));
    assert!(shows(&app, "Reetsa"), "Setswana's Read aloud");
    // Esc closes an open chooser without choosing.
    let _ = app.update(Message::Settings(settings::Message::OpenChooser));
    let _ = app.update(Message::Details(loket::ui::details::Message::Back));
    assert!(!app.settings_chooser_open());
    assert!(shows(&app, "Reetsa"), "Setswana's Read aloud");
}

#[test]
fn read_aloud_says_when_no_voice_speaks_the_language() {
    let _one = CATALOG.lock().unwrap_or_else(|e| e.into_inner());
    locale::install(Catalog::built_in());
    let voices = loket::speech::voices(loket::speech::ENGINE)
        .expect("espeak-ng must be installed for this test (./scripts/install-deps.sh)");
    let zu = Lang::from_code("zu").unwrap();
    assert!(
        !loket::speech::has_voice(&voices, zu),
        "espeak-ng gained isiZulu: update README"
    );
    let dir = tempfile::tempdir().unwrap();
    let mut app = window(offering_all(dir.path()), Some(zu), false);
    let _ = app.update(Message::Voice(voice::Message::ReadAloud));
    assert!(shows(
        &app,
        "Alikho izwi lesiZulu kule khompyutha, ngakho akukwazi ukufundwa ngokuzwakalayo."
    ));
    assert!(
        !app.is_reading(),
        "nothing is read with another language's rules"
    );
}

#[test]
fn staff_are_told_of_a_translation_file_with_problems_and_residents_are_not() {
    let _one = CATALOG.lock().unwrap_or_else(|e| e.into_inner());
    let folder = tempfile::tempdir().unwrap();
    let incomplete = locale::english_source()
        .replace("language-review = reviewed", "language-review = draft")
        .replace("cancel = Cancel\n", "");
    std::fs::write(folder.path().join("xx.ftl"), incomplete).unwrap();
    locale::install(Catalog::load(&[folder.path().to_owned()]));
    let line = "xx.ftl has 1 problem; missing words are shown in English";
    let counter = window(Search::BuiltIn, None, false);
    assert!(shows(&counter, line));
    let kiosk = window(Search::BuiltIn, None, true);
    assert!(
        !shows(&kiosk, line),
        "a kiosk's residents never see staff strips"
    );
    locale::install(Catalog::built_in());
}
