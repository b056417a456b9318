//! A worker's choice of channel for notifications (SMS, Zalo, none), shared
//! by `/api/v1/me/notifications` and the `/me/notifications` page.

use hocnghe_domain::NotifyChannel;
use hocnghe_domain::notifications::{NotificationChoice, NotificationChoiceInput};
use hocnghe_store::repo::notifications;

use crate::error::ApiResult;
use crate::state::AppState;

pub async fn choice_of(state: &AppState, worker_id: i64) -> ApiResult<NotificationChoice> {
    let (channel, chosen_at) = notifications::choice(&state.db, worker_id).await?;
    Ok(view(state, channel, chosen_at))
}

/// Change the choice; `none` also cancels what is still waiting.
pub async fn choose(
    state: &AppState,
    worker_id: i64,
    input: &NotificationChoiceInput,
) -> ApiResult<NotificationChoice> {
    let channel = input.validate()?;
    let (channel, chosen_at) = notifications::choose(&state.db, worker_id, channel).await?;
    tracing::info!(
        worker_id,
        channel = channel.as_str(),
        "notification channel chosen"
    );
    Ok(view(state, channel, chosen_at))
}

fn view(
    state: &AppState,
    channel: NotifyChannel,
    chosen_at: Option<chrono::DateTime<chrono::Utc>>,
) -> NotificationChoice {
    let notify = &state.settings.notify;
    NotificationChoice {
        channel,
        chosen_at,
        delivery_enabled: notify.enabled,
        quiet_from: notify.quiet_from.clone(),
        quiet_until: notify.quiet_until.clone(),
        daily_cap: notify.daily_cap,
    }
}
