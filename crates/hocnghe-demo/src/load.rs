//! Writing the demo set through the store's repository functions, in one
//! transaction, and only into an empty catalogue.

use chrono::NaiveDate;
use hocnghe_domain::Role;
use hocnghe_domain::accounts::NewAccountInput;
use hocnghe_store::repo::{
    applications, courses, demands, employers, providers, stats, users, workers,
};
use hocnghe_store::{DatabaseConnection, begin_write};
use sea_orm::DatabaseTransaction;
use serde::Serialize;

use crate::generate::{DemoAccount, DemoSet, Sizes, generate};
use crate::{DEMO_PASSWORD, DEMO_SEED, DemoError};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DemoSummary {
    pub providers: usize,
    pub employers: usize,
    pub courses: usize,
    pub demands: usize,
    pub workers: usize,
    /// Job applications to the demo employer's demands.
    pub applications: usize,
    /// (role, login phone) of the five role accounts; password [`DEMO_PASSWORD`].
    pub accounts: Vec<(Role, String)>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum LoadOutcome {
    Loaded(DemoSummary),
    /// The catalogue already had data; nothing was written.
    Skipped,
}

/// Load the demo set for `today` unless the catalogue already has data.
/// `password_hash` is the argon2id hash of [`DEMO_PASSWORD`] (computed by the
/// caller, which owns password hashing). Course and demand writes queue
/// search-outbox rows, so the indexer picks everything up.
pub async fn load_if_empty(
    db: &DatabaseConnection,
    today: NaiveDate,
    password_hash: &str,
) -> Result<LoadOutcome, DemoError> {
    let set = generate(DEMO_SEED, today, Sizes::default())?;
    // Checked inside the write transaction: two starts racing load once.
    let tx = begin_write(db).await?;
    if !stats::catalogue_is_empty(&tx).await? {
        tx.rollback().await?;
        return Ok(LoadOutcome::Skipped);
    }
    let mut owners = std::collections::HashMap::new();
    for account in &set.accounts {
        let id = create_account(&tx, account, password_hash).await?;
        owners.insert(account.role, id);
    }
    let mut provider_ids = Vec::with_capacity(set.providers.len());
    for p in &set.providers {
        let valid = p
            .input
            .clone()
            .validate()
            .map_err(|e| DemoError::invalid(format!("provider {}", p.input.name), e))?;
        let owner = p
            .owned_by_demo
            .then(|| owners.get(&Role::Provider).copied())
            .flatten();
        provider_ids.push(providers::insert(&tx, valid, owner).await?);
    }
    let mut employer_ids = Vec::with_capacity(set.employers.len());
    for e in &set.employers {
        let valid = e
            .input
            .clone()
            .validate()
            .map_err(|err| DemoError::invalid(format!("employer {}", e.input.name), err))?;
        let owner = e
            .owned_by_demo
            .then(|| owners.get(&Role::Employer).copied())
            .flatten();
        employer_ids.push(employers::insert(&tx, valid, owner).await?);
    }
    for (i, c) in set.courses.iter().enumerate() {
        let mut input = c.input.clone();
        input.provider_id = provider_ids[c.provider];
        let valid = input
            .validate()
            .map_err(|e| DemoError::invalid(format!("course #{i}"), e))?;
        courses::insert(&tx, valid).await?;
    }
    let mut owned_demands = Vec::new();
    for (i, d) in set.demands.iter().enumerate() {
        let mut input = d.input.clone();
        input.employer_id = employer_ids[d.employer];
        let valid = input
            .validate()
            .map_err(|e| DemoError::invalid(format!("demand #{i}"), e))?;
        let id = demands::insert(&tx, valid).await?;
        if set.employers[d.employer].owned_by_demo {
            owned_demands.push((id, i));
        }
    }
    let mut worker_ids = Vec::with_capacity(set.workers.len());
    for w in &set.workers {
        let user_id = create_account(&tx, &w.account, password_hash).await?;
        let valid = w
            .profile
            .clone()
            .validate(today)
            .map_err(|e| DemoError::invalid(format!("worker {}", w.account.phone), e))?;
        worker_ids.push(
            workers::save_profile_in(&tx, user_id, valid, user_id)
                .await?
                .id,
        );
    }
    let applications = apply_to_owned_demands(&tx, &set, &owned_demands, &worker_ids).await?;
    tx.commit().await?;
    let mut accounts: Vec<(Role, String)> = set
        .accounts
        .iter()
        .map(|a| (a.role, a.phone.clone()))
        .collect();
    if let Some(worker) = set.workers.first() {
        accounts.push((worker.account.role, worker.account.phone.clone()));
    }
    Ok(LoadOutcome::Loaded(DemoSummary {
        providers: provider_ids.len(),
        employers: employer_ids.len(),
        courses: set.courses.len(),
        demands: set.demands.len(),
        workers: set.workers.len(),
        applications,
        accounts,
    }))
}

/// Messages of the demo's job applications.
const APPLICATION_MESSAGES: [&str; 4] = [
    "Tôi đã làm nghề này 2 năm, có thể đi làm ngay.",
    "Nhà tôi gần, xin được phỏng vấn vào cuối tuần.",
    "",
    "Tôi đang học thêm mô-đun còn thiếu, mong được thử việc.",
];

/// For each of the demo employer's first three demands, the two generated
/// workers (never the demo worker, the first) holding most of its skills
/// apply, so its candidates page shows plausible applicants.
async fn apply_to_owned_demands(
    tx: &DatabaseTransaction,
    set: &DemoSet,
    owned_demands: &[(i64, usize)],
    worker_ids: &[i64],
) -> Result<usize, DemoError> {
    let mut count = 0;
    for (demand_id, index) in owned_demands.iter().take(3) {
        let wanted: Vec<&str> = set.demands[*index]
            .input
            .skills
            .iter()
            .map(|s| s.code.as_str())
            .collect();
        let mut fits: Vec<(usize, usize)> = set
            .workers
            .iter()
            .enumerate()
            .skip(1)
            .map(|(i, w)| {
                let held = w
                    .profile
                    .skills
                    .iter()
                    .filter(|s| wanted.contains(&s.code.as_str()))
                    .count();
                (i, held)
            })
            .collect();
        fits.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        for (i, _) in fits.into_iter().take(2) {
            let message = APPLICATION_MESSAGES[count % APPLICATION_MESSAGES.len()];
            applications::insert_submitted(tx, worker_ids[i], *demand_id, message).await?;
            count += 1;
        }
    }
    Ok(count)
}

/// The same validation and store call as `hocnghe user create`.
async fn create_account(
    tx: &DatabaseTransaction,
    account: &DemoAccount,
    password_hash: &str,
) -> Result<i64, DemoError> {
    let data = NewAccountInput {
        role: account.role,
        display_name: account.display_name.clone(),
        phone: Some(account.phone.clone()),
        email: None,
        password: Some(DEMO_PASSWORD.to_owned()),
    }
    .validate()
    .map_err(|e| DemoError::invalid(format!("account {}", account.phone), e))?
    .into_inner();
    let created = users::create(tx, &data, password_hash.to_owned(), false, None).await?;
    Ok(created.id)
}
