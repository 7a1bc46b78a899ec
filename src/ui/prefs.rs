//! What the officer chose on screen (language, theme, text size), kept in the user's config
//! dir apart from the schedule, and written atomically so a crash never leaves half a file.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::theme::ThemeChoice;
use crate::text::Lang;

pub const SCALE_MIN: f32 = 0.8;
pub const SCALE_MAX: f32 = 2.0;
pub const SCALE_STEP: f32 = 0.1;
/// Steps per 1.0 of scale, for rounding to whole steps.
const STEPS: f32 = 10.0;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// `None` follows the schedule's language.
    pub language: Option<Lang>,
    pub theme: ThemeChoice,
    pub scale: f32,
    /// Counts: this machine's site ("Centurion library"; default: fleet.ron's, else the
    /// host name), the shared folder for the daily CSV files, and how long rows are kept.
    /// Written by IT, kept when the window saves the settings.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub site: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub report_dir: Option<PathBuf>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub keep_days: Option<u32>,
}

impl Default for Prefs {
    fn default() -> Self {
        Prefs {
            language: None,
            theme: ThemeChoice::Light,
            scale: 1.0,
            site: None,
            report_dir: None,
            keep_days: None,
        }
    }
}

/// Loket before the translation files wrote the language bare (`Some(af)`); it is a code
/// in quotes now (`Some("af")`). An officer's older file keeps its language.
fn older_language(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains("Some(en)") || text.contains("Some(af)") {
        text.replace("Some(en)", "Some(\"en\")")
            .replace("Some(af)", "Some(\"af\")")
            .into()
    } else {
        text.into()
    }
}

impl Prefs {
    pub fn clamp_scale(scale: f32) -> f32 {
        // Round to the step so repeated presses land on 1.0 again.
        ((scale * STEPS).round() / STEPS).clamp(SCALE_MIN, SCALE_MAX)
    }

    /// The default location: `~/.config/loket/settings.ron` on Linux,
    /// `%APPDATA%\Loket\settings.ron` on Windows.
    pub fn default_path() -> Option<PathBuf> {
        crate::places::settings_file()
    }

    /// Reads the file; anything missing or unreadable gives the defaults (these are comfort
    /// settings, never a reason not to start).
    pub fn load(path: &Path) -> Prefs {
        let Ok(text) = std::fs::read_to_string(path) else {
            return Prefs::default();
        };
        match ron::from_str::<Prefs>(&older_language(&text)) {
            Ok(mut prefs) => {
                prefs.scale = Prefs::clamp_scale(if prefs.scale.is_finite() {
                    prefs.scale
                } else {
                    1.0
                });
                prefs
            }
            Err(e) => {
                tracing::warn!(path = %path.display(), error = %e, "settings unreadable, using defaults");
                Prefs::default()
            }
        }
    }

    /// Writes atomically: a crash never leaves half a settings file.
    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        let text = ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::default())
            .map_err(std::io::Error::other)?;
        crate::atomic_file::write(path, text.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_language_reads_as_a_code_or_as_older_loket_wrote_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.ron");
        for text in [
            "(language: Some(\"af\"))",
            "(language: Some(af), scale: 1.5)",
        ] {
            std::fs::write(&path, text).unwrap();
            assert_eq!(Prefs::load(&path).language, Some(Lang::AF), "{text}");
        }
        let written = ron::to_string(&Prefs {
            language: Some(Lang::from_code("nso").unwrap()),
            ..Prefs::default()
        })
        .unwrap();
        assert!(written.contains("\"nso\""), "{written}");
    }

    use super::*;

    #[test]
    fn saves_and_loads_atomically() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/settings.ron");
        assert_eq!(Prefs::load(&path), Prefs::default());
        let prefs = Prefs {
            language: Some(Lang::AF),
            theme: ThemeChoice::HighContrast,
            scale: 1.3,
            site: Some("Centurion library".to_owned()),
            report_dir: Some("/srv/loket-counts".into()),
            keep_days: Some(365),
        };
        prefs.save(&path).unwrap();
        assert_eq!(
            Prefs::load(&path),
            prefs,
            "IT's counts settings survive a save"
        );
        let leftovers = std::fs::read_dir(path.parent().unwrap()).unwrap().count();
        assert_eq!(leftovers, 1, "no temporary files left behind");
    }

    #[test]
    fn a_damaged_file_gives_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.ron");
        std::fs::write(&path, "(theme: purple").unwrap();
        assert_eq!(Prefs::load(&path), Prefs::default());
        std::fs::write(&path, "(scale: 55.0)").unwrap();
        assert_eq!(Prefs::load(&path).scale, SCALE_MAX);
    }

    #[test]
    fn scale_steps_round_and_clamp() {
        assert_eq!(Prefs::clamp_scale(1.0 + 0.1 + 0.1 - 0.1 - 0.1), 1.0);
        assert_eq!(Prefs::clamp_scale(0.1), SCALE_MIN);
        assert_eq!(Prefs::clamp_scale(9.0), SCALE_MAX);
    }
}
