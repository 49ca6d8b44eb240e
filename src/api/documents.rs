use super::cases::encode_segment;

/// Where the browser downloads a document; the server checks ownership and names the file.
pub fn content_url(id: &str) -> String {
    format!("/api/v1/documents/{}/content", encode_segment(id))
}
