//! The signed-in party's cases. Every query is scoped by owner: another party's case id is
//! indistinguishable from one that does not exist (404). Filtering, search, sorting and paging
//! happen here, so a phone receives one page, not an organisation's 100,000 cases.

use crate::auth::SignedIn;
use crate::documents::{document_meta, DocumentRow};
use crate::error::{ApiError, ApiResult, ContentLang};
use crate::services::fold;
use crate::AppState;
use axum::extract::{Path, Query, State};
use axum::Json;
use guichet_model::api::{
    AuthorityLevel, CaseDetail, CaseList, CaseQuery, CaseSort, CaseStatus, CaseSummary, Choice, Decision, LocalizedText, Sender,
    StatusCount, StatusEvent, Text, CASES_PER_PAGE,
};
use guichet_model::problem::{ErrorCode, FieldError};
use guichet_model::Lang;
use sqlx::{QueryBuilder, Sqlite};

const SELECT_CASE: &str = "SELECT c.id, c.reference, s.name AS service, c.status, st.label AS status_label, \
     a.name AS authority, c.submitted_on, c.updated_at, c.due_on, c.action_needed, c.action_text, \
     (SELECT COUNT(*) FROM messages m WHERE m.case_id = c.id AND m.from_authority = 1 AND m.read_at IS NULL) AS unread \
     FROM cases c JOIN services s ON s.id = c.service_id \
     JOIN authorities a ON a.id = c.authority_id JOIN case_statuses st ON st.code = c.status";

#[derive(sqlx::FromRow)]
struct CaseRow {
    id: String,
    reference: String,
    service: String,
    status: String,
    status_label: String,
    authority: String,
    submitted_on: String,
    updated_at: String,
    due_on: Option<String>,
    action_needed: bool,
    action_text: Option<String>,
    unread: i64,
}

/// Picks a stored localised JSON text in `lang`, falling back along the chain.
pub fn localized(json: &str, lang: Lang) -> ApiResult<Text> {
    let text: LocalizedText = serde_json::from_str(json)?;
    text.pick(lang).ok_or_else(|| {
        tracing::error!(json, "localised text has no language at all");
        ApiError::internal()
    })
}

fn localized_opt(json: Option<&str>, lang: Lang) -> ApiResult<Option<Text>> {
    json.map(|json| localized(json, lang)).transpose()
}

fn status_of(code: &str) -> ApiResult<CaseStatus> {
    CaseStatus::parse(code).ok_or_else(|| {
        tracing::error!(code, "unknown status code in the database");
        ApiError::internal()
    })
}

impl CaseRow {
    fn into_summary(self, lang: Lang) -> ApiResult<CaseSummary> {
        Ok(CaseSummary {
            service: localized(&self.service, lang)?,
            status: status_of(&self.status)?,
            status_label: localized(&self.status_label, lang)?,
            authority: localized(&self.authority, lang)?,
            action: if self.action_needed { localized_opt(self.action_text.as_deref(), lang)? } else { None },
            id: self.id,
            reference: self.reference,
            submitted_on: self.submitted_on,
            updated_at: self.updated_at,
            due_on: self.due_on,
            action_needed: self.action_needed,
            unread: self.unread.max(0) as u64,
        })
    }
}

const CLOSED: &str = "c.status IN ('completed', 'rejected')";

/// A `LIKE` pattern that finds `word` anywhere, with the pattern's own characters escaped.
pub(crate) fn contains_pattern(word: &str) -> String {
    let escaped: String = word.chars().flat_map(|c| if matches!(c, '%' | '_' | '\\') { vec!['\\', c] } else { vec![c] }).collect();
    format!("%{escaped}%")
}

