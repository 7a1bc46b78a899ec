//! Icons drawn for Loket as small SVGs (the embedded font has no arrows, ticks or clocks).
//! Drawn in black and tinted by the view, parsed once.

use std::sync::LazyLock;

use iced::widget::svg::Handle;

macro_rules! icon {
    ($name:ident, $body:expr) => {
        pub static $name: LazyLock<Handle> = LazyLock::new(|| {
            Handle::from_memory(
                concat!(
                    r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="black" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round">"#,
                    $body,
                    "</svg>"
                )
                .as_bytes(),
            )
        });
    };
}

icon!(
    OPEN,
    r#"<circle cx="12" cy="12" r="10"/><path d="M7 12.5l3.2 3.2L17 9"/>"#
);
icon!(
    CLOSING,
    r#"<circle cx="12" cy="12" r="10"/><path d="M12 6.5V12l3.8 2.2"/>"#
);
icon!(
    CLOSED,
    r#"<circle cx="12" cy="12" r="10"/><path d="M8.5 8.5l7 7M15.5 8.5l-7 7"/>"#
);
icon!(
    VIDEO,
    r#"<rect x="2" y="6" width="13.5" height="12" rx="2.5"/><path d="M15.5 10.5L22 7v10l-6.5-3.5z"/>"#
);
icon!(
    GLOBE,
    r#"<circle cx="12" cy="12" r="10"/><path d="M2 12h20M12 2c3 3 4.5 6.5 4.5 10S15 19 12 22M12 2C9 5 7.5 8.5 7.5 12S9 19 12 22"/>"#
);
icon!(
    COPY,
    r#"<rect x="9" y="9" width="12" height="12" rx="2"/><path d="M5 15H4.5A2.5 2.5 0 0 1 2 12.5v-8A2.5 2.5 0 0 1 4.5 2h8A2.5 2.5 0 0 1 15 4.5V5"/>"#
);
icon!(BACK, r#"<path d="M15 18l-6-6 6-6"/>"#);
icon!(
    MAIL,
    r#"<rect x="2" y="4.5" width="20" height="15" rx="2"/><path d="M2.5 6l9.5 7 9.5-7"/>"#
);
icon!(
    WARNING,
    r#"<path d="M12 3L1.8 20.5h20.4z"/><path d="M12 9.5v5M12 17.6v.2"/>"#
);
icon!(
    INFO,
    r#"<circle cx="12" cy="12" r="10"/><path d="M12 11v6M12 7.3v.2"/>"#
);
icon!(
    SPEAKER,
    r#"<path d="M4 9.5h3.5L12 5.5v13l-4.5-4H4z"/><path d="M15.5 9a4 4 0 0 1 0 6"/><path d="M18.5 6.5a7.5 7.5 0 0 1 0 11"/>"#
);
