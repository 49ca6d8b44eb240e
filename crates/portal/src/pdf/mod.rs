//! The portal's PDF documents, written with krilla in the embedded Liberation Sans:
//!
//! - [`letter`]: the demo decision letters (one A4 page of lines);
//! - [`receipt`]: an acknowledgement of receipt for a submission, as many pages as it needs;
//! - [`qr_bill`]: an invoice whose lower third is a Swiss QR-bill (payment part and receipt),
//!   with [`qr_payload`], [`qr_reference`] and the other helpers of the QR-bill standard.
//!
//! Every document is tagged (headings, paragraphs, tables, the QR code as a figure), carries its
//! title and language, and is checked by krilla against PDF/UA-1, as eCH-0059 asks of the
//! authorities' documents. The receipt and the invoice open with the same letterhead
//! (`letterhead.rs`), and every amount is written by [`amount`] or [`chf`].
//!
//! Callers pass every text already in the reader's language (the QR-bill's headings too, as
//! [`BillLabels`]): this module imports nothing of the rest of the portal.

mod amount;
pub mod charset;
mod letterhead;
mod qrbill;
mod receipt;
mod writer;

pub use amount::{amount, chf};
pub use qrbill::{format_qr_reference, is_qr_iban, qr_bill, qr_payload, qr_reference, Bill, BillLabels, InvoiceLetter, DEMO_QR_IBAN};
pub use receipt::{receipt, Fee, Receipt};

use writer::{Doc, Node, Weight, PAGE_HEIGHT};

/// One line of the letter; `bold` lines use Liberation Sans Bold.
pub struct Line<'a> {
    pub text: &'a str,
    pub bold: bool,
    pub size: u8,
}

/// A postal address, as the QR-bill standard structures it (address type "S").
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Party {
    pub name: String,
    pub street: String,
    pub building_number: String,
    pub postcode: String,
    pub town: String,
    /// Two-letter ISO 3166 code, e.g. "CH".
    pub country: String,
}

impl Party {
    /// The address as printed: name, street and number, postcode and town; the country code
    /// goes in front of the postcode only for an address outside Switzerland ("LI – 9490 Vaduz").
    pub fn lines(&self) -> Vec<String> {
        let street = [self.street.trim(), self.building_number.trim()].join(" ").trim().to_string();
        let country = self.country.trim();
        let mut town = [self.postcode.trim(), self.town.trim()].join(" ").trim().to_string();
        if !country.is_empty() && !country.eq_ignore_ascii_case("CH") {
            town = format!("{} – {town}", country.to_uppercase());
        }
        [self.name.trim().to_string(), street, town].into_iter().filter(|l| !l.is_empty()).collect()
    }
}

/// A letter of the given lines, top to bottom from the top-left corner; a new page starts when
/// the lines reach the bottom. The largest bold line becomes the document's title and main heading.
pub fn letter(lines: &[Line]) -> Vec<u8> {
    letter_doc(None, lines).finish()
}

/// [`letter`] with the document language (e.g. "fr") recorded for screen readers.
pub fn letter_in(lang: &str, lines: &[Line]) -> Vec<u8> {
    letter_doc(Some(lang), lines).finish()
}

const LETTER_LEFT: f32 = 60.0;
const LETTER_TOP: f32 = 42.0;
const LETTER_BOTTOM: f32 = PAGE_HEIGHT - 50.0;

