//! Cases: the dashboard's list and its query, which is also the dashboard's URL query, and a
//! case's page.

use super::{encode_component, DocumentMeta, Message, Text};
use crate::lang::Lang;
use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

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
    pub const ALL: [CaseStatus; 5] = [CaseStatus::Received, CaseStatus::InProgress, CaseStatus::ActionRequired, CaseStatus::Completed, CaseStatus::Rejected];

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
            "status" => {
                self.status = StatusFilter::parse(value);
                self.status.is_some()
            }
            "service" => {
                self.service = text(value);
                true
            }
            "authority" => {
                self.authority = text(value);
                true
            }
            "from" => {
                self.from = date(value);
                self.from.is_some()
            }
            "to" => {
                self.to = date(value);
                self.to.is_some()
            }
            "q" => {
                self.q = text(value);
                value.chars().count() <= MAX_CASE_SEARCH_LEN
            }
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
