use super::cases::encode_segment;
use super::client::{self, ApiError};
use guichet_model::api::draft_path;
use guichet_model::api::{Draft, DraftList, NewDraft, SaveDraft, Submission};
use guichet_model::form::FileAnswer;
use guichet_model::Lang;

pub async fn list(lang: Lang) -> Result<DraftList, ApiError> {
    client::get(&guichet_model::api::drafts_path(lang)).await
}

pub async fn start(service: &str) -> Result<Draft, ApiError> {
    client::post("/api/v1/drafts", &NewDraft { service: service.to_owned() }).await
}

pub async fn get(id: &str) -> Result<Draft, ApiError> {
    client::get(&draft_path(id)).await
}

pub async fn save(id: &str, save: &SaveDraft) -> Result<Draft, ApiError> {
    client::put(&draft_path(id), save).await
}

pub async fn discard(id: &str) -> Result<(), ApiError> {
    client::delete(&draft_path(id)).await
}

/// Submits once: repeating it with the same key (a double click, a retry) gives the same case.
pub async fn submit(id: &str, lang: Lang, idempotency_key: &str) -> Result<Submission, ApiError> {
    client::post_once(&format!("{}/submission?lang={lang}", draft_path(id)), idempotency_key).await
}

/// The submission a draft became, for the confirmation page after a reload.
pub async fn submission(id: &str) -> Result<Submission, ApiError> {
    client::get(&format!("{}/submission", draft_path(id))).await
}

/// Uploads a file into a file field of a draft; `on_progress` hears how much has gone out.
pub async fn upload(id: &str, field: &str, file: &web_sys::File, on_progress: impl Fn(f64) + 'static) -> Result<FileAnswer, ApiError> {
    let path = format!("{}/files?field={}&name={}", draft_path(id), encode_segment(field), encode_segment(&file.name()));
    client::upload(&path, file, on_progress).await
}

pub async fn remove_file(id: &str, file: &str) -> Result<(), ApiError> {
    client::delete(&format!("{}/files/{}", draft_path(id), encode_segment(file))).await
}
