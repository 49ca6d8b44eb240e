//! The authorities' side plays a case's whole life, and the citizen's side answers it:
//! status changes, an action with a deadline, a message read with its time, a reply with an
//! attachment. Other parties get 404 everywhere; the back office takes only its own token.

mod common;

use common::{problem, Portal, BACKOFFICE_TOKEN};
use guichet_model::api::{CaseDetail, CaseList, CaseStatus, Created, DocumentMeta, Inbox};
use reqwest::{Client, StatusCode};
use serde_json::{json, Value};

async fn backoffice(portal: &Portal, reference: &str, path: &str, body: Value) -> reqwest::Response {
    Client::new().post(portal.url(&format!("/api/backoffice/v1/cases/{reference}/{path}"))).bearer_auth(BACKOFFICE_TOKEN).json(&body).send().await.unwrap()
}

async fn first_case(portal: &Portal, client: &Client, query: &str) -> guichet_model::api::CaseSummary {
    let list: CaseList = client.get(portal.url(&format!("/api/v1/cases?{query}"))).send().await.unwrap().json().await.unwrap();
    list.cases.into_iter().next().expect("a case")
}

/// A PDF the portal accepts as one.
fn pdf() -> Vec<u8> {
    common::pdf_of_len(1000)
}

#[tokio::test]
async fn the_back_office_takes_only_its_token_and_is_absent_without_one() {
    let portal = Portal::start().await;
    let (anna, csrf) = portal.signed_in("anna.zimmermann").await;
    let case = first_case(&portal, &anna, "").await;
    let url = portal.url(&format!("/api/backoffice/v1/cases/{}/messages", case.reference));
    let body = json!({ "body": "Hallo" });
    let with_session = anna.post(&url).header("x-csrf-token", &csrf).json(&body).send().await.unwrap();
    assert_eq!(problem(with_session).await.0, StatusCode::UNAUTHORIZED, "a citizen session is no back-office credential");
    let wrong = Client::new().post(&url).bearer_auth("test-backoffice-token-0123456789abcdeX").json(&body).send().await.unwrap();
    assert_eq!(problem(wrong).await.0, StatusCode::UNAUTHORIZED);
    assert_eq!(portal.count("messages").await, 0);

    let closed = Portal::start_with(|c| c.backoffice_token = None).await;
    let response = Client::new()
        .post(closed.url(&format!("/api/backoffice/v1/cases/{}/messages", case.reference)))
        .bearer_auth(BACKOFFICE_TOKEN)
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(problem(response).await.0, StatusCode::NOT_FOUND, "no token configured, no back office");
}

