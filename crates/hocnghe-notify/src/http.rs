//! The adapter for an HTTP SMS/Zalo gateway (wire format in the crate docs).

use std::time::Duration;

use reqwest::StatusCode;
use serde::Serialize;

use crate::error::NotifyError;
use crate::notifier::{Notifier, Outgoing};

#[derive(Debug, Clone)]
pub struct HttpGateway {
    client: reqwest::Client,
    url: String,
    token: String,
}

#[derive(Serialize)]
struct Wire<'a> {
    channel: &'a str,
    to: &'a str,
    text: &'a str,
    idempotency_key: &'a str,
}

impl HttpGateway {
    pub fn new(url: &str, token: &str, timeout: Duration) -> Result<Self, NotifyError> {
        let client = reqwest::Client::builder()
            .timeout(timeout)
            .connect_timeout(timeout)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|_| NotifyError::Config("cannot build the HTTP client".into()))?;
        Ok(Self {
            client,
            url: url.to_owned(),
            token: token.to_owned(),
        })
    }
}

#[async_trait::async_trait]
impl Notifier for HttpGateway {
    async fn send(&self, message: Outgoing<'_>) -> Result<(), NotifyError> {
        let mut request = self
            .client
            .post(&self.url)
            .header("Idempotency-Key", message.idempotency_key)
            .json(&Wire {
                channel: message.channel.as_str(),
                to: message.to,
                text: message.text,
                idempotency_key: message.idempotency_key,
            });
        if !self.token.is_empty() {
            request = request.bearer_auth(&self.token);
        }
        // The transport error's text may name the URL; only its kind is kept.
        let response = request.send().await.map_err(|e| {
            NotifyError::Retryable(
                if e.is_timeout() {
                    "timeout"
                } else if e.is_connect() {
                    "connection failed"
                } else {
                    "transport error"
                }
                .into(),
            )
        })?;
        classify(response.status())
    }
}

/// 2xx delivered; 408, 429 and 5xx worth retrying; any other answer final.
pub fn classify(status: StatusCode) -> Result<(), NotifyError> {
    let reason = format!("gateway answered {}", status.as_u16());
    if status.is_success() {
        Ok(())
    } else if status.is_server_error()
        || status == StatusCode::TOO_MANY_REQUESTS
        || status == StatusCode::REQUEST_TIMEOUT
    {
        Err(NotifyError::Retryable(reason))
    } else {
        Err(NotifyError::Permanent(reason))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_are_retryable_or_permanent() {
        assert_eq!(classify(StatusCode::ACCEPTED), Ok(()));
        for retry in [500, 502, 503, 429, 408] {
            let status = StatusCode::from_u16(retry).unwrap();
            assert!(classify(status).unwrap_err().is_retryable(), "{retry}");
        }
        for permanent in [400, 401, 404, 422, 301] {
            let status = StatusCode::from_u16(permanent).unwrap();
            assert!(!classify(status).unwrap_err().is_retryable(), "{permanent}");
        }
    }
}
