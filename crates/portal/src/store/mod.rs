//! Every query of the portal, one module per table or group of tables, and one write path
//! per table. Functions take any executor (the pool, or a transaction's connection with
//! `&mut *tx`), so a caller composes several writes into one transaction. Nothing here
//! knows about HTTP; rows come back as the model's wire types where a caller only forwards
//! them.

pub mod accounts;
pub mod authorities;
pub mod cases;
pub mod device_keys;
pub mod documents;
pub mod draft_files;
pub mod drafts;
pub mod events;
pub mod ids;
pub mod mandates;
pub mod messages;
pub mod quotas;
pub mod secrets;
pub mod services;
pub mod sessions;
pub mod statuses;
pub mod submissions;
pub mod text;
pub mod throttle;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::SqlitePool;
use std::str::FromStr;

/// The SQLite pool. WAL lets readers go on while a write commits.
pub async fn connect(url: &str) -> anyhow::Result<SqlitePool> {
    let options = SqliteConnectOptions::from_str(url)?
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .foreign_keys(true)
        .busy_timeout(std::time::Duration::from_secs(5))
        // 32 MiB of pages per connection: a 100,000-case organisation's listing index stays in
        // memory instead of being read from the OS cache on every page.
        .pragma("cache_size", "-32768");
    if let Some(parent) = options.get_filename().parent() {
        if !parent.as_os_str().is_empty() {
            std::fs::create_dir_all(parent)?;
        }
    }
    let pool = SqlitePoolOptions::new().max_connections(8).connect_with(options).await?;
    sqlx::migrate!("./migrations").run(&pool).await?;
    Ok(pool)
}

/// Which table an id is looked up in, for [`exists`].
#[derive(Clone, Copy)]
pub enum Owned {
    Case,
    Document,
    Draft,
}

impl Owned {
    pub fn name(self) -> &'static str {
        match self {
            Owned::Case => "case",
            Owned::Document => "document",
            Owned::Draft => "draft",
        }
    }
}

/// Whether the id exists at all, whoever owns it.
pub async fn exists(db: &SqlitePool, kind: Owned, id: &str) -> sqlx::Result<bool> {
    let query = match kind {
        Owned::Case => "SELECT 1 FROM cases WHERE id = ?",
        Owned::Document => "SELECT 1 FROM documents WHERE id = ?",
        Owned::Draft => "SELECT 1 FROM drafts WHERE id = ?",
    };
    Ok(sqlx::query_as::<_, (i64,)>(query).bind(id).fetch_optional(db).await?.is_some())
}
