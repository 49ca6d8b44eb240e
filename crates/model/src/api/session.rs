//! Sign-in, the session, and whom it acts for.

use crate::lang::Lang;
use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "kebab-case")]
pub enum AccountKind {
    Person,
    Organisation,
}

/// The signed-in person, as the app shows them, and whom they can act for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Me {
    pub username: String,
    pub display_name: String,
    pub kind: AccountKind,
    pub preferred_lang: Lang,
    /// The organisations this person holds an active mandate for.
    #[serde(default)]
    pub mandates: Vec<Party>,
    /// The organisation whose cases, messages and documents this session shows; none for the
    /// person's own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acting_for: Option<Party>,
}

impl Me {
    /// True when acting for an organisation under a read-only mandate.
    pub fn read_only(&self) -> bool {
        self.acting_for.as_ref().is_some_and(|p| p.scope == MandateScope::Read)
    }
}

/// An organisation a person may act for, by its UID.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Party {
    /// The organisation's UID, e.g. `CHE-107.342.157`.
    pub uid: String,
    pub name: String,
    pub scope: MandateScope,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "kebab-case")]
pub enum MandateScope {
    /// Everything the organisation could do: read, reply, upload, apply.
    Full,
    /// Read only.
    Read,
}

impl MandateScope {
    pub fn code(self) -> &'static str {
        match self {
            MandateScope::Full => "full",
            MandateScope::Read => "read",
        }
    }

    pub fn parse(code: &str) -> Option<MandateScope> {
        [MandateScope::Full, MandateScope::Read].into_iter().find(|s| s.code() == code)
    }
}

/// `PUT /api/v1/session/party`: act for an organisation (its UID), or for oneself (`null`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PartyChoice {
    pub uid: Option<String>,
}

/// `GET /api/v1/session`: who is signed in (if anyone) and the CSRF token that every
/// state-changing request must echo in the `X-CSRF-Token` header.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct SessionInfo {
    pub user: Option<Me>,
    pub csrf_token: String,
    /// Seconds of inactivity after which the server ends the session.
    pub idle_timeout_secs: u64,
    /// Seconds until the session ends however active it is (the absolute timeout); `None`
    /// before sign-in. Every request restarts the idle clock, never this one.
    #[serde(default)]
    pub ends_in_secs: Option<u64>,
    /// The signed-in person's key for the copies this browser keeps; `None` before sign-in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_key: Option<DeviceKey>,
}

/// What encrypts the copies a browser keeps of unsaved answers and unsent replies (AES-GCM,
/// 256 bits). The app imports it as a non-extractable key held in memory only; the portal
/// replaces it at sign-out, so copies left behind can no longer be read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct DeviceKey {
    /// The account's name on the device: random, stable across keys, so the app finds its
    /// own copies without a username in storage.
    pub account: String,
    /// The raw key, standard base64.
    pub key: String,
}

/// One of the account's active sessions, for "where am I signed in".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ActiveSession {
    /// Names the session for ending it; not its secret.
    pub id: String,
    /// The kind of device, e.g. "Firefox, Android".
    pub device: String,
    /// RFC 3339
    pub started_at: String,
    /// RFC 3339
    pub last_seen_at: String,
    /// The session this request belongs to.
    pub current: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct SessionList {
    pub sessions: Vec<ActiveSession>,
}

/// `POST /api/v1/session`: password sign-in for the demo accounts. A real identity provider
/// (OIDC) replaces this request with its redirect flow and ends in the same session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SignInRequest {
    /// Not blank; at most `validate::MAX_CREDENTIAL_LEN` characters.
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 256, pattern = "\\S"))]
    pub username: String,
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 256))]
    pub password: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sign_in_refuses_unknown_fields() {
        let r = serde_json::from_str::<SignInRequest>(r#"{"username":"a","password":"b","role":"admin"}"#);
        assert!(r.is_err());
    }
}
