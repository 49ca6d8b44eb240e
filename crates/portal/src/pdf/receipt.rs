//! The acknowledgement of receipt for a submission: a letter from the authority to the person
//! who submitted, listing what was submitted, on as many A4 pages as the list needs.

use super::letterhead::{letterhead, BODY_TOP, BOTTOM, LEFT, RIGHT, TOP};
use super::writer::{self, Doc, Kind, Node, Weight, MM, PAGE_HEIGHT};
use super::Party;

/// An acknowledgement of receipt. Every text is given already in the reader's language.
#[derive(Clone, Debug, Default)]
pub struct Receipt {
    /// The language of the texts, e.g. "fr"; recorded in the PDF for screen readers.
    pub lang: String,
    /// The authority that received the submission (the sender).
    pub authority: Party,
    /// The person or organisation who submitted (the addressee).
    pub recipient: Party,
    /// The date line as it should read, e.g. "Fribourg, le 14 mars 2025".
    pub date: String,
    /// The title, e.g. "Accusé de réception"; also the document's title.
    pub title: String,
    pub reference_label: String,
    /// The case reference.
    pub reference: String,
    pub service_label: String,
    /// The name of the service (the form) that was submitted.
    pub service: String,
    /// An opening paragraph; may be empty.
    pub intro: String,
    /// The heading over `rows`, e.g. "Vos indications"; may be empty.
    pub rows_heading: String,
    /// What was submitted, as (label, value) rows; long values wrap.
    pub rows: Vec<(String, String)>,
    /// The fee, if the service has one.
    pub fee: Option<Fee>,
    /// The closing text; a newline starts a new paragraph.
    pub closing: String,
}

/// The fee line of a receipt.
#[derive(Clone, Debug, Default)]
pub struct Fee {
    /// e.g. "Émolument"
    pub label: String,
    /// The amount as it should read, e.g. "CHF 60.00" ([`super::chf`]).
    pub amount: String,
    /// The wording about payment, e.g. "Payable dans les 30 jours au moyen de la facture QR ci-jointe."
    pub note: String,
}

const LABEL_WIDTH: f32 = 55.0 * MM;
const GAP: f32 = 4.0 * MM;
const TEXT: f32 = 10.0;
const LEADING: f32 = 13.0;

/// Renders the acknowledgement of receipt as a PDF.
pub fn receipt(r: &Receipt) -> Vec<u8> {
    receipt_doc(r).finish()
}

/// A vertical position on the current page that moves to the next page when content would
/// run past the bottom margin.
struct Flow {
    y: f32,
}

impl Flow {
    /// Makes room for `height` points: starts a new page if they don't fit on this one.
    fn need(&mut self, doc: &mut Doc, height: f32) {
        if self.y + height > BOTTOM && self.y > TOP {
            doc.new_page();
            self.y = TOP;
        }
    }
}

pub(super) fn receipt_doc(r: &Receipt) -> Doc {
    let mut doc = Doc::new(&r.title, Some(&r.lang));

    letterhead(&mut doc, &r.authority, &r.recipient, &r.date);

    let mut flow = Flow { y: BODY_TOP };
    let title_lines = writer::wrap(&r.title, 16.0, Weight::Bold, RIGHT - LEFT);
    flow.y += writer::ascent(16.0);
    doc.bookmark(&r.title, flow.y - 16.0);
    let title = doc.lines(LEFT, flow.y, 16.0, 20.0, Weight::Bold, &title_lines);
    doc.push(Node::group(Kind::Heading(1, r.title.clone()), title));
    flow.y += (title_lines.len() as f32 - 1.0) * 20.0 + 12.0;

    // Reference and service: a label and its value on one line each.
    for (label, value) in [(&r.reference_label, &r.reference), (&r.service_label, &r.service)] {
        if value.trim().is_empty() {
            continue;
        }
        let values = writer::wrap(value, 11.0, Weight::Regular, RIGHT - LEFT - LABEL_WIDTH);
        flow.y += LEADING + 1.0;
        flow.need(&mut doc, values.len() as f32 * 14.0);
        let mut nodes = vec![doc.text(LEFT, flow.y, 11.0, Weight::Bold, label)];
        nodes.extend(doc.lines(LEFT + LABEL_WIDTH, flow.y, 11.0, 14.0, Weight::Regular, &values));
        doc.push(Node::paragraph(nodes));
        flow.y += (values.len() as f32 - 1.0) * 14.0;
    }
    flow.y += 8.0;

    paragraphs(&mut doc, &mut flow, &r.intro);

    if !r.rows_heading.trim().is_empty() {
        flow.y += 16.0;
        flow.need(&mut doc, 13.0 + 3.0 * LEADING);
        flow.y += writer::ascent(13.0);
        let heading = doc.text(LEFT, flow.y, 13.0, Weight::Bold, &r.rows_heading);
        doc.push(Node::group(Kind::Heading(2, r.rows_heading.clone()), vec![heading]));
        flow.y += 6.0;
    }
    if !r.rows.is_empty() {
        let table = rows(&mut doc, &mut flow, &r.rows);
        doc.push(table);
    }

    if let Some(fee) = &r.fee {
        flow.y += 10.0;
        flow.need(&mut doc, 2.0 * LEADING);
        flow.y += LEADING;
        let label = doc.text(LEFT, flow.y, 11.0, Weight::Bold, &fee.label);
        let amount = doc.text_right(RIGHT, flow.y, 11.0, Weight::Bold, &fee.amount);
        doc.rule((LEFT, flow.y + 5.0), (RIGHT, flow.y + 5.0), 0.8, 0, None);
        doc.push(Node::paragraph(vec![label, amount]));
        flow.y += 6.0;
        paragraphs(&mut doc, &mut flow, &fee.note);
    }

    flow.y += 8.0;
    paragraphs(&mut doc, &mut flow, &r.closing);

    // Page numbers, only when there is more than one page.
    let pages = doc.page_count();
    if pages > 1 {
        for page in 0..pages {
            doc.select_page(page);
            doc.artifact_text_right(RIGHT, PAGE_HEIGHT - 12.0 * MM, 9.0, &format!("{} / {pages}", page + 1));
        }
    }
    doc
}

