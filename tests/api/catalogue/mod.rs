mod courses;
mod demands;
mod intake_migration;
mod intakes;
mod limits;
mod organisations;
