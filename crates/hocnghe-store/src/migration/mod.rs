//! Schema migrations. They run unchanged on SQLite and PostgreSQL.

use sea_orm_migration::prelude::*;

mod helpers;
mod m0001_catalogue;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![Box::new(m0001_catalogue::Migration)]
    }
}
