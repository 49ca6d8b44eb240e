//! The QR-bill as a bank's scanner sees it: render the invoice's first page at 300 dpi with
//! poppler, decode the QR code with zxing-cpp, and compare the payload with ours and, field by
//! field, with the one PyPI's qrbill (an independent implementation) makes of the same bill.
//! Also checks the printed text with pdftotext. Needs poppler-utils and the Python venv that
//! scripts/setup makes (target/qrbill-venv; GUICHET_QRBILL_PYTHON points elsewhere).

mod common;

use common::{python, root, run};
use guichet_portal::pdf::{self, Bill, InvoiceLetter, Party, DEMO_QR_IBAN};
use std::path::Path;
use std::process::Command;

fn party(name: &str, street: &str, number: &str, postcode: &str, town: &str) -> Party {
    Party { name: name.into(), street: street.into(), building_number: number.into(), postcode: postcode.into(), town: town.into(), country: "CH".into() }
}

fn bill() -> Bill {
    Bill {
        lang: "fr".into(),
        creditor: party("Service de la population et des migrants", "Route d'Englisberg", "11", "1763", "Granges-Paccot"),
        iban: DEMO_QR_IBAN.into(),
        amount_rappen: 123_450,
        debtor: party("Zoë Müller-Brändli", "Rue de Lausanne", "12", "1700", "Fribourg"),
        reference: pdf::qr_reference("21000000000313947143000901"),
        message: "Permis de séjour – dossier FR-2025-0042, émolument et frais".into(),
        letter: InvoiceLetter {
            title: "Facture".into(),
            date: "Fribourg, le 14 mars 2025".into(),
            service: "Renouvellement du permis de séjour".into(),
            intro: "Nous vous remercions de votre demande. Veuillez payer le montant ci-dessous dans les 30 jours \
                    au moyen de la section paiement."
                .into(),
            lines: vec![("Émolument de traitement".into(), "CHF 1 200.00".into()), ("Frais de port".into(), "CHF 34.50".into())],
            total_label: "Total".into(),
        },
        labels: guichet_portal::domain::receipts::bill_labels(guichet_model::Lang::Fr),
    }
}

