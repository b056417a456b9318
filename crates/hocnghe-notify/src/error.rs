/// Why a message was not delivered. Messages carry no personal data (no
/// phone, no text): they end up in `notification_outbox.last_error` and logs.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NotifyError {
    /// Worth trying again later: a timeout, a connection failure, a 5xx, a
    /// 429 (or 408) from the gateway.
    #[error("retryable: {0}")]
    Retryable(String),
    /// Trying again cannot help: the gateway refused the message (4xx, for
    /// example a number it cannot reach).
    #[error("permanent: {0}")]
    Permanent(String),
    /// The `[notify]` settings cannot work (checked at start).
    #[error("notify settings: {0}")]
    Config(String),
}

impl NotifyError {
    pub fn is_retryable(&self) -> bool {
        matches!(self, Self::Retryable(_))
    }

    /// The short reason kept on the outbox row.
    pub fn reason(&self) -> &str {
        match self {
            Self::Retryable(r) | Self::Permanent(r) | Self::Config(r) => r,
        }
    }
}
