//! Uploads into a wizard's file field over real HTTP: types by magic bytes, the size limit
//! with 413 while the body arrives, ownership, files that follow the draft to another
//! session, and files that become the case's documents on submission.

mod common;

use common::{dog_registration as dog, problem, Citizen, Portal};
use guichet_model::api::CaseDetail;
use guichet_model::api::{Draft, Submission};
use guichet_model::form::FileAnswer;
use reqwest::StatusCode;

const FIELD: &str = "policy-document";
/// The dog registration's limit for the policy document.
const MAX_BYTES: usize = 5_000_000;

fn pdf(len: usize) -> Vec<u8> {
    common::pdf_of_len(len.max(400))
}

impl Citizen<'_> {
    async fn upload(&self, draft: &str, name: &str, body: impl Into<reqwest::Body>) -> reqwest::Response {
        self.client
            .post(self.portal.url(&format!("/api/v1/drafts/{draft}/files")))
            .query(&[("field", FIELD), ("name", name)])
            .header("x-csrf-token", &self.csrf)
            .header("content-type", "application/pdf")
            .body(body)
            .send()
            .await
            .unwrap()
    }

    /// The field's limit: `0.pdf`, `1.pdf` and `2.pdf`.
    async fn three_files(&self, draft: &str) -> Vec<FileAnswer> {
        let mut files = Vec::new();
        for n in 0..3 {
            files.push(self.uploaded(draft, &format!("{n}.pdf"), pdf(100)).await);
        }
        files
    }

    async fn uploaded(&self, draft: &str, name: &str, body: Vec<u8>) -> FileAnswer {
        let response = self.upload(draft, name, body).await;
        assert_eq!(response.status(), StatusCode::CREATED);
        response.json().await.unwrap()
    }
}

#[tokio::test]
async fn an_upload_is_typed_by_its_bytes_follows_the_draft_and_becomes_a_case_document() {
    let portal = Portal::start().await;
    let anna = Citizen::new(&portal, "anna.zimmermann").await;
    let draft = anna.draft("dog-registration").await;

    // A program named .pdf is refused by its bytes, whatever the name and declared type say.
    let fake = anna.upload(&draft.id, "police.pdf", b"MZ\x90\x00 not a pdf".to_vec()).await;
    let (status, body) = problem(fake).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["errors"][0]["field"], FIELD);
    assert_eq!(body["errors"][0]["code"], "file-type");

    // The name is cleaned: no path, no right-to-left override.
    let file = anna.uploaded(&draft.id, "C:\\Users\\anna\\Police\u{202E}fdp.pdf", pdf(2000)).await;
    assert_eq!((file.name.as_str(), file.media_type.as_str(), file.size), ("Policefdp.pdf", "application/pdf", 2000));

    // The answer the app saves is rewritten from what the server holds: a made-up size and an
    // id from nowhere do not survive.
    let claimed = format!("{};application/pdf;1;Police.pdf\nnot-a-file;application/pdf;1;ghost.pdf", file.id);
    let saved = anna.save(&draft, &dog(&claimed), "contact").await;
    assert_eq!(saved.status(), StatusCode::OK);
    let saved: Draft = saved.json().await.unwrap();
    assert_eq!(saved.answers[FIELD], FileAnswer::join(std::slice::from_ref(&file)));

    // Another session of the same citizen (another device) sees the file in the draft.
    let other_device = Citizen::new(&portal, "anna.zimmermann").await;
    let there: Draft = other_device.client.get(portal.url(&format!("/api/v1/drafts/{}", draft.id))).send().await.unwrap().json().await.unwrap();
    assert_eq!(there.answers[FIELD], saved.answers[FIELD]);

    let submitted = other_device.submit(&draft.id, "k1").await;
    assert_eq!(submitted.status(), StatusCode::CREATED);
    let submitted: Submission = submitted.json().await.unwrap();
    let case: CaseDetail = portal.detail(&anna.client, &submitted.case_id, "de").await;
    let document = case.documents.iter().find(|d| d.filename == "Policefdp.pdf").expect("the upload is a case document");
    assert_eq!(document.title.text, "Nachweis der Haftpflichtversicherung");
    let content = anna.client.get(portal.url(&format!("/api/v1/documents/{}/content", document.id))).send().await.unwrap();
    assert_eq!(content.bytes().await.unwrap().to_vec(), pdf(2000));

    // Once submitted, the draft takes no more files.
    assert_eq!(anna.upload(&draft.id, "late.pdf", pdf(100)).await.status(), StatusCode::CONFLICT);
}