/// The `WHERE` of a case query for one owner, with or without its status filter.
/// `named_services` are, per search word, the services whose name contains the word.
fn push_filters(sql: &mut QueryBuilder<'_, Sqlite>, owner: i64, query: &CaseQuery, named_services: &[Vec<i64>], with_status: bool) {
    sql.push(" WHERE c.owner_id = ").push_bind(owner);
    if let Some(status) = query.status.filter(|_| with_status) {
        sql.push(" AND c.status IN (");
        let mut list = sql.separated(", ");
        for s in status.statuses() {
            list.push_bind(s.code());
        }
        sql.push(")");
    }
    if let Some(service) = &query.service {
        sql.push(" AND c.service_id = (SELECT id FROM services WHERE slug = ").push_bind(service.clone()).push(")");
    }
    if let Some(authority) = &query.authority {
        // Ids are numbers; anything else names no authority.
        sql.push(" AND c.authority_id = ").push_bind(authority.parse::<i64>().unwrap_or(-1));
    }
    if let Some(from) = &query.from {
        sql.push(" AND c.submitted_on >= ").push_bind(from.clone());
    }
    if let Some(to) = &query.to {
        sql.push(" AND c.submitted_on <= ").push_bind(to.clone());
    }
    for (word, services) in search_words(query).iter().zip(named_services) {
        // References are stored in capitals, so a capitalised pattern needs no UPPER() on the
        // column (which would keep the index from covering the filter).
        sql.push(" AND (c.reference LIKE ").push_bind(contains_pattern(&word.to_uppercase())).push(" ESCAPE '\\'");
        if !services.is_empty() {
            sql.push(" OR c.service_id IN (");
            let mut list = sql.separated(", ");
            for id in services {
                list.push_bind(*id);
            }
            sql.push(")");
        }
        sql.push(")");
    }
}

fn search_words(query: &CaseQuery) -> Vec<String> {
    query.q.as_deref().map(fold).unwrap_or_default().split_whitespace().map(str::to_owned).collect()
}

/// The query of the case list as the OpenAPI document states it; the handler reads it with
/// [`CaseQuery::from_pairs`], which the app shares.
#[derive(utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct CaseListParams {
    /// de, fr, it, rm or en; else (or if unknown) Accept-Language
    lang: Option<String>,
    /// One status, or all `open` or `closed` cases.
    #[param(inline)]
    status: Option<StatusParam>,
    /// A service's slug.
    service: Option<String>,
    /// An authority's id.
    authority: Option<String>,
    /// Submitted on or after.
    #[param(format = Date)]
    from: Option<String>,
    /// Submitted on or before.
    #[param(format = Date)]
    to: Option<String>,
    /// Words in the reference or the service's name in `lang`, ignoring case and accents.
    #[param(max_length = 100)]
    q: Option<String>,
    /// Open cases first, except by `submitted`.
    #[param(inline)]
    sort: Option<SortParam>,
    /// 1-based; 25 cases a page.
    #[param(minimum = 1, maximum = 1000000)]
    page: Option<u32>,
}

#[derive(utoipa::ToSchema, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
#[allow(dead_code)]
enum StatusParam {
    Open,
    Closed,
    Received,
    InProgress,
    ActionRequired,
    Completed,
    Rejected,
}

#[derive(utoipa::ToSchema, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
#[allow(dead_code)]
enum SortParam {
    Updated,
    Deadline,
    Submitted,
}

/// A page of the signed-in party's cases: filtered, searched and sorted, with the counts per
/// status and the services and authorities to filter by.
#[utoipa::path(get, path = "/api/v1/cases", tag = "cases",
    params(CaseListParams),
    responses((status = 200, body = CaseList),
        (status = 401, body = guichet_model::problem::Problem, content_type = "application/problem+json"),
        (status = 422, body = guichet_model::problem::Problem, content_type = "application/problem+json")))]
