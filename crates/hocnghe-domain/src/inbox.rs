//! A worker's inbox: what happened to their applications and who invited
//! them to apply, newest first.

use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;

use crate::enums::InboxKind;

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct InboxMessage {
    pub id: i64,
    pub kind: InboxKind,
    pub text_vi: String,
    pub text_en: String,
    /// A page of this site to act on it.
    pub link: String,
    pub created_at: DateTime<Utc>,
    pub read: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Inbox {
    pub unread: u64,
    pub items: Vec<InboxMessage>,
}
