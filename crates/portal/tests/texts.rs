//! The portal's own texts for citizens come from its Fluent files (crates/portal/locales), with
//! or without the demo data.

mod common;

use common::Portal;
use guichet_model::api::LocalizedText;
use guichet_model::Lang;

#[tokio::test]
async fn a_portal_without_demo_data_has_every_status_label_in_five_languages() {
    let dir = tempfile::tempdir().unwrap();
    let url = common::database_url(dir.path(), "no-demo.db").await;
    let database_url = url.clone();
    let _portal = Portal::start_with(move |config| {
        config.demo = false;
        config.database_url = database_url;
    })
    .await;

    let db = common::read_database(&url).await;
    let (accounts,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM accounts").fetch_one(&db).await.unwrap();
    assert_eq!(accounts, 0, "no demo data");
    let rows: Vec<(String, String)> = sqlx::query_as("SELECT code, label FROM case_statuses ORDER BY code").fetch_all(&db).await.unwrap();
    let codes: Vec<&str> = rows.iter().map(|(code, _)| code.as_str()).collect();
    assert_eq!(codes, ["action-required", "completed", "in-progress", "received", "rejected"]);
    for (code, label) in &rows {
        let label: LocalizedText = serde_json::from_str(label).unwrap();
        assert_eq!(label.0.len(), 5, "{code}: {label:?}");
    }
    let received: LocalizedText = serde_json::from_str(&rows[3].1).unwrap();
    assert_eq!(received.0[&Lang::De], "Eingegangen");
    assert_eq!(received.0[&Lang::Rm], "Retschavì");
}
