use hocnghe_domain::NotifyChannel;

use crate::error::NotifyError;

/// One message to one phone number on one channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Outgoing<'a> {
    pub channel: NotifyChannel,
    /// E.164 (`+84912345678`). Personal data: never logged.
    pub to: &'a str,
    pub text: &'a str,
    /// The same for every attempt at one message, so the receiver can drop
    /// a duplicate sent again after a crash.
    pub idempotency_key: &'a str,
}

/// Something that delivers a message: the HTTP gateway, or the development
/// file sink. `Ok` means the receiver accepted the message.
#[async_trait::async_trait]
pub trait Notifier: Send + Sync {
    async fn send(&self, message: Outgoing<'_>) -> Result<(), NotifyError>;
}
