//! Accounts: registration, login and password change requests, and the
//! account view. Phone numbers are personal data: they are normalised here
//! and never logged.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::catalogue::Valid;
use crate::enums::Role;
use crate::text::clean_line;
use crate::validation::{FieldError, ValidationErrors, Validator};

pub const MIN_PASSWORD: usize = 8;
pub const MAX_PASSWORD: usize = 128;

/// Self-registration. Counsellor and admin accounts are created by an admin.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RegisterInput {
    /// `worker`, `employer` or `provider`.
    #[schema(schema_with = self_service_roles)]
    pub role: Role,
    #[schema(example = "Nguyễn Văn An")]
    pub display_name: String,
    /// Vietnamese phone number, e.g. `0912 345 678`; phone or email is required.
    pub phone: Option<String>,
    pub email: Option<String>,
    /// 8 to 128 characters.
    #[schema(min_length = 8, max_length = 128)]
    pub password: String,
}

/// The roles anyone may register as (the others are made by an admin).
fn self_service_roles() -> utoipa::openapi::Object {
    utoipa::openapi::ObjectBuilder::new()
        .schema_type(utoipa::openapi::schema::Type::String)
        .enum_values(Some(["worker", "employer", "provider"]))
        .build()
}

/// An account created by an admin (any role) or a counsellor (workers).
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewAccountInput {
    pub role: Role,
    pub display_name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    /// Leave out to have a password generated and returned once.
    #[schema(min_length = 8, max_length = 128)]
    pub password: Option<String>,
}

/// A validated account request with a normalised phone and email.
#[derive(Debug, Clone, PartialEq)]
pub struct AccountData {
    pub role: Role,
    pub display_name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub password: Option<String>,
}

impl RegisterInput {
    pub fn validate(self) -> Result<Valid<AccountData>, ValidationErrors> {
        let mut v = Validator::new();
        if !matches!(self.role, Role::Worker | Role::Employer | Role::Provider) {
            v.push(FieldError::new(
                "role",
                "forbidden_role",
                "Chỉ có thể tự đăng ký tài khoản người lao động, nhà tuyển dụng hoặc cơ sở đào tạo.",
                "Only worker, employer and provider accounts can register themselves.",
            ));
        }
        let data = account(
            &mut v,
            self.role,
            &self.display_name,
            self.phone,
            self.email,
            Some(self.password),
        );
        v.finish(data).map(Valid::new)
    }
}

impl NewAccountInput {
    pub fn validate(self) -> Result<Valid<AccountData>, ValidationErrors> {
        let mut v = Validator::new();
        let data = account(
            &mut v,
            self.role,
            &self.display_name,
            self.phone,
            self.email,
            self.password,
        );
        v.finish(data).map(Valid::new)
    }
}

fn account(
    v: &mut Validator,
    role: Role,
    display_name: &str,
    phone: Option<String>,
    email: Option<String>,
    password: Option<String>,
) -> AccountData {
    let display_name = v.line("display_name", display_name, 120);
    let phone = phone.as_deref().map(clean_line).filter(|p| !p.is_empty());
    let phone = phone.and_then(|raw| {
        let normalised = normalize_phone(&raw);
        if normalised.is_none() {
            v.push(FieldError::invalid(
                "phone",
                "Số điện thoại Việt Nam không hợp lệ (ví dụ 0912 345 678).",
                "Invalid Vietnamese phone number (e.g. 0912 345 678).",
            ));
        }
        normalised
    });
    let email = email
        .as_deref()
        .map(|e| clean_line(e).to_lowercase())
        .filter(|e| !e.is_empty());
    if let Some(e) = &email
        && !is_email(e)
    {
        v.push(FieldError::invalid(
            "email",
            "Địa chỉ email không hợp lệ.",
            "Invalid email address.",
        ));
    }
    if phone.is_none() && email.is_none() && v.is_ok() {
        v.push(FieldError::new(
            "phone",
            "required",
            "Cần số điện thoại hoặc email để đăng nhập.",
            "A phone number or an email is needed to log in.",
        ));
    }
    if let Some(p) = &password {
        check_password(v, "password", p);
    }
    AccountData {
        role,
        display_name,
        phone,
        email,
        password,
    }
}

pub fn check_password(v: &mut Validator, field: &str, password: &str) {
    let len = password.chars().count();
    if !(MIN_PASSWORD..=MAX_PASSWORD).contains(&len) {
        v.push(FieldError::new(
            field,
            "weak_password",
            format!("Mật khẩu cần từ {MIN_PASSWORD} đến {MAX_PASSWORD} ký tự."),
            format!("The password needs {MIN_PASSWORD} to {MAX_PASSWORD} characters."),
        ));
    }
}

/// Login with a phone number or an email.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LoginInput {
    /// Phone number or email.
    #[schema(example = "0912345678")]
    pub login: String,
    pub password: String,
}

/// How an account is identified at login.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoginId {
    Phone(String),
    Email(String),
}

impl LoginInput {
    pub fn login_id(&self) -> Result<LoginId, ValidationErrors> {
        let raw = clean_line(&self.login);
        if raw.contains('@') {
            return Ok(LoginId::Email(raw.to_lowercase()));
        }
        normalize_phone(&raw).map(LoginId::Phone).ok_or_else(|| {
            ValidationErrors::single(FieldError::invalid(
                "login",
                "Nhập số điện thoại hoặc email.",
                "Enter a phone number or an email.",
            ))
        })
    }
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PasswordChangeInput {
    pub current_password: String,
    /// 8 to 128 characters, different from the current one.
    #[schema(min_length = 8, max_length = 128)]
    pub new_password: String,
}

impl PasswordChangeInput {
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut v = Validator::new();
        check_password(&mut v, "new_password", &self.new_password);
        if self.new_password == self.current_password {
            v.push(FieldError::invalid(
                "new_password",
                "Mật khẩu mới phải khác mật khẩu cũ.",
                "The new password must differ from the current one.",
            ));
        }
        v.finish(())
    }
}

