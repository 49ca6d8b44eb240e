//! Every query of the portal, one module per table or group of tables, and one write path
//! per table, on SQLite or PostgreSQL ([`Db`]). Writes take the pool or a transaction
//! (`&mut tx`), so a caller composes several writes into one transaction. Nothing here
//! knows about HTTP; rows come back as the model's wire types where a caller only forwards
//! them.

/// Runs `$body` with `$c` bound to a `&mut` connection of whichever database `$db` is on
/// (a `&Db` or a `&mut Tx`). The body is written once and compiled for each database, so
/// the SQL in it must be what both accept.
macro_rules! on {
    ($db:expr, $c:ident => $body:expr) => {
        match ::core::convert::Into::<$crate::store::Exec<'_>>::into($db) {
            $crate::store::Exec::Sqlite(handle) => {
                let mut held = handle.hold().await?;
                let $c = &mut *held;
                $body
            }
            $crate::store::Exec::Postgres(handle) => {
                let mut held = handle.hold().await?;
                let $c = &mut *held;
                $body
            }
        }
    };
}

pub mod accounts;
pub mod authorities;
pub mod cases;
pub mod device_keys;
pub mod documents;
pub mod draft_files;
pub mod drafts;
pub mod events;
pub mod ids;
pub mod jobs;
pub mod legacy_blobs;
pub mod mandates;
pub mod messages;
pub mod objects;
pub mod quotas;
pub mod secrets;
pub mod services;
pub mod sessions;
pub mod statuses;
pub mod submissions;
pub mod text;
pub mod throttle;

use sqlx::pool::PoolConnection;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Database, PgConnection, PgPool, Postgres, Sqlite, SqliteConnection, SqlitePool};
use std::ops::{Deref, DerefMut};
use std::str::FromStr;

/// The portal's database: SQLite in one file by default, PostgreSQL when
/// `GUICHET_DATABASE_URL` is a `postgres://` URL. Every query is written once, in SQL both
/// understand (`$1` placeholders, `TRUE`/`FALSE`, `RETURNING`), and run by [`on!`].
#[derive(Clone, Debug)]
pub enum Db {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// A transaction on either database; [`Tx::commit`] ends it, dropping it rolls it back.
pub enum Tx {
    Sqlite(sqlx::Transaction<'static, Sqlite>),
    Postgres(sqlx::Transaction<'static, Postgres>),
}

/// What a store function runs on: the pool, or a transaction's connection.
pub enum Exec<'a> {
    Sqlite(Handle<'a, Sqlite>),
    Postgres(Handle<'a, Postgres>),
}

pub enum Handle<'a, DB: Database> {
    Pool(&'a sqlx::Pool<DB>),
    Conn(&'a mut DB::Connection),
}

/// A connection held for one store function: taken from the pool, or the transaction's.
pub enum Held<'a, DB: Database> {
    Pooled(PoolConnection<DB>),
    Borrowed(&'a mut DB::Connection),
}

impl<'a, DB: Database> Handle<'a, DB> {
    pub async fn hold(self) -> sqlx::Result<Held<'a, DB>> {
        Ok(match self {
            Handle::Pool(pool) => Held::Pooled(pool.acquire().await?),
            Handle::Conn(conn) => Held::Borrowed(conn),
        })
    }
}

impl<DB: Database> Deref for Held<'_, DB> {
    type Target = DB::Connection;
    fn deref(&self) -> &DB::Connection {
        match self {
            Held::Pooled(c) => c,
            Held::Borrowed(c) => c,
        }
    }
}

impl<DB: Database> DerefMut for Held<'_, DB> {
    fn deref_mut(&mut self) -> &mut DB::Connection {
        match self {
            Held::Pooled(c) => c,
            Held::Borrowed(c) => c,
        }
    }
}

impl<'a> From<&'a Db> for Exec<'a> {
    fn from(db: &'a Db) -> Exec<'a> {
        match db {
            Db::Sqlite(pool) => Exec::Sqlite(Handle::Pool(pool)),
            Db::Postgres(pool) => Exec::Postgres(Handle::Pool(pool)),
        }
    }
}

impl<'a> From<&'a mut Tx> for Exec<'a> {
    fn from(tx: &'a mut Tx) -> Exec<'a> {
        match tx {
            Tx::Sqlite(tx) => Exec::Sqlite(Handle::Conn(&mut **tx)),
            Tx::Postgres(tx) => Exec::Postgres(Handle::Conn(&mut **tx)),
        }
    }
}

/// The few places where the two databases' SQL differs, chosen by the connection's type.
pub trait Dialect {
    /// The statement that makes an account's counted writes (a store and its count in one
    /// statement, see `quotas.rs`) wait for each other, with the account in `$1`. SQLite needs
    /// none: it runs one writer at a time. PostgreSQL locks the account's row until the
    /// transaction ends, so the count that follows sees what the other one stored.
    const LOCK_ACCOUNT: Option<&'static str>;
    /// Whether `ORDER BY x` puts NULLs last (PostgreSQL) or first (SQLite).
    const NULLS_SORT_LAST: bool;
}

impl Dialect for SqliteConnection {
    const LOCK_ACCOUNT: Option<&'static str> = None;
    const NULLS_SORT_LAST: bool = false;
}

impl Dialect for PgConnection {
    const LOCK_ACCOUNT: Option<&'static str> = Some("SELECT id FROM accounts WHERE id = $1 FOR NO KEY UPDATE");
    const NULLS_SORT_LAST: bool = true;
}

/// The connection's [`Dialect::NULLS_SORT_LAST`].
pub fn nulls_sort_last<C: Dialect>(_: &C) -> bool {
    C::NULLS_SORT_LAST
}

/// The connection's [`Dialect::LOCK_ACCOUNT`].
pub fn lock_account<C: Dialect>(_: &C) -> Option<&'static str> {
    C::LOCK_ACCOUNT
}

impl Db {
    /// Opens the database named by the URL (`sqlite://…` or `postgres://…`) and brings its
    /// schema up to date. On PostgreSQL the migrations run under an advisory lock, so
    /// instances that start together apply them once.
    pub async fn connect(url: &str) -> anyhow::Result<Db> {
        use anyhow::Context;
        // One line that names the setting, never the URL (it may hold a password).
        Db::open(url).await.context("GUICHET_DATABASE_URL: the database cannot be opened")
    }

