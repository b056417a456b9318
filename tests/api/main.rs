//! One integration binary: every test spawns the real application on port 0
//! with its own temporary database and search index, and talks HTTP to it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod access;
mod accounts;
mod admin_pages;
mod applications;
mod authorization;
mod catalogue;
mod counsellor_pages;
mod demo;
mod demo_history;
mod demo_once;
mod follow;
mod guidance;
mod hardening;
mod health;
mod helpers;
mod import;
mod matching;
mod notifications;
mod outcomes;
mod passwords;
mod proposed_skills;
mod provider_pages;
mod reference;
mod search;
mod web;
mod workers;