/// Setting a new password with a one-time code a counsellor gave in person.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PasswordResetInput {
    /// Phone number or email of the account.
    #[schema(example = "0912345678")]
    pub login: String,
    /// The code as read out by the counsellor (case and spaces do not matter).
    #[schema(example = "k7mp-3xqa")]
    pub code: String,
    #[schema(min_length = 8, max_length = 128)]
    pub new_password: String,
}

impl PasswordResetInput {
    /// The login and the code in canonical form, or field errors.
    pub fn validate(&self) -> Result<(LoginId, String), ValidationErrors> {
        let mut v = Validator::new();
        let login = LoginInput {
            login: self.login.clone(),
            password: String::new(),
        }
        .login_id();
        if let Err(errors) = &login {
            for e in &errors.0 {
                v.push(e.clone());
            }
        }
        let code = normalize_reset_code(&self.code);
        if code.chars().count() != RESET_CODE_LEN {
            v.push(FieldError::invalid(
                "code",
                "Mã đặt lại gồm 8 ký tự, do cán bộ tư vấn đưa cho bạn.",
                "The reset code has 8 characters; a counsellor gives it to you.",
            ));
        }
        check_password(&mut v, "new_password", &self.new_password);
        v.finish(())?;
        login.map(|l| (l, code))
    }
}

/// Characters in a reset code.
pub const RESET_CODE_LEN: usize = 8;

/// A reset code as typed: lower case, without spaces or dashes.
pub fn normalize_reset_code(code: &str) -> String {
    code.chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .flat_map(char::to_lowercase)
        .collect()
}

/// A one-time reset code, shown once to the counsellor who read it out.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PasswordResetCode {
    /// Eight characters, shown as two groups of four.
    pub code: String,
    pub expires_at: DateTime<Utc>,
}

/// An account as shown to its owner and to admins.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Account {
    pub id: i64,
    pub role: Role,
    pub display_name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub must_change_password: bool,
    pub disabled: bool,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
/// One read or reveal of a person's data, shown to that person.
pub struct AuditEntry {
    pub id: i64,
    /// Who acted (display name and role), or null if that account is gone.
    pub actor_user_id: Option<i64>,
    pub actor_name: Option<String>,
    pub actor_role: Option<String>,
    /// e.g. `profile.read`, `contact.reveal`, `recommendations.read`.
    pub action: String,
    pub detail: String,
    pub created_at: DateTime<Utc>,
}

/// Vietnamese phone numbers to E.164: "0912 345 678", "84912345678" and
/// "+84 912 345 678" all become "+84912345678". Mobile numbers have nine
/// digits after the 0, landlines (02x) ten.
pub fn normalize_phone(raw: &str) -> Option<String> {
    let trimmed = raw.trim();
    if trimmed
        .chars()
        .any(|c| !(c.is_ascii_digit() || " .-()+".contains(c)))
    {
        return None;
    }
    let digits: String = trimmed.chars().filter(char::is_ascii_digit).collect();
    let national = if let Some(rest) = digits
        .strip_prefix("84")
        .filter(|_| trimmed.starts_with('+') || digits.len() >= 11)
    {
        rest.to_owned()
    } else if let Some(rest) = digits.strip_prefix('0') {
        rest.to_owned()
    } else {
        return None;
    };
    let valid = match national.chars().next() {
        Some('2') => national.len() == 10,
        Some('3' | '5' | '7' | '8' | '9') => national.len() == 9,
        _ => false,
    };
    valid.then(|| format!("+84{national}"))
}

fn is_email(e: &str) -> bool {
    match e.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !e.contains(' ')
                && e.len() <= 254
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones_normalise_to_e164() {
        for raw in [
            "0912 345 678",
            "0912.345.678",
            "+84 912 345 678",
            "84912345678",
        ] {
            assert_eq!(
                normalize_phone(raw).as_deref(),
                Some("+84912345678"),
                "{raw}"
            );
        }
        assert_eq!(
            normalize_phone("024 3826 1234").as_deref(),
            Some("+842438261234")
        );
        for bad in ["12345", "0112345678", "09123456789", "abc", "0912-345-67a"] {
            assert_eq!(normalize_phone(bad), None, "{bad}");
        }
    }

    #[test]
    fn self_registration_cannot_pick_privileged_roles() {
        let input = RegisterInput {
            role: Role::Admin,
            display_name: "X".into(),
            phone: Some("0912345678".into()),
            email: None,
            password: "mật khẩu dài".into(),
        };
        let errors = input.validate().unwrap_err();
        assert_eq!(errors.0[0].code, "forbidden_role");
    }

    #[test]
    fn phone_or_email_is_required_and_password_length_checked() {
        let input = RegisterInput {
            role: Role::Worker,
            display_name: "Lan".into(),
            phone: None,
            email: None,
            password: "short".into(),
        };
        let fields: Vec<_> = input
            .validate()
            .unwrap_err()
            .0
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["phone", "password"]);
    }

    #[test]
    fn login_id_detects_email_or_phone() {
        let login = |s: &str| {
            LoginInput {
                login: s.into(),
                password: String::new(),
            }
            .login_id()
        };
        assert_eq!(
            login(" An@Example.vn ").unwrap(),
            LoginId::Email("an@example.vn".into())
        );
        assert_eq!(
            login("0912345678").unwrap(),
            LoginId::Phone("+84912345678".into())
        );
        assert!(login("hello").is_err());
    }
}
