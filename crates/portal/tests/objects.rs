//! Documents' and uploads' bytes in the object store (a folder beside SQLite, the S3 server of
//! scripts/with-seaweedfs beside PostgreSQL): the database keeps only what is known about them,
//! a download streams them with their SHA-256 checked on the way, bytes written before the store
//! move with `migrate-blobs`, bytes no row names are swept, and a store that cannot be reached or
//! written stops the start or fails `/ready`.

mod common;

use common::{dog_registration as dog, read_database, s3_store, Citizen, Portal};
use guichet_model::api::{CaseDetail, Submission};
use guichet_model::form::FileAnswer;
use guichet_portal::store::objects::{self, Objects};
use reqwest::StatusCode;
use sha2::Digest;

const FIELD: &str = "policy-document";

async fn upload(anna: &Citizen<'_>, draft: &str, bytes: Vec<u8>) -> FileAnswer {
    let response = anna
        .client
        .post(anna.portal.url(&format!("/api/v1/drafts/{draft}/files")))
        .query(&[("field", FIELD), ("name", "Police.pdf")])
        .header("x-csrf-token", &anna.csrf)
        .body(bytes)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::CREATED);
    response.json().await.unwrap()
}

/// The keys under `prefix` in the portal's store.
async fn keys(portal: &Portal, prefix: &str) -> Vec<String> {
    let store = Objects::open(&portal.object_store).await.unwrap();
    let far = time::OffsetDateTime::now_utc() + time::Duration::days(1);
    store.older_than(prefix, far).await.unwrap().into_iter().map(|(_, id)| id).collect()
}

/// The row's (content length, content_in_store) in the portal's database.
async fn row(portal: &Portal, table: &str, id: &str) -> (i64, bool) {
    let pool = read_database(&portal.database_url).await;
    let (length, in_store): (i64, i64) = sqlx::query_as(&format!(
        "SELECT CAST(LENGTH(content) AS BIGINT), CAST(CASE WHEN content_in_store THEN 1 ELSE 0 END AS BIGINT) FROM {table} WHERE id = $1"
    ))
    .bind(id)
    .fetch_one(&pool)
    .await
    .unwrap();
    pool.close().await;
    (length, in_store == 1)
}

async fn download(anna: &Citizen<'_>, id: &str) -> reqwest::Response {
    anna.client.get(anna.portal.url(&format!("/api/v1/documents/{id}/content"))).send().await.unwrap()
}

fn repr_digest(bytes: &[u8]) -> String {
    use base64::Engine;
    format!("sha-256=:{}:", base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(bytes)))
}

