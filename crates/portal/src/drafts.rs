//! Applications in progress and their submission. The server re-runs the `Journey` on every
//! save and at submission: a skipped step or an invalid answer is refused with field errors
//! and the step they belong to. Drafts are scoped by owner like cases (another account: 404).

use crate::auth::SignedIn;
use crate::error::{ApiError, ApiJson, ApiResult, ContentLang};
use crate::{places, submission, AppState};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use guichet_model::form::{Answers, Audience, Draft, DraftList, DRAFT_KEPT_DAYS, DraftSummary, NewDraft, SaveDraft, ServiceDefinition, Submission, CHECK_ANSWERS};
use guichet_model::journey::{Context, Journey};
use guichet_model::problem::{ErrorCode, FieldError};
use guichet_model::validate;
use time::format_description::well_known::Rfc3339;

/// Limits on what a draft may hold, far above any real form, so a draft cannot be used to
/// store arbitrary data.
const MAX_ANSWERS: usize = 500;
const MAX_KEY_LEN: usize = 100;

#[derive(sqlx::FromRow)]
pub(crate) struct DraftRow {
    id: String,
    pub service_slug: String,
    service_version: i64,
    answers: String,
    position: String,
    version: i64,
    updated_at: String,
    pub case_id: Option<String>,
}

impl DraftRow {
    fn into_draft(self) -> ApiResult<Draft> {
        Ok(Draft {
            answers: serde_json::from_str(&self.answers)?,
            id: self.id,
            service: self.service_slug,
            service_version: self.service_version as u32,
            position: self.position,
            version: self.version as u32,
            updated_at: self.updated_at,
            case_id: self.case_id,
        })
    }
}

/// A draft past its keeping period is gone even before the sweep deletes it.
const SELECT_DRAFT: &str = "SELECT id, service_slug, service_version, answers, position, version, updated_at, case_id FROM drafts \
     WHERE id = ? AND owner_id = ? AND (case_id IS NOT NULL OR updated_at >= ?)";

pub(crate) async fn load(state: &AppState, id: &str, owner: i64) -> ApiResult<DraftRow> {
    match sqlx::query_as(SELECT_DRAFT).bind(id).bind(owner).bind(kept_since(state)).fetch_optional(&state.db).await? {
        Some(row) => Ok(row),
        None => Err(crate::error::not_yours(state, crate::error::Owned::Draft, id, owner).await),
    }
}

/// Drafts last saved before this moment (RFC 3339, UTC) are expired.
fn kept_since(state: &AppState) -> String {
    (state.clock.now() - time::Duration::days(i64::from(DRAFT_KEPT_DAYS))).format(&Rfc3339).expect("formattable")
}

/// Deletes applications nobody saved for `DRAFT_KEPT_DAYS`, with their files.
pub async fn delete_expired(state: &AppState) -> ApiResult<u64> {
    let deleted = sqlx::query("DELETE FROM drafts WHERE case_id IS NULL AND updated_at < ?").bind(kept_since(state)).execute(&state.db).await?;
    Ok(deleted.rows_affected())
}

pub(crate) fn service_of<'a>(state: &'a AppState, slug: &str) -> ApiResult<&'a ServiceDefinition> {
    state.services.get(slug).ok_or_else(|| {
        tracing::error!(slug, "a draft names a service that no longer exists");
        ApiError::internal()
    })
}

/// Today in Switzerland, `YYYY-MM-DD`, as the date rules see it.
pub fn swiss_today(state: &AppState) -> String {
    // Central European Time; an hour off in summer, which only matters around midnight.
    (state.clock.now() + time::Duration::hours(1)).date().to_string()
}

fn municipalities(postcode: &str) -> Option<Vec<u32>> {
    Some(places::places().municipalities(postcode))
}

pub fn context(today: &str) -> Context<'_> {
    Context { today, places: Some(&municipalities) }
}


/// Starts an application for a service.
#[utoipa::path(post, path = "/api/v1/drafts", tag = "drafts", request_body = NewDraft,
    
    responses((status = 201, body = Draft),
        (status = 403, body = guichet_model::problem::Problem, content_type = "application/problem+json"),
        (status = 404, body = guichet_model::problem::Problem, content_type = "application/problem+json")))]
pub async fn create(State(state): State<AppState>, user: SignedIn, ApiJson(request): ApiJson<NewDraft>) -> ApiResult<Response> {
    let service = state.services.get(&request.service).filter(|s| s.link_out.is_none()).ok_or_else(ApiError::not_found)?;
    let (kind,): (String,) = sqlx::query_as("SELECT kind FROM accounts WHERE id = ?").bind(user.account_id).fetch_one(&state.db).await?;
    let allowed = match service.audience {
        Audience::Both => true,
        Audience::Person => kind == "person",
        Audience::Organisation => kind == "organisation",
    };
    if !allowed {
        return Err(ApiError::new(ErrorCode::Forbidden, "This service is not for this kind of account"));
    }
    let first = service.steps.first().map_or(CHECK_ANSWERS, |s| s.id.as_str());
    let id = crate::seed::random_id(&mut rand::thread_rng());
    let at = state.clock.rfc3339();
    // Counted in the insert, so parallel starts cannot pass the limit together.
    let started = sqlx::query(
        "INSERT INTO drafts (id, owner_id, service_slug, service_version, answers, position, version, created_at, updated_at) \
         SELECT ?2, ?1, ?3, ?4, '{}', ?5, 1, ?6, ?6 \
         WHERE (SELECT COUNT(*) FROM drafts WHERE owner_id = ?1 AND case_id IS NULL AND updated_at >= ?7) < ?8",
    )
    .bind(user.account_id)
    .bind(&id)
    .bind(&service.id)
    .bind(i64::from(service.version))
    .bind(first)
    .bind(&at)
    .bind(kept_since(&state))
    .bind(state.config.quotas.open_drafts)
    .execute(&state.db)
    .await?;
    if started.rows_affected() == 0 {
        tracing::warn!(target: "security", event = "quota-reached", account = user.account_id, "refused a draft over the open-drafts limit");
        return Err(crate::quotas::too_many_drafts());
    }
    let draft = load(&state, &id, user.account_id).await?.into_draft()?;
    Ok((StatusCode::CREATED, Json(draft)).into_response())
}

