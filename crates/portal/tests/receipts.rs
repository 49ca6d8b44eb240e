//! What the receipt and the invoice say about where an application goes: the municipality the
//! citizen chose for a shared postcode, with its BFS number, and the authority's own address in
//! the letterhead, read back from the PDFs with pdftotext (poppler-utils).

mod common;

use common::{answers, pdf_text, Citizen, Portal};
use guichet_model::api::{Submission, CHECK_ANSWERS};
use reqwest::StatusCode;

/// The text of a PDF with its layout's runs of spaces and line breaks as single spaces.
fn words(pdf: &[u8]) -> String {
    pdf_text(pdf).split_whitespace().collect::<Vec<_>>().join(" ")
}

async fn submit(citizen: &Citizen<'_>, draft: &str, lang: &str) -> Submission {
    let response = citizen
        .client
        .post(citizen.portal.url(&format!("/api/v1/drafts/{draft}/submission?lang={lang}")))
        .header("x-csrf-token", &citizen.csrf)
        .header("idempotency-key", format!("{draft}-{lang}"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::CREATED);
    response.json().await.unwrap()
}

async fn download(citizen: &Citizen<'_>, id: &str) -> Vec<u8> {
    let url = citizen.portal.url(&format!("/api/v1/documents/{id}/content"));
    citizen.client.get(url).send().await.unwrap().bytes().await.unwrap().to_vec()
}

#[tokio::test]
async fn the_receipt_of_a_move_names_the_chosen_municipality_and_comes_from_the_office_itself() {
    let portal = Portal::start().await;
    let luca = Citizen::new(&portal, "luca.bernasconi").await;
    let draft = luca.draft("change-of-address").await;
    let move_date = (time::OffsetDateTime::now_utc() + time::Duration::days(30)).date().to_string();
    let a = answers(&[
        ("move-date", &move_date),
        ("old-address.street", "Via da Spultri"),
        ("old-address.number", "8"),
        ("old-address.postcode", "7742"),
        ("old-address.locality", "Poschiavo"),
        ("new-address.street", "Obergrundstrasse"),
        ("new-address.number", "70"),
        ("new-address.postcode", "6005"),
        ("new-address.locality", "Luzern"),
        ("new-address.bfs", "1059"),
        ("household", "yes"),
        ("persons", "1"),
        ("persons.0.first-name", "Luca"),
        ("persons.0.last-name", "Bernasconi"),
        ("persons.0.date-of-birth", "1979-09-30"),
        ("truthful", "yes"),
    ]);
    let saved = luca.save(&draft, &a, CHECK_ANSWERS).await;
    assert_eq!(saved.status(), StatusCode::OK, "{:?}", saved.text().await);
    let submission = submit(&luca, &draft.id, "it").await;
    let receipt = words(&download(&luca, &submission.receipt_document_id).await);
    // 6005 Luzern lies in three municipalities; the receipt says which one the citizen chose.
    assert!(receipt.contains("Obergrundstrasse 70, 6005 Luzern, Comune: Kriens (LU), n. UST 1059"), "{receipt}");
    // The one municipality of 7742 is named too, with its number.
    assert!(receipt.contains("7742 Poschiavo, Comune: Poschiavo (GR), n. UST 3561"), "{receipt}");
    // The residents' office writes from its own address, not from the canton's capital.
    assert!(receipt.contains("Comune di Poschiavo, Controllo abitanti Piazza Comunale 1 7742 Poschiavo"), "{receipt}");
    assert!(!receipt.contains("7001 Chur"), "{receipt}");
    assert!(receipt.contains("Poschiavo, "), "the date line names the office's town: {receipt}");
}

#[tokio::test]
async fn the_invoice_and_receipt_letterheads_give_the_authority_street_and_all() {
    let portal = Portal::start().await;
    let sophie = Citizen::new(&portal, "sophie.rochat").await;
    let draft = sophie.draft("civil-status-document").await;
    // One copy: the invoice has a single line.
    let mut a = common::birth_certificates();
    a.insert("copies".into(), "1".into());
    assert_eq!(sophie.save(&draft, &a, CHECK_ANSWERS).await.status(), StatusCode::OK);
    let submission = submit(&sophie, &draft.id, "fr").await;
    let receipt = words(&download(&sophie, &submission.receipt_document_id).await);
    let invoice = words(&download(&sophie, submission.invoice_document_id.as_deref().unwrap()).await);
    let office = "Service de l’état civil et des naturalisations Route des Arsenaux 41 1700 Fribourg";
    assert!(receipt.contains(office), "{receipt}");
    assert!(invoice.contains(office), "the letter keeps its typography: {invoice}");
    // The payment part prints the creditor as the code holds it: street, and the plain apostrophe.
    assert!(invoice.contains("Service de l'état civil et des naturalisations"), "{invoice}");
    assert!(!invoice.contains("1701 Fribourg"), "{invoice}");
    assert!(receipt.contains("Fribourg (FR), n° OFS 2196"), "{receipt}");
}
