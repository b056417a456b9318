//! sea-orm entities, one per table. Repository functions in `crate::repo`
//! turn them into domain types; nothing outside this crate sees them.

pub mod application;
pub mod application_event;
pub mod audit_entry;
pub mod certificate;
pub mod commune;
pub mod completion_skill;
pub mod consent;
pub mod contact_reveal;
pub mod course;
pub mod course_intake;
pub mod course_module;
pub mod demand;
pub mod demand_skill;
pub mod employer;
pub mod enrolment;
pub mod guidance_note;
pub mod inbox_message;
pub mod invitation;
pub mod module_completion;
pub mod module_prerequisite;
pub mod module_skill;
pub mod occupation;
pub mod occupation_skill;
pub mod outcome;
pub mod password_reset_code;
pub mod proposed_skill;
pub mod provider;
pub mod search_outbox;
pub mod session;
pub mod skill;
pub mod user;
pub mod worker;
pub mod worker_interest;
pub mod worker_skill;