/// The account's open applications, most recently saved first.
#[utoipa::path(get, path = "/api/v1/drafts", tag = "drafts", params(("lang" = Option<String>, Query)),
    responses((status = 200, body = DraftList)))]
pub async fn list(State(state): State<AppState>, user: SignedIn, ContentLang(lang): ContentLang) -> ApiResult<Json<DraftList>> {
    let rows: Vec<(String, String, String, String)> = sqlx::query_as(
        "SELECT id, service_slug, position, updated_at FROM drafts WHERE owner_id = ? AND case_id IS NULL AND updated_at >= ? \
         ORDER BY updated_at DESC, id",
    )
    .bind(user.account_id)
    .bind(kept_since(&state))
    .fetch_all(&state.db)
    .await?;
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
    check_size(&request.answers)?;
    let service = service_of(&state, &row.service_slug)?;
    // Only keys the service defines: a draft is not storage for anything else.
    let unknown: Vec<FieldError> =
        request.answers.keys().filter(|k| !service.defines_answer_key(k)).take(10).map(|k| FieldError::new(k.clone(), validate::UNKNOWN_ANSWER)).collect();
    if !unknown.is_empty() {
        tracing::info!(count = unknown.len(), "refused a save with answers the service does not define");
        return Err(ApiError::validation(unknown));
    }
    crate::uploads::normalise(&state, &id, service, &mut request.answers).await?;
    let today = swiss_today(&state);
    let journey = Journey::new(service, &request.answers, context(&today));
    let reachable = if request.position == CHECK_ANSWERS { journey.can_check_answers() } else { journey.can_visit(&request.position) };
    if !reachable {
        return Err(unreachable(&journey, &request.position));
    }
    // The version in the WHERE makes two simultaneous saves from the same version one winner.
    let updated = sqlx::query(
        "UPDATE drafts SET answers = ?, position = ?, version = version + 1, updated_at = ? \
         WHERE id = ? AND owner_id = ? AND version = ? AND case_id IS NULL",
    )
    .bind(serde_json::to_string(&request.answers)?)
    .bind(&request.position)
    .bind(state.clock.rfc3339())
    .bind(&id)
    .bind(user.account_id)
    .bind(row.version)
    .execute(&state.db)
    .await?;
    if updated.rows_affected() == 0 {
        return Err(ApiError::new(ErrorCode::Conflict, "The draft was changed elsewhere"));
    }
    Ok(Json(load(&state, &id, user.account_id).await?.into_draft()?))
}

/// The errors that keep the citizen from `position`: those of the first incomplete step, or,
/// for a hidden or unknown step, `step-not-reachable` on the position itself.
fn unreachable(journey: &Journey, position: &str) -> ApiError {
    let errors = journey
        .first_incomplete()
        .map(|step| journey.step_errors(step))
        .filter(|errors| !errors.is_empty())
        .unwrap_or_else(|| vec![FieldError::new("position", validate::STEP_NOT_REACHABLE)]);
    tracing::info!(position, "refused a save for a step that cannot be reached yet");
    ApiError::validation(errors)
}

fn check_size(answers: &Answers) -> ApiResult<()> {
    let too_big = answers.len() > MAX_ANSWERS
        || answers.iter().any(|(k, v)| k.len() > MAX_KEY_LEN || v.chars().count() > validate::MAX_LONG_TEXT_LEN);
    if too_big {
        return Err(ApiError::validation(vec![FieldError::new("answers", validate::TOO_LONG)]));
    }
    Ok(())
}

/// Discards an application in progress.
#[utoipa::path(delete, path = "/api/v1/drafts/{id}", tag = "drafts",
    params(("id" = String, Path)),
    responses((status = 204), (status = 404, body = guichet_model::problem::Problem, content_type = "application/problem+json")))]
pub async fn delete(State(state): State<AppState>, user: SignedIn, Path(id): Path<String>) -> ApiResult<StatusCode> {
    let result = sqlx::query("DELETE FROM drafts WHERE id = ? AND owner_id = ? AND case_id IS NULL")
        .bind(&id)
        .bind(user.account_id)
        .execute(&state.db)
        .await?;
    crate::error::deleted(result)
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
    crate::uploads::normalise(&state, &row.id, service, &mut answers).await?;
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

/// The service title of a case's service in `lang`, for documents.
pub fn service_title(service: &ServiceDefinition, lang: guichet_model::Lang) -> String {
    service.title.pick(lang).map(|t| t.text).unwrap_or_default()
}


/// The case a submitted draft became, for the confirmation page after a reload.
#[utoipa::path(get, path = "/api/v1/drafts/{id}/submission", tag = "drafts", params(("id" = String, Path)),
    responses((status = 200, body = Submission),
        (status = 404, body = guichet_model::problem::Problem, content_type = "application/problem+json")))]
pub async fn submission(State(state): State<AppState>, user: SignedIn, Path(id): Path<String>) -> ApiResult<Json<Submission>> {
    submission::find(&state, user.account_id, &format!("draft:{id}"), &id).await?.map(Json).ok_or_else(ApiError::not_found)
}
