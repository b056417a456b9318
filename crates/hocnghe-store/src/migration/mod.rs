//! Schema migrations. They run unchanged on SQLite and PostgreSQL.

use sea_orm_migration::prelude::*;

mod helpers;
mod m0001_catalogue;
mod m0002_accounts;
mod m0003_workers;
mod m0005_enrolment;
mod m0006_contact_reveals;
mod m0007_worker_advice;
mod m0008_course_intakes;
mod m0009_application_history;
mod m0010_password_reset_codes;
mod m0012_action_plans;
mod m0013_proposed_skills;
mod m0014_notifications;
mod m0015_saved_searches_passport;
mod m0016_access_needs;
mod m0017_demand_proposed_skills;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m0001_catalogue::Migration),
            Box::new(m0002_accounts::Migration),
            Box::new(m0003_workers::Migration),
            Box::new(m0005_enrolment::Migration),
            Box::new(m0006_contact_reveals::Migration),
            Box::new(m0007_worker_advice::Migration),
            Box::new(m0008_course_intakes::Migration),
            Box::new(m0009_application_history::Migration),
            Box::new(m0010_password_reset_codes::Migration),
            Box::new(m0012_action_plans::Migration),
            Box::new(m0013_proposed_skills::Migration),
            Box::new(m0014_notifications::Migration),
            Box::new(m0015_saved_searches_passport::Migration),
            Box::new(m0016_access_needs::Migration),
            Box::new(m0017_demand_proposed_skills::Migration),
        ]
    }
}
