use super::cases::encode_segment;
use super::client::{self, ApiError};
use guichet_model::api::{Created, DocumentMeta, Inbox, NewMessage};
use guichet_model::Lang;

/// The latest messages across the party's cases, and how many are unread.
pub async fn inbox(lang: Lang) -> Result<Inbox, ApiError> {
    client::get(&guichet_model::api::inbox_path(lang)).await
}

/// Records that an authority's message was opened.
pub async fn mark_read(id: &str) -> Result<(), ApiError> {
    client::post_empty(&format!("/api/v1/messages/{}/read", encode_segment(id))).await
}

pub async fn reply(case_id: &str, message: &NewMessage) -> Result<Created, ApiError> {
    client::post(&format!("/api/v1/cases/{}/messages", encode_segment(case_id)), message).await
}

/// Adds a document to a case, to go with the next reply; `on_progress` hears how much has gone.
pub async fn add_document(case_id: &str, file: &web_sys::File, lang: Lang, on_progress: impl Fn(f64) + 'static) -> Result<DocumentMeta, ApiError> {
    let path = format!("/api/v1/cases/{}/documents?name={}&lang={lang}", encode_segment(case_id), encode_segment(&file.name()));
    client::upload(&path, file, on_progress).await
}