#[tokio::test]
async fn an_upload_and_its_case_document_keep_their_bytes_in_the_store_and_only_their_description_in_the_database() {
    let portal = Portal::start().await;
    let anna = Citizen::new(&portal, "anna.zimmermann").await;
    let draft = anna.draft("dog-registration").await;
    let bytes = common::pdf_of_len(30_000);
    let file = upload(&anna, &draft.id, bytes.clone()).await;
    assert_eq!(row(&portal, "draft_files", &file.id).await, (0, true), "no bytes in the database");
    assert!(keys(&portal, "uploads").await.contains(&file.id));

    assert_eq!(anna.save(&draft, &dog(&FileAnswer::join(std::slice::from_ref(&file))), "contact").await.status(), StatusCode::OK);
    let submitted: Submission = anna.submit(&draft.id, "k1").await.json().await.unwrap();
    let case: CaseDetail = portal.detail(&anna.client, &submitted.case_id, "de").await;
    let document = case.documents.iter().find(|d| d.filename == "Police.pdf").expect("the upload is a case document");
    assert_eq!(row(&portal, "documents", &document.id).await, (0, true));
    assert_eq!(row(&portal, "documents", &submitted.receipt_document_id).await, (0, true), "the receipt too");
    // The upload's bytes moved to the document's key; the draft's copy is gone.
    assert!(!keys(&portal, "uploads").await.contains(&file.id));
    assert!(keys(&portal, "documents").await.contains(&document.id));

    let response = download(&anna, &document.id).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["content-length"], bytes.len().to_string().as_str());
    assert_eq!(response.headers()["repr-digest"], repr_digest(&bytes).as_str());
    assert_eq!(response.bytes().await.unwrap().to_vec(), bytes);
    // As a browser asks for it, compressed on the way: the stream ends once, cleanly.
    let compressed = anna.client.get(portal.url(&format!("/api/v1/documents/{}/content", document.id))).header("accept-encoding", "br").send().await.unwrap();
    assert_eq!(compressed.status(), StatusCode::OK);
    assert!(compressed.bytes().await.is_ok_and(|b| !b.is_empty()), "the compressed download arrives whole");
    // Another citizen gets nothing of it.
    let luca = Citizen::new(&portal, "luca.bernasconi").await;
    assert_eq!(download(&luca, &document.id).await.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn bytes_altered_in_the_store_break_the_download_off_instead_of_arriving() {
    let portal = Portal::start().await;
    let anna = Citizen::new(&portal, "anna.zimmermann").await;
    let cases = portal.cases(&anna.client, "de").await;
    let case = portal.detail(&anna.client, &cases.cases[0].id, "de").await;
    let document = &case.documents[0];
    let good = download(&anna, &document.id).await.bytes().await.unwrap().to_vec();
    assert_eq!(sha2::Sha256::digest(&good).iter().map(|b| format!("{b:02x}")).collect::<String>(), document.sha256);

    // Bytes that are gone altogether: nothing arrives.
    let store = Objects::open(&portal.object_store).await.unwrap();
    store.delete(&objects::document(&document.id)).await;
    assert_eq!(download(&anna, &document.id).await.status(), StatusCode::INTERNAL_SERVER_ERROR);

    // Same length, one byte changed: only the hash can tell.
    let mut altered = good.clone();
    altered[good.len() / 2] ^= 0x20;
    store.put(&objects::document(&document.id), altered).await.unwrap();
    let response = download(&anna, &document.id).await;
    assert_eq!(response.status(), StatusCode::OK, "the status is sent before the last byte is read");
    assert_eq!(response.headers()["content-length"], good.len().to_string().as_str());
    let body = response.bytes().await;
    assert!(body.is_err(), "the body breaks off short of its length: the browser keeps no altered file ({:?} bytes)", body.map(|b| b.len()));
}

#[tokio::test]
async fn bytes_still_in_the_database_download_as_before_and_move_to_the_store_with_migrate_blobs() {
    let portal = Portal::start().await;
    let anna = Citizen::new(&portal, "anna.zimmermann").await;
    let cases = portal.cases(&anna.client, "de").await;
    let case = portal.detail(&anna.client, &cases.cases[0].id, "de").await;
    let document = &case.documents[0];
    let bytes = download(&anna, &document.id).await.bytes().await.unwrap().to_vec();

    // As a portal before the object store wrote it: the bytes in the row, none in the store.
    let pool = read_database(&portal.database_url).await;
    sqlx::query("UPDATE documents SET content = $1, content_in_store = FALSE WHERE id = $2")
        .bind(bytes.clone())
        .bind(&document.id)
        .execute(&pool)
        .await
        .unwrap();
    pool.close().await;
    let store = Objects::open(&portal.object_store).await.unwrap();
    store.delete(&objects::document(&document.id)).await;
    let before = download(&anna, &document.id).await;
    assert_eq!(before.headers()["repr-digest"], repr_digest(&bytes).as_str());
    assert_eq!(before.bytes().await.unwrap().to_vec(), bytes, "the row's bytes serve until they move");

    let mut config = guichet_portal::Config::from_env().unwrap();
    config.database_url = portal.database_url.clone();
    config.object_store = portal.object_store.clone();
    assert_eq!(guichet_portal::migrate_blobs(&config).await.unwrap(), 1);
    assert_eq!(row(&portal, "documents", &document.id).await, (0, true));
    assert_eq!(download(&anna, &document.id).await.bytes().await.unwrap().to_vec(), bytes);
    assert_eq!(guichet_portal::migrate_blobs(&config).await.unwrap(), 0, "run again, it finds nothing to move");
}

#[tokio::test]
async fn bytes_whose_row_is_gone_are_swept_and_those_of_a_discarded_draft_go_at_once() {
    let portal = Portal::start().await;
    let anna = Citizen::new(&portal, "anna.zimmermann").await;
    let discarded = anna.draft("dog-registration").await;
    let gone = upload(&anna, &discarded.id, common::pdf_of_len(1000)).await;
    let deleted = anna.client.delete(portal.url(&format!("/api/v1/drafts/{}", discarded.id))).header("x-csrf-token", &anna.csrf).send().await.unwrap();
    assert_eq!(deleted.status(), StatusCode::NO_CONTENT);
    assert!(!keys(&portal, "uploads").await.contains(&gone.id), "a discarded draft's bytes go with it");

    // An expired draft goes by the database's cascade; its bytes wait for the sweep.
    let expired = anna.draft("dog-registration").await;
    let unnamed = upload(&anna, &expired.id, common::pdf_of_len(1000)).await;
    let kept = upload(&anna, &anna.draft("dog-registration").await.id, common::pdf_of_len(1000)).await;
    let pool = read_database(&portal.database_url).await;
    sqlx::query("DELETE FROM drafts WHERE id = $1").bind(&expired.id).execute(&pool).await.unwrap();
    pool.close().await;
    let now = time::OffsetDateTime::now_utc();
    assert_eq!(guichet_portal::jobs::sweep_unnamed_bytes(&portal.state, now - time::Duration::hours(1)).await.unwrap(), 0, "young bytes are kept");
    assert_eq!(guichet_portal::jobs::sweep_unnamed_bytes(&portal.state, now + time::Duration::minutes(1)).await.unwrap(), 1);
    let uploads = keys(&portal, "uploads").await;
    assert!(!uploads.contains(&unnamed.id) && uploads.contains(&kept.id), "{uploads:?}");
    assert!(!keys(&portal, "documents").await.is_empty(), "the demo's documents stay");
}

#[tokio::test]
async fn ready_fails_while_the_store_cannot_be_read() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("objects");
    let url = format!("file://{}", folder.display());
    let portal = Portal::start_with(|config| config.object_store = guichet_portal::config::ObjectStoreConfig { url, ..Default::default() }).await;
    let client = reqwest::Client::new();
    assert_eq!(client.get(portal.url("/ready")).send().await.unwrap().status(), StatusCode::OK);
    std::fs::remove_dir_all(&folder).unwrap();
    let response = client.get(portal.url("/ready")).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(response.headers()["retry-after"], "5");
    assert_eq!(client.get(portal.url("/health")).send().await.unwrap().status(), StatusCode::OK, "alive all the same");
}

