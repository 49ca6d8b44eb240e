//! Acting for an organisation: people sign in, organisations do not; a mandate lets a person
//! act for one, fully or read only; the choice lives in the session and every request checks
//! the mandate again, so a withdrawal ends access at once, also in open sessions.

mod common;

use common::{problem, Portal, BACKOFFICE_TOKEN, PASSWORD};
use guichet_model::api::{CaseDetail, CaseList, MandateScope, SessionInfo};
use reqwest::{Client, StatusCode};
use serde_json::json;

async fn session(portal: &Portal, client: &Client) -> SessionInfo {
    client.get(portal.url("/api/v1/session")).send().await.unwrap().json().await.unwrap()
}

async fn cases(portal: &Portal, client: &Client) -> CaseList {
    client.get(portal.url("/api/v1/cases")).send().await.unwrap().json().await.unwrap()
}

async fn backoffice(portal: &Portal, path: &str, body: serde_json::Value) -> StatusCode {
    Client::new().post(portal.url(&format!("/api/backoffice/v1/{path}"))).bearer_auth(BACKOFFICE_TOKEN).json(&body).send().await.unwrap().status()
}

/// A PDF the portal accepts as one.
fn pdf() -> Vec<u8> {
    common::pdf_of_len(1000)
}

#[tokio::test]
async fn organisations_do_not_sign_in_people_act_for_them() {
    let portal = Portal::start().await;
    let (client, csrf) = portal.visitor().await;
    let refused = portal.sign_in(&client, &csrf, "baeckerei.amstutz", PASSWORD).await;
    assert_eq!(problem(refused).await.0, StatusCode::UNAUTHORIZED, "an organisation has no password to sign in with");

    let (petra, csrf) = portal.signed_in("petra.keller").await;
    let me = session(&portal, &petra).await.user.unwrap();
    assert_eq!(me.mandates.iter().map(|p| (p.name.as_str(), p.scope)).collect::<Vec<_>>(), [("Immobilien Pilatus AG", MandateScope::Full)]);
    assert!(me.mandates[0].uid.starts_with("CHE-"));
    assert_eq!(me.acting_for, None);
    assert_eq!(cases(&portal, &petra).await.total, 5, "her own cases");

    let switched =
        petra.put(portal.url("/api/v1/session/party")).header("x-csrf-token", &csrf).json(&json!({ "uid": me.mandates[0].uid })).send().await.unwrap();
    let info: SessionInfo = switched.json().await.unwrap();
    assert_eq!(info.user.unwrap().acting_for.unwrap().name, "Immobilien Pilatus AG");
    assert_eq!(cases(&portal, &petra).await.total, 1000, "the organisation's cases, in the same session");
    // Each switch hands out a new CSRF token.
    let back = petra.put(portal.url("/api/v1/session/party")).header("x-csrf-token", &info.csrf_token).json(&json!({ "uid": null })).send().await.unwrap();
    assert_eq!(back.status(), StatusCode::OK);
    let csrf = back.json::<SessionInfo>().await.unwrap().csrf_token;
    assert_eq!(cases(&portal, &petra).await.total, 5);

    // No mandate, no switch: another organisation's UID, and no CSRF token.
    let bakery = session(&portal, &portal.signed_in("marco.amstutz").await.0).await.user.unwrap().mandates[0].uid.clone();
    let foreign = petra.put(portal.url("/api/v1/session/party")).header("x-csrf-token", &csrf).json(&json!({ "uid": bakery })).send().await.unwrap();
    assert_eq!(problem(foreign).await.0, StatusCode::NOT_FOUND);
    let no_csrf = petra.put(portal.url("/api/v1/session/party")).json(&json!({ "uid": me.mandates[0].uid })).send().await.unwrap();
    assert_eq!(no_csrf.status(), StatusCode::FORBIDDEN);
    assert_eq!(cases(&portal, &petra).await.total, 5);
}

