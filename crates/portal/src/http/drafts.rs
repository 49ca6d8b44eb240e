//! Applications in progress and their submission. The server re-runs the `Journey` on every
//! save and at submission: a skipped step or an invalid answer is refused with field errors
//! and the step they belong to. Drafts are scoped by owner like cases (another account: 404).

use super::extract::{deleted, ApiJson, ContentLang, SignedIn};
use crate::domain::drafts::{self, context, kept_since, load, service_of, swiss_today};
use crate::domain::{quotas, submission};
use crate::error::{ApiError, ApiResult};
use crate::store::{self, ids::random_id};
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use guichet_model::api::{Draft, DraftList, DraftSummary, NewDraft, SaveDraft, Submission, CHECK_ANSWERS, DRAFT_KEPT_DAYS};
use guichet_model::form::{Answers, Audience};
use guichet_model::journey::Journey;
use guichet_model::problem::ErrorCode;
use time::format_description::well_known::Rfc3339;

/// Starts an application for a service.
#[utoipa::path(post, path = "/api/v1/drafts", tag = "drafts", request_body = NewDraft,

    responses((status = 201, body = Draft),
        (status = 403, body = guichet_model::problem::Problem, content_type = "application/problem+json"),
        (status = 404, body = guichet_model::problem::Problem, content_type = "application/problem+json")))]
pub async fn create(State(state): State<AppState>, user: SignedIn, ApiJson(request): ApiJson<NewDraft>) -> ApiResult<Response> {
    let service = state.services.get(&request.service).filter(|s| s.link_out.is_none()).ok_or_else(ApiError::not_found)?;
    let kind = store::accounts::kind(&state.db, user.account_id).await?;
    let allowed = match service.audience {
        Audience::Both => true,
        Audience::Person => kind == "person",
        Audience::Organisation => kind == "organisation",
    };
    if !allowed {
        return Err(ApiError::new(ErrorCode::Forbidden, "This service is not for this kind of account"));
    }
    let first = service.steps.first().map_or(CHECK_ANSWERS, |s| s.id.as_str());
    let id = random_id();
    let at = state.clock.rfc3339();
    let new = store::drafts::NewDraft { id: &id, owner_id: user.account_id, service: &service.id, service_version: service.version, position: first, at: &at };
    // Counted in the insert, so parallel starts cannot pass the limit together.
    if !store::drafts::insert(&state.db, &new, &kept_since(&state), state.config.quotas.open_drafts).await? {
        tracing::warn!(target: "security", event = "quota-reached", account = user.account_id, "refused a draft over the open-drafts limit");
        return Err(quotas::too_many_drafts());
    }
    let draft = load(&state, &id, user.account_id).await?.into_draft()?;
    Ok((StatusCode::CREATED, Json(draft)).into_response())
}

/// The account's open applications, most recently saved first.
#[utoipa::path(get, path = "/api/v1/drafts", tag = "drafts", params(("lang" = Option<String>, Query)),
    responses((status = 200, body = DraftList)))]
pub async fn list(State(state): State<AppState>, user: SignedIn, ContentLang(lang): ContentLang) -> ApiResult<Json<DraftList>> {
    let rows = store::drafts::open_of(&state.db, user.account_id, &kept_since(&state)).await?;
    let drafts = rows
        .into_iter()
        .filter_map(|(id, service, position, updated_at)| {
            let title = state.services.get(&service)?.title.pick(lang)?;
            let saved = time::OffsetDateTime::parse(&updated_at, &Rfc3339).ok()?;
            let expires_on = (saved + time::Duration::days(i64::from(DRAFT_KEPT_DAYS))).date().to_string();
            Some(DraftSummary { id, service, title, position, updated_at, expires_on })
        })
        .collect();
    Ok(Json(DraftList { drafts }))
}

#[utoipa::path(get, path = "/api/v1/drafts/{id}", tag = "drafts", params(("id" = String, Path)),
    responses((status = 200, body = Draft),
        (status = 404, body = guichet_model::problem::Problem, content_type = "application/problem+json")))]
pub async fn get(State(state): State<AppState>, user: SignedIn, Path(id): Path<String>) -> ApiResult<Json<Draft>> {
    Ok(Json(load(&state, &id, user.account_id).await?.into_draft()?))
}

/// Saves the answers and where the citizen is going. Refused when the position cannot be
/// reached (422, with the errors of the first incomplete step), when the save is based on an
/// older version (409), or when the draft was already submitted (409).
#[utoipa::path(put, path = "/api/v1/drafts/{id}", tag = "drafts", request_body = SaveDraft,
    params(("id" = String, Path)),
    responses((status = 200, body = Draft),
        (status = 404, body = guichet_model::problem::Problem, content_type = "application/problem+json"),
        (status = 409, body = guichet_model::problem::Problem, content_type = "application/problem+json"),
        (status = 422, body = guichet_model::problem::Problem, content_type = "application/problem+json")))]