#[test]
fn the_qr_code_on_the_rendered_bill_carries_the_payload() {
    let python = python();
    let bill = bill();
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("qrbill");
    std::fs::create_dir_all(&dir).unwrap();
    let pdf_path = dir.join("invoice.pdf");
    let bytes = pdf::qr_bill(&bill);
    assert!(bytes.starts_with(b"%PDF"));
    std::fs::write(&pdf_path, &bytes).unwrap();

    // Page 1 at 300 dpi, then zxing-cpp.
    let png_stem = dir.join("invoice-300dpi");
    run(Command::new("pdftoppm").args(["-png", "-r", "300", "-f", "1", "-l", "1", "-singlefile"]).arg(&pdf_path).arg(&png_stem), b"");
    let png = png_stem.with_extension("png");
    let decode = root().join("tests/qrbill/decode.py");
    let (decoded, info) = run(Command::new(&python).arg(&decode).arg(&png), b"");
    let ours = pdf::qr_payload(&bill);
    assert_eq!(decoded, ours, "the scanned QR code differs from qr_payload");
    assert!(info.contains("ec_level=M"), "the guidelines ask for error correction level M: {info}");

    // The independent generator, fed the same data in the guidelines' character set: it passes
    // any text through unchanged (it took the en dash above), so the mapping is ours to check.
    let message = guichet_portal::pdf::charset::to_qr_charset(&bill.message);
    assert_eq!(message, "Permis de séjour - dossier FR-2025-0042, émolument et frais");
    let input = serde_json::json!({
        "iban": bill.iban,
        "amount": "1234.50",
        "reference": bill.reference,
        "message": message,
        "language": bill.lang,
        "creditor": party_json(&bill.creditor),
        "debtor": party_json(&bill.debtor),
    });
    let (theirs, _) = run(Command::new(&python).arg(root().join("tests/qrbill/reference.py")), input.to_string().as_bytes());
    // qrbill separates elements with CR LF, we with LF; the guidelines allow either, so
    // compare the elements. Neither adds a separator after the trailer "EPD".
    let theirs: Vec<&str> = theirs.split("\r\n").collect();
    let ours: Vec<&str> = ours.split('\n').collect();
    const NAMES: [&str; 31] = [
        "QRType",
        "Version",
        "Coding",
        "IBAN",
        "Cdtr AdrTp",
        "Cdtr Name",
        "Cdtr StrtNmOrAdrLine1",
        "Cdtr BldgNbOrAdrLine2",
        "Cdtr PstCd",
        "Cdtr TwnNm",
        "Cdtr Ctry",
        "UltmtCdtr AdrTp",
        "UltmtCdtr Name",
        "UltmtCdtr StrtNmOrAdrLine1",
        "UltmtCdtr BldgNbOrAdrLine2",
        "UltmtCdtr PstCd",
        "UltmtCdtr TwnNm",
        "UltmtCdtr Ctry",
        "Amt",
        "Ccy",
        "UltmtDbtr AdrTp",
        "UltmtDbtr Name",
        "UltmtDbtr StrtNmOrAdrLine1",
        "UltmtDbtr BldgNbOrAdrLine2",
        "UltmtDbtr PstCd",
        "UltmtDbtr TwnNm",
        "UltmtDbtr Ctry",
        "RmtInf Tp",
        "RmtInf Ref",
        "AddInf Ustrd",
        "AddInf Trailer",
    ];
    assert_eq!(ours.len(), NAMES.len(), "our payload: {ours:?}");
    assert_eq!(theirs.len(), NAMES.len(), "qrbill's payload: {theirs:?}");
    for (i, name) in NAMES.iter().enumerate() {
        assert_eq!(ours[i], theirs[i], "element {} ({name}) differs from qrbill's", i + 1);
    }

    // The printed text: amount, grouped reference and IBAN, the French headings.
    let (text, _) = run(Command::new("pdftotext").args(["-layout", "-f", "1", "-l", "1"]).arg(&pdf_path).arg("-"), b"");
    for expected in [
        "1 234.50",
        "CHF 1 234.50",
        "21 00000 00003 13947 14300 09017",
        "CH44 3199 9123 0008 8901 2",
        "Récépissé",
        "Section paiement",
        "Compte / Payable à",
        "Référence",
        "Informations supplémentaires",
        "Payable par",
        "Monnaie",
        "Montant",
        "Point de dépôt",
        "A détacher avant le versement",
        "Zoë Müller-Brändli",
        "Facture",
    ] {
        assert!(text.contains(expected), "pdftotext finds no {expected:?} in:\n{text}");
    }
    eprintln!("rendered invoice: {}", png.display());
}

fn party_json(p: &Party) -> serde_json::Value {
    serde_json::json!({
        "name": p.name,
        "street": p.street,
        "building_number": p.building_number,
        "postcode": p.postcode,
        "town": p.town,
        "country": p.country,
    })
}

#[test]
fn receipts_and_letters_read_back_with_pdftotext() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("qrbill");
    std::fs::create_dir_all(&dir).unwrap();
    let receipt = pdf::Receipt {
        lang: "de".into(),
        authority: party("Dienststelle Steuern", "Buobenmatt", "1", "6002", "Luzern"),
        recipient: party("Anna Zimmermann", "Zürichstrasse", "12a", "6004", "Luzern"),
        date: "Luzern, 14. März 2025".into(),
        title: "Empfangsbestätigung".into(),
        reference_label: "Referenz".into(),
        reference: "LU-2025-0042".into(),
        service_label: "Dienstleistung".into(),
        service: "Hund anmelden".into(),
        intro: "Wir haben Ihre Anmeldung erhalten.".into(),
        rows_heading: "Ihre Angaben".into(),
        rows: (1..=80).map(|i| (format!("Angabe {i}"), format!("Wert {i} mit Umlauten äöü"))).collect(),
        fee: Some(pdf::Fee { label: "Gebühr".into(), amount: "CHF 60.00".into(), note: "Zahlbar innert 30 Tagen.".into() }),
        closing: "Freundliche Grüsse".into(),
    };
    let path = dir.join("receipt.pdf");
    std::fs::write(&path, pdf::receipt(&receipt)).unwrap();
    let (text, _) = run(Command::new("pdftotext").args(["-layout"]).arg(&path).arg("-"), b"");
    for expected in ["Empfangsbestätigung", "LU-2025-0042", "Angabe 1 ", "Wert 80 mit Umlauten äöü", "CHF 60.00", "Freundliche Grüsse"] {
        assert!(text.contains(expected), "pdftotext finds no {expected:?} in the receipt:\n{text}");
    }
    // Three pages, numbered "1 / 3" and so on (pdftotext may drop the spaces).
    assert!(text.replace(' ', "").contains("3/3") && !text.replace(' ', "").contains("4/4"), "{text}");

    let path = dir.join("letter.pdf");
    let lines =
        [pdf::Line { text: "Gemeinde Poschiavo", bold: true, size: 12 }, pdf::Line { text: "Decisione – Permesso per cani «Bäri»", bold: true, size: 16 }];
    std::fs::write(&path, pdf::letter(&lines)).unwrap();
    let (text, _) = run(Command::new("pdftotext").arg(&path).arg("-"), b"");
    assert!(text.contains("Decisione – Permesso per cani «Bäri»"), "{text}");
}

