//! Reference data (communes, occupations, skills) and the catalogue
//! (providers, courses with modules, employers, demands), plus the outbox
//! that feeds the search index.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::helpers::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use ForeignKeyAction::{Cascade, Restrict, SetNull};

        manager
            .create_table(
                Table::create()
                    .table("communes")
                    .col(string("code").primary_key())
                    .col(string("name"))
                    .col(string("full_name"))
                    .col(string("kind"))
                    .col(string("name_en"))
                    .col(string("codename"))
                    .col(double("lat"))
                    .col(double("lon"))
                    .col(double("area_km2"))
                    .take(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("occupations")
                    .col(big_pk_auto("id"))
                    .col(string_uniq("code"))
                    .col(string("isco_code"))
                    .col(string("name_vi"))
                    .col(string("name_en"))
                    .col(string_null("sector"))
                    .col(string_null("esco_uri"))
                    .col(text("description_vi"))
                    .take(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("skills")
                    .col(big_pk_auto("id"))
                    .col(string_uniq("code"))
                    .col(string("label_vi"))
                    .col(string("label_en"))
                    .col(text("alt_labels"))
                    .col(string("skill_group"))
                    .col(string_null("esco_uri"))
                    .take(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("occupation_skills")
                    .col(big_integer("occupation_id"))
                    .col(big_integer("skill_id"))
                    .col(string("importance"))
                    .primary_key(Index::create().col("occupation_id").col("skill_id"))
                    .foreign_key(&mut foreign_key(
                        "occupation_skills",
                        "occupation_id",
                        "occupations",
                        "id",
                        Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        "occupation_skills",
                        "skill_id",
                        "skills",
                        "id",
                        Cascade,
                    ))
                    .take(),
            )
            .await?;

        let mut providers = Table::create();
        providers
            .table("providers")
            .col(big_pk_auto("id"))
            .col(string("name"))
            .col(string("kind"))
            .col(string("commune_code"))
            .col(string_null("address"))
            .col(string_null("phone"))
            .col(string_null("email"))
            .col(string_null("website"))
            .col(text("description"))
            .foreign_key(&mut foreign_key(
                "providers",
                "commune_code",
                "communes",
                "code",
                Restrict,
            ));
        manager
            .create_table(audit_columns(&mut providers).take())
            .await?;

        let mut courses = Table::create();
        courses
            .table("courses")
            .col(big_pk_auto("id"))
            .col(big_integer("provider_id"))
            .col(string("title"))
            .col(text("description"))
            .col(string("level"))
            .col(big_integer_null("occupation_id"))
            .col(string("commune_code"))
            .col(string("delivery_mode"))
            .col(date("start_date"))
            .col(integer("weeks"))
            .col(string("schedule"))
            .col(big_integer("fee_vnd"))
            .col(big_integer("subsidy_vnd"))
            .col(integer("seats"))
            .col(string_null("certificate"))
            .col(string("status"))
            .foreign_key(&mut foreign_key(
                "courses",
                "provider_id",
                "providers",
                "id",
                Restrict,
            ))
            .foreign_key(&mut foreign_key(
                "courses",
                "occupation_id",
                "occupations",
                "id",
                SetNull,
            ))
            .foreign_key(&mut foreign_key(
                "courses",
                "commune_code",
                "communes",
                "code",
                Restrict,
            ));
        manager
            .create_table(audit_columns(&mut courses).take())
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("course_modules")
                    .col(big_pk_auto("id"))
                    .col(big_integer("course_id"))
                    .col(integer("position"))
                    .col(string("code"))
                    .col(string("title"))
                    .col(integer("credits"))
                    .col(integer("hours"))
                    .foreign_key(&mut foreign_key(
                        "course_modules",
                        "course_id",
                        "courses",
                        "id",
                        Cascade,
                    ))
                    .take(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("module_skills")
                    .col(big_integer("module_id"))
                    .col(big_integer("skill_id"))
                    .primary_key(Index::create().col("module_id").col("skill_id"))
                    .foreign_key(&mut foreign_key(
                        "module_skills",
                        "module_id",
                        "course_modules",
                        "id",
                        Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        "module_skills",
                        "skill_id",
                        "skills",
                        "id",
                        Restrict,
                    ))
                    .take(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("module_prerequisites")
                    .col(big_integer("module_id"))
                    .col(string("prerequisite_code"))
                    .primary_key(Index::create().col("module_id").col("prerequisite_code"))
                    .foreign_key(&mut foreign_key(
                        "module_prerequisites",
                        "module_id",
                        "course_modules",
                        "id",
                        Cascade,
                    ))
                    .take(),
            )
            .await?;

        let mut employers = Table::create();
        employers
            .table("employers")
            .col(big_pk_auto("id"))
            .col(string("name"))
            .col(string("kind"))
            .col(string("commune_code"))
            .col(string_null("address"))
            .col(string_null("phone"))
            .col(string_null("website"))
            .col(text("description"))
            .foreign_key(&mut foreign_key(
                "employers",
                "commune_code",
                "communes",
                "code",
                Restrict,
            ));
        manager
            .create_table(audit_columns(&mut employers).take())
            .await?;

        let mut demands = Table::create();
        demands
            .table("demands")
            .col(big_pk_auto("id"))
            .col(big_integer("employer_id"))
            .col(string("title"))
            .col(text("description"))
            .col(big_integer_null("occupation_id"))
            .col(integer("positions"))
            .col(string("commune_code"))
            .col(big_integer_null("wage_min_vnd"))
            .col(big_integer_null("wage_max_vnd"))
            .col(string("employment_type"))
            .col(date_null("start_date"))
            .col(date_null("expires_on"))
            .col(string("status"))
            .foreign_key(&mut foreign_key(
                "demands",
                "employer_id",
                "employers",
                "id",
                Restrict,
            ))
            .foreign_key(&mut foreign_key(
                "demands",
                "occupation_id",
                "occupations",
                "id",
                SetNull,
            ))
            .foreign_key(&mut foreign_key(
                "demands",
                "commune_code",
                "communes",
                "code",
                Restrict,
            ));
        manager
            .create_table(audit_columns(&mut demands).take())
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("demand_skills")
                    .col(big_integer("demand_id"))
                    .col(big_integer("skill_id"))
                    .col(string("importance"))
                    .primary_key(Index::create().col("demand_id").col("skill_id"))
                    .foreign_key(&mut foreign_key(
                        "demand_skills",
                        "demand_id",
                        "demands",
                        "id",
                        Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        "demand_skills",
                        "skill_id",
                        "skills",
                        "id",
                        Restrict,
                    ))
                    .take(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("search_outbox")
                    .col(big_pk_auto("id"))
                    .col(string("entity"))
                    .col(big_integer("entity_id"))
                    .col(timestamp_with_time_zone("created_at"))
                    .take(),
            )
            .await?;

        create_indexes(
            manager,
            vec![
                index("occupation_skills", &["skill_id"]),
                index("courses", &["provider_id"]),
                index("courses", &["commune_code"]),
                index("courses", &["occupation_id"]),
                unique_index("course_modules", &["course_id", "code"]),
                index("module_skills", &["skill_id"]),
                index("demands", &["employer_id"]),
                index("demands", &["status", "commune_code"]),
                index("demands", &["occupation_id"]),
                index("demand_skills", &["skill_id"]),
            ],
        )
        .await
    }
}
