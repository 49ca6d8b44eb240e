//! The signed-in party's cases: the filtered, searched and paged list, and one case whole.
//! Every query is scoped by owner: another party's case id is indistinguishable from one
//! that does not exist (404).

use super::extract::{ContentLang, SignedIn};
use crate::domain::ownership::not_yours;
use crate::error::{ApiError, ApiResult};
use crate::store::{self, Owned};
use crate::AppState;
use axum::extract::{Path, Query, State};
use axum::Json;
use guichet_model::api::{CaseDetail, CaseList, CaseQuery};
use guichet_model::problem::{ErrorCode, FieldError};

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
pub async fn list(
    State(state): State<AppState>,
    user: SignedIn,
    ContentLang(lang): ContentLang,
    Query(pairs): Query<Vec<(String, String)>>,
) -> ApiResult<Json<CaseList>> {
    let query = CaseQuery::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .map_err(|field| ApiError::new(ErrorCode::Validation, "Invalid query").with_errors(vec![FieldError::new(field, "invalid")]))?;
    Ok(Json(store::cases::page(&state.db, user.account_id, &query, lang).await?))
}

/// One case with its status history, documents, sender and, for a decided case, the decision.
#[utoipa::path(get, path = "/api/v1/cases/{id}", tag = "cases",
    params(("id" = String, Path), ("lang" = Option<String>, Query)),
    responses((status = 200, body = CaseDetail),
        (status = 401, body = guichet_model::problem::Problem, content_type = "application/problem+json"),
        (status = 404, body = guichet_model::problem::Problem, content_type = "application/problem+json")))]
pub async fn detail(State(state): State<AppState>, user: SignedIn, ContentLang(lang): ContentLang, Path(id): Path<String>) -> ApiResult<Json<CaseDetail>> {
    match store::cases::detail(&state.db, &id, user.account_id, lang).await? {
        Some(detail) => Ok(Json(detail)),
        None => Err(not_yours(&state, Owned::Case, &id, user.account_id).await),
    }
}
