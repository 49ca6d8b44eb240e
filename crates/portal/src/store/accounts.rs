//! People and organisations.

use super::{Db, Exec};

/// A person's id and password hash; organisations do not sign in.
pub async fn person_with_password(db: &Db, username: &str) -> sqlx::Result<Option<(i64, String)>> {
    on!(db, c => {
        sqlx::query_as("SELECT id, password_hash FROM accounts WHERE username = $1 AND kind = 'person'").bind(username).fetch_optional(&mut *c).await
    })
}

#[derive(sqlx::FromRow)]
pub struct Profile {
    pub username: String,
    pub display_name: String,
    pub kind: String,
    pub preferred_lang: String,
}

pub async fn profile(db: &Db, id: i64) -> sqlx::Result<Profile> {
    on!(db, c => {
        sqlx::query_as("SELECT username, display_name, kind, preferred_lang FROM accounts WHERE id = $1").bind(id).fetch_one(&mut *c).await
    })
}

/// `person` or `organisation`.
pub async fn kind(db: &Db, id: i64) -> sqlx::Result<String> {
    on!(db, c => {
        let (kind,): (String,) = sqlx::query_as("SELECT kind FROM accounts WHERE id = $1").bind(id).fetch_one(&mut *c).await?;
        Ok(kind)
    })
}

/// Where letters to the account go, and the municipality it lives in.
#[derive(sqlx::FromRow)]
pub struct Postal {
    pub display_name: String,
    pub street: String,
    pub postcode: String,
    pub town: String,
    pub bfs_number: i64,
}

pub async fn postal(db: &Db, id: i64) -> sqlx::Result<Postal> {
    on!(db, c => {
        sqlx::query_as("SELECT display_name, street, postcode, town, bfs_number FROM accounts WHERE id = $1").bind(id).fetch_one(&mut *c).await
    })
}

pub async fn person_id(db: &Db, username: &str) -> sqlx::Result<Option<i64>> {
    on!(db, c => {
        let found: Option<(i64,)> = sqlx::query_as("SELECT id FROM accounts WHERE username = $1 AND kind = 'person'").bind(username).fetch_optional(&mut *c).await?;
        Ok(found.map(|(id,)| id))
    })
}

pub async fn organisation_id(db: &Db, uid: &str) -> sqlx::Result<Option<i64>> {
    on!(db, c => {
        let found: Option<(i64,)> = sqlx::query_as("SELECT id FROM accounts WHERE uid = $1 AND kind = 'organisation'").bind(uid).fetch_optional(&mut *c).await?;
        Ok(found.map(|(id,)| id))
    })
}

pub async fn is_empty(db: &Db) -> sqlx::Result<bool> {
    on!(db, c => {
        let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM accounts").fetch_one(&mut *c).await?;
        Ok(count == 0)
    })
}

pub struct NewAccount<'a> {
    pub username: &'a str,
    pub password_hash: &'a str,
    pub kind: &'a str,
    pub display_name: &'a str,
    pub preferred_lang: &'a str,
    pub ahv_number: Option<&'a str>,
    pub uid: Option<&'a str>,
    pub street: &'a str,
    pub postcode: &'a str,
    pub town: &'a str,
    pub bfs_number: i64,
}

pub async fn insert(db: impl Into<Exec<'_>>, account: &NewAccount<'_>) -> sqlx::Result<i64> {
    on!(db, c => {
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO accounts (username, password_hash, kind, display_name, preferred_lang, ahv_number, uid, street, postcode, town, bfs_number) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
        )
        .bind(account.username)
        .bind(account.password_hash)
        .bind(account.kind)
        .bind(account.display_name)
        .bind(account.preferred_lang)
        .bind(account.ahv_number)
        .bind(account.uid)
        .bind(account.street)
        .bind(account.postcode)
        .bind(account.town)
        .bind(account.bfs_number)
        .fetch_one(&mut *c)
        .await?;
        Ok(id)
    })
}