pub async fn save(State(state): State<AppState>, user: SignedIn, Path(id): Path<String>, ApiJson(mut request): ApiJson<SaveDraft>) -> ApiResult<Json<Draft>> {
    let row = load(&state, &id, user.account_id).await?;
    if row.case_id.is_some() {
        return Err(ApiError::new(ErrorCode::Conflict, "Already submitted"));
    }
    if i64::from(request.base_version) != row.version {
        return Err(ApiError::new(ErrorCode::Conflict, "The draft was changed elsewhere"));
    }
    let service = service_of(&state, &row.service_slug)?;
    drafts::check_answers(service, &request.answers)?;
    drafts::normalise(&state, &id, service, &mut request.answers).await?;
    let today = swiss_today(&state);
    let journey = Journey::new(service, &request.answers, context(&today));
    let reachable = if request.position == CHECK_ANSWERS { journey.can_check_answers() } else { journey.can_visit(&request.position) };
    if !reachable {
        return Err(drafts::unreachable(&journey, &request.position));
    }
    let answers = serde_json::to_string(&request.answers)?;
    if !store::drafts::save(&state.db, &id, user.account_id, row.version, &answers, &request.position, &state.clock.rfc3339()).await? {
        return Err(ApiError::new(ErrorCode::Conflict, "The draft was changed elsewhere"));
    }
    Ok(Json(load(&state, &id, user.account_id).await?.into_draft()?))
}

/// Discards an application in progress.
#[utoipa::path(delete, path = "/api/v1/drafts/{id}", tag = "drafts",
    params(("id" = String, Path)),
    responses((status = 204), (status = 404, body = guichet_model::problem::Problem, content_type = "application/problem+json")))]
pub async fn delete(State(state): State<AppState>, user: SignedIn, Path(id): Path<String>) -> ApiResult<StatusCode> {
    // The files go with the draft (the rows by the database's cascade, the bytes here).
    let files = store::draft_files::of_draft(&state.db, &id).await?;
    let removed = store::drafts::delete(&state.db, &id, user.account_id).await?;
    if removed > 0 {
        for file in files {
            state.objects.delete(&store::objects::upload(&file.id)).await;
        }
    }
    deleted(removed)
}

/// Submits the application: it becomes a case with a receipt and, when a fee is due, a QR-bill
/// invoice. The same `Idempotency-Key`, or the same draft submitted again, answers with the
/// case already created (200) instead of creating another.
#[utoipa::path(post, path = "/api/v1/drafts/{id}/submission", tag = "drafts",
    params(("id" = String, Path), ("lang" = Option<String>, Query),
        ("idempotency-key" = String, Header, description = "one key per submission attempt; repeats give the same case")),
    responses((status = 201, body = Submission), (status = 200, body = Submission, description = "already submitted: the same case"),
        (status = 404, body = guichet_model::problem::Problem, content_type = "application/problem+json"),
        (status = 422, body = guichet_model::problem::Problem, content_type = "application/problem+json")))]
pub async fn submit(
    State(state): State<AppState>,
    user: SignedIn,
    ContentLang(lang): ContentLang,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let key = headers
        .get("idempotency-key")
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
        .filter(|k| !k.is_empty() && k.len() <= 100)
        .map_or_else(|| format!("draft:{id}"), str::to_owned);
    if let Some(existing) = submission::find(&state, user.account_id, &key, &id).await? {
        return Ok((StatusCode::OK, Json(existing)).into_response());
    }
    let row = load(&state, &id, user.account_id).await?;
    let service = service_of(&state, &row.service_slug)?;
    let mut answers: Answers = serde_json::from_str(&row.answers)?;
    // The files as they are now, not as they were at the last save.
    drafts::normalise(&state, &row.id, service, &mut answers).await?;
    let today = swiss_today(&state);
    let journey = Journey::new(service, &answers, context(&today));
    let errors = journey.errors();
    if !errors.is_empty() {
        return Err(ApiError::validation(errors));
    }
    match submission::create(&state, user.account_id, &row.id, &key, &journey, lang).await {
        Ok(created) => Ok((StatusCode::CREATED, Json(created)).into_response()),
        // Another request with the same key or draft won the race: answer with its case.
        Err(e) => match submission::find(&state, user.account_id, &key, &id).await? {
            Some(existing) => Ok((StatusCode::OK, Json(existing)).into_response()),
            None => Err(e),
        },
    }
}

/// The case a submitted draft became, for the confirmation page after a reload.
#[utoipa::path(get, path = "/api/v1/drafts/{id}/submission", tag = "drafts", params(("id" = String, Path)),
    responses((status = 200, body = Submission),
        (status = 404, body = guichet_model::problem::Problem, content_type = "application/problem+json")))]
pub async fn submission(State(state): State<AppState>, user: SignedIn, Path(id): Path<String>) -> ApiResult<Json<Submission>> {
    submission::find(&state, user.account_id, &format!("draft:{id}"), &id).await?.map(Json).ok_or_else(ApiError::not_found)
}
