use super::client::{self, ApiError};
use guichet_model::api::{CaseDetail, CaseList, CaseQuery};
use guichet_model::Lang;

/// One page of cases matching `query`; the query string is the dashboard's own.
pub async fn list(lang: Lang, query: &CaseQuery) -> Result<CaseList, ApiError> {
    let filters = query.to_query_string(encode);
    let and = if filters.is_empty() { "" } else { "&" };
    client::get(&format!("/api/v1/cases?lang={lang}{and}{filters}")).await
}

pub async fn detail(id: &str, lang: Lang) -> Result<CaseDetail, ApiError> {
    client::get(&format!("/api/v1/cases/{}?lang={lang}", encode_segment(id))).await
}

/// Ids come from URLs, so they are encoded before they become part of a path.
pub(crate) fn encode_segment(segment: &str) -> String {
    js_sys::encode_uri_component(segment).into()
}

/// A query value, encoded for a URL.
pub(crate) fn encode(value: &str) -> String {
    js_sys::encode_uri_component(value).into()
}
