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

/// Back office: `POST /api/backoffice/v1/mandates` grants, `.../mandates/withdrawal` withdraws.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct MandateChange {
    /// The person's username.
    pub person: String,
    /// The organisation's UID.
    pub organisation: String,
    /// For a grant; a withdrawal ignores it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<MandateScope>,
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
    /// What the authority asks the citizen to do, while `action_needed`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<Text>,
    /// The authority's messages in this case not yet opened.
    #[serde(default)]
    pub unread: u64,
}

/// Cases listed on one page of `GET /api/v1/cases`.
pub const CASES_PER_PAGE: u32 = 25;

/// A page of cases matching a [`CaseQuery`], with what the filters can choose from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct CaseList {
    pub cases: Vec<CaseSummary>,
    /// Cases matching the whole query, across all pages.
    pub total: u64,
    /// 1-based; the last page when the query asked for one past it.
    pub page: u32,
    pub pages: u32,
    /// Cases matching every filter but the status, by status: the counts a status filter shows.
    pub counts: Vec<StatusCount>,
    /// The services and authorities of all the party's cases, for the filters.
    pub services: Vec<Choice>,
    pub authorities: Vec<Choice>,
}

impl CaseList {
    /// How many of the counted cases are in one of `statuses`.
    pub fn count_of(&self, filter: StatusFilter) -> u64 {
        self.counts.iter().filter(|c| filter.matches(c.status)).map(|c| c.count).sum()
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct StatusCount {
    pub status: CaseStatus,
    pub label: Text,
    pub count: u64,
}

/// One option of a filter: the value the query takes and what the citizen reads.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Choice {
    pub value: String,
    pub label: Text,
}

/// A status filter: one status, or all open or all closed cases.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StatusFilter {
    Open,
    Closed,
    Is(CaseStatus),
}

impl StatusFilter {
    pub fn code(self) -> &'static str {
        match self {
            StatusFilter::Open => "open",
            StatusFilter::Closed => "closed",
            StatusFilter::Is(status) => status.code(),
        }
    }

    pub fn parse(code: &str) -> Option<StatusFilter> {
        match code {
            "open" => Some(StatusFilter::Open),
            "closed" => Some(StatusFilter::Closed),
            code => CaseStatus::parse(code).map(StatusFilter::Is),
        }
    }

    pub fn matches(self, status: CaseStatus) -> bool {
        match self {
            StatusFilter::Open => status.is_open(),
            StatusFilter::Closed => !status.is_open(),
            StatusFilter::Is(s) => s == status,
        }
    }

    /// The statuses this filter lets through.
    pub fn statuses(self) -> impl Iterator<Item = CaseStatus> {
        CaseStatus::ALL.into_iter().filter(move |s| self.matches(*s))
    }
}

/// The order of a case list. Open cases come before closed ones, except by submission.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CaseSort {
    /// Most recently changed first.
    #[default]
    Updated,
    /// Earliest deadline or expected date first; cases without one last.
    Deadline,
    /// Most recently submitted first.
    Submitted,
}

impl CaseSort {
    pub const ALL: [CaseSort; 3] = [CaseSort::Updated, CaseSort::Deadline, CaseSort::Submitted];

    pub fn code(self) -> &'static str {
        match self {
            CaseSort::Updated => "updated",
            CaseSort::Deadline => "deadline",
            CaseSort::Submitted => "submitted",
        }
    }

    pub fn parse(code: &str) -> Option<CaseSort> {
        CaseSort::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// The query of `GET /api/v1/cases`, which is also the dashboard's URL query, so Back and
/// shared links restore a filtered view. Parsed and written here, for the app and the server.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CaseQuery {
    pub status: Option<StatusFilter>,
    /// A service's slug.
    pub service: Option<String>,
    /// An authority's id.
    pub authority: Option<String>,
    /// Submitted on or after, `YYYY-MM-DD`.
    pub from: Option<String>,
    /// Submitted on or before, `YYYY-MM-DD`.
    pub to: Option<String>,
    /// Words found in the reference or the service's name in the asked language, ignoring case
    /// and accents.
    pub q: Option<String>,
    pub sort: CaseSort,
    /// 1-based.
    pub page: u32,
}

/// Highest page number a query may ask for: 25 million cases are beyond any party.
pub const MAX_CASE_PAGE: u32 = 1_000_000;

/// Longest accepted search text, in characters.
pub const MAX_CASE_SEARCH_LEN: usize = 100;

