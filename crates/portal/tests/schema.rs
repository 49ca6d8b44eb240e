//! The two databases' schemas stay equivalent: the same tables, columns (with matching types
//! and nullability) and indexes, after SQLite's migrations and PostgreSQL's. A migration added to
//! one folder and not the other fails here. Needs the cluster of `scripts/with-postgres`.

mod common;

use std::collections::BTreeMap;

/// Per table: columns as (name, kind, not null), and indexes as (name, columns).
type Schema = BTreeMap<String, (Vec<(String, &'static str, bool)>, Vec<(String, Vec<String>)>)>;

/// One name per kind of value, as the portal reads it.
fn kind(declared: &str) -> &'static str {
    match declared.to_ascii_lowercase().as_str() {
        "integer" | "bigint" => "integer",
        "boolean" => "flag",
        "text" => "text",
        "blob" | "bytea" => "bytes",
        other => panic!("a column type the portal does not use: {other}"),
    }
}

async fn sqlite_schema(url: &str) -> Schema {
    let db = sqlx::SqlitePool::connect(url).await.unwrap();
    let tables: Vec<(String,)> = sqlx::query_as("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx%'")
        .fetch_all(&db)
        .await
        .unwrap();
    let mut schema = Schema::new();
    for (table,) in tables {
        let columns: Vec<(String, String, bool, i64)> =
            sqlx::query_as("SELECT name, type, \"notnull\", pk FROM pragma_table_info($1)").bind(&table).fetch_all(&db).await.unwrap();
        let indexes: Vec<(String,)> = sqlx::query_as("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = $1 AND sql IS NOT NULL")
            .bind(&table)
            .fetch_all(&db)
            .await
            .unwrap();
        let mut listed = Vec::new();
        for (index,) in indexes {
            let cols: Vec<(String,)> = sqlx::query_as("SELECT name FROM pragma_index_info($1) ORDER BY seqno").bind(&index).fetch_all(&db).await.unwrap();
            listed.push((index, cols.into_iter().map(|(c,)| c).collect()));
        }
        // A primary key is never null, whatever SQLite's table info says of it.
        let columns = columns.into_iter().map(|(name, ty, not_null, pk)| (name, kind(&ty), not_null || pk > 0)).collect();
        schema.insert(table, (columns, listed));
    }
    normalise(schema)
}

async fn postgres_schema(url: &str) -> Schema {
    let db = sqlx::PgPool::connect(url).await.unwrap();
    let columns: Vec<(String, String, String, String)> = sqlx::query_as(
        "SELECT table_name::text, column_name::text, data_type::text, is_nullable::text FROM information_schema.columns \
         WHERE table_schema = 'public' AND table_name NOT LIKE '_sqlx%' ORDER BY table_name, ordinal_position",
    )
    .fetch_all(&db)
    .await
    .unwrap();
    let mut schema = Schema::new();
    for (table, column, ty, nullable) in columns {
        schema.entry(table).or_default().0.push((column, kind(&ty), nullable == "NO"));
    }
    // Indexes the migrations create, not those behind primary keys and unique constraints.
    let indexes: Vec<(String, String, Vec<String>)> = sqlx::query_as(
        "SELECT t.relname::text, i.relname::text, ARRAY(SELECT a.attname::text FROM unnest(x.indkey) WITH ORDINALITY k(n, o) \
           JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.n ORDER BY k.o) \
         FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid \
         JOIN pg_namespace s ON s.oid = t.relnamespace \
         WHERE s.nspname = 'public' AND t.relname NOT LIKE '_sqlx%' AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)",
    )
    .fetch_all(&db)
    .await
    .unwrap();
    for (table, index, cols) in indexes {
        schema.entry(table).or_default().1.push((index, cols));
    }
    normalise(schema)
}

/// Columns and indexes in name order: their order in the table is not part of the contract.
fn normalise(mut schema: Schema) -> Schema {
    for (columns, indexes) in schema.values_mut() {
        columns.sort();
        indexes.sort();
    }
    schema
}

#[tokio::test]
async fn sqlite_and_postgresql_migrations_build_the_same_schema() {
    assert!(
        std::env::var("GUICHET_TEST_POSTGRES").is_ok_and(|u| !u.is_empty()),
        "this test compares with PostgreSQL: run it through scripts/with-postgres (scripts/test does)"
    );
    let dir = tempfile::tempdir().unwrap();
    let sqlite = format!("sqlite://{}", dir.path().join("schema.db").display());
    guichet_portal::store::Db::connect(&sqlite).await.unwrap().close().await;
    // A fresh PostgreSQL database, migrated by the portal itself.
    let postgres = {
        std::env::set_var("GUICHET_TEST_DATABASE", "postgres");
        common::database_url(dir.path(), "unused").await
    };
    guichet_portal::store::Db::connect(&postgres).await.unwrap().close().await;

    let (sqlite, postgres) = (sqlite_schema(&sqlite).await, postgres_schema(&postgres).await);
    assert_eq!(sqlite.keys().collect::<Vec<_>>(), postgres.keys().collect::<Vec<_>>(), "the same tables");
    for (table, (columns, indexes)) in &sqlite {
        let (pg_columns, pg_indexes) = &postgres[table];
        // SQLite keeps flags in INTEGER columns (0/1) where PostgreSQL has BOOLEAN.
        let as_sqlite = |(name, kind, not_null): &(String, &'static str, bool)| (name.clone(), if *kind == "flag" { "integer" } else { kind }, *not_null);
        assert_eq!(columns, &pg_columns.iter().map(as_sqlite).collect::<Vec<_>>(), "{table}: the same columns, kinds and nullability");
        // The one index only PostgreSQL has: trigrams of references, where SQLite reads them.
        let pg_indexes: Vec<_> = pg_indexes.iter().filter(|(name, _)| name != "cases_reference_trgm").cloned().collect();
        assert_eq!(indexes, &pg_indexes, "{table}: the same indexes");
    }
    assert!(sqlite.len() >= 16 && sqlite["cases"].1.len() >= 7, "the comparison saw the schema: {sqlite:?}");
}
