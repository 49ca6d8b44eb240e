//! Online services over real HTTP: the catalogue, a service's schema, drafts saved step by
//! step with the server as the authority, and submissions that become cases exactly once.

mod common;

use common::{answers, birth_certificates, decode_qr_bill, pdf_text, problem, Citizen, Portal};
use guichet_model::api::CaseList;
use guichet_model::api::{Catalogue, Draft, DraftList, Submission, CHECK_ANSWERS};
use guichet_model::form::{Answers, ServiceDefinition};
use guichet_model::Lang;
use reqwest::{Client, StatusCode};
use serde_json::{json, Value};

async fn catalogue(portal: &Portal, query: &str) -> Catalogue {
    let response = Client::new().get(portal.url(&format!("/api/v1/services?{query}"))).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    response.json().await.unwrap()
}

fn service_ids(catalogue: &Catalogue) -> Vec<String> {
    catalogue.topics.iter().flat_map(|t| t.services.iter().map(|s| s.id.clone())).collect()
}

#[tokio::test]
async fn the_catalogue_is_grouped_by_topic_and_searchable_ignoring_case_and_accents() {
    let portal = Portal::start().await;
    let all = catalogue(&portal, "lang=fr").await;
    assert_eq!(service_ids(&all).len(), 6);
    assert!(all.topics.iter().all(|t| t.title.lang == Lang::Fr && !t.services.is_empty()));
    let tax = all.topics.iter().flat_map(|t| &t.services).find(|s| s.id == "tax-return").unwrap();
    assert!(tax.link_out.as_deref().is_some_and(|u| u.starts_with("https://")), "the tax return links out");

    assert_eq!(service_ids(&catalogue(&portal, "lang=fr&q=acte%20de%20naissance").await), ["civil-status-document"]);
    assert_eq!(service_ids(&catalogue(&portal, "lang=fr&q=ETAT%20civil").await), ["civil-status-document"]);
    let moving = service_ids(&catalogue(&portal, "lang=de&q=umzug").await);
    assert!(moving.contains(&"change-of-address".to_owned()) && !moving.contains(&"civil-status-document".to_owned()), "{moving:?}");
    assert_eq!(service_ids(&catalogue(&portal, "lang=it&q=cane").await), ["dog-registration"]);
    assert!(catalogue(&portal, "lang=de&q=raumfahrt").await.topics.is_empty());
}

#[tokio::test]
async fn a_service_schema_carries_every_language() {
    let portal = Portal::start().await;
    let response = Client::new().get(portal.url("/api/v1/services/change-of-address")).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let service: ServiceDefinition = response.json().await.unwrap();
    assert!(service.steps.len() >= 4);
    for lang in Lang::ALL {
        assert!(service.title.0.contains_key(&lang), "title in {lang}");
    }
    let response = Client::new().get(portal.url("/api/v1/services/no-such-service")).send().await.unwrap();
    assert_eq!(problem(response).await.1["code"], "not-found");
}

#[tokio::test]
async fn the_server_refuses_a_skipped_step_and_invalid_answers_with_codes_and_steps() {
    let portal = Portal::start().await;
    let sophie = Citizen::new(&portal, "sophie.rochat").await;
    let draft = sophie.draft("civil-status-document").await;
    assert_eq!(draft.position, "document");

    // Straight to the copies step with nothing filled in: refused with the first step's errors.
    let (status, body) = problem(sophie.save(&draft, &Answers::new(), "copies").await).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["errors"][0], json!({ "field": "document-type", "code": "required", "step": "document" }));

    // A date of birth in the future, found on the way to "check your answers".
    let mut bad = birth_certificates();
    bad.insert("date-of-birth".into(), "2999-01-01".into());
    let (status, body) = problem(sophie.save(&draft, &bad, CHECK_ANSWERS).await).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["errors"][0], json!({ "field": "date-of-birth", "code": "date-in-future", "step": "person" }));

    // An unknown postcode is refused, and a step that does not exist cannot be reached.
    let mut bad = birth_certificates();
    bad.insert("postal-address.postcode".into(), "9999".into());
    let (_, body) = problem(sophie.save(&draft, &bad, CHECK_ANSWERS).await).await;
    assert_eq!(body["errors"][0]["code"], "postcode-unknown");
    let (_, body) = problem(sophie.save(&draft, &birth_certificates(), "no-such-step").await).await;
    assert_eq!(body["errors"][0], json!({ "field": "position", "code": "step-not-reachable" }));

    // Nothing was stored by the refused saves.
    let stored: Draft = sophie.client.get(portal.url(&format!("/api/v1/drafts/{}", draft.id))).send().await.unwrap().json().await.unwrap();
    assert_eq!((stored.version, stored.answers.len()), (1, 0));

    // Step by step, as the app does: the answers so far and the next step.
    let saved = sophie.save(&draft, &answers(&[("document-type", "birth-certificate")]), "person").await;
    assert_eq!(saved.status(), StatusCode::OK);
    let saved: Draft = saved.json().await.unwrap();
    assert_eq!((saved.position.as_str(), saved.version), ("person", 2));
}

