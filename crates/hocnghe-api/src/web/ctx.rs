//! What every page knows about its request: the language and who is
//! logged in.

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest};
use hocnghe_domain::Role;

use crate::auth::{Identity, MaybeIdentity};
use crate::error::ApiError;
use crate::state::AppState;

/// Hanoi's offset from UTC (+07:00); Vietnam keeps no daylight saving time.
/// "14:05 06/12/2026" in Hanoi time.
pub fn hanoi_time(at: chrono::DateTime<chrono::Utc>) -> String {
    at.with_timezone(&hanoi())
        .format("%H:%M %d/%m/%Y")
        .to_string()
}

/// The header's unread count; a failed count shows none rather than
/// failing the page.
async fn unread_of(state: &AppState, user_id: i64) -> u64 {
    let count = async {
        match hocnghe_store::repo::workers::id_of_user(&state.db, user_id).await? {
            Some(worker_id) => hocnghe_store::repo::inbox::unread(&state.db, worker_id).await,
            None => Ok(0),
        }
    };
    count.await.unwrap_or_else(|error| {
        tracing::warn!(%error, "unread inbox count failed");
        0
    })
}

pub const LANG_COOKIE: &str = "lang";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Vi,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    pub(crate) fn parse(s: &str) -> Option<Self> {
        match s {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// Per-request page context. Vietnamese unless the visitor chose English
/// (`?lang=en`, remembered in a cookie).
#[derive(Debug, Clone)]
pub struct Ctx {
    pub lang: Lang,
    pub user: Option<Identity>,
    /// Path and query of this request, for the language switch and `next`.
    pub here: String,
    pub(crate) lang_changed: bool,
    /// Unread inbox messages of a signed-in worker, shown in the header.
    pub unread: u64,
}

impl Ctx {
    /// Vietnamese or English text for this visitor.
    pub fn t<'a>(&self, vi: &'a str, en: &'a str) -> &'a str {
        if self.lang == Lang::En { en } else { vi }
    }

    pub fn en(&self) -> bool {
        self.lang == Lang::En
    }

    pub fn is(&self, role: &str) -> bool {
        self.user.as_ref().is_some_and(|u| u.role.as_str() == role)
    }

    pub fn logged_in(&self) -> bool {
        self.user.is_some()
    }

    pub fn user_name(&self) -> &str {
        self.user
            .as_ref()
            .map(|u| u.display_name.as_str())
            .unwrap_or("")
    }

    pub fn role(&self) -> Option<Role> {
        self.user.as_ref().map(|u| u.role)
    }

    /// Whether this page is `path` or under it, to mark the menu entry.
    pub fn is_here(&self, path: &str) -> bool {
        let here = self.here.split('?').next().unwrap_or_default();
        here == path
            || here
                .strip_prefix(path)
                .is_some_and(|rest| rest.starts_with('/'))
    }

    /// This page in the other language.
    pub fn switch_href(&self) -> String {
        let other = if self.lang == Lang::En { "vi" } else { "en" };
        let (path, query) = self.here.split_once('?').unwrap_or((&self.here, ""));
        let kept: Vec<&str> = query
            .split('&')
            .filter(|p| !p.is_empty() && !p.starts_with("lang="))
            .collect();
        if kept.is_empty() {
            format!("{path}?lang={other}")
        } else {
            format!("{path}?{}&lang={other}", kept.join("&"))
        }
    }

    /// An amount of money: "4.500.000 đ" or "VND 4,500,000".
    pub fn vnd(&self, amount: &i64) -> String {
        if self.en() {
            hocnghe_match::format::vnd_en(*amount)
        } else {
            hocnghe_match::format::vnd_vi(*amount)
        }
    }

    /// A whole number with thousands grouped: "20.000", or "20,000" in English.
    pub fn num(&self, n: &impl std::fmt::Display) -> String {
        let digits = n.to_string();
        let (sign, digits) = match digits.strip_prefix('-') {
            Some(rest) => ("-", rest.to_owned()),
            None => ("", digits),
        };
        let separator = if self.en() { ',' } else { '.' };
        let mut grouped = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                grouped.push(separator);
            }
            grouped.push(c);
        }
        format!("{sign}{grouped}")
    }

    /// A share as a percentage with one decimal: "78,5 %", or "78.5%" in
    /// English; "–" when unknown.
    pub fn pct(&self, share: &Option<f64>) -> String {
        match share {
            None => "–".to_owned(),
            Some(s) if self.en() => format!("{:.1}%", s * 100.0),
            Some(s) => format!("{} %", hocnghe_match::format::decimal_vi(s * 100.0)),
        }
    }

    /// A fee: "Miễn phí" ("Free") when nothing is to pay, else as [`Self::vnd`].
    pub fn fee(&self, amount: &i64) -> String {
        if *amount == 0 {
            self.t("Miễn phí", "Free").to_owned()
        } else {
            self.vnd(amount)
        }
    }

    pub fn km(&self, km: &f64) -> String {
        if self.en() {
            hocnghe_match::format::km_en(*km)
        } else {
            hocnghe_match::format::km_vi(*km)
        }
    }

    /// A monthly wage range, or "negotiable".
    pub fn wage(&self, min: &Option<i64>, max: &Option<i64>) -> String {
        let text = if self.en() {
            hocnghe_match::format::wage_en(*min, *max)
        } else {
            hocnghe_match::format::wage_vi(*min, *max)
        };
        text.unwrap_or_else(|| self.t("Thỏa thuận", "Negotiable").to_owned())
    }

    pub fn date(&self, date: &chrono::NaiveDate) -> String {
        date.format("%d/%m/%Y").to_string()
    }

    /// A moment as a person in Hanoi reads it: "14:05 06/12/2026" (UTC+7).
    pub fn time(&self, at: &chrono::DateTime<chrono::Utc>) -> String {
        at.with_timezone(&hanoi())
            .format("%H:%M %d/%m/%Y")
            .to_string()
    }

    /// An access-log action in words ("đã xem hồ sơ"), the code itself when
    /// it is not a known one.
    pub fn audit_action<'a>(&self, code: &'a str) -> &'a str {
        let (vi, en) = match code {
            "profile.read" => ("đã xem hồ sơ", "read the profile"),
            "profile.update" => ("đã sửa hồ sơ", "updated the profile"),
            "credits.read" => ("đã xem tín chỉ", "read the credits"),
            "notes.read" => ("đã xem ghi chú tư vấn", "read the guidance notes"),
            "notes.write" => ("đã viết ghi chú tư vấn", "wrote a guidance note"),
            "outcome.read" => (
                "đã xem kết quả sau khóa học",
                "read the outcomes after a course",
            ),
            "outcome.write" => (
                "đã ghi kết quả sau khóa học",
                "recorded an outcome after a course",
            ),
            "read_course_recommendations" => {
                ("đã xem khóa học gợi ý", "read the course suggestions")
            }
            "read_job_matches" => ("đã xem việc làm phù hợp", "read the job matches"),
            "contact.reveal" => ("đã xem số điện thoại", "revealed the phone number"),
            "phone.search" => (
                "đã tìm thấy bạn theo số điện thoại",
                "found you by your phone number",
            ),
            "passport.view" => (
                "đã xem hộ chiếu kỹ năng của bạn qua liên kết chia sẻ",
                "viewed your skills passport through a share link",
            ),
            "plan.read" => ("đã xem kế hoạch", "read the plan"),
            "password.reset_code_sms" => (
                "đã gửi mã đặt lại mật khẩu qua SMS theo yêu cầu",
                "sent a password reset code by SMS, as asked",
            ),
            "plan.write" => ("đã mở kế hoạch để sửa", "opened the plan to change it"),
            "plan.goal" => ("đã ghi mục tiêu kế hoạch", "set the plan's goal"),
            "plan.step_add" => ("đã thêm một bước vào kế hoạch", "added a step to the plan"),
            "plan.step_done" => ("đã đánh dấu một bước là xong", "marked a step done"),
            "plan.step_undone" => (
                "đã đánh dấu một bước là chưa xong",
                "marked a step not done",
            ),
            "plan.step_delete" => ("đã xóa một bước của kế hoạch", "deleted a step of the plan"),
            "enrolment.write" | "on_behalf.enrol" => {
                ("đã đăng ký học giúp bạn", "enrolled you in a course")
            }
            "application.write" | "on_behalf.apply" => {
                ("đã nộp đơn xin việc giúp bạn", "applied for a job for you")
            }
            other => (other, other),
        };
        if self.en() { en } else { vi }
    }

    /// The day of a moment in Hanoi: "06/12/2026".
    pub fn day(&self, at: &chrono::DateTime<chrono::Utc>) -> String {
        at.with_timezone(&hanoi()).format("%d/%m/%Y").to_string()
    }

    /// Percent-encoded path of this page, for `?next=` after login.
    pub fn here_encoded(&self) -> String {
        form_urlencoded::byte_serialize(self.here.as_bytes()).collect()
    }
}