#[tokio::test]
async fn a_withdrawn_mandate_ends_access_at_once_in_an_open_session() {
    let portal = Portal::start().await;
    let (petra, csrf) = portal.acting_for("petra.keller", "Immobilien Pilatus AG").await;
    let theirs = cases(&portal, &petra).await.cases.remove(0);
    let url = portal.url(&format!("/api/v1/cases/{}", theirs.id));
    assert_eq!(petra.get(&url).send().await.unwrap().status(), StatusCode::OK);
    let uid = session(&portal, &petra).await.user.unwrap().acting_for.unwrap().uid;

    assert_eq!(backoffice(&portal, "mandates/withdrawal", json!({ "person": "petra.keller", "organisation": uid })).await, StatusCode::NO_CONTENT);
    // The first request after the withdrawal says why it is refused, so the app can tell her
    // and switch its header; from then on the session is hers alone.
    let (status, body) = problem(petra.get(&url).send().await.unwrap()).await;
    assert_eq!((status, body["code"].as_str()), (StatusCode::FORBIDDEN, Some("mandate-ended")));
    assert_eq!(problem(petra.get(&url).send().await.unwrap()).await.0, StatusCode::NOT_FOUND, "the open session lost the access");
    assert_eq!(cases(&portal, &petra).await.total, 5, "she sees her own cases again");
    let me = session(&portal, &petra).await.user.unwrap();
    assert_eq!((me.acting_for, me.mandates.len()), (None, 0));
    let again = petra.put(portal.url("/api/v1/session/party")).header("x-csrf-token", &csrf).json(&json!({ "uid": uid })).send().await.unwrap();
    assert_eq!(problem(again).await.0, StatusCode::NOT_FOUND);

    // Granted anew, read only this time.
    let granted = backoffice(&portal, "mandates", json!({ "person": "petra.keller", "organisation": uid, "scope": "read" })).await;
    assert_eq!(granted, StatusCode::CREATED);
    assert_eq!(session(&portal, &petra).await.user.unwrap().mandates[0].scope, MandateScope::Read);
    assert_eq!(backoffice(&portal, "mandates/withdrawal", json!({ "person": "nobody", "organisation": uid })).await, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_read_only_mandate_reads_but_cannot_reply_upload_or_apply() {
    let portal = Portal::start().await;
    let (anna, csrf) = portal.acting_for("anna.zimmermann", "Bäckerei Amstutz AG").await;
    let list = cases(&portal, &anna).await;
    assert_eq!(list.total, 11, "the bakery's cases");
    let case = &list.cases[0];
    let detail: CaseDetail = anna.get(portal.url(&format!("/api/v1/cases/{}", case.id))).send().await.unwrap().json().await.unwrap();
    assert_eq!(detail.summary.reference, case.reference);
    let attempts = [
        anna.post(portal.url(&format!("/api/v1/cases/{}/messages", case.id)))
            .header("x-csrf-token", &csrf)
            .json(&json!({ "body": "Hallo" }))
            .send()
            .await
            .unwrap(),
        anna.post(portal.url(&format!("/api/v1/cases/{}/documents?name=a.pdf", case.id))).header("x-csrf-token", &csrf).body(pdf()).send().await.unwrap(),
        anna.post(portal.url("/api/v1/drafts")).header("x-csrf-token", &csrf).json(&json!({ "service": "residential-parking-permit" })).send().await.unwrap(),
    ];
    for response in attempts {
        let (status, body) = problem(response).await;
        assert_eq!((status, body["code"].as_str()), (StatusCode::FORBIDDEN, Some("forbidden")));
    }
    assert_eq!(portal.count("messages").await, 0);
    // Her own session stays hers: she can go back to her own cases and sign out.
    let back = anna.put(portal.url("/api/v1/session/party")).header("x-csrf-token", &csrf).json(&json!({ "uid": null })).send().await.unwrap();
    assert_eq!(back.status(), StatusCode::OK);
    assert_eq!(cases(&portal, &anna).await.total, 14);
}

#[tokio::test]
async fn actions_under_a_mandate_name_the_person_and_other_parties_stay_out_of_reach() {
    let portal = Portal::start().await;
    let (marco, csrf) = portal.acting_for("marco.amstutz", "Bäckerei Amstutz AG").await;
    let case = cases(&portal, &marco).await.cases.remove(0);
    let reply = marco
        .post(portal.url(&format!("/api/v1/cases/{}/messages", case.id)))
        .header("x-csrf-token", &csrf)
        .json(&json!({ "body": "Erledigt." }))
        .send()
        .await
        .unwrap();
    assert_eq!(reply.status(), StatusCode::CREATED);
    let detail: CaseDetail = marco.get(portal.url(&format!("/api/v1/cases/{}", case.id))).send().await.unwrap().json().await.unwrap();
    assert_eq!(detail.messages[0].author.as_deref(), Some("Marco Amstutz"), "the person who wrote for the bakery");

    // The property company's and Anna's own cases are not the bakery's: 404, like unknown ids,
    // for the case, its documents and writing to it.
    let (petra, _) = portal.acting_for("petra.keller", "Immobilien Pilatus AG").await;
    let (anna, _) = portal.signed_in("anna.zimmermann").await;
    for owner in [&petra, &anna] {
        let other = cases(&portal, owner).await.cases.remove(0);
        let detail: CaseDetail = owner.get(portal.url(&format!("/api/v1/cases/{}", other.id))).send().await.unwrap().json().await.unwrap();
        let mut paths = vec![format!("/api/v1/cases/{}", other.id)];
        paths.extend(detail.documents.iter().map(|d| format!("/api/v1/documents/{}/content", d.id)));
        for path in paths {
            assert_eq!(problem(marco.get(portal.url(&path)).send().await.unwrap()).await.0, StatusCode::NOT_FOUND, "{path}");
        }
        let write = marco
            .post(portal.url(&format!("/api/v1/cases/{}/messages", other.id)))
            .header("x-csrf-token", &csrf)
            .json(&json!({ "body": "x" }))
            .send()
            .await
            .unwrap();
        assert_eq!(problem(write).await.0, StatusCode::NOT_FOUND);
    }
}
