//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

pub fn bundled() -> PathBuf {
    repo().join("schedule.ron")
}

/// The real `loket` binary, isolated from the developer's own config and system files.
pub fn loket(args: &[&str]) -> Output {
    loket_with_env(args, &[])
}

pub fn loket_with_env(args: &[&str], env: &[(&str, &str)]) -> Output {
    let home = tempfile::tempdir().expect("temp home");
    let mut command = Command::new(env!("CARGO_BIN_EXE_loket"));
    command
        .args(args)
        .env_remove("LOKET_SCHEDULE")
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .env("XDG_DATA_HOME", home.path().join("data"))
        .env("TZ", "UTC");
    for (key, value) in env {
        command.env(key, value);
    }
    command.output().expect("loket runs")
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}