#[tokio::test]
async fn a_save_based_on_an_old_version_is_refused_not_overwritten() {
    let portal = Portal::start().await;
    let anna = Citizen::new(&portal, "anna.zimmermann").await;
    let draft = anna.draft("dog-registration").await;
    let first = anna.save_at(&draft.id, &answers(&[("dog-name", "Bello")]), "dog", 1).await;
    assert_eq!(first.status(), StatusCode::OK);
    let stale = anna.save_at(&draft.id, &answers(&[("dog-name", "Rex")]), "dog", 1).await;
    assert_eq!(problem(stale).await.1["code"], "conflict");
    let stored: Draft = anna.client.get(portal.url(&format!("/api/v1/drafts/{}", draft.id))).send().await.unwrap().json().await.unwrap();
    assert_eq!(stored.answers["dog-name"], "Bello");
}

#[tokio::test]
async fn drafts_belong_to_their_account() {
    let portal = Portal::start().await;
    let anna = Citizen::new(&portal, "anna.zimmermann").await;
    let luca = Citizen::new(&portal, "luca.bernasconi").await;
    let draft = anna.draft("change-of-address").await;
    let url = portal.url(&format!("/api/v1/drafts/{}", draft.id));
    assert_eq!(luca.client.get(&url).send().await.unwrap().status(), StatusCode::NOT_FOUND);
    assert_eq!(luca.save(&draft, &Answers::new(), "move").await.status(), StatusCode::NOT_FOUND);
    assert_eq!(luca.submit(&draft.id, "k").await.status(), StatusCode::NOT_FOUND);
    let delete = luca.client.delete(&url).header("x-csrf-token", &luca.csrf).send().await.unwrap();
    assert_eq!(delete.status(), StatusCode::NOT_FOUND);
    let list: DraftList = luca.client.get(portal.url("/api/v1/drafts")).send().await.unwrap().json().await.unwrap();
    assert!(list.drafts.is_empty());
    let list: DraftList = anna.client.get(portal.url("/api/v1/drafts?lang=de")).send().await.unwrap().json().await.unwrap();
    assert_eq!(list.drafts.len(), 1);
    assert_eq!(list.drafts[0].title.text, "Umzug melden");
    // Signed out, nothing at all.
    assert_eq!(Client::new().get(&url).send().await.unwrap().status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_person_only_service_is_refused_to_an_organisation() {
    let portal = Portal::start().await;
    let bakery = Citizen::acting_for(&portal, "marco.amstutz", "Bäckerei Amstutz AG").await;
    assert_eq!(problem(bakery.start("civil-status-document").await).await.1["code"], "forbidden");
    assert_eq!(bakery.start("residential-parking-permit").await.status(), StatusCode::CREATED);
    assert_eq!(problem(bakery.start("tax-return").await).await.1["code"], "not-found", "a link-out service has no form");
}

#[tokio::test]
async fn submitting_twice_or_in_parallel_creates_exactly_one_case_with_receipt_and_invoice() {
    let portal = Portal::start().await;
    let sophie = Citizen::new(&portal, "sophie.rochat").await;
    let before = portal.cases(&sophie.client, "fr").await.total;
    let draft = sophie.draft("civil-status-document").await;
    let saved = sophie.save(&draft, &birth_certificates(), CHECK_ANSWERS).await;
    assert_eq!(saved.status(), StatusCode::OK, "{:?}", saved.text().await);

    // A double click: the same key twice at once, then a retry with another key.
    let (a, b) = tokio::join!(sophie.submit(&draft.id, "key-1"), sophie.submit(&draft.id, "key-1"));
    let mut statuses = [a.status(), b.status()];
    statuses.sort();
    assert_eq!(statuses, [StatusCode::OK, StatusCode::CREATED]);
    let first: Submission = a.json().await.unwrap();
    let second: Submission = b.json().await.unwrap();
    assert_eq!(first, second);
    let retry: Submission = sophie.submit(&draft.id, "key-2").await.json().await.unwrap();
    assert_eq!(retry, first);
    // The key of this submission, sent with another draft, does not hand out this case.
    let other = sophie.draft("civil-status-document").await;
    assert_eq!(sophie.save(&other, &birth_certificates(), CHECK_ANSWERS).await.status(), StatusCode::OK);
    let (status, body) = common::problem(sophie.submit(&other.id, "key-1").await).await;
    assert_eq!((status, body["errors"][0]["code"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("key-reused")));
    let discarded = sophie.client.delete(portal.url(&format!("/api/v1/drafts/{}", other.id))).header("x-csrf-token", &sophie.csrf).send().await.unwrap();
    assert_eq!(discarded.status(), StatusCode::NO_CONTENT);
    let url = portal.url(&format!("/api/v1/drafts/{}/submission", draft.id));
    let reloaded: Submission = sophie.client.get(&url).send().await.unwrap().json().await.unwrap();
    assert_eq!(reloaded, first, "the confirmation page can be reloaded");

    assert_eq!(first.fee_total, 2 * 3000 + 200, "two copies and postage");
    assert!(first.payment_due);
    assert!(first.reference.starts_with("FR-"), "{}", first.reference);
    let cases: CaseList = portal.cases(&sophie.client, "fr").await;
    assert_eq!(cases.total, before + 1);
    let case = portal.detail(&sophie.client, &first.case_id, "fr").await;
    assert_eq!(case.summary.reference, first.reference);
    assert_eq!(case.summary.status_label.text, "Reçu");
    assert_eq!(case.history.len(), 1);
    let mut titles: Vec<&str> = case.documents.iter().map(|d| d.title.text.as_str()).collect();
    titles.sort_unstable();
    assert_eq!(titles, ["Accusé de réception", "Facture"]);
    let download = |id: String| {
        let request = sophie.client.get(portal.url(&format!("/api/v1/documents/{id}/content")));
        async move { request.send().await.unwrap().bytes().await.unwrap() }
    };
    let receipt = pdf_text(&download(first.receipt_document_id.clone()).await);
    for expected in ["Accusé de réception", first.reference.as_str(), "Acte de naissance", "Rue de Lausanne 45", "CHF 62.00"] {
        assert!(receipt.contains(expected), "the receipt lacks {expected:?}:\n{receipt}");
    }

    // The invoice's QR code, as a bank scans it: a QR-bill for the fee, with the case's reference.
    let invoice = download(first.invoice_document_id.clone().unwrap()).await;
    let dir = tempfile::tempdir().unwrap();
    let payload = decode_qr_bill(&invoice, dir.path());
    let elements: Vec<&str> = payload.split('\n').collect();
    assert_eq!(elements.len(), 31, "{payload}");
    assert_eq!(&elements[..4], ["SPC", "0200", "1", guichet_portal::pdf::DEMO_QR_IBAN]);
    assert_eq!(&elements[18..20], ["62.00", "CHF"], "the amount due");
    assert_eq!(&elements[20..27], ["S", "Sophie Rochat", "Rue de Lausanne", "45", "1700", "Fribourg", "CH"], "the debtor");
    assert_eq!(elements[27], "QRR");
    assert_eq!(elements[28], guichet_portal::domain::receipts::qr_reference_of(&first.reference));
    assert_eq!(elements[30], "EPD");

    // Submitted: no longer open, and no more changes.
    let list: DraftList = sophie.client.get(portal.url("/api/v1/drafts")).send().await.unwrap().json().await.unwrap();
    assert!(list.drafts.is_empty());
    let late = sophie.save_at(&draft.id, &birth_certificates(), CHECK_ANSWERS, draft.version + 1).await;
    assert_eq!(problem(late).await.1["code"], "conflict");
}

#[tokio::test]
async fn a_move_to_a_shared_postcode_needs_the_municipality_and_a_free_service_has_no_invoice() {
    let portal = Portal::start().await;
    let luca = Citizen::new(&portal, "luca.bernasconi").await;
    let draft = luca.draft("change-of-address").await;
    let move_date = (time::OffsetDateTime::now_utc() + time::Duration::days(30)).date().to_string();
    let mut a = answers(&[
        ("move-date", &move_date),
        ("old-address.street", "Via da Spultri"),
        ("old-address.number", "8"),
        ("old-address.postcode", "7742"),
        ("old-address.locality", "Poschiavo"),
        ("new-address.street", "Obergrundstrasse"),
        ("new-address.number", "70"),
        ("new-address.postcode", "6005"),
        ("new-address.locality", "Luzern"),
        ("household", "yes"),
        ("persons", "2"),
        ("persons.0.first-name", "Luca"),
        ("persons.0.last-name", "Bernasconi"),
        ("persons.0.date-of-birth", "1979-09-30"),
        ("persons.1.first-name", "Giulia"),
        ("persons.1.last-name", "Bernasconi"),
        ("persons.1.date-of-birth", "1982-02-11"),
        ("truthful", "yes"),
    ]);
    let (_, body) = problem(luca.save(&draft, &a, CHECK_ANSWERS).await).await;
    assert_eq!(body["errors"][0], json!({ "field": "new-address.bfs", "code": "required", "step": "new-address" }));
    a.insert("new-address.bfs".into(), "1061".into());
    let response = luca.save(&draft, &a, CHECK_ANSWERS).await;
    assert_eq!(response.status(), StatusCode::OK, "{:?}", response.text().await);
    let submitted = luca.submit(&draft.id, "move-1").await;
    assert_eq!(submitted.status(), StatusCode::CREATED);
    let submission: Value = submitted.json().await.unwrap();
    assert_eq!((submission["fee_total"].as_u64(), submission["payment_due"].as_bool()), (Some(0), Some(false)));
    assert!(submission["invoice_document_id"].is_null());
}

#[tokio::test]
async fn an_untouched_draft_is_kept_for_its_period_then_gone_with_its_files() {
    use guichet_model::api::DRAFT_KEPT_DAYS;
    let portal = Portal::start().await;
    let anna = Citizen::new(&portal, "anna.zimmermann").await;
    let old = anna.draft("dog-registration").await;
    let list: DraftList = anna.client.get(portal.url("/api/v1/drafts")).send().await.unwrap().json().await.unwrap();
    let today = time::OffsetDateTime::now_utc().date();
    assert_eq!(list.drafts[0].expires_on, (today + time::Duration::days(i64::from(DRAFT_KEPT_DAYS))).to_string());

    // A day before the end, another draft is saved; then the first one's period runs out.
    portal.clock.advance(i64::from(DRAFT_KEPT_DAYS - 1) * 86_400);
    let anna = Citizen::new(&portal, "anna.zimmermann").await;
    let recent = anna.draft("change-of-address").await;
    portal.clock.advance(2 * 86_400);
    let anna = Citizen::new(&portal, "anna.zimmermann").await;
    let list: DraftList = anna.client.get(portal.url("/api/v1/drafts")).send().await.unwrap().json().await.unwrap();
    assert_eq!(list.drafts.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(), [recent.id.as_str()]);
    let gone = anna.client.get(portal.url(&format!("/api/v1/drafts/{}", old.id))).send().await.unwrap();
    assert_eq!(gone.status(), StatusCode::NOT_FOUND);
    assert_eq!(anna.save(&old, &answers(&[("dog-name", "Rex")]), "dog").await.status(), StatusCode::NOT_FOUND);
}
