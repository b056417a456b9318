//! Real-browser journeys: headless Chromium driven over WebDriver against
//! the app on a temporary database. Screenshots of the pages go to
//! `target/e2e-screenshots/`. Run with `cargo test --features e2e --test e2e`
//! (needs Debian's `chromium` and `chromium-driver`; `.ci/run` installs them).
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../api/helpers.rs"]
#[allow(dead_code)]
mod helpers;

mod browser;
mod counsellor;
mod guidance;
mod journeys;
mod next_step;
mod password_reset;
mod provider;
mod saved_search;
