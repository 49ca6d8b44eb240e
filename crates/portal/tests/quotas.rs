//! One account cannot fill the portal's disk: open drafts, stored files and bytes (uploads,
//! case documents and replies together) and replies a day each have a limit, refused with a
//! code the app says in words; a draft holds only the keys its service defines.

mod common;

use common::{answers, pdf_of_len, problem, Citizen, Portal};
use reqwest::StatusCode;
use serde_json::json;

async fn case_of(portal: &Portal, citizen: &Citizen<'_>) -> String {
    portal.cases(&citizen.client, "de").await.cases[0].id.clone()
}

async fn add_document(portal: &Portal, citizen: &Citizen<'_>, case: &str, len: usize) -> reqwest::Response {
    citizen
        .client
        .post(portal.url(&format!("/api/v1/cases/{case}/documents?name=Beleg.pdf")))
        .header("x-csrf-token", &citizen.csrf)
        .body(pdf_of_len(len))
        .send()
        .await
        .unwrap()
}

async fn reply(portal: &Portal, citizen: &Citizen<'_>, case: &str, body: &str) -> reqwest::Response {
    citizen
        .client
        .post(portal.url(&format!("/api/v1/cases/{case}/messages")))
        .header("x-csrf-token", &citizen.csrf)
        .json(&json!({ "body": body, "attachments": [] }))
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn open_drafts_have_a_limit_per_account_and_another_account_is_not_counted() {
    let portal = Portal::start_with(|c| c.quotas.open_drafts = 2).await;
    let anna = Citizen::new(&portal, "anna.zimmermann").await;
    anna.draft("dog-registration").await;
    anna.draft("dog-registration").await;
    let (status, body) = problem(anna.start("dog-registration").await).await;
    assert_eq!((status, body["errors"][0]["code"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("quota-drafts")));
    Citizen::new(&portal, "sophie.rochat").await.draft("dog-registration").await;
}

#[tokio::test]
async fn stored_files_and_bytes_have_a_limit_per_account_across_parallel_uploads() {
    let portal = Portal::start_with(|c| {
        c.quotas.stored_files = 3;
        c.quotas.stored_bytes = 20_000;
    })
    .await;
    let anna = Citizen::new(&portal, "anna.zimmermann").await;
    let case = case_of(&portal, &anna).await;
    // Eight at once: the limit holds, as the count is made by the insert itself.
    let uploads = (0..8).map(|_| add_document(&portal, &anna, &case, 1000));
    let statuses: Vec<StatusCode> = futures_util::future::join_all(uploads).await.iter().map(|r| r.status()).collect();
    assert_eq!(statuses.iter().filter(|s| **s == StatusCode::CREATED).count(), 3, "{statuses:?}");
    let (status, body) = problem(add_document(&portal, &anna, &case, 1000).await).await;
    assert_eq!((status, body["errors"][0]["code"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("quota-files")));

    // Bytes: a second account, one document near the limit, then one that passes it.
    let luca = Citizen::new(&portal, "luca.bernasconi").await;
    let his = case_of(&portal, &luca).await;
    assert_eq!(add_document(&portal, &luca, &his, 15_000).await.status(), StatusCode::CREATED);
    let (status, body) = problem(add_document(&portal, &luca, &his, 6_000).await).await;
    assert_eq!((status, body["errors"][0]["code"].as_str()), (StatusCode::PAYLOAD_TOO_LARGE, Some("quota-bytes")));
    // A draft's upload counts against the same bytes.
    let draft = luca.draft("dog-registration").await;
    let upload = luca
        .client
        .post(portal.url(&format!("/api/v1/drafts/{}/files?field=policy-document&name=p.pdf", draft.id)))
        .header("x-csrf-token", &luca.csrf)
        .body(pdf_of_len(1000))
        .send()
        .await
        .unwrap();
    let (status, body) = problem(upload).await;
    assert_eq!(
        (status, body["errors"][0]["code"].as_str()),
        (StatusCode::PAYLOAD_TOO_LARGE, Some("quota-bytes")),
        "the field's 5 MB maximum is reserved until the size is known"
    );
}

#[tokio::test]
async fn replies_have_a_daily_limit_per_account() {
    let portal = Portal::start_with(|c| c.quotas.replies_per_day = 2).await;
    let anna = Citizen::new(&portal, "anna.zimmermann").await;
    let case = case_of(&portal, &anna).await;
    for n in 0..2 {
        assert_eq!(reply(&portal, &anna, &case, &format!("Nachricht {n}")).await.status(), StatusCode::CREATED);
    }
    let (status, body) = problem(reply(&portal, &anna, &case, "Noch eine").await).await;
    assert_eq!((status, body["errors"][0]["code"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("quota-replies")));
    // A day later the count starts again.
    portal.clock.advance(25 * 3600);
    let anna = Citizen::new(&portal, "anna.zimmermann").await;
    assert_eq!(reply(&portal, &anna, &case, "Am nächsten Tag").await.status(), StatusCode::CREATED);
}

#[tokio::test]
async fn a_draft_holds_only_the_answers_its_service_defines() {
    let portal = Portal::start().await;
    let anna = Citizen::new(&portal, "anna.zimmermann").await;
    let draft = anna.draft("dog-registration").await;
    let mut junk = answers(&[("dog-name", "Bello")]);
    for n in 0..400 {
        junk.insert(format!("junk-{n}"), "x".repeat(4000));
    }
    let (status, body) = problem(anna.save(&draft, &junk, "dog").await).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["errors"][0]["code"], "unknown-answer");
    assert!(body["errors"][0]["field"].as_str().unwrap().starts_with("junk-"));
    assert_eq!(anna.save(&draft, &answers(&[("dog-name", "Bello")]), "dog").await.status(), StatusCode::OK);
}

#[tokio::test]
async fn control_and_bidi_characters_are_refused_in_replies_and_answers() {
    let portal = Portal::start().await;
    let anna = Citizen::new(&portal, "anna.zimmermann").await;
    let case = case_of(&portal, &anna).await;
    for body in ["Zahlung\u{202E}fdp.exe", "nul\u{0000}byte", "bell\u{0007}", "Zeile\r\nZwei"] {
        let (status, refusal) = problem(reply(&portal, &anna, &case, body).await).await;
        assert_eq!((status, refusal["errors"][0]["code"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("control-character")), "{body:?}");
    }
    assert_eq!(reply(&portal, &anna, &case, "Guten Tag\n\nAnbei der Pass.").await.status(), StatusCode::CREATED);
    let draft = anna.draft("dog-registration").await;
    // Moving on from the step checks it, as the submission does.
    let (status, refusal) = problem(anna.save(&draft, &answers(&[("dog-name", "Bel\u{202E}lo")]), "chip").await).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refusal["errors"].as_array().unwrap().iter().any(|e| e["field"] == "dog-name" && e["code"] == "control-character"), "{refusal}");
}