pub async fn list(State(state): State<AppState>, user: SignedIn, ContentLang(lang): ContentLang, Query(pairs): Query<Vec<(String, String)>>) -> ApiResult<Json<CaseList>> {
    let query = CaseQuery::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .map_err(|field| ApiError::new(ErrorCode::Validation, "Invalid query").with_errors(vec![FieldError::new(field, "invalid")]))?;
    let owner = user.account_id;

    // Service names are few: each search word is matched against them here, in `lang`.
    let services: Vec<(i64, String)> = sqlx::query_as("SELECT id, name FROM services").fetch_all(&state.db).await?;
    let mut names = Vec::with_capacity(services.len());
    for (id, name) in &services {
        names.push((*id, fold(&localized(name, lang)?.text)));
    }
    let named_services: Vec<Vec<i64>> =
        search_words(&query).iter().map(|w| names.iter().filter(|(_, n)| n.contains(w.as_str())).map(|(id, _)| *id).collect()).collect();

    let mut counting = QueryBuilder::new("SELECT c.status, COUNT(*) FROM cases c");
    push_filters(&mut counting, owner, &query, &named_services, false);
    counting.push(" GROUP BY c.status");
    let rows: Vec<(String, i64)> = counting.build_query_as().fetch_all(&state.db).await?;
    let labels: Vec<(String, String)> = sqlx::query_as("SELECT code, label FROM case_statuses").fetch_all(&state.db).await?;
    let mut counts = Vec::with_capacity(rows.len());
    for (status, count) in rows {
        let label = labels.iter().find(|(code, _)| *code == status).map(|(_, l)| l.as_str()).unwrap_or("{}");
        counts.push(StatusCount { status: status_of(&status)?, label: localized(label, lang)?, count: count.max(0) as u64 });
    }
    counts.sort_by_key(|c| CaseStatus::ALL.iter().position(|s| *s == c.status));
    let total: u64 = counts.iter().filter(|c| query.status.is_none_or(|f| f.matches(c.status))).map(|c| c.count).sum();
    let pages = total.div_ceil(u64::from(CASES_PER_PAGE)).max(1) as u32;
    let page = query.page.min(pages);

    // The page's ids first, sorted from the listing index alone; then those 25 rows in full.
    let order = match query.sort {
        CaseSort::Updated => format!(" ORDER BY CASE WHEN {CLOSED} THEN 1 ELSE 0 END, c.updated_at DESC, c.reference"),
        CaseSort::Deadline => format!(" ORDER BY CASE WHEN {CLOSED} THEN 1 ELSE 0 END, CASE WHEN c.due_on IS NULL THEN 1 ELSE 0 END, c.due_on, c.updated_at DESC, c.reference"),
        CaseSort::Submitted => " ORDER BY c.submitted_on DESC, c.reference DESC".to_owned(),
    };
    let mut select = QueryBuilder::new(format!("{SELECT_CASE} WHERE c.id IN (SELECT c.id FROM cases c"));
    push_filters(&mut select, owner, &query, &named_services, true);
    select.push(&order);
    select.push(" LIMIT ").push_bind(i64::from(CASES_PER_PAGE)).push(" OFFSET ").push_bind(i64::from((page - 1) * CASES_PER_PAGE));
    select.push(")").push(&order);
    let rows: Vec<CaseRow> = select.build_query_as().fetch_all(&state.db).await?;
    let cases = rows.into_iter().map(|r| r.into_summary(lang)).collect::<ApiResult<_>>()?;

    let services = choices(&state, "SELECT s.slug, s.name FROM services s WHERE EXISTS (SELECT 1 FROM cases c WHERE c.owner_id = ? AND c.service_id = s.id)", owner, lang).await?;
    let authorities =
        choices(&state, "SELECT CAST(a.id AS TEXT), a.name FROM authorities a WHERE EXISTS (SELECT 1 FROM cases c WHERE c.owner_id = ? AND c.authority_id = a.id)", owner, lang).await?;
    Ok(Json(CaseList { cases, total, page, pages, counts, services, authorities }))
}

/// Filter options from `(value, localised label)` rows, sorted by label.
async fn choices(state: &AppState, sql: &str, owner: i64, lang: Lang) -> ApiResult<Vec<Choice>> {
    let rows: Vec<(String, String)> = sqlx::query_as(sql).bind(owner).fetch_all(&state.db).await?;
    let mut choices = rows.into_iter().map(|(value, label)| Ok(Choice { value, label: localized(&label, lang)? })).collect::<ApiResult<Vec<_>>>()?;
    choices.sort_by_cached_key(|c| fold(&c.label.text));
    Ok(choices)
}

#[derive(sqlx::FromRow)]
struct SenderRow {
    name: String,
    level: String,
    part_of: Option<String>,
    on_behalf_of: Option<String>,
    address: String,
    email: Option<String>,
    phone: Option<String>,
    website: Option<String>,
}

