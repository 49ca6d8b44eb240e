//! The JSON shapes of the portal API (`/api/v1`). Dates are ISO 8601 strings: `YYYY-MM-DD`
//! for calendar dates and RFC 3339 for instants, so the browser can hand them to `Intl`.

use crate::lang::Lang;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

/// A piece of service content in the language it was actually found in. When `lang` differs
/// from the requested language the app marks the element with that `lang`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Text {
    pub text: String,
    pub lang: Lang,
}

/// Service content in every language it has been written in.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(transparent)]
pub struct LocalizedText(pub BTreeMap<Lang, String>);

impl LocalizedText {
    pub fn new(entries: impl IntoIterator<Item = (Lang, impl Into<String>)>) -> Self {
        Self(entries.into_iter().map(|(l, s)| (l, s.into())).collect())
    }

    /// The text in `lang`, or along its fallback chain; `None` only if no language has it.
    pub fn pick(&self, lang: Lang) -> Option<Text> {
        lang.fallback_chain()
            .chain(Lang::ALL)
            .find_map(|l| self.0.get(&l).filter(|s| !s.is_empty()).map(|s| Text { text: s.clone(), lang: l }))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "kebab-case")]
pub enum AccountKind {
    Person,
    Organisation,
}

/// The signed-in account, as the app shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Me {
    pub username: String,
    pub display_name: String,
    pub kind: AccountKind,
    pub preferred_lang: Lang,
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

/// Where a case stands. The citizen-facing wording comes from the API as `status_label`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "kebab-case")]
pub enum CaseStatus {
    Received,
    InProgress,
    ActionRequired,
    Completed,
    Rejected,
}

impl CaseStatus {
    pub const ALL: [CaseStatus; 5] = [
        CaseStatus::Received,
        CaseStatus::InProgress,
        CaseStatus::ActionRequired,
        CaseStatus::Completed,
        CaseStatus::Rejected,
    ];

    pub const fn code(self) -> &'static str {
        match self {
            CaseStatus::Received => "received",
            CaseStatus::InProgress => "in-progress",
            CaseStatus::ActionRequired => "action-required",
            CaseStatus::Completed => "completed",
            CaseStatus::Rejected => "rejected",
        }
    }

    pub fn parse(code: &str) -> Option<CaseStatus> {
        CaseStatus::ALL.into_iter().find(|s| s.code() == code)
    }

    /// A case is open until it is completed or rejected.
    pub const fn is_open(self) -> bool {
        !matches!(self, CaseStatus::Completed | CaseStatus::Rejected)
    }
}

/// One case on the dashboard.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct CaseSummary {
    pub id: String,
    /// The reference the authority quotes in letters, e.g. `LU-2026-004711`.
    pub reference: String,
    pub service: Text,
    pub status: CaseStatus,
    pub status_label: Text,
    /// The sending authority: canton, municipality or department.
    pub authority: Text,
    /// `YYYY-MM-DD`
    pub submitted_on: String,
    /// RFC 3339
    pub updated_at: String,
    /// `YYYY-MM-DD`: the deadline for the citizen or the date the authority expects to decide.
    pub due_on: Option<String>,
    pub action_needed: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct CaseList {
    pub cases: Vec<CaseSummary>,
}

/// One step of a case's status history, worded for citizens.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct StatusEvent {
    /// RFC 3339
    pub at: String,
    pub status: CaseStatus,
    pub status_label: Text,
    pub text: Text,
}

/// A document the authority sent; the bytes are at `GET /api/v1/documents/{id}/content`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct DocumentMeta {
    pub id: String,
    pub title: Text,
    /// The file name the server sends in `Content-Disposition`.
    pub filename: String,
    pub media_type: String,
    pub size_bytes: u64,
    /// Lowercase hex SHA-256 of the bytes, so a citizen can verify what they received.
    pub sha256: String,
    /// RFC 3339
    pub created_at: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct CaseDetail {
    /// Nested rather than flattened: serde's `flatten` buffers every field through a generic
    /// map, which costs the browser app kilobytes of code.
    pub summary: CaseSummary,
    /// Oldest first.
    pub history: Vec<StatusEvent>,
    pub documents: Vec<DocumentMeta>,
}

