//! Each case's thread between the citizen's side and the authority. One write path: [`insert`].

use super::quotas::{bytes_of, Guard};
use super::text::localized;
use super::{Db, Exec};
use crate::error::ApiResult;
use guichet_model::api::{Inbox, InboxItem, Message};
use guichet_model::Lang;

#[derive(sqlx::FromRow)]
struct MessageRow {
    id: String,
    case_id: String,
    from_authority: bool,
    author: Option<String>,
    body: String,
    created_at: String,
    read_at: Option<String>,
}

const SELECT_MESSAGE: &str = "SELECT m.id, m.case_id, m.from_authority, a.display_name AS author, m.body, m.created_at, m.read_at \
     FROM messages m LEFT JOIN accounts a ON a.id = m.author_account_id";

/// Messages with their attachments, in the order given.
async fn with_attachments(db: &Db, rows: Vec<MessageRow>, lang: Lang) -> ApiResult<Vec<Message>> {
    let mut messages = Vec::with_capacity(rows.len());
    for row in rows {
        messages.push(Message {
            attachments: super::documents::of_message(db, &row.id, lang).await?,
            id: row.id,
            from_authority: row.from_authority,
            author: row.author,
            body: row.body,
            created_at: row.created_at,
            read_at: row.read_at,
        });
    }
    Ok(messages)
}

/// A case's thread, oldest first. The caller has checked that the case is the party's.
pub async fn thread(db: &Db, case_id: &str, lang: Lang) -> ApiResult<Vec<Message>> {
    let rows = on!(db, c => sqlx::query_as(&format!("{SELECT_MESSAGE} WHERE m.case_id = $1 ORDER BY m.created_at, m.id")).bind(case_id).fetch_all(c).await?);
    with_attachments(db, rows, lang).await
}

/// Messages the inbox lists.
const INBOX_SIZE: u32 = 50;

/// The latest messages across the owner's cases, newest first, and the unread count.
pub async fn inbox(db: &Db, owner: i64, lang: Lang) -> ApiResult<Inbox> {
    let ((unread,), rows, cases): ((i64,), Vec<MessageRow>, Vec<(String, String)>) = on!(db, c => (
        sqlx::query_as("SELECT COUNT(*) FROM messages m JOIN cases c ON c.id = m.case_id WHERE c.owner_id = $1 AND m.from_authority = TRUE AND m.read_at IS NULL")
            .bind(owner)
            .fetch_one(&mut *c)
            .await?,
        sqlx::query_as(&format!("{SELECT_MESSAGE} JOIN cases c ON c.id = m.case_id WHERE c.owner_id = $1 ORDER BY m.created_at DESC, m.id LIMIT {INBOX_SIZE}"))
            .bind(owner)
            .fetch_all(&mut *c)
            .await?,
        // Each message's case, in the same order, read once for the whole inbox.
        sqlx::query_as(&format!(
        "SELECT c.reference, s.name FROM messages m JOIN cases c ON c.id = m.case_id JOIN services s ON s.id = c.service_id \
         WHERE c.owner_id = $1 ORDER BY m.created_at DESC, m.id LIMIT {INBOX_SIZE}"
    ))
    .bind(owner)
    .fetch_all(&mut *c)
    .await?,
    ));
    let case_ids: Vec<String> = rows.iter().map(|r| r.case_id.clone()).collect();
    let mut items = Vec::with_capacity(rows.len());
    for ((case_id, (reference, service)), message) in case_ids.into_iter().zip(cases).zip(with_attachments(db, rows, lang).await?) {
        items.push(InboxItem { case_id, reference, service: localized(&service, lang)?, message });
    }
    Ok(Inbox { unread: unread.max(0) as u64, messages: items })
}

/// Records the first time the owner's side opened an authority's message; false when the
/// message is not the owner's.
pub async fn mark_read(db: &Db, id: &str, owner: i64, at: &str) -> sqlx::Result<bool> {
    on!(db, c => {
        let found: Option<(String,)> = sqlx::query_as("SELECT m.id FROM messages m JOIN cases c ON c.id = m.case_id WHERE m.id = $1 AND c.owner_id = $2")
            .bind(id)
            .bind(owner)
            .fetch_optional(&mut *c)
            .await?;
        if found.is_none() {
            return Ok(false);
        }
        sqlx::query("UPDATE messages SET read_at = $1 WHERE id = $2 AND from_authority = TRUE AND read_at IS NULL").bind(at).bind(id).execute(&mut *c).await?;
        Ok(true)
    })
}

/// A message to store: from the authority (no author), or from a person of the citizen's side.
pub struct NewMessage<'a> {
    pub id: &'a str,
    pub case_id: &'a str,
    pub author: Option<i64>,
    pub body: &'a str,
    pub created_at: &'a str,
}

/// A citizen's limits for a reply: replies since a moment, and the account's bytes.
#[derive(Clone, Copy)]
pub struct ReplyGuard<'a> {
    pub quota: Guard,
    pub since: &'a str,
    pub max_replies: i64,
}

/// Stores a message. With a guard, only while the account stays within its replies a day
/// and its bytes, checked in the same statement; false when it did not.
pub async fn insert(db: impl Into<Exec<'_>>, message: &NewMessage<'_>, guard: Option<ReplyGuard<'_>>) -> sqlx::Result<bool> {
    on!(db, c => {
            let mut tx = sqlx::Connection::begin(&mut *c).await?;
            if let (Some(lock), Some(account)) = (super::lock_account(&*tx), guard.map(|g| g.quota.account)) {
                sqlx::query(lock).bind(account).execute(&mut *tx).await?;
            }
        let stored = sqlx::query(&format!(
            "INSERT INTO messages (id, case_id, from_authority, author_account_id, body, created_at) SELECT $1, $2, $3 IS NULL, $3, $4, $5 \
             WHERE $6 IS NULL OR ((SELECT COUNT(*) FROM messages m JOIN cases c ON c.id = m.case_id WHERE c.owner_id = $6 AND m.from_authority = FALSE AND m.created_at > $7) < $8 \
               AND {} + LENGTH($4) <= $9)",
            bytes_of("$6")
        ))
        .bind(message.id)
        .bind(message.case_id)
        .bind(message.author)
        .bind(message.body)
        .bind(message.created_at)
        .bind(guard.map(|g| g.quota.account))
        .bind(guard.map(|g| g.since))
        .bind(guard.map(|g| g.max_replies))
        .bind(guard.map(|g| g.quota.max_bytes))
        .execute(&mut *tx)
        .await?;
            tx.commit().await?;
        Ok(stored.rows_affected() > 0)
    })
}

/// How many replies the owner's side wrote since `since`.
pub async fn replies_since(db: &Db, owner: i64, since: &str) -> sqlx::Result<i64> {
    on!(db, c => {
        let (count,): (i64,) =
            sqlx::query_as("SELECT COUNT(*) FROM messages m JOIN cases c ON c.id = m.case_id WHERE c.owner_id = $1 AND m.from_authority = FALSE AND m.created_at > $2")
                .bind(owner)
                .bind(since)
                .fetch_one(&mut *c)
                .await?;
        Ok(count)
    })
}