impl SenderRow {
    fn into_sender(self, lang: Lang) -> ApiResult<Sender> {
        let level = match self.level.as_str() {
            "canton" => AuthorityLevel::Canton,
            "municipality" => AuthorityLevel::Municipality,
            _ => AuthorityLevel::Department,
        };
        Ok(Sender {
            name: localized(&self.name, lang)?,
            level,
            part_of: localized_opt(self.part_of.as_deref(), lang)?,
            on_behalf_of: localized_opt(self.on_behalf_of.as_deref(), lang)?,
            address: self.address.lines().map(str::to_owned).filter(|l| !l.is_empty()).collect(),
            email: self.email,
            phone: self.phone,
            website: self.website,
        })
    }
}

/// One case with its status history, documents, sender and, for a decided case, the decision.
#[utoipa::path(get, path = "/api/v1/cases/{id}", tag = "cases",
    params(("id" = String, Path), ("lang" = Option<String>, Query)),
    responses((status = 200, body = CaseDetail),
        (status = 401, body = guichet_model::problem::Problem, content_type = "application/problem+json"),
        (status = 404, body = guichet_model::problem::Problem, content_type = "application/problem+json")))]
pub async fn detail(
    State(state): State<AppState>,
    user: SignedIn,
    ContentLang(lang): ContentLang,
    Path(id): Path<String>,
) -> ApiResult<Json<CaseDetail>> {
    let row: Option<CaseRow> =
        sqlx::query_as(&format!("{SELECT_CASE} WHERE c.id = ? AND c.owner_id = ?")).bind(&id).bind(user.account_id).fetch_optional(&state.db).await?;
    let Some(row) = row else {
        return Err(crate::error::not_yours(&state, crate::error::Owned::Case, &id, user.account_id).await);
    };
    let events: Vec<(String, String, String, String)> = sqlx::query_as(
        "SELECT e.at, e.status, st.label, e.text FROM case_events e \
         JOIN case_statuses st ON st.code = e.status WHERE e.case_id = ? ORDER BY e.at, e.id",
    )
    .bind(&id)
    .fetch_all(&state.db)
    .await?;
    let history = events
        .into_iter()
        .map(|(at, status, label, text)| {
            Ok(StatusEvent { at, status: status_of(&status)?, status_label: localized(&label, lang)?, text: localized(&text, lang)? })
        })
        .collect::<ApiResult<_>>()?;
    let documents: Vec<DocumentRow> = sqlx::query_as(&format!(
        "{} WHERE d.case_id = ? ORDER BY d.created_at, d.id",
        crate::documents::SELECT_DOCUMENT
    ))
    .bind(&id)
    .fetch_all(&state.db)
    .await?;
    let documents = documents.into_iter().map(|d| document_meta(d, lang)).collect::<ApiResult<_>>()?;
    let sender: SenderRow = sqlx::query_as(
        "SELECT a.name, a.level, p.name AS part_of, b.name AS on_behalf_of, a.address, a.email, a.phone, a.website \
         FROM cases c JOIN authorities a ON a.id = c.authority_id \
         LEFT JOIN authorities p ON p.id = a.part_of_id LEFT JOIN authorities b ON b.id = a.on_behalf_of_id WHERE c.id = ?",
    )
    .bind(&id)
    .fetch_one(&state.db)
    .await?;
    let (reason, remedy): (Option<String>, Option<String>) =
        sqlx::query_as("SELECT decision_reason, legal_remedy FROM cases WHERE id = ?").bind(&id).fetch_one(&state.db).await?;
    let decision = match (localized_opt(reason.as_deref(), lang)?, localized_opt(remedy.as_deref(), lang)?) {
        (Some(reason), Some(remedy)) => Some(Decision { reason, remedy }),
        _ => None,
    };
    let messages = crate::messages::thread(&state, &id, lang).await?;
    Ok(Json(CaseDetail { summary: row.into_summary(lang)?, history, documents, sender: sender.into_sender(lang)?, messages, decision }))
}
