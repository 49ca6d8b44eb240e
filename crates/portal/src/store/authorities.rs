//! The offices that handle cases, and the canton and municipality they belong to.

use super::{Db, Exec};

/// The authority of `canton` with this role, else any with the role: (id, name JSON, address).
pub async fn for_role(db: &Db, role: &str, canton: &str) -> sqlx::Result<Option<(i64, String, String)>> {
    on!(db, c => {
        sqlx::query_as("SELECT id, name, address FROM authorities WHERE role = $1 ORDER BY CASE WHEN canton = $2 THEN 0 ELSE 1 END, id LIMIT 1")
            .bind(role)
            .bind(canton)
            .fetch_optional(&mut *c)
            .await
    })
}

pub struct NewAuthority<'a> {
    /// `canton`, `municipality` or `department`.
    pub level: &'a str,
    /// Localised JSON.
    pub name: &'a str,
    pub canton: &'a str,
    pub role: Option<&'a str>,
    pub part_of_id: Option<i64>,
    pub on_behalf_of_id: Option<i64>,
    pub address: &'a str,
    pub email: Option<&'a str>,
}

pub async fn insert(db: impl Into<Exec<'_>>, authority: &NewAuthority<'_>) -> sqlx::Result<i64> {
    on!(db, c => {
        let (id,): (i64,) =
            sqlx::query_as("INSERT INTO authorities (level, name, canton, role, part_of_id, on_behalf_of_id, address, email) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id")
                .bind(authority.level)
                .bind(authority.name)
                .bind(authority.canton)
                .bind(authority.role)
                .bind(authority.part_of_id)
                .bind(authority.on_behalf_of_id)
                .bind(authority.address)
                .bind(authority.email)
                .fetch_one(&mut *c)
                .await?;
        Ok(id)
    })
}
