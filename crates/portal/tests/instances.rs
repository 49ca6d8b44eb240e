//! Several portal instances on one database, as behind a load balancer: each request of a
//! citizen may reach another instance, and nothing they need may live in one instance's memory.
//! Requests are sent to chosen instances on purpose; runs on SQLite and on PostgreSQL.

mod common;

use common::{birth_certificates, problem, Citizen, Portal, BACKOFFICE_TOKEN, PASSWORD};
use guichet_model::api::{CaseList, DocumentMeta, Draft, SessionInfo, Submission, CHECK_ANSWERS};
use reqwest::{Client, StatusCode};
use serde_json::json;
use sha2::{Digest, Sha256};

async fn three() -> (Portal, Portal, Portal) {
    let a = Portal::start().await;
    let (b, c) = tokio::join!(a.beside(), a.beside());
    (a, b, c)
}

#[tokio::test]
async fn a_session_begun_on_one_instance_goes_on_and_ends_on_the_others() {
    let (a, b, c) = three().await;
    let anna = Citizen::new(&a, "anna.zimmermann").await;
    let on_a = a.cases(&anna.client, "de").await;
    let on_b = b.cases(&anna.on(&b).client, "de").await;
    assert!(on_a.total > 0);
    assert_eq!(serde_json::to_value(&on_a).unwrap(), serde_json::to_value(&on_b).unwrap(), "the same page from another instance");
    let signed_out = anna.client.delete(c.url("/api/v1/session")).header("x-csrf-token", &anna.csrf).send().await.unwrap();
    assert_eq!(signed_out.status(), StatusCode::NO_CONTENT);
    let info: SessionInfo = anna.client.get(a.url("/api/v1/session")).send().await.unwrap().json().await.unwrap();
    assert!(info.user.is_none(), "signed out on every instance");
    assert_eq!(anna.client.get(b.url("/api/v1/cases")).send().await.unwrap().status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_wizard_whose_saves_alternate_instances_keeps_every_answer_and_one_winner_per_version() {
    let (a, b, c) = three().await;
    let sophie = Citizen::new(&a, "sophie.rochat").await;
    let draft = sophie.draft("civil-status-document").await;
    let mut answers = birth_certificates();
    answers.retain(|k, _| k == "document-type" || k == "concerned");
    let first = sophie.on(&b).save(&draft, &answers, "person").await;
    assert_eq!(first.status(), StatusCode::OK, "{:?}", first.text().await);
    let first: Draft = first.json().await.unwrap();
    // A save from the version already saved over, on another instance, loses.
    assert_eq!(sophie.on(&c).save(&draft, &answers, "person").await.status(), StatusCode::CONFLICT);
    let second = sophie.on(&c).save(&first, &birth_certificates(), CHECK_ANSWERS).await;
    assert_eq!(second.status(), StatusCode::OK, "{:?}", second.text().await);
    let back: Draft = sophie.client.get(a.url(&format!("/api/v1/drafts/{}", draft.id))).send().await.unwrap().json().await.unwrap();
    assert_eq!((back.version, back.position.as_str()), (first.version + 1, CHECK_ANSWERS));
    assert_eq!(back.answers, birth_certificates());
}

#[tokio::test]
async fn a_double_click_whose_submits_reach_two_instances_at_once_makes_one_case() {
    let (a, b, _c) = three().await;
    let sophie = Citizen::new(&a, "sophie.rochat").await;
    let before = a.cases(&sophie.client, "fr").await.total;
    let draft = sophie.draft("civil-status-document").await;
    assert_eq!(sophie.save(&draft, &birth_certificates(), CHECK_ANSWERS).await.status(), StatusCode::OK);
    let (on_b, on_a) = (sophie.on(&b), sophie.on(&a));
    let (x, y) = tokio::join!(on_a.submit(&draft.id, "click"), on_b.submit(&draft.id, "click"));
    let mut statuses = [x.status(), y.status()];
    statuses.sort();
    assert_eq!(statuses, [StatusCode::OK, StatusCode::CREATED]);
    let (x, y): (Submission, Submission) = (x.json().await.unwrap(), y.json().await.unwrap());
    assert_eq!(x, y, "both clicks get the one case");
    let after: CaseList = b.cases(&sophie.client, "fr").await;
    assert_eq!(after.total, before + 1);
    assert_eq!(a.count("submissions").await, 1);
}

#[tokio::test]
async fn sign_in_attempts_count_on_every_instance_together() {
    let proxied = |c: &mut guichet_portal::Config| c.trusted_proxy_header = Some("x-forwarded-for".into());
    let a = Portal::start_with(proxied).await;
    let (b, c) = tokio::join!(a.beside_with(proxied), a.beside_with(proxied));
    let instances = [&a, &b, &c];
    let attempt = |portal: &Portal, password: &'static str| {
        let url = portal.url("/api/v1/session");
        async move {
            let client = Client::builder().cookie_store(true).build().unwrap();
            let info: SessionInfo = client.get(&url).send().await.unwrap().json().await.unwrap();
            let body = json!({ "username": "anna.zimmermann", "password": password });
            client.post(&url).header("x-csrf-token", info.csrf_token).header("x-forwarded-for", "203.0.113.9").json(&body).send().await.unwrap().status()
        }
    };
    // Five wrong passwords spread over three instances reach the limit that one instance has.
    for n in 0..5 {
        assert_eq!(attempt(instances[n % 3], "guess").await, StatusCode::UNAUTHORIZED);
    }
    for portal in instances {
        assert_eq!(attempt(portal, PASSWORD).await, StatusCode::TOO_MANY_REQUESTS, "refused on {}", portal.base);
    }
}

#[tokio::test]
async fn a_mandate_withdrawn_through_one_instance_ends_the_access_on_the_others_at_once() {
    let (a, b, c) = three().await;
    let (petra, _) = a.acting_for("petra.keller", "Immobilien Pilatus AG").await;
    let theirs: CaseList = petra.get(b.url("/api/v1/cases")).send().await.unwrap().json().await.unwrap();
    let case = b.url(&format!("/api/v1/cases/{}", theirs.cases[0].id));
    assert_eq!(petra.get(&case).send().await.unwrap().status(), StatusCode::OK);
    let info: SessionInfo = petra.get(c.url("/api/v1/session")).send().await.unwrap().json().await.unwrap();
    let uid = info.user.unwrap().acting_for.unwrap().uid;
    let withdrawn = Client::new()
        .post(a.url("/api/backoffice/v1/mandates/withdrawal"))
        .bearer_auth(BACKOFFICE_TOKEN)
        .json(&json!({ "person": "petra.keller", "organisation": uid }))
        .send()
        .await
        .unwrap();
    assert_eq!(withdrawn.status(), StatusCode::NO_CONTENT);
    let (status, body) = problem(petra.get(&case).send().await.unwrap()).await;
    assert_eq!((status, body["code"].as_str()), (StatusCode::FORBIDDEN, Some("mandate-ended")));
    assert_eq!(petra.get(c.url(&format!("/api/v1/cases/{}", theirs.cases[0].id))).send().await.unwrap().status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_document_added_through_one_instance_downloads_through_another_with_its_sha256() {
    let (a, b, _c) = three().await;
    let anna = Citizen::new(&a, "anna.zimmermann").await;
    let case = a.cases(&anna.client, "de").await.cases.remove(0);
    let bytes = common::pdf_of_len(200_000);
    let added = anna
        .client
        .post(a.url(&format!("/api/v1/cases/{}/documents", case.id)))
        .query(&[("name", "Beleg.pdf")])
        .header("x-csrf-token", &anna.csrf)
        .body(bytes.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(added.status(), StatusCode::CREATED, "{:?}", added.text().await);
    let meta: DocumentMeta = added.json().await.unwrap();
    let expected = format!("{:x}", Sha256::digest(&bytes));
    assert_eq!(meta.sha256, expected);
    let download = anna.client.get(b.url(&format!("/api/v1/documents/{}/content", meta.id))).send().await.unwrap();
    assert_eq!(download.status(), StatusCode::OK);
    let body = download.bytes().await.unwrap();
    assert_eq!(format!("{:x}", Sha256::digest(&body)), expected, "the same bytes from the other instance");
}
