//! Authorisation rules, in one place so every route applies the same ones.

use actix_web::http::StatusCode;
use hocnghe_domain::Role;

use super::Identity;
use crate::error::ApiError;

pub fn forbidden() -> ApiError {
    ApiError::new(
        StatusCode::FORBIDDEN,
        "forbidden",
        "Bạn không có quyền thực hiện thao tác này.",
        "You are not allowed to do this.",
    )
}

/// The caller must have one of these roles (admins always pass).
pub fn require_role(identity: &Identity, roles: &[Role]) -> Result<(), ApiError> {
    if identity.is_admin() || roles.contains(&identity.role) {
        Ok(())
    } else {
        Err(forbidden())
    }
}

/// The caller must have exactly this role; admins do not pass. Used where a
/// worker consented to one kind of person (counsellors), not to admins.
pub fn require_exact_role(identity: &Identity, role: Role) -> Result<(), ApiError> {
    if identity.role == role {
        Ok(())
    } else {
        Err(forbidden())
    }
}

/// The caller must own the object (admins always pass). Objects without an
/// owner can only be changed by admins.
pub fn require_owner(identity: &Identity, owner_user_id: Option<i64>) -> Result<(), ApiError> {
    if identity.is_admin() || owner_user_id == Some(identity.user_id) {
        Ok(())
    } else {
        Err(forbidden())
    }
}

/// The caller must own the object themselves; admins do not pass. Used
/// where workers shared their data with the employer, not with admins.
pub fn require_own(identity: &Identity, owner_user_id: Option<i64>) -> Result<(), ApiError> {
    if owner_user_id == Some(identity.user_id) {
        Ok(())
    } else {
        Err(forbidden())
    }
}

/// For a write that names a parent object (a course's provider, a demand's
/// employer): the caller must own the parent. A parent that does not exist
/// passes here so the store can report it as a field error.
pub fn require_parent_owner(
    identity: &Identity,
    owner: Result<Option<i64>, hocnghe_store::StoreError>,
) -> Result<(), ApiError> {
    match owner {
        Ok(owner) => require_owner(identity, owner),
        Err(hocnghe_store::StoreError::NotFound { .. }) => Ok(()),
        Err(other) => Err(other.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn who(role: Role, user_id: i64) -> Identity {
        Identity {
            user_id,
            role,
            display_name: String::new(),
            session_id: 1,
            must_change_password: false,
        }
    }

    #[test]
    fn owners_and_admins_pass() {
        assert!(require_owner(&who(Role::Provider, 5), Some(5)).is_ok());
        assert!(require_owner(&who(Role::Provider, 5), Some(6)).is_err());
        assert!(require_owner(&who(Role::Provider, 5), None).is_err());
        assert!(require_owner(&who(Role::Admin, 1), Some(6)).is_ok());
        assert!(require_role(&who(Role::Worker, 2), &[Role::Employer]).is_err());
        assert!(require_role(&who(Role::Admin, 2), &[Role::Employer]).is_ok());
    }
}
