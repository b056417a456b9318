//! Career guidance (issue 29): occupation guides and pages, skills
//! discovery from everyday activities, the interest explorer.

mod discovery;
mod explorer;
mod occupations;
