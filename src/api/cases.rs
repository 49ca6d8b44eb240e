use super::client::{self, ApiError};
use guichet_model::api::{CaseDetail, CaseList};
use guichet_model::Lang;

pub async fn list(lang: Lang) -> Result<CaseList, ApiError> {
    client::get(&format!("/api/v1/cases?lang={lang}")).await
}

pub async fn detail(id: &str, lang: Lang) -> Result<CaseDetail, ApiError> {
    client::get(&format!("/api/v1/cases/{}?lang={lang}", encode_segment(id))).await
}

/// Ids come from URLs, so they are encoded before they become part of a path.
pub(crate) fn encode_segment(segment: &str) -> String {
    js_sys::encode_uri_component(segment).into()
}