/// A locality with its postcode and the municipality it lies in, from swisstopo's official
/// directory of localities. A postcode can span several municipalities, even cantons.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Place {
    /// Four digits, e.g. `6005`.
    pub postcode: String,
    /// The locality's official name, e.g. `St. Niklausen LU`.
    pub locality: String,
    pub municipality: String,
    /// The Federal Statistical Office's municipality number (eCH-0007), e.g. 1061 for Luzern.
    pub bfs_number: u32,
    /// Two-letter canton abbreviation, e.g. `LU`.
    pub canton: String,
}

/// Every locality of one postcode, sorted by municipality then locality; empty when the postcode
/// is unknown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct PlaceList {
    pub places: Vec<Place>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn localized_text_picks_the_language_then_falls_back() {
        let t = LocalizedText::new([(Lang::De, "Hund anmelden"), (Lang::Fr, "Enregistrer un chien")]);
        assert_eq!(t.pick(Lang::Fr).unwrap(), Text { text: "Enregistrer un chien".into(), lang: Lang::Fr });
        assert_eq!(t.pick(Lang::Rm).unwrap().lang, Lang::De);
        assert_eq!(t.pick(Lang::It).unwrap().lang, Lang::De);
        let only_it = LocalizedText::new([(Lang::It, "Solo italiano")]);
        assert_eq!(only_it.pick(Lang::En).unwrap().lang, Lang::It);
        assert_eq!(LocalizedText::default().pick(Lang::De), None);
    }

    #[test]
    fn empty_translations_count_as_missing() {
        let t = LocalizedText::new([(Lang::De, "Umzug melden"), (Lang::It, "")]);
        assert_eq!(t.pick(Lang::It).unwrap().lang, Lang::De);
    }

    #[test]
    fn localized_text_is_a_plain_json_object() {
        let t: LocalizedText = serde_json::from_str(r#"{"de":"Ja","fr":"Oui"}"#).unwrap();
        assert_eq!(t.pick(Lang::Fr).unwrap().text, "Oui");
        assert_eq!(serde_json::to_string(&t).unwrap(), r#"{"de":"Ja","fr":"Oui"}"#);
    }

    #[test]
    fn status_codes_round_trip() {
        for s in CaseStatus::ALL {
            assert_eq!(CaseStatus::parse(s.code()), Some(s));
            assert_eq!(serde_json::to_string(&s).unwrap(), format!("\"{}\"", s.code()));
        }
        assert!(CaseStatus::ActionRequired.is_open());
        assert!(!CaseStatus::Completed.is_open());
    }

    #[test]
    fn case_detail_nests_the_summary() {
        let summary = CaseSummary {
            id: "c1".into(),
            reference: "LU-2026-000001".into(),
            service: Text { text: "Hund".into(), lang: Lang::De },
            status: CaseStatus::Received,
            status_label: Text { text: "Eingegangen".into(), lang: Lang::De },
            authority: Text { text: "Stadt Luzern".into(), lang: Lang::De },
            submitted_on: "2026-01-02".into(),
            updated_at: "2026-01-02T10:00:00Z".into(),
            due_on: None,
            action_needed: false,
        };
        let detail = CaseDetail { summary, history: vec![], documents: vec![] };
        let json = serde_json::to_value(&detail).unwrap();
        assert_eq!(json["summary"]["reference"], "LU-2026-000001");
        assert_eq!(serde_json::from_value::<CaseDetail>(json).unwrap(), detail);
    }

    #[test]
    fn sign_in_refuses_unknown_fields() {
        let r = serde_json::from_str::<SignInRequest>(r#"{"username":"a","password":"b","role":"admin"}"#);
        assert!(r.is_err());
    }
}