// ---------------------------------------------------------------------------------------------
// Every invoice the portal writes, as a bank scans it, holds only the guidelines' characters.

/// SIX, Swiss Implementation Guidelines for the QR-bill, version 2.3, § 4.1.1: the Latin
/// character set the Swiss QR code may carry, written out here rather than taken from the
/// portal's own `charset` module, so the two are checked against each other.
fn guidelines_character_set() -> Vec<char> {
    // Basic Latin: the printable characters U+0020 to U+007E.
    let mut set: Vec<char> = (' '..='~').collect();
    // Latin-1 Supplement, U+00A0 to U+00FF (no-break space and soft hyphen written as escapes).
    set.extend("\u{A0}¡¢£¤¥¦§¨©ª«¬\u{AD}®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ".chars());
    // Latin Extended-A, U+0100 to U+017F.
    set.extend("ĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħĨĩĪīĬĭĮįİıĲĳĴĵĶķĸĹĺĻļĽľĿŀŁłŃńŅņŇňŉŊŋŌōŎŏŐőŒœŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžſ".chars());
    // The additional characters: S and T with comma below (Romanian), and the euro sign.
    set.extend("ȘșȚț€".chars());
    assert_eq!(set.len(), 324, "the guidelines list 324 characters");
    set
}

/// Answers that complete each service with a fee, for a citizen at their own address.
fn fee_answers(service: &str, address: (&str, &str, &str, &str, &str)) -> guichet_model::form::Answers {
    let (street, number, postcode, locality, bfs) = address;
    let start = (time::OffsetDateTime::now_utc() + time::Duration::days(7)).date().to_string();
    let pairs: Vec<(&str, &str)> = match service {
        "civil-status-document" => vec![
            ("document-type", "birth-certificate"),
            ("concerned", "self"),
            ("first-name", "Zoë"),
            ("last-name", "D’Amico"),
            ("date-of-birth", "1988-04-02"),
            ("copies", "2"),
            ("certificate-language", "fr"),
            ("delivery", "post"),
            ("postal-address.street", street),
            ("postal-address.number", number),
            ("postal-address.postcode", postcode),
            ("postal-address.locality", locality),
            ("postal-address.bfs", bfs),
            ("truthful", "yes"),
        ],
        "debt-collection-extract" => {
            vec![("ahv", "756.9217.0769.85"), ("date-of-birth", "1985-06-15"), ("purpose", "rental"), ("delivery", "post"), ("truthful", "yes")]
        }
        "residential-parking-permit" => vec![
            ("plate", "LU 123456"),
            ("own-vehicle", "no"),
            ("holder-name", "Garage “Zur Brücke” – Müller"),
            ("zone", "zone-b"),
            ("period", "12-months"),
            ("start-date", &start),
            ("iban", "CH93 0076 2011 6238 5295 7"),
            ("truthful", "yes"),
        ],
        other => panic!("no answers for {other}"),
    };
    common::answers(&pairs)
}

