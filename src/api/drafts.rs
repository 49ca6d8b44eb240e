use super::cases::encode_segment;
use super::client::{self, ApiError};
use guichet_model::form::{Draft, DraftList, NewDraft, SaveDraft, Submission};
use guichet_model::Lang;

pub async fn list(lang: Lang) -> Result<DraftList, ApiError> {
    client::get(&format!("/api/v1/drafts?lang={lang}")).await
}

pub async fn start(service: &str) -> Result<Draft, ApiError> {
    client::post("/api/v1/drafts", &NewDraft { service: service.to_owned() }).await
}

pub async fn get(id: &str) -> Result<Draft, ApiError> {
    client::get(&format!("/api/v1/drafts/{}", encode_segment(id))).await
}

pub async fn save(id: &str, save: &SaveDraft) -> Result<Draft, ApiError> {
    client::put(&format!("/api/v1/drafts/{}", encode_segment(id)), save).await
}

pub async fn discard(id: &str) -> Result<(), ApiError> {
    client::delete(&format!("/api/v1/drafts/{}", encode_segment(id))).await
}

/// Submits once: repeating it with the same key (a double click, a retry) gives the same case.
pub async fn submit(id: &str, lang: Lang, idempotency_key: &str) -> Result<Submission, ApiError> {
    client::post_once(&format!("/api/v1/drafts/{}/submission?lang={lang}", encode_segment(id)), idempotency_key).await
}

/// The submission a draft became, for the confirmation page after a reload.
pub async fn submission(id: &str) -> Result<Submission, ApiError> {
    client::get(&format!("/api/v1/drafts/{}/submission", encode_segment(id))).await
}
