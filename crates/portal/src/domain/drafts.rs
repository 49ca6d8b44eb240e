//! What the portal decides about applications in progress: how long they are kept, the day
//! the date rules see, which answers a draft may hold, and which files its answers name.

use crate::error::{ApiError, ApiResult};
use crate::store;
use crate::AppState;
use guichet_model::api::DRAFT_KEPT_DAYS;
use guichet_model::form::{Answers, FieldKind, FileAnswer, ServiceDefinition};
use guichet_model::journey::{Context, Journey};
use guichet_model::problem::FieldError;
use guichet_model::validate;
use std::collections::HashMap;
use time::format_description::well_known::Rfc3339;

/// Limits on what a draft may hold, far above any real form, so a draft cannot be used to
/// store arbitrary data.
const MAX_ANSWERS: usize = 500;
const MAX_KEY_LEN: usize = 100;

/// How old a file no answer names must be before a save deletes it.
const ORPHAN_GRACE_MINUTES: i64 = 10;

/// Drafts last saved before this moment (RFC 3339, UTC) are expired.
pub fn kept_since(state: &AppState) -> String {
    (state.clock.now() - time::Duration::days(i64::from(DRAFT_KEPT_DAYS))).format(&Rfc3339).expect("formattable")
}

/// The owner's draft, or 404 for anything else.
pub async fn load(state: &AppState, id: &str, owner: i64) -> ApiResult<store::drafts::DraftRow> {
    match store::drafts::find(&state.db, id, owner, &kept_since(state)).await? {
        Some(row) => Ok(row),
        None => Err(super::ownership::not_yours(state, store::Owned::Draft, id, owner).await),
    }
}

pub fn service_of<'a>(state: &'a AppState, slug: &str) -> ApiResult<&'a ServiceDefinition> {
    state.services.get(slug).ok_or_else(|| {
        tracing::error!(slug, "a draft names a service that no longer exists");
        ApiError::internal()
    })
}

/// The service title of a case's service in `lang`, for documents.
pub fn service_title(service: &ServiceDefinition, lang: guichet_model::Lang) -> String {
    service.title.pick(lang).map(|t| t.text).unwrap_or_default()
}

/// Today in Switzerland, `YYYY-MM-DD`, as the date rules see it.
pub fn swiss_today(state: &AppState) -> String {
    // Central European Time; an hour off in summer, which only matters around midnight.
    (state.clock.now() + time::Duration::hours(1)).date().to_string()
}

fn municipalities(postcode: &str) -> Option<Vec<u32>> {
    Some(super::places::places().municipalities(postcode))
}

pub fn context(today: &str) -> Context<'_> {
    Context { today, places: Some(&municipalities) }
}

/// The errors that keep the citizen from `position`: those of the first incomplete step, or,
/// for a hidden or unknown step, `step-not-reachable` on the position itself.
pub fn unreachable(journey: &Journey, position: &str) -> ApiError {
    let errors = journey
        .first_incomplete()
        .map(|step| journey.step_errors(step))
        .filter(|errors| !errors.is_empty())
        .unwrap_or_else(|| vec![FieldError::new("position", validate::STEP_NOT_REACHABLE)]);
    tracing::info!(position, "refused a save for a step that cannot be reached yet");
    ApiError::validation(errors)
}

/// Refuses answers too many or too long for any real form, and keys the service does not
/// define: a draft is not storage for anything else.
pub fn check_answers(service: &ServiceDefinition, answers: &Answers) -> ApiResult<()> {
    let too_big = answers.len() > MAX_ANSWERS || answers.iter().any(|(k, v)| k.len() > MAX_KEY_LEN || v.chars().count() > validate::MAX_LONG_TEXT_LEN);
    if too_big {
        return Err(ApiError::validation(vec![FieldError::new("answers", validate::TOO_LONG)]));
    }
    let unknown: Vec<FieldError> =
        answers.keys().filter(|k| !service.defines_answer_key(k)).take(10).map(|k| FieldError::new(k.clone(), validate::UNKNOWN_ANSWER)).collect();
    if !unknown.is_empty() {
        tracing::info!(count = unknown.len(), "refused a save with answers the service does not define");
        return Err(ApiError::validation(unknown));
    }
    Ok(())
}

/// Rewrites every file answer from what the server holds: files that are not in this draft
/// (removed, or never uploaded) drop out, and name, type and size are the server's, so an
/// answer cannot claim a file it does not have.
pub async fn normalise(state: &AppState, draft_id: &str, service: &ServiceDefinition, answers: &mut Answers) -> ApiResult<()> {
    // Most services take no files: their saves need no look at the files table.
    if !service.steps.iter().flat_map(|s| &s.fields).any(|f| matches!(f.kind, FieldKind::File { .. })) {
        return Ok(());
    }
    let keys: Vec<String> = answers.keys().filter(|k| matches!(service.field_at(k).map(|f| &f.kind), Some(FieldKind::File { .. }))).cloned().collect();
    let rows = store::draft_files::of_draft(&state.db, draft_id).await?;
    if rows.is_empty() && keys.is_empty() {
        return Ok(());
    }
    // Each file by id, with the field it was uploaded into.
    let held: HashMap<&str, (&str, FileAnswer)> = rows
        .iter()
        .map(|f| {
            let answer = FileAnswer { id: f.id.clone(), media_type: f.media_type.clone(), size: f.size_bytes as u64, name: f.filename.clone() };
            (f.id.as_str(), (f.field.as_str(), answer))
        })
        .collect();
    let mut named = std::collections::HashSet::new();
    for key in keys {
        let Some(value) = answers.get_mut(&key) else { continue };
        // An unreadable answer is left for the validator to refuse.
        let Some(claimed) = FileAnswer::parse_all(value) else { continue };
        let files: Vec<FileAnswer> = claimed
            .iter()
            .filter_map(|c| held.get(c.id.as_str()))
            .filter(|(field, _)| *field == key)
            // Each file once, however often an answer names it.
            .filter(|(_, file)| named.insert(file.id.clone()))
            .map(|(_, file)| file.clone())
            .collect();
        *value = FileAnswer::join(&files);
    }
    // Files no answer names any more (the other version won a conflict, an answer was
    // cleared) would count against the limits unseen: gone once they are a while old, so a
    // save already on its way while a file uploads does not take it.
    let settled = (state.clock.now() - time::Duration::minutes(ORPHAN_GRACE_MINUTES)).format(&Rfc3339).expect("formattable");
    for file in &rows {
        if !named.contains(&file.id) && file.created_at < settled {
            store::draft_files::delete(&state.db, &file.id, draft_id).await?;
            state.objects.delete(&store::objects::upload(&file.id)).await;
        }
    }
    Ok(())
}

/// The files a submission keeps, those named by shown file answers, each with its field's
/// label as the document title (localised JSON).
pub fn submitted_files(service: &ServiceDefinition, visible: &Answers) -> Vec<(String, String)> {
    visible
        .iter()
        .filter_map(|(key, value)| service.field_at(key).filter(|f| matches!(f.kind, FieldKind::File { .. })).map(|f| (value, f)))
        .flat_map(|(value, field)| {
            let title = serde_json::to_string(&field.label).unwrap_or_default();
            FileAnswer::parse_all(value).unwrap_or_default().into_iter().map(move |f| (f.id, title.clone()))
        })
        .collect()
}
