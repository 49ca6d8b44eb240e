use super::client::{self, ApiError};
use guichet_model::api::{CaseDetail, CaseList, CaseQuery};
use guichet_model::Lang;

/// One page of cases matching `query`; the query string is the dashboard's own.
pub async fn list(lang: Lang, query: &CaseQuery) -> Result<CaseList, ApiError> {
    client::get(&query.api_path(lang)).await
}

pub async fn detail(id: &str, lang: Lang) -> Result<CaseDetail, ApiError> {
    client::get(&guichet_model::api::case_path(id, lang)).await
}

/// Ids come from URLs, so they are encoded before they become part of a path.
pub(crate) fn encode_segment(segment: &str) -> String {
    guichet_model::api::encode_component(segment)
}
