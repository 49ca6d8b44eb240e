use super::cases::encode_segment;

/// Where the browser downloads a document; the server checks ownership and names the file.
pub fn content_url(id: &str) -> String {
    format!("/api/v1/documents/{}/content", encode_segment(id))
}

/// The party's documents across cases; `search` is the documents page's own URL query.
pub async fn overview(lang: guichet_model::Lang, search: &str) -> Result<guichet_model::api::DocumentOverview, super::ApiError> {
    let filters = search.trim_start_matches('?');
    let and = if filters.is_empty() { "" } else { "&" };
    super::client::get(&format!("/api/v1/documents?lang={lang}{and}{filters}")).await
}
