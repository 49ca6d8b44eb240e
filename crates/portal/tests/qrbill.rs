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
    Party {
        name: name.into(),
        street: street.into(),
        building_number: number.into(),
        postcode: postcode.into(),
        town: town.into(),
        country: "CH".into(),
    }
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
            lines: vec![
                ("Émolument de traitement".into(), "CHF 1 200.00".into()),
                ("Frais de port".into(), "CHF 34.50".into()),
            ],
            total_label: "Total".into(),
        },
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

    // The independent generator, fed the same data.
    let input = serde_json::json!({
        "iban": bill.iban,
        "amount": "1234.50",
        "reference": bill.reference,
        "message": bill.message,
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
        "QRType", "Version", "Coding", "IBAN", "Cdtr AdrTp", "Cdtr Name", "Cdtr StrtNmOrAdrLine1",
        "Cdtr BldgNbOrAdrLine2", "Cdtr PstCd", "Cdtr TwnNm", "Cdtr Ctry", "UltmtCdtr AdrTp", "UltmtCdtr Name",
        "UltmtCdtr StrtNmOrAdrLine1", "UltmtCdtr BldgNbOrAdrLine2", "UltmtCdtr PstCd", "UltmtCdtr TwnNm",
        "UltmtCdtr Ctry", "Amt", "Ccy", "UltmtDbtr AdrTp", "UltmtDbtr Name", "UltmtDbtr StrtNmOrAdrLine1",
        "UltmtDbtr BldgNbOrAdrLine2", "UltmtDbtr PstCd", "UltmtDbtr TwnNm", "UltmtDbtr Ctry", "RmtInf Tp",
        "RmtInf Ref", "AddInf Ustrd", "AddInf Trailer",
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
    let lines = [
        pdf::Line { text: "Gemeinde Poschiavo", bold: true, size: 12 },
        pdf::Line { text: "Decisione – Permesso per cani «Bäri»", bold: true, size: 16 },
    ];
    std::fs::write(&path, pdf::letter(&lines)).unwrap();
    let (text, _) = run(Command::new("pdftotext").arg(&path).arg("-"), b"");
    assert!(text.contains("Decisione – Permesso per cani «Bäri»"), "{text}");
}
