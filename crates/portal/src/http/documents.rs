//! Documents the authorities sent, and those the citizen's side added. Downloads are
//! authorised by case ownership and carry the server-chosen filename (RFC 6266) and the
//! SHA-256 of the bytes.

use super::extract::{ContentLang, SignedIn};
use crate::domain::ownership::not_yours;
use crate::error::{ApiError, ApiResult};
use crate::store::{self, documents::Kind, Owned};
use crate::AppState;
use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::Json;
use base64::Engine;
use guichet_model::api::{DocumentMeta, DocumentOverview};
use guichet_model::problem::FieldError;
use serde::Deserialize;

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct DocumentQuery {
    /// Part of a case's reference, e.g. `004711`.
    #[param(max_length = 40)]
    reference: Option<String>,
    /// `pdf` or `image`.
    #[param(pattern = "^(pdf|image)$")]
    kind: Option<String>,
    /// Received on or after.
    #[param(format = Date)]
    from: Option<String>,
    /// Received on or before.
    #[param(format = Date)]
    to: Option<String>,
}

/// The party's documents across all cases, newest first, filtered by case reference, kind and
/// the day they arrived.
#[utoipa::path(get, path = "/api/v1/documents", tag = "documents",
    params(DocumentQuery, ("lang" = Option<String>, Query)),
    responses((status = 200, body = DocumentOverview),
        (status = 401, body = guichet_model::problem::Problem, content_type = "application/problem+json"),
        (status = 422, body = guichet_model::problem::Problem, content_type = "application/problem+json")))]
pub async fn overview(
    State(state): State<AppState>,
    user: SignedIn,
    ContentLang(lang): ContentLang,
    Query(query): Query<DocumentQuery>,
) -> ApiResult<Json<DocumentOverview>> {
    let invalid = |field: &str| ApiError::validation(vec![FieldError::new(field, "invalid")]);
    // The app leaves out what is not chosen; an empty value is not a date.
    let date = |value: &Option<String>, field: &str| match value.as_deref() {
        Some(v) if guichet_model::swiss::iso_date_year(v).is_some() => Ok(Some(v.to_owned())),
        Some(_) => Err(invalid(field)),
        None => Ok(None),
    };
    let (from, to) = (date(&query.from, "from")?, date(&query.to, "to")?);
    let kind = match query.kind.as_deref() {
        None => None,
        Some("pdf") => Some(Kind::Pdf),
        Some("image") => Some(Kind::Image),
        Some(_) => return Err(invalid("kind")),
    };
    let reference = query.reference.as_deref().map(str::trim).filter(|r| !r.is_empty());
    if reference.is_some_and(|r| r.chars().count() > 40) {
        return Err(invalid("reference"));
    }
    let filters = store::documents::Filters { reference, kind, from: from.as_deref(), to: to.as_deref() };
    Ok(Json(store::documents::overview(&state.db, user.account_id, &filters, lang).await?))
}

#[utoipa::path(get, path = "/api/v1/documents/{id}", tag = "documents",
    params(("id" = String, Path), ("lang" = Option<String>, Query)),
    responses((status = 200, body = DocumentMeta),
        (status = 404, body = guichet_model::problem::Problem, content_type = "application/problem+json")))]
pub async fn meta(State(state): State<AppState>, user: SignedIn, ContentLang(lang): ContentLang, Path(id): Path<String>) -> ApiResult<Json<DocumentMeta>> {
    match store::documents::meta(&state.db, &id, user.account_id, lang).await? {
        Some(meta) => Ok(Json(meta)),
        None => Err(not_yours(&state, Owned::Document, &id, user.account_id).await),
    }
}

/// The document's bytes, as an attachment.
#[utoipa::path(get, path = "/api/v1/documents/{id}/content", tag = "documents",
    params(("id" = String, Path)),
    responses((status = 200, content_type = "application/pdf", description = "the document; Repr-Digest carries its SHA-256"),
        (status = 404, body = guichet_model::problem::Problem, content_type = "application/problem+json")))]
pub async fn content(State(state): State<AppState>, user: SignedIn, Path(id): Path<String>) -> ApiResult<Response> {
    let Some(document) = store::documents::download(&state.db, &id, user.account_id).await? else {
        return Err(not_yours(&state, Owned::Document, &id, user.account_id).await);
    };
    let digest = hex_to_bytes(&document.sha256).map(|d| base64::engine::general_purpose::STANDARD.encode(d));
    // Streamed from the store and checked against the SHA-256 on the way; a document written
    // before the store still has its bytes in the row.
    let body = if document.content_in_store {
        let key = store::objects::document(&id);
        Body::from_stream(state.objects.read_checked(&key, document.sha256, document.size_bytes).await?)
    } else {
        Body::from(document.content)
    };
    let mut response = body.into_response();
    let headers = response.headers_mut();
    let media_type = HeaderValue::from_str(&document.media_type).unwrap_or(HeaderValue::from_static("application/octet-stream"));
    headers.insert(header::CONTENT_TYPE, media_type);
    headers.insert(header::CONTENT_LENGTH, HeaderValue::from(document.size_bytes));
    headers.insert(header::CONTENT_DISPOSITION, content_disposition(&document.filename));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    if let Some(digest) = digest.and_then(|d| HeaderValue::from_str(&format!("sha-256=:{d}:")).ok()) {
        headers.insert("repr-digest", digest);
    }
    Ok(response)
}

fn hex_to_bytes(hex: &str) -> Option<Vec<u8>> {
    (0..hex.len()).step_by(2).map(|i| hex.get(i..i + 2).and_then(|b| u8::from_str_radix(b, 16).ok())).collect()
}

/// `attachment; filename="ascii"; filename*=UTF-8''percent-encoded` (RFC 6266 / RFC 8187).
/// The name is cleaned by [`filenames::clean`] first, so nothing unsafe reaches the header.
pub fn content_disposition(filename: &str) -> HeaderValue {
    let clean = crate::domain::filenames::clean(filename, "document");
    let ascii: String = clean.chars().map(|c| if c.is_ascii() { c } else { '_' }).collect();
    let encoded: String = clean
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'.' | b'-' | b'_' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect();
    HeaderValue::from_str(&format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")).expect("only ASCII remains")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_non_ascii_names_both_ways() {
        let v = content_disposition("Verfügung Hund.pdf");
        assert_eq!(v, "attachment; filename=\"Verf_gung Hund.pdf\"; filename*=UTF-8''Verf%C3%BCgung%20Hund.pdf");
    }

    #[test]
    fn strips_quotes_line_breaks_and_paths() {
        let v = content_disposition("../../etc/pa\"ss\r\nwd.pdf");
        assert_eq!(v, "attachment; filename=\"passwd.pdf\"; filename*=UTF-8''passwd.pdf");
        let v = content_disposition("C:\\temp\\..\\x.pdf");
        assert_eq!(v, "attachment; filename=\"x.pdf\"; filename*=UTF-8''x.pdf");
        assert_eq!(content_disposition("\"\"").to_str().unwrap(), "attachment; filename=\"document\"; filename*=UTF-8''document");
    }

    #[test]
    fn hex_decodes() {
        assert_eq!(hex_to_bytes("00ff10"), Some(vec![0, 255, 16]));
        assert_eq!(hex_to_bytes("0g"), None);
    }
}
