//! Documents of cases: the authorities' letters, the receipts and invoices of submissions,
//! and what the citizen's side adds. One write path: [`insert`].

use super::objects::{Stored, StoredFile};
use super::quotas::{bytes_of, files_of, Guard};
use super::text::{contains_pattern, localized};
use super::{Db, Exec};
use crate::error::ApiResult;
use guichet_model::api::{DocumentItem, DocumentMeta, DocumentOverview, DOCUMENTS_LISTED};
use guichet_model::Lang;

const SELECT_DOCUMENT: &str = "SELECT d.id, d.title, d.filename, d.media_type, d.size_bytes, \
     d.sha256, d.created_at FROM documents d";

#[derive(sqlx::FromRow)]
struct DocumentRow {
    id: String,
    title: String,
    filename: String,
    media_type: String,
    size_bytes: i64,
    sha256: String,
    created_at: String,
}

impl DocumentRow {
    fn into_meta(self, lang: Lang) -> ApiResult<DocumentMeta> {
        Ok(DocumentMeta {
            title: localized(&self.title, lang)?,
            id: self.id,
            filename: self.filename,
            media_type: self.media_type,
            size_bytes: self.size_bytes as u64,
            sha256: self.sha256,
            created_at: self.created_at,
        })
    }
}

fn metas(rows: Vec<DocumentRow>, lang: Lang) -> ApiResult<Vec<DocumentMeta>> {
    rows.into_iter().map(|d| d.into_meta(lang)).collect()
}

/// A document to store.
pub struct NewDocument<'a> {
    pub id: &'a str,
    pub case_id: &'a str,
    /// Localised JSON.
    pub title: &'a str,
    pub filename: &'a str,
    pub media_type: &'a str,
    /// The bytes, already in the object store under [`super::objects::document`] of `id`.
    pub stored: &'a Stored,
    pub created_at: &'a str,
    /// The person of the citizen's side who added it; none for the authority's documents.
    pub added_by: Option<i64>,
}

/// Records a document whose bytes are in the object store. With a guard, only while the account
/// stays within its files and bytes, checked in the same statement; false when it did not.
pub async fn insert(db: impl Into<Exec<'_>>, document: &NewDocument<'_>, guard: Option<Guard>) -> sqlx::Result<bool> {
    on!(db, c => {
            let mut tx = sqlx::Connection::begin(&mut *c).await?;
            if let (Some(lock), Some(account)) = (super::lock_account(&*tx), guard.map(|g| g.account)) {
                sqlx::query(lock).bind(account).execute(&mut *tx).await?;
            }
        let stored = sqlx::query(&format!(
            "INSERT INTO documents (id, case_id, title, filename, media_type, sha256, content, content_in_store, size_bytes, created_at, from_citizen, added_by) \
             SELECT $1, $2, $3, $4, $5, $6, $7, TRUE, $13, $8, $9 IS NOT NULL, $9 \
             WHERE $10 IS NULL OR ({} < $11 AND {} + $13 <= $12)",
            files_of("$10"),
            bytes_of("$10"),
        ))
        .bind(document.id)
        .bind(document.case_id)
        .bind(document.title)
        .bind(document.filename)
        .bind(document.media_type)
        .bind(&document.stored.sha256)
        .bind(&[][..] as &[u8])
        .bind(document.created_at)
        .bind(document.added_by)
        .bind(guard.map(|g| g.account))
        .bind(guard.map(|g| g.max_files))
        .bind(guard.map(|g| g.max_bytes))
        .bind(document.stored.size)
        .execute(&mut *tx)
        .await?;
            tx.commit().await?;
        Ok(stored.rows_affected() > 0)
    })
}

/// Sends a document the citizen's side added to the case, not yet sent, with a message;
/// false for any other document.
pub async fn attach_to_message(db: impl Into<Exec<'_>>, document_id: &str, case_id: &str, message_id: &str) -> sqlx::Result<bool> {
    on!(db, c => {
        let attached = sqlx::query("UPDATE documents SET message_id = $1 WHERE id = $2 AND case_id = $3 AND from_citizen = TRUE AND message_id IS NULL")
            .bind(message_id)
            .bind(document_id)
            .bind(case_id)
            .execute(&mut *c)
            .await?;
        Ok(attached.rows_affected() > 0)
    })
}

pub async fn of_case(db: &Db, case_id: &str, lang: Lang) -> ApiResult<Vec<DocumentMeta>> {
    on!(db, c => {
        let rows = sqlx::query_as(&format!("{SELECT_DOCUMENT} WHERE d.case_id = $1 ORDER BY d.created_at, d.id")).bind(case_id).fetch_all(&mut *c).await?;
        metas(rows, lang)
    })
}

pub async fn of_message(db: &Db, message_id: &str, lang: Lang) -> ApiResult<Vec<DocumentMeta>> {
    on!(db, c => {
        let rows = sqlx::query_as(&format!("{SELECT_DOCUMENT} WHERE d.message_id = $1 ORDER BY d.created_at, d.id")).bind(message_id).fetch_all(&mut *c).await?;
        metas(rows, lang)
    })
}

