//! The signed-in account's cases. Every query is scoped by owner: another account's case id
//! is indistinguishable from one that does not exist (404).

use crate::auth::SignedIn;
use crate::documents::{document_meta, DocumentRow};
use crate::error::{ApiError, ApiResult, ContentLang};
use crate::AppState;
use axum::extract::{Path, State};
use axum::Json;
use guichet_model::api::{CaseDetail, CaseList, CaseStatus, CaseSummary, LocalizedText, StatusEvent, Text};
use guichet_model::Lang;

const SELECT_CASE: &str = "SELECT c.id, c.reference, s.name AS service, c.status, st.label AS status_label, \
     a.name AS authority, c.submitted_on, c.updated_at, c.due_on, c.action_needed \
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
}

/// Picks a stored localised JSON text in `lang`, falling back along the chain.
pub fn localized(json: &str, lang: Lang) -> ApiResult<Text> {
    let text: LocalizedText = serde_json::from_str(json)?;
    text.pick(lang).ok_or_else(|| {
        tracing::error!(json, "localised text has no language at all");
        ApiError::internal()
    })
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
            id: self.id,
            reference: self.reference,
            submitted_on: self.submitted_on,
            updated_at: self.updated_at,
            due_on: self.due_on,
            action_needed: self.action_needed,
        })
    }
}

fn select_cases(filter: &str) -> String {
    format!("{SELECT_CASE} WHERE {filter}")
}

/// The signed-in account's cases, most recently updated first, with service content in `lang`.
#[utoipa::path(get, path = "/api/v1/cases", tag = "cases",
    params(("lang" = Option<String>, Query, description = "de, fr, it, rm or en; else Accept-Language")),
    responses((status = 200, body = CaseList),
        (status = 401, body = guichet_model::problem::Problem, content_type = "application/problem+json")))]
pub async fn list(State(state): State<AppState>, user: SignedIn, ContentLang(lang): ContentLang) -> ApiResult<Json<CaseList>> {
    let rows: Vec<CaseRow> = sqlx::query_as(&select_cases("c.owner_id = ? ORDER BY c.updated_at DESC, c.reference"))
        .bind(user.account_id)
        .fetch_all(&state.db)
        .await?;
    let cases = rows.into_iter().map(|r| r.into_summary(lang)).collect::<ApiResult<_>>()?;
    Ok(Json(CaseList { cases }))
}

/// One case with its status history and documents.
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
    let row: Option<CaseRow> = sqlx::query_as(&select_cases("c.id = ? AND c.owner_id = ?")).bind(&id).bind(user.account_id).fetch_optional(&state.db).await?;
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
    Ok(Json(CaseDetail { summary: row.into_summary(lang)?, history, documents }))
}