impl CaseQuery {
    /// Reads the query's pairs; `Err` names the first parameter whose value is not understood.
    /// Unknown parameters (such as `lang`) are left to others.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Result<CaseQuery, &'a str> {
        let mut query = CaseQuery { page: 1, ..CaseQuery::default() };
        for (key, value) in pairs {
            if !query.apply(key, value) {
                return Err(key);
            }
        }
        Ok(query)
    }

    /// Reads the pairs it understands and skips the others: a hand-edited link still opens.
    pub fn from_pairs_leniently<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> CaseQuery {
        let mut query = CaseQuery { page: 1, ..CaseQuery::default() };
        for (key, value) in pairs {
            let mut tried = query.clone();
            if tried.apply(key, value) {
                query = tried;
            }
        }
        query
    }

    /// Sets one parameter; false when its value is not understood.
    fn apply(&mut self, key: &str, value: &str) -> bool {
        let date = |v: &str| crate::swiss::iso_date_year(v).map(|_| v.to_owned());
        let text = |v: &str| Some(v.trim()).filter(|v| !v.is_empty()).map(str::to_owned);
        match key {
            "status" => { self.status = StatusFilter::parse(value); self.status.is_some() }
            "service" => { self.service = text(value); true }
            "authority" => { self.authority = text(value); true }
            "from" => { self.from = date(value); self.from.is_some() }
            "to" => { self.to = date(value); self.to.is_some() }
            "q" => { self.q = text(value); value.chars().count() <= MAX_CASE_SEARCH_LEN }
            "sort" => CaseSort::parse(value).map(|s| self.sort = s).is_some(),
            "page" => value.parse::<u32>().ok().filter(|p| (1..=MAX_CASE_PAGE).contains(p)).map(|p| self.page = p).is_some(),
            _ => true,
        }
    }

    /// The query as a URL query string (without `?`), empty for the plain list.
    pub fn to_query_string(&self) -> String {
        self.to_pairs().iter().map(|(k, v)| format!("{k}={}", encode_component(v))).collect::<Vec<_>>().join("&")
    }

    /// The cases waiting for the citizen, soonest deadline first (the dashboard's first section).
    pub fn waiting() -> CaseQuery {
        CaseQuery { status: Some(StatusFilter::Is(CaseStatus::ActionRequired)), sort: CaseSort::Deadline, page: 1, ..CaseQuery::default() }
    }

    /// The API path of this page of cases.
    pub fn api_path(&self, lang: Lang) -> String {
        let filters = self.to_query_string();
        let and = if filters.is_empty() { "" } else { "&" };
        format!("/api/v1/cases?lang={lang}{and}{filters}")
    }

    /// The query as pairs, leaving out defaults, so the plain dashboard has a plain URL.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        let mut push = |key, value: Option<&str>| {
            if let Some(value) = value {
                pairs.push((key, value.to_owned()));
            }
        };
        push("status", self.status.map(StatusFilter::code));
        push("service", self.service.as_deref());
        push("authority", self.authority.as_deref());
        push("from", self.from.as_deref());
        push("to", self.to.as_deref());
        push("q", self.q.as_deref());
        push("sort", (self.sort != CaseSort::default()).then(|| self.sort.code()));
        let page = (self.page > 1).then(|| self.page.to_string());
        push("page", page.as_deref());
        pairs
    }

    /// True when anything but the sort and page narrows the list.
    pub fn is_filtered(&self) -> bool {
        self.status.is_some() || self.service.is_some() || self.authority.is_some() || self.from.is_some() || self.to.is_some() || self.q.is_some()
    }
}

/// A case with its timeline and messages, as its page loads it.
pub fn case_path(id: &str, lang: Lang) -> String {
    format!("/api/v1/cases/{}?lang={lang}", encode_component(id))
}

/// A service's definition with its texts in every language, as its wizard loads it.
pub fn service_path(id: &str) -> String {
    format!("/api/v1/services/{}", encode_component(id))
}

/// An application in progress, as its wizard loads it.
pub fn draft_path(id: &str) -> String {
    format!("/api/v1/drafts/{}", encode_component(id))
}

/// The open applications, as the dashboard lists them.
pub fn drafts_path(lang: Lang) -> String {
    format!("/api/v1/drafts?lang={lang}")
}

/// The latest messages and the unread count, which the header shows on every page.
pub fn inbox_path(lang: Lang) -> String {
    format!("/api/v1/messages?lang={lang}")
}

/// What the dashboard requests at once for `query`. The server hints these with the page
/// (`Link: rel=preload`), so they load while the app does; the strings must therefore be the
/// app's requests byte for byte.
pub fn dashboard_requests(lang: Lang, query: &CaseQuery) -> [String; 4] {
    [query.api_path(lang), CaseQuery::waiting().api_path(lang), drafts_path(lang), inbox_path(lang)]
}