fn letter_doc(lang: Option<&str>, lines: &[Line]) -> Doc {
    // The title: the largest bold line (the old writer's letters put it at 16 pt).
    let title = lines.iter().filter(|l| l.bold && !l.text.trim().is_empty()).max_by_key(|l| l.size).filter(|l| l.size >= 14).map(|l| l.text);
    let fallback = lines.iter().map(|l| l.text).find(|t| !t.trim().is_empty()).unwrap_or("");
    let mut doc = Doc::new(title.unwrap_or(fallback), lang);
    if let Some(title) = title {
        doc.bookmark(title, 0.0);
    } else if !fallback.is_empty() {
        doc.bookmark(fallback, 0.0);
    }

    // Lines of one style without a blank line between them form a paragraph.
    let mut paragraph: Vec<Node> = Vec::new();
    let mut style = None;
    let mut y = LETTER_TOP;
    let max = writer::PAGE_WIDTH - 2.0 * LETTER_LEFT;
    for line in lines {
        let size = f32::from(line.size.max(1));
        let weight = if line.bold { Weight::Bold } else { Weight::Regular };
        let is_title = Some(line.text) == title && line.bold;
        let breaks = line.text.trim().is_empty() || style != Some((line.bold, line.size)) || is_title;
        if breaks && !paragraph.is_empty() {
            doc.push(Node::paragraph(std::mem::take(&mut paragraph)));
        }
        style = Some((line.bold, line.size));
        if line.text.trim().is_empty() {
            style = None;
            y += size + 8.0;
            continue;
        }
        let wrapped = writer::wrap(line.text, size, weight, max);
        let mut nodes = Vec::new();
        for text in wrapped.iter().filter(|t| !t.is_empty()) {
            if y > LETTER_BOTTOM {
                doc.new_page();
                y = LETTER_TOP;
            }
            nodes.push(doc.text(LETTER_LEFT, y, size, weight, text));
            y += size + 8.0;
        }
        if is_title {
            doc.push(Node::group(writer::Kind::Heading(1, line.text.to_string()), nodes));
            style = None;
        } else {
            paragraph.extend(nodes);
        }
    }
    if !paragraph.is_empty() {
        doc.push(Node::paragraph(paragraph));
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    fn demo_letter() -> Vec<Line<'static>> {
        vec![
            Line { text: "Service de la population et des migrants", bold: true, size: 12 },
            Line { text: "", bold: false, size: 10 },
            Line { text: "Sophie Rochat", bold: false, size: 11 },
            Line { text: "Rue de Lausanne 12", bold: false, size: 11 },
            Line { text: "1700 Fribourg", bold: false, size: 11 },
            Line { text: "", bold: false, size: 10 },
            Line { text: "Verfügung (Entscheid) – Bewilligung für Hunde", bold: true, size: 16 },
            Line { text: "Référence : FR-2025-0042", bold: false, size: 11 },
        ]
    }

    #[test]
    fn letter_is_a_validated_tagged_pdf_with_unicode_text() {
        let doc = letter_doc(Some("fr"), &demo_letter());
        let pdf = doc.render(true).expect("the letter passes krilla's PDF/UA-1 checks");
        assert!(pdf.starts_with(b"%PDF-1.7"));
        let text = String::from_utf8_lossy(&pdf);
        assert!(text.contains("/StructTreeRoot"));
        assert!(text.contains("/Lang(fr)"));
        assert!(text.contains("/MarkInfo"));
        // The title is in the document information and XMP (as UTF-16 and UTF-8 respectively).
        assert!(text.contains("Verfügung (Entscheid) – Bewilligung für Hunde"));
        // The public function gives the same bytes: nothing in it depends on the clock.
        assert_eq!(letter_in("fr", &demo_letter()), pdf);
        // Without a language it still validates.
        letter_doc(None, &demo_letter()).render(true).expect("valid without a language");
    }

    #[test]
    fn a_letter_without_text_is_still_a_pdf() {
        // No title means no PDF/UA-1 (krilla refuses it); `finish` then writes it unvalidated.
        assert!(letter_doc(None, &[]).render(true).is_err());
        let pdf = letter(&[Line { text: "", bold: false, size: 10 }]);
        assert!(pdf.starts_with(b"%PDF"));
    }

    #[test]
    fn long_letters_continue_on_a_new_page() {
        let body = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.";
        let mut lines = demo_letter();
        lines.extend((0..60).map(|_| Line { text: body, bold: false, size: 11 }));
        let doc = letter_doc(Some("de"), &lines);
        assert_eq!(doc.page_count(), 2);
        doc.render(true).expect("valid");
    }

    #[test]
    fn party_lines_show_the_country_only_abroad() {
        let mut party = Party {
            name: "Gemeinde Poschiavo".into(),
            street: "Via da Mez".into(),
            building_number: "1".into(),
            postcode: "7742".into(),
            town: "Poschiavo".into(),
            country: "CH".into(),
        };
        assert_eq!(party.lines(), ["Gemeinde Poschiavo", "Via da Mez 1", "7742 Poschiavo"]);
        party.country = "LI".into();
        party.street.clear();
        party.building_number.clear();
        assert_eq!(party.lines(), ["Gemeinde Poschiavo", "LI – 7742 Poschiavo"]);
    }
}
