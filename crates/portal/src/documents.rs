//! Documents the authorities sent. Downloads are authorised by case ownership and carry the
//! server-chosen filename (RFC 6266) and the SHA-256 of the bytes.

use crate::auth::SignedIn;
use crate::cases::localized;
use crate::error::{ApiError, ApiResult, ContentLang};
use crate::AppState;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::Json;
use base64::Engine;
use guichet_model::api::{DocumentItem, DocumentMeta, DocumentOverview, DOCUMENTS_LISTED};
use guichet_model::problem::FieldError;
use serde::Deserialize;
use guichet_model::Lang;

pub const SELECT_DOCUMENT: &str = "SELECT d.id, d.title, d.filename, d.media_type, length(d.content) AS size_bytes, \
     d.sha256, d.created_at FROM documents d";

#[derive(sqlx::FromRow)]
pub struct DocumentRow {
    id: String,
    title: String,
    filename: String,
    media_type: String,
    size_bytes: i64,
    sha256: String,
    created_at: String,
}

pub fn document_meta(row: DocumentRow, lang: Lang) -> ApiResult<DocumentMeta> {
    Ok(DocumentMeta {
        title: localized(&row.title, lang)?,
        id: row.id,
        filename: row.filename,
        media_type: row.media_type,
        size_bytes: row.size_bytes as u64,
        sha256: row.sha256,
        created_at: row.created_at,
    })
}

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

#[derive(sqlx::FromRow)]
struct OverviewRow {
    #[sqlx(flatten)]
    document: DocumentRow,
    case_id: String,
    reference: String,
    service: String,
    from_citizen: bool,
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
        Some("pdf") => Some("d.media_type = 'application/pdf'"),
        Some("image") => Some("d.media_type LIKE 'image/%'"),
        Some(_) => return Err(invalid("kind")),
    };
    let reference = query.reference.as_deref().map(str::trim).filter(|r| !r.is_empty());
    if reference.is_some_and(|r| r.chars().count() > 40) {
        return Err(invalid("reference"));
    }
    let filters = |sql: &mut sqlx::QueryBuilder<'_, sqlx::Sqlite>| {
        sql.push(" WHERE c.owner_id = ").push_bind(user.account_id);
        if let Some(reference) = reference {
            sql.push(" AND UPPER(c.reference) LIKE ").push_bind(crate::cases::contains_pattern(&reference.to_uppercase())).push(" ESCAPE '\\'");
        }
        if let Some(kind) = kind {
            sql.push(" AND ").push(kind);
        }
        if let Some(from) = &from {
            sql.push(" AND substr(d.created_at, 1, 10) >= ").push_bind(from.clone());
        }
        if let Some(to) = &to {
            sql.push(" AND substr(d.created_at, 1, 10) <= ").push_bind(to.clone());
        }
    };
    let mut counting = sqlx::QueryBuilder::new("SELECT COUNT(*) FROM documents d JOIN cases c ON c.id = d.case_id");
    filters(&mut counting);
    let (total,): (i64,) = counting.build_query_as().fetch_one(&state.db).await?;
    let mut select = sqlx::QueryBuilder::new(
        "SELECT d.id, d.title, d.filename, d.media_type, length(d.content) AS size_bytes, d.sha256, d.created_at, \
         c.id AS case_id, c.reference, s.name AS service, d.from_citizen \
         FROM documents d JOIN cases c ON c.id = d.case_id JOIN services s ON s.id = c.service_id",
    );
    filters(&mut select);
    select.push(format!(" ORDER BY d.created_at DESC, d.id LIMIT {DOCUMENTS_LISTED}"));
    let rows: Vec<OverviewRow> = select.build_query_as().fetch_all(&state.db).await?;
    let mut documents = Vec::with_capacity(rows.len());
    for row in rows {
        documents.push(DocumentItem {
            service: localized(&row.service, lang)?,
            document: document_meta(row.document, lang)?,
            case_id: row.case_id,
            reference: row.reference,
            from_citizen: row.from_citizen,
        });
    }
    Ok(Json(DocumentOverview { total: total.max(0) as u64, documents }))
}

const OWNED: &str = "d.id = ? AND d.case_id IN (SELECT id FROM cases WHERE owner_id = ?)";

#[utoipa::path(get, path = "/api/v1/documents/{id}", tag = "documents",
    params(("id" = String, Path), ("lang" = Option<String>, Query)),
    responses((status = 200, body = DocumentMeta),
        (status = 404, body = guichet_model::problem::Problem, content_type = "application/problem+json")))]
pub async fn meta(
    State(state): State<AppState>,
    user: SignedIn,
    ContentLang(lang): ContentLang,
    Path(id): Path<String>,
) -> ApiResult<Json<DocumentMeta>> {
    let row: Option<DocumentRow> = sqlx::query_as(&format!("{SELECT_DOCUMENT} WHERE {OWNED}")).bind(&id).bind(user.account_id).fetch_optional(&state.db).await?;
    let Some(row) = row else {
        return Err(crate::error::not_yours(&state, crate::error::Owned::Document, &id, user.account_id).await);
    };
    Ok(Json(document_meta(row, lang)?))
}

/// The document's bytes, as an attachment.
#[utoipa::path(get, path = "/api/v1/documents/{id}/content", tag = "documents",
    params(("id" = String, Path)),
    responses((status = 200, content_type = "application/pdf", description = "the document; Repr-Digest carries its SHA-256"),
        (status = 404, body = guichet_model::problem::Problem, content_type = "application/problem+json")))]
pub async fn content(State(state): State<AppState>, user: SignedIn, Path(id): Path<String>) -> ApiResult<Response> {
    let found: Option<(String, String, String, Vec<u8>)> =
        sqlx::query_as(&format!("SELECT d.filename, d.media_type, d.sha256, d.content FROM documents d WHERE {OWNED}"))
            .bind(&id)
            .bind(user.account_id)
            .fetch_optional(&state.db)
            .await?;
    let Some((filename, media_type, sha256, bytes)) = found else {
        return Err(crate::error::not_yours(&state, crate::error::Owned::Document, &id, user.account_id).await);
    };
    let digest = hex_to_bytes(&sha256).map(|d| base64::engine::general_purpose::STANDARD.encode(d));
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    let media_type = HeaderValue::from_str(&media_type).unwrap_or(HeaderValue::from_static("application/octet-stream"));
    headers.insert(header::CONTENT_TYPE, media_type);
    headers.insert(header::CONTENT_DISPOSITION, content_disposition(&filename));
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
    let clean = crate::filenames::clean(filename, "document");
    let ascii: String = clean.chars().map(|c| if c.is_ascii() { c } else { '_' }).collect();
    let encoded: String = clean
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'.' | b'-' | b'_' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect();
    HeaderValue::from_str(&format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}"))
        .expect("only ASCII remains")
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