#[tokio::test]
async fn status_changes_show_in_the_citizens_language_and_a_refusal_needs_its_reasons() {
    let portal = Portal::start().await;
    let (sophie, _) = portal.signed_in("sophie.rochat").await;
    let case = first_case(&portal, &sophie, "status=received").await;
    assert_eq!(backoffice(&portal, &case.reference, "status", json!({ "status": "in-progress" })).await.status(), StatusCode::NO_CONTENT);
    let detail: CaseDetail = sophie.get(portal.url(&format!("/api/v1/cases/{}?lang=fr", case.id))).send().await.unwrap().json().await.unwrap();
    assert_eq!(detail.summary.status, CaseStatus::InProgress);
    assert_eq!(detail.summary.status_label.text, "En traitement");
    assert!(detail.history.last().unwrap().text.text.contains("en cours de traitement"), "the standard text, in French");

    let refused = backoffice(&portal, &case.reference, "status", json!({ "status": "rejected", "reason": { "de": "Zu spät." } })).await;
    let (status, body) = problem(refused).await;
    assert_eq!((status, body["errors"][0]["field"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("remedy")));
    let refused = backoffice(
        &portal,
        &case.reference,
        "status",
        json!({
            "status": "rejected",
            "reason": { "de": "Die Frist ist abgelaufen.", "fr": "Le délai est échu." },
            "remedy": { "de": "Einsprache innert 30 Tagen.", "fr": "Opposition dans les 30 jours." },
        }),
    )
    .await;
    assert_eq!(refused.status(), StatusCode::NO_CONTENT);
    let detail: CaseDetail = sophie.get(portal.url(&format!("/api/v1/cases/{}?lang=fr", case.id))).send().await.unwrap().json().await.unwrap();
    let decision = detail.decision.expect("a refusal says why");
    assert_eq!((decision.reason.text.as_str(), decision.remedy.text.as_str()), ("Le délai est échu.", "Opposition dans les 30 jours."));
    assert_eq!(detail.summary.due_on, None, "a closed case expects nothing");
    assert_eq!(backoffice(&portal, "FR-0000-000000", "status", json!({ "status": "completed" })).await.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn an_action_request_puts_the_case_first_with_what_to_do_and_by_when() {
    let portal = Portal::start().await;
    let (anna, _) = portal.signed_in("anna.zimmermann").await;
    let case = first_case(&portal, &anna, "status=received").await;
    let asked = backoffice(&portal, &case.reference, "action", json!({ "text": { "de": "Bitte senden Sie den Mietvertrag." }, "due_on": "2099-01-31" })).await;
    assert_eq!(asked.status(), StatusCode::NO_CONTENT);
    let waiting = first_case(&portal, &anna, "status=action-required&sort=deadline&q=").await;
    let listed: CaseList = anna.get(portal.url("/api/v1/cases?status=action-required")).send().await.unwrap().json().await.unwrap();
    let ours = listed.cases.iter().find(|c| c.id == case.id).expect("the case waits for Anna");
    assert_eq!(ours.action.as_ref().unwrap().text, "Bitte senden Sie den Mietvertrag.");
    assert_eq!(ours.due_on.as_deref(), Some("2099-01-31"));
    assert!(waiting.due_on.as_deref() <= Some("2099-01-31"));
    let bad = backoffice(&portal, &case.reference, "action", json!({ "text": { "de": "x" }, "due_on": "31.01.2099" })).await;
    assert_eq!(problem(bad).await.0, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn a_message_is_unread_until_opened_and_the_reply_carries_an_attachment() {
    let portal = Portal::start().await;
    let (anna, csrf) = portal.signed_in("anna.zimmermann").await;
    let case = first_case(&portal, &anna, "status=action-required").await;
    let markup = "<script>alert(1)</script> Bitte Pass & ID <b>senden</b>";
    let sent = backoffice(&portal, &case.reference, "messages", json!({ "body": markup })).await;
    assert_eq!(sent.status(), StatusCode::CREATED);
    let message: Created = sent.json().await.unwrap();

    let inbox: Inbox = anna.get(portal.url("/api/v1/messages?lang=de")).send().await.unwrap().json().await.unwrap();
    assert_eq!(inbox.unread, 1);
    assert_eq!(inbox.messages[0].message.body, markup, "markup comes back as the text it is");
    assert_eq!(inbox.messages[0].reference, case.reference);
    let summary = first_case(&portal, &anna, &format!("q={}", case.reference)).await;
    assert_eq!(summary.unread, 1);

    let read = anna.post(portal.url(&format!("/api/v1/messages/{}/read", message.id))).header("x-csrf-token", &csrf).send().await.unwrap();
    assert_eq!(read.status(), StatusCode::NO_CONTENT);
    let detail: CaseDetail = anna.get(portal.url(&format!("/api/v1/cases/{}", case.id))).send().await.unwrap().json().await.unwrap();
    let first_read = detail.messages[0].read_at.clone().expect("reading is recorded with its time");
    anna.post(portal.url(&format!("/api/v1/messages/{}/read", message.id))).header("x-csrf-token", &csrf).send().await.unwrap();
    let again: CaseDetail = anna.get(portal.url(&format!("/api/v1/cases/{}", case.id))).send().await.unwrap().json().await.unwrap();
    assert_eq!(again.messages[0].read_at.as_ref(), Some(&first_read), "the first reading counts");
    assert_eq!(again.summary.unread, 0);

    // The reply: a document uploaded to the case, then the message that carries it.
    let uploaded = anna
        .post(portal.url(&format!("/api/v1/cases/{}/documents?name=%3Cimg%20src%3Dx%3E%20Pass.pdf", case.id)))
        .header("x-csrf-token", &csrf)
        .body(pdf())
        .send()
        .await
        .unwrap();
    assert_eq!(uploaded.status(), StatusCode::CREATED);
    let document: DocumentMeta = uploaded.json().await.unwrap();
    assert!(!document.filename.contains('<') && document.filename.ends_with("Pass.pdf"), "{}", document.filename);
    let reply = anna
        .post(portal.url(&format!("/api/v1/cases/{}/messages", case.id)))
        .header("x-csrf-token", &csrf)
        .json(&json!({ "body": "Hier ist mein Pass.", "attachments": [document.id] }))
        .send()
        .await
        .unwrap();
    assert_eq!(reply.status(), StatusCode::CREATED);
    let detail: CaseDetail = anna.get(portal.url(&format!("/api/v1/cases/{}", case.id))).send().await.unwrap().json().await.unwrap();
    let answer = detail.messages.last().unwrap();
    assert!(!answer.from_authority);
    assert_eq!(answer.author.as_deref(), Some("Anna Zimmermann"));
    assert_eq!(answer.attachments.iter().map(|d| &d.id).collect::<Vec<_>>(), [&document.id]);
    let twice = anna
        .post(portal.url(&format!("/api/v1/cases/{}/messages", case.id)))
        .header("x-csrf-token", &csrf)
        .json(&json!({ "body": "Nochmals.", "attachments": [document.id] }))
        .send()
        .await
        .unwrap();
    assert_eq!(problem(twice).await.0, StatusCode::UNPROCESSABLE_ENTITY, "a document goes with one message");
    let empty = anna
        .post(portal.url(&format!("/api/v1/cases/{}/messages", case.id)))
        .header("x-csrf-token", &csrf)
        .json(&json!({ "body": "  " }))
        .send()
        .await
        .unwrap();
    assert_eq!(problem(empty).await.1["errors"][0]["code"], "required");
}

#[tokio::test]
async fn case_uploads_are_checked_by_size_and_bytes() {
    let portal = Portal::start().await;
    let (anna, csrf) = portal.signed_in("anna.zimmermann").await;
    let case = first_case(&portal, &anna, "").await;
    let url = portal.url(&format!("/api/v1/cases/{}/documents?name=scan.pdf", case.id));
    let big = vec![b'%'; guichet_model::api::CASE_DOCUMENT_MAX_BYTES as usize + 1];
    let (status, body) = problem(anna.post(&url).header("x-csrf-token", &csrf).body(big).send().await.unwrap()).await;
    assert_eq!((status, body["errors"][0]["code"].as_str()), (StatusCode::PAYLOAD_TOO_LARGE, Some("file-too-large")));
    let (status, body) = problem(anna.post(&url).header("x-csrf-token", &csrf).body("MZ not a pdf").send().await.unwrap()).await;
    assert_eq!((status, body["errors"][0]["code"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("file-type")));
    let no_csrf = anna.post(&url).body(pdf()).send().await.unwrap();
    assert_eq!(no_csrf.status(), StatusCode::FORBIDDEN);
    assert_eq!(anna.post(&url).header("x-csrf-token", &csrf).body(pdf()).send().await.unwrap().status(), StatusCode::CREATED);
}

#[tokio::test]
async fn another_partys_cases_messages_and_uploads_are_not_found() {
    let portal = Portal::start().await;
    let (anna, _) = portal.signed_in("anna.zimmermann").await;
    let (luca, luca_csrf) = portal.signed_in("luca.bernasconi").await;
    let case = first_case(&portal, &anna, "").await;
    let message: Created = backoffice(&portal, &case.reference, "messages", json!({ "body": "Nur für Anna" })).await.json().await.unwrap();
    let attempts = [
        luca.post(portal.url(&format!("/api/v1/messages/{}/read", message.id))).header("x-csrf-token", &luca_csrf).send().await.unwrap(),
        luca.post(portal.url(&format!("/api/v1/cases/{}/messages", case.id)))
            .header("x-csrf-token", &luca_csrf)
            .json(&json!({ "body": "Hallo" }))
            .send()
            .await
            .unwrap(),
        luca.post(portal.url(&format!("/api/v1/cases/{}/documents?name=a.pdf", case.id))).header("x-csrf-token", &luca_csrf).body(pdf()).send().await.unwrap(),
    ];
    for response in attempts {
        assert_eq!(problem(response).await.0, StatusCode::NOT_FOUND);
    }
    let inbox: Inbox = luca.get(portal.url("/api/v1/messages")).send().await.unwrap().json().await.unwrap();
    assert!(inbox.messages.iter().all(|m| m.message.id != message.id));
    let detail: CaseDetail = anna.get(portal.url(&format!("/api/v1/cases/{}", case.id))).send().await.unwrap().json().await.unwrap();
    assert_eq!(detail.messages.len(), 1, "nothing of Luca's reached Anna's case");
    assert_eq!(detail.messages[0].read_at, None);
}

#[tokio::test]
async fn the_command_line_plays_the_authority() {
    let portal = Portal::start().await;
    let (anna, _) = portal.signed_in("anna.zimmermann").await;
    let case = first_case(&portal, &anna, "status=in-progress").await;
    let base = portal.base.clone();
    let cli = move |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_guichet-backoffice"))
            .args(args)
            .env("GUICHET_BACKOFFICE_URL", &base)
            .env("GUICHET_BACKOFFICE_TOKEN", BACKOFFICE_TOKEN)
            .output()
            .unwrap()
    };
    let dir = tempfile::tempdir().unwrap();
    let letter = dir.path().join("Verfügung.pdf");
    std::fs::write(&letter, pdf()).unwrap();
    let out = tokio::task::spawn_blocking({
        let reference = case.reference.clone();
        let letter = letter.clone();
        move || {
            [
                cli(&["message", &reference, "Wir brauchen noch Ihren Pass."]),
                cli(&["document", &reference, letter.to_str().unwrap(), r#"{"de":"Verfügung","fr":"Décision"}"#]),
                cli(&["status", &reference, "completed"]),
                cli(&["status", &reference, "lost"]),
            ]
        }
    })
    .await
    .unwrap();
    assert!(out[..3].iter().all(|o| o.status.success()), "{:?}", out.iter().map(|o| String::from_utf8_lossy(&o.stderr).into_owned()).collect::<Vec<_>>());
    assert!(!out[3].status.success() && String::from_utf8_lossy(&out[3].stderr).contains("unknown status"));
    let detail: CaseDetail = anna.get(portal.url(&format!("/api/v1/cases/{}?lang=fr", case.id))).send().await.unwrap().json().await.unwrap();
    assert_eq!(detail.summary.status, CaseStatus::Completed);
    assert_eq!(detail.messages[0].body, "Wir brauchen noch Ihren Pass.");
    assert!(detail.documents.iter().any(|d| d.title.text == "Décision" && d.filename == "Verfügung.pdf"));
}