#[tokio::test]
async fn a_file_over_the_limit_gets_413_with_or_without_a_length_and_the_next_try_works() {
    let portal = Portal::start().await;
    let anna = Citizen::new(&portal, "anna.zimmermann").await;
    let draft = anna.draft("dog-registration").await;

    let (status, body) = problem(anna.upload(&draft.id, "big.pdf", pdf(MAX_BYTES + 1)).await).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(body["code"], "too-large");
    assert_eq!(body["errors"][0]["code"], "file-too-large");

    // Streamed without a Content-Length: cut off once the limit is passed.
    let chunks: Vec<Result<Vec<u8>, std::io::Error>> = (0..6).map(|_| Ok(pdf(1024 * 1024))).collect();
    let streamed = reqwest::Body::wrap_stream(futures_util::stream::iter(chunks));
    let (status, body) = problem(anna.upload(&draft.id, "big.pdf", streamed).await).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(body["errors"][0]["field"], FIELD);

    // Exactly the limit is fine.
    anna.uploaded(&draft.id, "exact.pdf", pdf(MAX_BYTES)).await;
}

#[tokio::test]
async fn a_field_takes_at_most_its_number_of_files_and_removed_files_are_gone() {
    let portal = Portal::start().await;
    let anna = Citizen::new(&portal, "anna.zimmermann").await;
    let draft = anna.draft("dog-registration").await;
    let files = anna.three_files(&draft.id).await;
    let (status, body) = problem(anna.upload(&draft.id, "3.pdf", pdf(100)).await).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["errors"][0]["code"], "files-too-many");

    let url = portal.url(&format!("/api/v1/drafts/{}/files/{}", draft.id, files[0].id));
    let removed = anna.client.delete(&url).header("x-csrf-token", &anna.csrf).send().await.unwrap();
    assert_eq!(removed.status(), StatusCode::NO_CONTENT);
    assert_eq!(anna.client.delete(&url).header("x-csrf-token", &anna.csrf).send().await.unwrap().status(), StatusCode::NOT_FOUND);
    // The removed file drops out of an answer that still names it.
    let saved: Draft = anna.save(&draft, &dog(&FileAnswer::join(&files)), "insurance").await.json().await.unwrap();
    assert_eq!(saved.answers[FIELD], FileAnswer::join(&files[1..]));
    anna.uploaded(&draft.id, "again.pdf", pdf(100)).await;
}