    async fn open(url: &str) -> anyhow::Result<Db> {
        let db = if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            let options = PgConnectOptions::from_str(url)?;
            let pool = PgPoolOptions::new().max_connections(16).acquire_timeout(std::time::Duration::from_secs(5)).connect_with(options).await?;
            sqlx::migrate!("./migrations/postgres").run(&pool).await?;
            Db::Postgres(pool)
        } else {
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
            sqlx::migrate!("./migrations/sqlite").run(&pool).await?;
            Db::Sqlite(pool)
        };
        Ok(db)
    }

    pub async fn begin(&self) -> sqlx::Result<Tx> {
        Ok(match self {
            Db::Sqlite(pool) => Tx::Sqlite(pool.begin().await?),
            Db::Postgres(pool) => Tx::Postgres(pool.begin().await?),
        })
    }

    /// Whether the database answers, for `/ready`.
    pub async fn ping(&self) -> sqlx::Result<()> {
        on!(self, c => sqlx::query("SELECT 1").execute(c).await.map(|_| ()))
    }

    pub async fn close(&self) {
        match self {
            Db::Sqlite(pool) => pool.close().await,
            Db::Postgres(pool) => pool.close().await,
        }
    }
}

impl Tx {
    pub async fn commit(self) -> sqlx::Result<()> {
        match self {
            Tx::Sqlite(tx) => tx.commit().await,
            Tx::Postgres(tx) => tx.commit().await,
        }
    }
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
pub async fn exists(db: &Db, kind: Owned, id: &str) -> sqlx::Result<bool> {
    let query = match kind {
        Owned::Case => "SELECT 1 FROM cases WHERE id = $1",
        Owned::Document => "SELECT 1 FROM documents WHERE id = $1",
        Owned::Draft => "SELECT 1 FROM drafts WHERE id = $1",
    };
    on!(db, c => Ok(sqlx::query(query).bind(id).fetch_optional(c).await?.is_some()))
}
