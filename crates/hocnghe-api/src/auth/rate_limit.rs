//! Request-rate limits for every endpoint that hashes a password (login,
//! registration, password change and reset, accounts made for others), keyed
//! by client address and by the account. Exceeding one answers 429 with
//! Retry-After. Hashing itself is bounded separately (`password::bounded`).

use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

use actix_web::HttpRequest;
use actix_web::http::StatusCode;
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use crate::error::ApiError;
use crate::settings::AuthSettings;

#[derive(Clone)]
pub struct RateLimits {
    login_by_address: Arc<DefaultKeyedRateLimiter<String>>,
    login_by_account: Arc<DefaultKeyedRateLimiter<String>>,
    register_by_address: Arc<DefaultKeyedRateLimiter<String>>,
    /// Password changes by the logged-in account (each wrong current
    /// password costs a hash).
    password_by_account: Arc<DefaultKeyedRateLimiter<String>>,
    /// Reset-code attempts per account being reset, and per address.
    reset_by_account: Arc<DefaultKeyedRateLimiter<String>>,
    reset_by_address: Arc<DefaultKeyedRateLimiter<String>>,
    /// Accounts created for others (admins, counsellors) and reset codes
    /// issued, per creating account.
    made_by_account: Arc<DefaultKeyedRateLimiter<String>>,
    /// Reset codes asked for by SMS, per phone number and per address (each
    /// one costs an SMS).
    sms_by_phone: Arc<DefaultKeyedRateLimiter<String>>,
    sms_by_address: Arc<DefaultKeyedRateLimiter<String>>,
    trust_forwarded_for: bool,
}

/// Reset codes one phone number may ask for per hour.
pub const SMS_CODES_PER_PHONE_HOUR: u32 = 3;

fn per_minute(n: u32) -> Quota {
    Quota::per_minute(NonZeroU32::new(n.max(1)).unwrap_or(NonZeroU32::MIN))
}

impl RateLimits {
    pub fn new(settings: &AuthSettings, trust_forwarded_for: bool) -> Self {
        let per_hour = |n: u32| {
            let n = NonZeroU32::new(n.max(1)).unwrap_or(NonZeroU32::MIN);
            Quota::per_hour(n)
        };
        Self {
            login_by_address: Arc::new(RateLimiter::keyed(per_minute(
                settings.login_attempts_per_minute * 5,
            ))),
            login_by_account: Arc::new(RateLimiter::keyed(per_minute(
                settings.login_attempts_per_minute,
            ))),
            register_by_address: Arc::new(RateLimiter::keyed(per_hour(
                settings.registrations_per_hour,
            ))),
            password_by_account: Arc::new(RateLimiter::keyed(per_minute(
                settings.login_attempts_per_minute,
            ))),
            reset_by_account: Arc::new(RateLimiter::keyed(per_minute(
                settings.login_attempts_per_minute,
            ))),
            reset_by_address: Arc::new(RateLimiter::keyed(per_minute(
                settings.login_attempts_per_minute * 5,
            ))),
            made_by_account: Arc::new(RateLimiter::keyed(per_hour(
                settings.registrations_per_hour,
            ))),
            sms_by_phone: Arc::new(RateLimiter::keyed(per_hour(SMS_CODES_PER_PHONE_HOUR))),
            sms_by_address: Arc::new(RateLimiter::keyed(per_hour(
                settings.registrations_per_hour,
            ))),
            trust_forwarded_for,
        }
    }

    pub fn check_login(&self, req: &HttpRequest, account: &str) -> Result<(), ApiError> {
        check(&self.login_by_address, self.client(req))?;
        check(&self.login_by_account, account.to_owned())
    }

    pub fn check_register(&self, req: &HttpRequest) -> Result<(), ApiError> {
        check(&self.register_by_address, self.client(req))
    }

    pub fn check_password_change(&self, user_id: i64) -> Result<(), ApiError> {
        check(&self.password_by_account, user_id.to_string())
    }

    pub fn check_reset(&self, req: &HttpRequest, account: &str) -> Result<(), ApiError> {
        check(&self.reset_by_address, self.client(req))?;
        check(&self.reset_by_account, account.to_owned())
    }

    /// A reset code asked for by SMS for `phone` (normalised).
    pub fn check_sms_code(&self, req: &HttpRequest, phone: &str) -> Result<(), ApiError> {
        check(&self.sms_by_address, self.client(req))?;
        check(&self.sms_by_phone, phone.to_owned())
    }

    /// An account made, or a reset code issued, by `user_id` for someone else.
    pub fn check_made_for_others(&self, user_id: i64) -> Result<(), ApiError> {
        check(&self.made_by_account, user_id.to_string())
    }

    /// Many rural users share carrier NAT addresses, so address limits are
    /// generous and per-account limits do the real work.
    fn client(&self, req: &HttpRequest) -> String {
        if self.trust_forwarded_for
            && let Some(ip) = req.connection_info().realip_remote_addr()
        {
            return ip.to_owned();
        }
        req.peer_addr()
            .map(|a| a.ip().to_string())
            .unwrap_or_default()
    }
}

fn check(limiter: &DefaultKeyedRateLimiter<String>, key: String) -> Result<(), ApiError> {
    limiter.check_key(&key).map_err(|not_until| {
        let wait = not_until.wait_time_from(DefaultClock::default().now());
        too_many(wait)
    })
}

fn too_many(wait: Duration) -> ApiError {
    let seconds = wait.as_secs().max(1);
    let mut error = ApiError::new(
        StatusCode::TOO_MANY_REQUESTS,
        "rate_limited",
        format!("Bạn thử quá nhiều lần. Vui lòng đợi {seconds} giây rồi thử lại."),
        format!("Too many attempts. Please wait {seconds} seconds and try again."),
    );
    error.retry_after = Some(seconds);
    error
}