/// Asia/Ho_Chi_Minh: UTC+7 all year (Vietnam has no daylight saving time).
pub fn hanoi() -> chrono::FixedOffset {
    hocnghe_domain::time::HANOI
}

pub use hocnghe_domain::hanoi_today;

impl Lang {
    /// The visitor's language from `?lang=` or the cookie, Vietnamese by default.
    pub(crate) fn of_request(req: &HttpRequest) -> Self {
        form_urlencoded::parse(req.query_string().as_bytes())
            .find(|(k, _)| k == "lang")
            .and_then(|(_, v)| Lang::parse(&v))
            .or_else(|| req.cookie(LANG_COOKIE).and_then(|c| Lang::parse(c.value())))
            .unwrap_or(Lang::Vi)
    }
}

impl FromRequest for Ctx {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let from_query = form_urlencoded::parse(req.query_string().as_bytes())
            .find(|(k, _)| k == "lang")
            .and_then(|(_, v)| Lang::parse(&v));
        let from_cookie = req.cookie(LANG_COOKIE).and_then(|c| Lang::parse(c.value()));
        let lang = from_query.or(from_cookie).unwrap_or(Lang::Vi);
        let lang_changed = from_query.is_some() && from_query != from_cookie;
        let here = match req.query_string() {
            "" => req.path().to_owned(),
            q => format!("{}?{q}", req.path()),
        };
        let identity = MaybeIdentity::from_request(req, payload);
        let state = req.app_data::<actix_web::web::Data<AppState>>().cloned();
        Box::pin(async move {
            let MaybeIdentity(user) = identity.await?;
            let unread = match (&state, &user) {
                (Some(state), Some(u)) if u.role == Role::Worker => {
                    unread_of(state, u.user_id).await
                }
                _ => 0,
            };
            Ok(Ctx {
                lang,
                user,
                here,
                lang_changed,
                unread,
            })
        })
    }
}