const OWNED: &str = "d.id = $1 AND d.case_id IN (SELECT id FROM cases WHERE owner_id = $2)";

/// The owner's document, described.
pub async fn meta(db: &Db, id: &str, owner: i64, lang: Lang) -> ApiResult<Option<DocumentMeta>> {
    on!(db, c => {
        let row: Option<DocumentRow> = sqlx::query_as(&format!("{SELECT_DOCUMENT} WHERE {OWNED}")).bind(id).bind(owner).fetch_optional(&mut *c).await?;
        row.map(|r| r.into_meta(lang)).transpose()
    })
}

/// The document with this id, described; the caller has just stored it.
pub async fn meta_of_new(db: &Db, id: &str, lang: Lang) -> ApiResult<DocumentMeta> {
    on!(db, c => {
        let row: DocumentRow = sqlx::query_as(&format!("{SELECT_DOCUMENT} WHERE d.id = $1")).bind(id).fetch_one(&mut *c).await?;
        row.into_meta(lang)
    })
}

/// The owner's document, for its download.
pub async fn download(db: &Db, id: &str, owner: i64) -> sqlx::Result<Option<StoredFile>> {
    on!(db, c => {
        sqlx::query_as(&format!("SELECT d.filename, d.media_type, d.sha256, d.size_bytes, d.content_in_store, d.content FROM documents d WHERE {OWNED}"))
            .bind(id)
            .bind(owner)
            .fetch_optional(&mut *c)
            .await
    })
}

/// What the documents overview filters by.
pub struct Filters<'a> {
    /// Part of a case reference.
    pub reference: Option<&'a str>,
    pub kind: Option<Kind>,
    /// Days, `YYYY-MM-DD`.
    pub from: Option<&'a str>,
    pub to: Option<&'a str>,
}

#[derive(Clone, Copy)]
pub enum Kind {
    Pdf,
    Image,
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

/// The owner's documents across all cases, newest first, and how many match in all.
pub async fn overview(db: &Db, owner: i64, filters: &Filters<'_>, lang: Lang) -> ApiResult<DocumentOverview> {
    on!(db, c => {
        let push_filters = |sql: &mut sqlx::QueryBuilder<'_, _>| {
            sql.push(" WHERE c.owner_id = ").push_bind(owner);
            if let Some(reference) = filters.reference {
                sql.push(" AND UPPER(c.reference) LIKE ").push_bind(contains_pattern(&reference.to_uppercase())).push(" ESCAPE '\\'");
            }
            match filters.kind {
                Some(Kind::Pdf) => sql.push(" AND d.media_type = 'application/pdf'"),
                Some(Kind::Image) => sql.push(" AND d.media_type LIKE 'image/%'"),
                None => sql,
            };
            if let Some(from) = filters.from {
                sql.push(" AND substr(d.created_at, 1, 10) >= ").push_bind(from.to_owned());
            }
            if let Some(to) = filters.to {
                sql.push(" AND substr(d.created_at, 1, 10) <= ").push_bind(to.to_owned());
            }
        };
        let mut counting = sqlx::QueryBuilder::new("SELECT COUNT(*) FROM documents d JOIN cases c ON c.id = d.case_id");
        push_filters(&mut counting);
        let (total,): (i64,) = counting.build_query_as().fetch_one(&mut *c).await?;
        let mut select = sqlx::QueryBuilder::new(
            "SELECT d.id, d.title, d.filename, d.media_type, d.size_bytes, d.sha256, d.created_at, \
             c.id AS case_id, c.reference, s.name AS service, d.from_citizen \
             FROM documents d JOIN cases c ON c.id = d.case_id JOIN services s ON s.id = c.service_id",
        );
        push_filters(&mut select);
        select.push(format!(" ORDER BY d.created_at DESC, d.id LIMIT {DOCUMENTS_LISTED}"));
        let rows: Vec<OverviewRow> = select.build_query_as().fetch_all(&mut *c).await?;
        let mut documents = Vec::with_capacity(rows.len());
        for row in rows {
            documents.push(DocumentItem {
                service: localized(&row.service, lang)?,
                document: row.document.into_meta(lang)?,
                case_id: row.case_id,
                reference: row.reference,
                from_citizen: row.from_citizen,
            });
        }
        Ok(DocumentOverview { total: total.max(0) as u64, documents })
    })
}

/// Whether a document with this id exists (the sweep keeps its bytes).
pub async fn exists(db: &Db, id: &str) -> sqlx::Result<bool> {
    on!(db, c => {
        let found: Option<(String,)> = sqlx::query_as("SELECT id FROM documents WHERE id = $1").bind(id).fetch_optional(&mut *c).await?;
        Ok(found.is_some())
    })
}