#[tokio::test]
async fn files_belong_to_their_account_and_draft() {
    let portal = Portal::start().await;
    let anna = Citizen::new(&portal, "anna.zimmermann").await;
    let luca = Citizen::new(&portal, "luca.bernasconi").await;
    let annas = anna.draft("dog-registration").await;
    let file = anna.uploaded(&annas.id, "police.pdf", pdf(100)).await;

    assert_eq!(luca.upload(&annas.id, "x.pdf", pdf(100)).await.status(), StatusCode::NOT_FOUND);
    let url = portal.url(&format!("/api/v1/drafts/{}/files/{}", annas.id, file.id));
    assert_eq!(luca.client.delete(&url).header("x-csrf-token", &luca.csrf).send().await.unwrap().status(), StatusCode::NOT_FOUND);

    // Luca cannot claim Anna's file in his own draft.
    let lucas = luca.draft("dog-registration").await;
    let saved: Draft = luca.save(&lucas, &dog(&FileAnswer::join(std::slice::from_ref(&file))), "insurance").await.json().await.unwrap();
    assert_eq!(saved.answers[FIELD], "");
    // Nor is a file of one draft accepted in another draft of the same citizen.
    let second = anna.draft("dog-registration").await;
    let saved: Draft = anna.save(&second, &dog(&FileAnswer::join(&[file])), "insurance").await.json().await.unwrap();
    assert_eq!(saved.answers[FIELD], "");

    // Not a file field, or no name: refused as malformed.
    let response = anna
        .client
        .post(portal.url(&format!("/api/v1/drafts/{}/files?field=dog-name&name=a.pdf", annas.id)))
        .header("x-csrf-token", &anna.csrf)
        .body(pdf(100))
        .send()
        .await
        .unwrap();
    assert_eq!(problem(response).await.0, StatusCode::BAD_REQUEST);
    // Without the CSRF header, nothing is stored.
    let response = anna.client.post(portal.url(&format!("/api/v1/drafts/{}/files?field={FIELD}&name=a.pdf", annas.id))).body(pdf(100)).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_file_named_twice_is_kept_once_and_unnamed_files_go_after_a_while() {
    let portal = Portal::start().await;
    let anna = Citizen::new(&portal, "anna.zimmermann").await;
    let draft = anna.draft("dog-registration").await;
    let files = anna.three_files(&draft.id).await;

    // The other version of a conflict won: the answer names only the first file, twice.
    let twice = FileAnswer::join(&[files[0].clone(), files[0].clone()]);
    let saved: Draft = anna.save(&draft, &dog(&twice), "contact").await.json().await.unwrap();
    assert_eq!(saved.answers[FIELD], FileAnswer::join(&[files[0].clone()]));
    // Unnamed files still count for a while (a save may be on its way)...
    assert_eq!(problem(anna.upload(&draft.id, "x.pdf", pdf(100)).await).await.1["errors"][0]["code"], "files-too-many");
    // ...and are gone after it: the field takes new files again.
    portal.clock.advance(11 * 60);
    let anna = Citizen::new(&portal, "anna.zimmermann").await;
    let saved: Draft = anna.save_at(&draft.id, &saved.answers, "contact", saved.version).await.json().await.unwrap();
    let late = anna.uploaded(&draft.id, "Nachtrag.pdf", pdf(100)).await;
    let both = format!("{}\n{}", saved.answers[FIELD], FileAnswer::join(&[late]));
    let saved: Draft = anna.save_at(&draft.id, &dog(&both), "contact", saved.version).await.json().await.unwrap();
    let submitted = anna.submit(&draft.id, "k").await;
    assert_eq!(submitted.status(), StatusCode::CREATED);
    let case: CaseDetail = portal.detail(&anna.client, &submitted.json::<Submission>().await.unwrap().case_id, "de").await;
    let names: Vec<&str> = case.documents.iter().map(|d| d.filename.as_str()).filter(|n| n.ends_with(".pdf") && !n.contains(' ')).collect();
    assert_eq!(names.len(), 2, "{names:?} ({})", saved.answers[FIELD]);
}

#[tokio::test]
async fn twenty_five_parallel_uploads_give_exactly_the_fields_allowed_count() {
    let portal = Portal::start().await;
    let anna = Citizen::new(&portal, "anna.zimmermann").await;
    let draft = anna.draft("dog-registration").await;
    let uploads = (0..25).map(|n| {
        let anna = &anna;
        let id = draft.id.clone();
        async move { anna.upload(&id, &format!("{n}.pdf"), pdf(3000)).await.status() }
    });
    let statuses = futures_util::future::join_all(uploads).await;
    let created = statuses.iter().filter(|s| **s == StatusCode::CREATED).count();
    assert_eq!(created, 3, "{statuses:?}");
    assert!(statuses.iter().all(|s| *s == StatusCode::CREATED || *s == StatusCode::UNPROCESSABLE_ENTITY), "{statuses:?}");
    assert_eq!(portal.count("draft_files").await, 3);
}

#[tokio::test]
async fn a_refused_upload_gives_its_place_back() {
    let portal = Portal::start().await;
    let anna = Citizen::new(&portal, "anna.zimmermann").await;
    let draft = anna.draft("dog-registration").await;
    for _ in 0..3 {
        assert_eq!(anna.upload(&draft.id, "fake.pdf", b"%PDF-1.4\n<html><script>alert(1)</script>".to_vec()).await.status(), StatusCode::UNPROCESSABLE_ENTITY);
    }
    assert_eq!(portal.count("draft_files").await, 0);
    anna.three_files(&draft.id).await;
}

/// `name` uploaded to one of Anna's cases as the case page does it.
async fn add_to_case(portal: &Portal, anna: &Citizen<'_>, case: &str, name: &str, bytes: Vec<u8>) -> reqwest::Response {
    anna.client
        .post(portal.url(&format!("/api/v1/cases/{case}/documents")))
        .query(&[("name", name)])
        .header("x-csrf-token", &anna.csrf)
        .body(bytes)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_file_named_as_another_type_is_kept_and_downloaded_under_its_real_types_extension() {
    let portal = Portal::start().await;
    let anna = Citizen::new(&portal, "anna.zimmermann").await;
    let case = portal.cases(&anna.client, "de").await.cases[0].id.clone();
    for (name, kept) in [("Rechnung.html", "Rechnung.pdf"), ("brief.pdf.exe", "brief.pdf"), ("image.svg", "image.pdf"), ("evil.bat", "evil.pdf")] {
        let response = add_to_case(&portal, &anna, &case, name, pdf(1000)).await;
        assert_eq!(response.status(), StatusCode::CREATED, "{name}");
        let document: serde_json::Value = response.json().await.unwrap();
        assert_eq!(document["filename"], kept);
        let download = anna.client.get(portal.url(&format!("/api/v1/documents/{}/content", document["id"].as_str().unwrap()))).send().await.unwrap();
        let disposition = download.headers()["content-disposition"].to_str().unwrap().to_owned();
        assert!(disposition.starts_with("attachment;") && disposition.contains(&format!("filename=\"{kept}\"")), "{disposition}");
        assert_eq!(download.headers()["content-type"], "application/pdf");
    }
    // Bytes that only start like an allowed type are refused: HTML behind a PDF header, a ZIP
    // behind a JPEG header.
    let html = b"%PDF-1.4\n<html><script>alert(document.cookie)</script></html>\n%%EOF\n".to_vec();
    let zip = [&[0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10][..], b"JFIF\0PK\x03\x04payload.exe"].concat();
    for (name, bytes) in [("Rechnung.html", html), ("foto.jpg", zip)] {
        let (status, body) = problem(add_to_case(&portal, &anna, &case, name, bytes).await).await;
        assert_eq!((status, body["errors"][0]["code"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("file-type")), "{name}");
    }
}
