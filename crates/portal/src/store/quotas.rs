//! What one account keeps, as SQL that the storing statements embed: a store and its count
//! are one statement, so parallel requests cannot pass a limit together.

use super::Db;

/// SQL: how many files the account in placeholder `account` (e.g. `$1`) keeps: uploads into
/// applications plus documents added to cases.
pub fn files_of(account: &str) -> String {
    format!(
        "((SELECT COUNT(*) FROM draft_files WHERE owner_id = {account}) \
         + (SELECT COUNT(*) FROM documents d JOIN cases c ON c.id = d.case_id WHERE c.owner_id = {account} AND d.from_citizen = TRUE))"
    )
}

/// SQL: how many bytes the account in placeholder `account` keeps: those files plus the
/// replies' text. A reserved upload counts with its field's maximum until its size is known.
pub fn bytes_of(account: &str) -> String {
    format!(
        "CAST((SELECT COALESCE(SUM(size_bytes), 0) FROM draft_files WHERE owner_id = {account}) \
         + (SELECT COALESCE(SUM(d.size_bytes), 0) FROM documents d JOIN cases c ON c.id = d.case_id WHERE c.owner_id = {account} AND d.from_citizen = TRUE) \
         + (SELECT COALESCE(SUM(LENGTH(m.body)), 0) FROM messages m JOIN cases c ON c.id = m.case_id WHERE c.owner_id = {account} AND m.from_authority = FALSE) AS BIGINT)"
    )
}

/// The account's (files, bytes).
pub async fn usage(db: &Db, account: i64) -> sqlx::Result<(i64, i64)> {
    on!(db, c => {
        sqlx::query_as(&format!("SELECT {}, {}", files_of("$1"), bytes_of("$1"))).bind(account).fetch_one(&mut *c).await
    })
}

/// The account's limits, for a storing statement's guard.
#[derive(Clone, Copy)]
pub struct Guard {
    pub account: i64,
    pub max_files: i64,
    pub max_bytes: i64,
}