#[tokio::test]
async fn every_invoice_in_every_language_carries_only_the_guidelines_characters() {
    use common::{decode_qr_bill, Citizen, Portal};
    use guichet_model::api::{Catalogue, Submission, CHECK_ANSWERS};
    let set = guidelines_character_set();
    let portal = Portal::start().await;
    // The services with a fee, from the catalogue, so a new one is not left out.
    let catalogue: Catalogue = portal.browser().get(portal.url("/api/v1/services?lang=de")).send().await.unwrap().json().await.unwrap();
    let mut services: Vec<String> = catalogue.topics.iter().flat_map(|t| t.services.iter()).filter(|s| s.has_fee).map(|s| s.id.clone()).collect();
    services.sort();
    assert_eq!(services, ["civil-status-document", "debt-collection-extract", "residential-parking-permit"]);

    // One citizen of each canton, so every authority's name and address is written once.
    let citizens = [
        ("anna.zimmermann", ("Hertensteinstrasse", "12", "6004", "Luzern", "1061")),
        ("sophie.rochat", ("Rue de Lausanne", "45", "1700", "Fribourg", "2196")),
        ("luca.bernasconi", ("Via da Spultri", "8", "7742", "Poschiavo", "3561")),
    ];
    let mut invoices = Vec::new();
    for (username, address) in citizens {
        let citizen = Citizen::new(&portal, username).await;
        for service in &services {
            for lang in ["de", "fr", "it", "rm", "en"] {
                let draft = citizen.draft(service).await;
                let saved = citizen.save(&draft, &fee_answers(service, address), CHECK_ANSWERS).await;
                assert_eq!(saved.status(), 200, "{username} {service}: {:?}", saved.text().await);
                let submitted = citizen
                    .client
                    .post(portal.url(&format!("/api/v1/drafts/{}/submission?lang={lang}", draft.id)))
                    .header("x-csrf-token", &citizen.csrf)
                    .header("idempotency-key", format!("{service}-{lang}"))
                    .send()
                    .await
                    .unwrap();
                assert_eq!(submitted.status(), 201, "{username} {service} {lang}");
                let submission: Submission = submitted.json().await.unwrap();
                let id = submission.invoice_document_id.expect("a fee, so an invoice");
                let url = portal.url(&format!("/api/v1/documents/{id}/content"));
                let pdf = citizen.client.get(url).send().await.unwrap().bytes().await.unwrap().to_vec();
                invoices.push((format!("{username} {service} {lang}"), pdf));
            }
        }
    }

    // Render and scan them two at a time (the machines have two cores).
    let scanned: Vec<(String, String)> = std::thread::scope(|scope| {
        let chunks: Vec<_> = invoices.chunks(invoices.len().div_ceil(2)).collect();
        let workers: Vec<_> = chunks
            .into_iter()
            .map(|chunk| {
                scope.spawn(move || {
                    let dir = tempfile::tempdir().unwrap();
                    chunk.iter().map(|(what, pdf)| (what.clone(), decode_qr_bill(pdf, dir.path()))).collect::<Vec<_>>()
                })
            })
            .collect();
        workers.into_iter().flat_map(|w| w.join().unwrap()).collect()
    });
    assert_eq!(scanned.len(), 3 * 3 * 5);
    for (what, payload) in &scanned {
        let elements: Vec<&str> = payload.split('\n').collect();
        assert_eq!(elements.len(), 31, "{what}: {payload:?}");
        for (index, element) in elements.iter().enumerate() {
            for (position, c) in element.chars().enumerate() {
                assert!(
                    set.contains(&c),
                    "{what}: element {} ({element:?}) has {c:?} (U+{:04X}) at {position}, outside the guidelines' character set",
                    index + 1,
                    c as u32
                );
            }
        }
        // The creditor is the authority at its stored address, street included.
        assert!(!elements[6].is_empty() && elements[9].len() > 1, "{what}: the creditor's address has no street: {elements:?}");
    }
    // The French civil-status office's name had a typographic apostrophe.
    let civil = scanned.iter().find(|(what, _)| what == "sophie.rochat civil-status-document fr").unwrap();
    let elements: Vec<&str> = civil.1.split('\n').collect();
    assert_eq!(&elements[5..11], ["Service de l'état civil et des naturalisations", "Route des Arsenaux", "41", "1700", "Fribourg", "CH"]);
}