/// JavaScript's `encodeURIComponent`, for both sides: every byte but `A–Z a–z 0–9 - _ . ! ~ * ' ( )`
/// percent-encoded in UTF-8.
pub fn encode_component(value: &str) -> String {
    let mut encoded = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&byte) {
            encoded.push(byte as char);
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
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
    pub sender: Sender,
    /// The case's thread, oldest first.
    pub messages: Vec<Message>,
    /// Why a case was decided as it was, and how to appeal; for rejected cases.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<Decision>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "kebab-case")]
pub enum AuthorityLevel {
    Canton,
    Municipality,
    Department,
}

/// The authority that handles a case, as its own records name it: a canton, a municipality,
/// or a department of either, possibly acting on behalf of another (a cantonal office that
/// assesses taxes for the municipalities, say).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Sender {
    pub name: Text,
    pub level: AuthorityLevel,
    /// The canton or municipality a department belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_of: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_behalf_of: Option<Text>,
    /// Postal address, one line per entry.
    pub address: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
}

/// The reason for a decision and the legal remedy against it, as the authority wrote them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Decision {
    pub reason: Text,
    pub remedy: Text,
}

/// `GET /api/v1/documents`: the party's documents across all cases, newest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct DocumentOverview {
    /// Documents matching the query; at most `DOCUMENTS_LISTED` are listed.
    pub total: u64,
    pub documents: Vec<DocumentItem>,
}

/// Documents the overview lists at most, newest first.
pub const DOCUMENTS_LISTED: u32 = 100;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct DocumentItem {
    pub document: DocumentMeta,
    pub case_id: String,
    pub reference: String,
    pub service: Text,
    /// Sent by the citizen's side rather than the authority.
    pub from_citizen: bool,
}

/// One message of a case's thread.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Message {
    pub id: String,
    /// True for the authority's messages, false for the citizen's side.
    pub from_authority: bool,
    /// Who wrote a message of the citizen's side (a person acting for an organisation, say).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// Plain text; shown as text, never as markup.
    pub body: String,
    /// RFC 3339
    pub created_at: String,
    /// RFC 3339: when the citizen's side first opened an authority's message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub read_at: Option<String>,
    pub attachments: Vec<DocumentMeta>,
}

/// `POST /api/v1/cases/{id}/messages`: a reply, with documents uploaded to the case before.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NewMessage {
    /// Not blank; at most `MAX_MESSAGE_LEN` characters.
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 10000, pattern = "\\S"))]
    pub body: String,
    /// Ids of documents this party uploaded to the case and has not sent with a message yet.
    #[serde(default)]
    pub attachments: Vec<String>,
}

/// The inbox: the latest messages across all cases, and how many are unread.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Inbox {
    pub unread: u64,
    pub messages: Vec<InboxItem>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct InboxItem {
    pub case_id: String,
    pub reference: String,
    pub service: Text,
    pub message: Message,
}

/// Largest document the citizen's side can add to a case.
pub const CASE_DOCUMENT_MAX_BYTES: u64 = 10_000_000;
/// What the citizen's side can add to a case.
pub const CASE_DOCUMENT_TYPES: [&str; 3] = ["application/pdf", "image/jpeg", "image/png"];

/// The longest message body, in characters.
pub const MAX_MESSAGE_LEN: usize = 10_000;

/// Back office: `POST /api/backoffice/v1/cases/{reference}/status`. Without `text`, the
/// portal's standard citizen text for the status is used, in every language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct StatusChange {
    pub status: CaseStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<LocalizedText>,
    /// Required when the status is `rejected`: why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<LocalizedText>,
    /// Required when the status is `rejected`: how to appeal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remedy: Option<LocalizedText>,
}

/// Back office: `POST /api/backoffice/v1/cases/{reference}/action`: the authority waits for
/// the citizen until `due_on`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ActionRequest {
    /// What the citizen must do, in every language the authority writes.
    pub text: LocalizedText,
    /// `YYYY-MM-DD`
    pub due_on: String,
}

/// Back office: `POST /api/backoffice/v1/cases/{reference}/documents`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct DocumentDelivery {
    pub title: LocalizedText,
    pub filename: String,
    /// The bytes, base64: PDF, JPEG or PNG.
    pub content_base64: String,
}

/// Back office: `POST /api/backoffice/v1/cases/{reference}/messages`, written in the
/// citizen's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AuthorityMessage {
    pub body: String,
}