#[tokio::test]
async fn a_wrong_bucket_wrong_keys_or_an_unreachable_store_stop_the_start_naming_the_setting_and_not_the_secret() {
    let good = s3_store();
    let secret = good.secret_access_key.clone().unwrap();
    let bucket = good.url.trim_start_matches("s3://").split('/').next().unwrap().to_owned();
    let wrong_bucket = guichet_portal::config::ObjectStoreConfig { url: "s3://no-such-bucket".into(), ..good.clone() };
    let wrong_secret = guichet_portal::config::ObjectStoreConfig { secret_access_key: Some("not-the-secret".into()), ..good.clone() };
    let unreachable = guichet_portal::config::ObjectStoreConfig { endpoint: Some("http://127.0.0.1:1".into()), ..good.clone() };
    let not_a_store = guichet_portal::config::ObjectStoreConfig { url: "ftp://files".into(), ..Default::default() };
    for config in [wrong_bucket, wrong_secret, unreachable, not_a_store] {
        let line = format!("{:#}", Objects::open(&config).await.err().expect("the start stops"));
        assert!(line.starts_with(&format!("GUICHET_OBJECT_STORE={}: ", config.url)), "{line}");
        assert!(!line.contains(&secret) && !line.contains("not-the-secret"), "{line}");
    }
    if let Err(e) = Objects::open(&good).await {
        panic!("the right settings open {bucket}: {e:#}");
    }
}