/// Wrapped paragraphs at 11 pt, one per line of `text`.
fn paragraphs(doc: &mut Doc, flow: &mut Flow, text: &str) {
    for paragraph in text.split('\n').filter(|p| !p.trim().is_empty()) {
        let mut nodes = Vec::new();
        flow.y += 6.0;
        for line in writer::wrap(paragraph, 11.0, Weight::Regular, RIGHT - LEFT) {
            flow.need(doc, 14.0);
            flow.y += 14.0;
            nodes.push(doc.text(LEFT, flow.y, 11.0, Weight::Regular, &line));
        }
        doc.push(Node::paragraph(nodes));
    }
}

/// The (label, value) rows as a table with rules between rows. A row moves to the next page
/// whole when it fits there; a row longer than a page is split between its lines.
fn rows(doc: &mut Doc, flow: &mut Flow, rows: &[(String, String)]) -> Node {
    let value_x = LEFT + LABEL_WIDTH + GAP;
    let mut table = Vec::new();
    doc.rule((LEFT, flow.y), (RIGHT, flow.y), 0.4, 160, None);
    for (label, value) in rows {
        let labels = writer::wrap(label, TEXT, Weight::Regular, LABEL_WIDTH);
        let mut values = writer::wrap(value, TEXT, Weight::Regular, RIGHT - value_x);
        if values.iter().all(|v| v.is_empty()) {
            values = vec!["–".to_string()];
        }
        let lines = labels.len().max(values.len());
        let height = lines as f32 * LEADING + 6.0;
        if height <= BOTTOM - TOP {
            let page = doc.page_count();
            flow.need(doc, height);
            if doc.page_count() > page {
                doc.rule((LEFT, flow.y), (RIGHT, flow.y), 0.4, 160, None);
            }
        }
        let mut label_nodes = Vec::new();
        let mut value_nodes = Vec::new();
        let mut y = flow.y + 3.0;
        for i in 0..lines {
            if y + LEADING > BOTTOM {
                doc.new_page();
                y = TOP;
                doc.rule((LEFT, y), (RIGHT, y), 0.4, 160, None);
            }
            y += LEADING;
            if let Some(text) = labels.get(i).filter(|t| !t.is_empty()) {
                label_nodes.push(doc.text(LEFT, y - 3.0, TEXT, Weight::Regular, text));
            }
            if let Some(text) = values.get(i).filter(|t| !t.is_empty()) {
                value_nodes.push(doc.text(value_x, y - 3.0, TEXT, Weight::Regular, text));
            }
        }
        flow.y = y + 3.0;
        doc.rule((LEFT, flow.y), (RIGHT, flow.y), 0.4, 160, None);
        table.push(Node::group(Kind::Row, vec![Node::group(Kind::RowHeader, label_nodes), Node::group(Kind::Cell, value_nodes)]));
    }
    Node::group(Kind::Table, table)
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn demo(rows: usize) -> Receipt {
        Receipt {
            lang: "fr".into(),
            authority: Party {
                name: "Service de la population et des migrants".into(),
                street: "Route d’Englisberg".into(),
                building_number: "11".into(),
                postcode: "1763".into(),
                town: "Granges-Paccot".into(),
                country: "CH".into(),
            },
            recipient: Party {
                name: "Sophie Rochat".into(),
                street: "Rue de Lausanne".into(),
                building_number: "12".into(),
                postcode: "1700".into(),
                town: "Fribourg".into(),
                country: "CH".into(),
            },
            date: "Fribourg, le 14 mars 2025".into(),
            title: "Accusé de réception".into(),
            reference_label: "Référence".into(),
            reference: "FR-2025-0042".into(),
            service_label: "Prestation".into(),
            service: "Annonce d’un chien".into(),
            intro: "Nous avons bien reçu votre demande et la traiterons dans les meilleurs délais.".into(),
            rows_heading: "Vos indications".into(),
            rows: (0..rows).map(|i| (format!("Indication n° {i}"), format!("Valeur {i} – Lörrach, Genève, Poschiavo ").repeat(1 + i % 4))).collect(),
            fee: Some(Fee {
                label: "Émolument".into(),
                amount: "CHF 60.00".into(),
                note: "Payable dans les 30 jours au moyen de la facture QR que vous recevrez séparément.".into(),
            }),
            closing: "Nous vous remercions de votre confiance.\nMeilleures salutations".into(),
        }
    }

    #[test]
    fn short_receipt_is_one_validated_page() {
        let doc = receipt_doc(&demo(5));
        assert_eq!(doc.page_count(), 1);
        let pdf = doc.render(true).expect("the receipt passes krilla's PDF/UA-1 checks");
        assert!(pdf.starts_with(b"%PDF"));
    }

    #[test]
    fn long_receipts_paginate() {
        let doc = receipt_doc(&demo(60));
        assert!(doc.page_count() >= 3, "{} pages", doc.page_count());
        doc.render(true).expect("valid");
        // A single value longer than a page is split over pages too.
        let mut r = demo(1);
        r.rows[0].1 = "Sehr lange Begründung. ".repeat(600);
        r.fee = None;
        let doc = receipt_doc(&r);
        assert!(doc.page_count() >= 3, "{} pages", doc.page_count());
        doc.render(true).expect("valid");
    }
}