/// What the back office created.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Created {
    pub id: String,
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
    fn a_case_a_service_and_a_draft_have_their_paths_with_the_id_encoded() {
        assert_eq!(case_path("LU-2026/7", Lang::It), "/api/v1/cases/LU-2026%2F7?lang=it");
        assert_eq!(service_path("dog-registration"), "/api/v1/services/dog-registration");
        assert_eq!(draft_path("a b"), "/api/v1/drafts/a%20b");
    }

    #[test]
    fn components_are_encoded_as_encode_uri_component_does() {
        assert_eq!(encode_component("Hund & Katze/ä?"), "Hund%20%26%20Katze%2F%C3%A4%3F");
        assert_eq!(encode_component("a-z_A.Z~0!9*'()"), "a-z_A.Z~0!9*'()");
        assert_eq!(encode_component("50%+1"), "50%25%2B1");
    }

    #[test]
    fn the_dashboard_requests_its_query_the_waiting_cases_drafts_and_messages() {
        let query = CaseQuery { q: Some("Hund ä".into()), page: 2, ..CaseQuery::default() };
        assert_eq!(
            dashboard_requests(Lang::Fr, &query),
            [
                "/api/v1/cases?lang=fr&q=Hund%20%C3%A4&page=2".to_owned(),
                "/api/v1/cases?lang=fr&status=action-required&sort=deadline".to_owned(),
                "/api/v1/drafts?lang=fr".to_owned(),
                "/api/v1/messages?lang=fr".to_owned(),
            ]
        );
        assert_eq!(CaseQuery { page: 1, ..CaseQuery::default() }.api_path(Lang::De), "/api/v1/cases?lang=de");
    }

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
            action: None,
            unread: 0,
        };
        let sender = Sender {
            name: Text { text: "Stadt Luzern".into(), lang: Lang::De },
            level: AuthorityLevel::Municipality,
            part_of: None,
            on_behalf_of: None,
            address: vec!["Hirschengraben 17".into()],
            email: None,
            phone: None,
            website: None,
        };
        let detail = CaseDetail { summary, history: vec![], documents: vec![], sender, messages: vec![], decision: None };
        let json = serde_json::to_value(&detail).unwrap();
        assert_eq!(json["summary"]["reference"], "LU-2026-000001");
        assert_eq!(serde_json::from_value::<CaseDetail>(json).unwrap(), detail);
    }

    #[test]
    fn a_case_query_survives_the_url() {
        let query = CaseQuery {
            status: Some(StatusFilter::Open),
            service: Some("dog-registration".into()),
            authority: Some("7".into()),
            from: Some("2026-01-01".into()),
            to: Some("2026-06-30".into()),
            q: Some("Zürich 0042".into()),
            sort: CaseSort::Deadline,
            page: 3,
        };
        let pairs = query.to_pairs();
        let parsed = CaseQuery::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str()))).unwrap();
        assert_eq!(parsed, query);
    }

    #[test]
    fn the_default_case_query_is_an_empty_url() {
        let plain = CaseQuery::from_pairs([("lang", "de")]).unwrap();
        assert_eq!(plain, CaseQuery { page: 1, ..CaseQuery::default() });
        assert!(plain.to_pairs().is_empty());
        assert!(!plain.is_filtered());
        // Blank search words and names mean no filter; a status, date or sort must be one.
        let empty = CaseQuery::from_pairs([("q", "  "), ("service", "")]).unwrap();
        assert_eq!(empty, plain);
        assert_eq!(CaseQuery::from_pairs([("to", "")]), Err("to"));
    }

    #[test]
    fn a_case_query_names_what_it_does_not_understand() {
        assert_eq!(CaseQuery::from_pairs([("status", "lost")]), Err("status"));
        assert_eq!(CaseQuery::from_pairs([("from", "1.1.2026")]), Err("from"));
        assert_eq!(CaseQuery::from_pairs([("page", "0")]), Err("page"));
        assert_eq!(CaseQuery::from_pairs([("sort", "random")]), Err("sort"));
        let long = "x".repeat(MAX_CASE_SEARCH_LEN + 1);
        assert_eq!(CaseQuery::from_pairs([("q", long.as_str())]), Err("q"));
        let lenient = CaseQuery::from_pairs_leniently([("status", "lost"), ("service", "dog-registration"), ("page", "x")]);
        assert_eq!(lenient, CaseQuery { service: Some("dog-registration".into()), page: 1, ..CaseQuery::default() });
    }

    #[test]
    fn status_filters_group_open_and_closed() {
        assert_eq!(StatusFilter::Open.statuses().count(), 3);
        assert_eq!(StatusFilter::Closed.statuses().collect::<Vec<_>>(), [CaseStatus::Completed, CaseStatus::Rejected]);
        for s in CaseStatus::ALL {
            assert_eq!(StatusFilter::parse(StatusFilter::Is(s).code()), Some(StatusFilter::Is(s)));
        }
    }

    #[test]
    fn sign_in_refuses_unknown_fields() {
        let r = serde_json::from_str::<SignInRequest>(r#"{"username":"a","password":"b","role":"admin"}"#);
        assert!(r.is_err());
    }
}
