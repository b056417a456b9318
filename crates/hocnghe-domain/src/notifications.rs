//! Delivery of inbox messages outside the site (SMS or Zalo): the worker's
//! choice, how it is changed, and the short Vietnamese text a message
//! becomes.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::enums::NotifyChannel;
use crate::text::nfc;
use crate::validation::{FieldError, ValidationErrors};

/// Characters of an inbox message kept in an SMS before the link; longer
/// texts end with "…". Vietnamese SMS travel as UCS-2 (70 characters a
/// segment), so this keeps a message to about two segments with its link.
pub const SMS_TEXT_CHARS: usize = 100;

/// The worker's channel choice, and what the server will do with it.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct NotificationChoice {
    pub channel: NotifyChannel,
    /// When the worker last chose; absent until they do.
    pub chosen_at: Option<DateTime<Utc>>,
    /// Whether this server delivers at all (`notify.enabled`); when false
    /// the choice is kept but nothing is sent.
    pub delivery_enabled: bool,
    /// Quiet hours in Hanoi time ("21:00"–"07:00"): messages wait until
    /// they end, except a reset code the worker asked for.
    pub quiet_from: String,
    pub quiet_until: String,
    /// Messages sent to one worker per Hanoi day at most; more wait for
    /// the next day.
    pub daily_cap: u32,
}

/// `PUT /api/v1/me/notifications`.
#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct NotificationChoiceInput {
    /// `none`, `sms` or `zalo`.
    #[schema(example = "sms")]
    pub channel: String,
}

impl NotificationChoiceInput {
    pub fn validate(&self) -> Result<NotifyChannel, ValidationErrors> {
        nfc(&self.channel).trim().parse().map_err(|_| {
            ValidationErrors::single(FieldError::new(
                "channel",
                "unknown_channel",
                "Hãy chọn Không, SMS hoặc Zalo.",
                format!("Choose one of: {}.", NotifyChannel::allowed()),
            ))
        })
    }
}

/// The text sent for an inbox message: "hocnghe: " and the Vietnamese text,
/// cut at a word to [`SMS_TEXT_CHARS`]. The link is added when sending.
pub fn sms_text(text_vi: &str) -> String {
    let text = text_vi.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= SMS_TEXT_CHARS {
        return format!("hocnghe: {text}");
    }
    let cut: String = text.chars().take(SMS_TEXT_CHARS).collect();
    let cut = match cut.rfind(' ') {
        Some(at) if at > SMS_TEXT_CHARS / 2 => &cut[..at],
        _ => cut.as_str(),
    };
    format!(
        "hocnghe: {}…",
        cut.trim_end_matches([',', '.', ':', ';', ' '])
    )
}

/// The text of a reset code sent by SMS.
pub fn reset_code_text(code: &str, minutes: i64) -> String {
    format!(
        "hocnghe: mã đặt lại mật khẩu của bạn là {code}, dùng một lần trong {minutes} phút. Đừng đưa mã này cho ai."
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_texts_are_kept_and_long_ones_cut_at_a_word() {
        assert_eq!(
            sms_text("Đơn  của bạn\nđã được xem."),
            "hocnghe: Đơn của bạn đã được xem."
        );
        let long = "Nhà tuyển dụng đã chọn bạn vào danh sách ngắn cho việc “Tuyển 5 thợ hàn MIG” ở Ba Vì; hãy giữ máy để họ gọi điện hẹn gặp.";
        let text = sms_text(long);
        assert!(text.ends_with('…'), "{text}");
        assert!(text.chars().count() <= SMS_TEXT_CHARS + "hocnghe: …".len());
        assert!(long.starts_with(text.trim_start_matches("hocnghe: ").trim_end_matches('…')));
    }

    #[test]
    fn an_unknown_channel_is_a_field_error() {
        let input = NotificationChoiceInput {
            channel: "fax".into(),
        };
        let errors = input.validate().unwrap_err();
        assert_eq!(errors.0[0].field, "channel");
        let ok = NotificationChoiceInput {
            channel: " zalo ".into(),
        };
        assert_eq!(ok.validate().unwrap(), NotifyChannel::Zalo);
    }
}
