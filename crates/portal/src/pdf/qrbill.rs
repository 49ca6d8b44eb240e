//! The Swiss QR-bill: an A4 invoice whose bottom 105 mm are the receipt (62 mm, left) and the
//! payment part (148 mm, right) laid out after SIX's "Swiss Implementation Guidelines for the
//! QR-bill" (version 2.3): the sections, headings, font sizes (titles 11 pt; headings 8 pt and
//! values 10 pt in the payment part, 6 pt and 8 pt in the receipt), the 46 × 46 mm QR code with
//! the 7 × 7 mm Swiss cross, and separation lines with scissors for a bill sent as PDF.

use guichet_model::swiss::{iban_format, iban_problem};
use krilla::geom::{Path, PathBuilder};

use super::amount::{amount, chf};
use super::charset::to_qr_charset;
use super::letterhead::{letterhead, BODY_TOP, BOTTOM, LEFT, RIGHT, TOP};
use super::writer::{self, Doc, Kind, Node, Weight, MM, PAGE_HEIGHT, PAGE_WIDTH};
use super::Party;

/// The QR-IBAN of the demo authorities: SIX's example QR-IBAN CH44 3199 9123 0008 8901 2
/// (QR-IID 31999, mod-97 check digits 44; see the tests).
pub const DEMO_QR_IBAN: &str = "CH4431999123000889012";

/// A QR-bill with a QR reference (the procedure for a QR-IBAN), amount in Swiss francs.
#[derive(Clone, Debug, Default)]
pub struct Bill {
    /// The language of the texts, e.g. "fr"; recorded in the PDF for screen readers.
    pub lang: String,
    /// The authority to be paid.
    pub creditor: Party,
    /// The creditor's QR-IBAN, with or without spaces.
    pub iban: String,
    /// The amount in Rappen (centimes): 6000 is CHF 60.00.
    pub amount_rappen: u64,
    /// The person or organisation who pays.
    pub debtor: Party,
    /// The 27-digit QR reference (see [`qr_reference`]), with or without spaces.
    pub reference: String,
    /// The unstructured message ("additional information"), at most 140 characters.
    pub message: String,
    /// The texts of the invoice letter above the payment part.
    pub letter: InvoiceLetter,
    /// The headings of the payment part and receipt, in the bill's language.
    pub labels: BillLabels,
}

/// The QR-bill's headings, whose wording the guidelines fix in German, French, Italian and
/// English (Romansh-speaking cantons use the German ones).
#[derive(Clone, Debug, Default)]
pub struct BillLabels {
    /// "Empfangsschein": the title of the receipt, the part the payer keeps.
    pub receipt: String,
    /// "Zahlteil"
    pub payment_part: String,
    /// "Konto / Zahlbar an"
    pub account: String,
    /// "Referenz"; also before the reference in the invoice letter.
    pub reference: String,
    /// "Zusätzliche Informationen"
    pub additional_information: String,
    /// "Zahlbar durch"
    pub payable_by: String,
    /// "Währung"
    pub currency: String,
    /// "Betrag"
    pub amount: String,
    /// "Annahmestelle"
    pub acceptance_point: String,
    /// "Vor der Einzahlung abzutrennen": the notice above the line to cut along.
    pub separate: String,
}

/// The invoice letter on the top part of the page, texts in the bill's language.
#[derive(Clone, Debug, Default)]
pub struct InvoiceLetter {
    /// e.g. "Rechnung"; also the document's title.
    pub title: String,
    /// The date line as it should read, e.g. "Luzern, 14. März 2025".
    pub date: String,
    /// The service billed, e.g. "Hundebewilligung 2025"; may be empty.
    pub service: String,
    /// The opening paragraph; a newline starts a new paragraph.
    pub intro: String,
    /// The fee lines as (label, amount text), e.g. ("Grundgebühr", "CHF 50.00").
    pub lines: Vec<(String, String)>,
    /// The label of the total, e.g. "Total"; the amount itself is the bill's amount.
    pub total_label: String,
}

// ---------------------------------------------------------------------------------------------
// The QR code's content

/// The text in the QR code ("Swiss Payments Code", version 0200, coding type 1 = UTF-8): 31
/// elements separated by LF, in the order of the guidelines' data structure, with no line
/// break after the trailer:
///
/// ```text
/// Header       QRType SPC, Version 0200, Coding 1
/// CdtrInf      IBAN; Cdtr: AdrTp S, Name, StrtNmOrAdrLine1, BldgNbOrAdrLine2, PstCd, TwnNm, Ctry
/// UltmtCdtr    7 empty elements (reserved for future use)
/// CcyAmt       Amt (e.g. 60.00), Ccy CHF
/// UltmtDbtr    AdrTp S, Name, StrtNm, BldgNb, PstCd, TwnNm, Ctry
/// RmtInf       Tp QRR, Ref (27 digits), AddInf: Ustrd (message), Trailer EPD
/// ```
///
/// Values are mapped into the guidelines' Latin character set ([`to_qr_charset`]: `’` becomes
/// `'`), trimmed, line breaks inside them become spaces, and each is cut to the length the
/// guidelines allow (name and street 70, building number and postcode 16, town 35, message 140).
pub fn qr_payload(b: &Bill) -> String {
    let mut fields: Vec<String> = vec!["SPC".into(), "0200".into(), "1".into(), compact(&b.iban)];
    fields.extend(address(&b.creditor));
    fields.extend(std::iter::repeat_n(String::new(), 7));
    fields.push(payload_amount(b.amount_rappen));
    fields.push("CHF".into());
    fields.extend(address(&b.debtor));
    fields.push("QRR".into());
    fields.push(compact(&b.reference));
    fields.push(field(&b.message, 140));
    fields.push("EPD".into());
    fields.join("\n")
}

fn address(p: &Party) -> [String; 7] {
    [
        "S".into(),
        field(&p.name, 70),
        field(&p.street, 70),
        field(&p.building_number, 16),
        field(&p.postcode, 16),
        field(&p.town, 35),
        field(&p.country, 2).to_uppercase(),
    ]
}

fn field(value: &str, max: usize) -> String {
    let one_line: String = to_qr_charset(value).chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    one_line.trim().chars().take(max).collect::<String>().trim_end().to_string()
}

/// Without spaces, upper case: how IBANs and references go into the QR code.
fn compact(value: &str) -> String {
    value.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_uppercase()
}

/// "60.00" for 6000 Rappen: the QR code's amount, without thousands separators.
fn payload_amount(rappen: u64) -> String {
    format!("{}.{:02}", rappen / 100, rappen % 100)
}

/// The 27-digit QR reference: `base` (the 26 digits, shorter numbers are padded with leading
/// zeros) followed by its modulo 10 recursive check digit.
///
/// # Panics
/// If `base` holds anything but digits, or more than 26 of them.
pub fn qr_reference(base: &str) -> String {
    assert!(base.len() <= 26 && base.bytes().all(|b| b.is_ascii_digit()), "a QR reference base is at most 26 digits, got {base:?}");
    let base = format!("{base:0>26}");
    format!("{base}{}", mod10_check_digit(&base))
}

/// The check digit of the modulo 10 recursive procedure (the ISR/QR reference check digit).
fn mod10_check_digit(digits: &str) -> u8 {
    const TABLE: [u8; 10] = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5];
    let carry = digits.bytes().fold(0u8, |carry, d| TABLE[usize::from((carry + (d - b'0')) % 10)]);
    (10 - carry) % 10
}

/// A QR reference as printed: groups of five digits from the right, "21 00000 00003 13947 14300 09017".
pub fn format_qr_reference(reference: &str) -> String {
    let digits: Vec<char> = reference.chars().filter(|c| !c.is_whitespace()).collect();
    let head = digits.len() % 5;
    let mut groups: Vec<String> = Vec::new();
    if head > 0 {
        groups.push(digits[..head].iter().collect());
    }
    groups.extend(digits[head..].chunks(5).map(|g| g.iter().collect::<String>()));
    groups.join(" ")
}

/// Whether `iban` is a valid QR-IBAN: a valid IBAN whose institution id (QR-IID) lies in
/// 30000–31999, the range reserved for accounts that take QR references.
pub fn is_qr_iban(iban: &str) -> bool {
    let iban = compact(iban);
    iban_problem(&iban).is_none() && iban[4..9].parse::<u32>().is_ok_and(|iid| (30000..=31999).contains(&iid))
}

// ---------------------------------------------------------------------------------------------
// The document

/// Renders the invoice with its QR-bill as a PDF. The bill is printed as given: pass a QR-IBAN
/// ([`is_qr_iban`]) and a 27-digit reference ([`qr_reference`]), as the QR procedure requires.
pub fn qr_bill(b: &Bill) -> Vec<u8> {
    bill_doc(b).finish()
}

/// The top edge of the payment part and receipt.
const SLIP_TOP: f32 = PAGE_HEIGHT - 105.0 * MM;
const MARGIN: f32 = 5.0 * MM;
const RECEIPT_WIDTH: f32 = 62.0 * MM;

pub(super) fn bill_doc(b: &Bill) -> Doc {
    let labels = &b.labels;
    let mut doc = Doc::new(&b.letter.title, Some(&b.lang));
    let y = invoice_letter(&mut doc, b, labels);
    // The payment part goes at the bottom of the page the letter ends on, or of a new page.
    if y > SLIP_TOP - 12.0 * MM {
        doc.new_page();
    }
    payment_slip(&mut doc, b, labels);
    doc
}

/// Lays out the letter; returns where it ends.
fn invoice_letter(doc: &mut Doc, b: &Bill, labels: &BillLabels) -> f32 {
    let l = &b.letter;
    letterhead(doc, &b.creditor, &b.debtor, &l.date);

    let mut y = BODY_TOP + writer::ascent(16.0);
    let title_lines = writer::wrap(&l.title, 16.0, Weight::Bold, RIGHT - LEFT);
    doc.bookmark(&l.title, y - 16.0);
    let title = doc.lines(LEFT, y, 16.0, 20.0, Weight::Bold, &title_lines);
    doc.push(Node::group(Kind::Heading(1, l.title.clone()), title));
    y += (title_lines.len() as f32 - 1.0) * 20.0 + 8.0;

    let mut facts: Vec<(&str, String)> = Vec::new();
    if !l.service.trim().is_empty() {
        facts.push(("", l.service.clone()));
    }
    facts.push((labels.reference.as_str(), format_qr_reference(&b.reference)));
    for (label, value) in facts {
        y += 16.0;
        let mut nodes = Vec::new();
        let mut x = LEFT;
        if !label.is_empty() {
            nodes.push(doc.text(LEFT, y, 11.0, Weight::Bold, label));
            x += writer::width(label, 11.0, Weight::Bold) + 6.0;
        }
        let value = writer::wrap(&value, 11.0, Weight::Regular, RIGHT - x).into_iter().next().unwrap_or_default();
        nodes.push(doc.text(x, y, 11.0, Weight::Regular, &value));
        doc.push(Node::paragraph(nodes));
    }
    y += 6.0;

    for paragraph in l.intro.split('\n').filter(|p| !p.trim().is_empty()) {
        y += 8.0;
        let mut nodes = Vec::new();
        for line in writer::wrap(paragraph, 11.0, Weight::Regular, RIGHT - LEFT) {
            y = next_line(doc, y, 14.0);
            nodes.push(doc.text(LEFT, y, 11.0, Weight::Regular, &line));
        }
        doc.push(Node::paragraph(nodes));
    }

    // The fees: label left, amount right, the total in bold under a rule.
    y += 12.0;
    let mut rows = Vec::new();
    let amount_width = 35.0 * MM;
    for (label, amount) in &l.lines {
        let label_lines = writer::wrap(label, 11.0, Weight::Regular, RIGHT - LEFT - amount_width);
        let mut label_nodes = Vec::new();
        let mut amount_nodes = Vec::new();
        for (i, line) in label_lines.iter().enumerate() {
            y = next_line(doc, y, 15.0);
            label_nodes.push(doc.text(LEFT, y, 11.0, Weight::Regular, line));
            if i == 0 {
                amount_nodes.push(doc.text_right(RIGHT, y, 11.0, Weight::Regular, amount));
            }
        }
        rows.push(Node::group(Kind::Row, vec![Node::group(Kind::RowHeader, label_nodes), Node::group(Kind::Cell, amount_nodes)]));
    }
    y = next_line(doc, y, 20.0);
    doc.rule((LEFT, y - 13.0), (RIGHT, y - 13.0), 0.8, 0, None);
    let total_label = doc.text(LEFT, y, 11.0, Weight::Bold, &l.total_label);
    let total = doc.text_right(RIGHT, y, 11.0, Weight::Bold, &chf(b.amount_rappen));
    rows.push(Node::group(Kind::Row, vec![Node::group(Kind::RowHeader, vec![total_label]), Node::group(Kind::Cell, vec![total])]));
    doc.push(Node::group(Kind::Table, rows));
    y
}

/// The baseline `step` points below `y`, on a new page if that passes the bottom margin.
fn next_line(doc: &mut Doc, y: f32, step: f32) -> f32 {
    if y + step > BOTTOM {
        doc.new_page();
        TOP + step
    } else {
        y + step
    }
}

/// Where and how large one part's text goes.
struct Part {
    x: f32,
    label_size: f32,
    text_size: f32,
}

impl Part {
    /// Lines of text are one point more apart than the values' font size.
    fn leading(&self) -> f32 {
        self.text_size + 1.0
    }
}

/// The receipt and the payment part, with the separation lines.
fn payment_slip(doc: &mut Doc, b: &Bill, labels: &BillLabels) {
    let top = SLIP_TOP;
    let iban = iban_format(&b.iban);
    let reference = format_qr_reference(&b.reference);
    let amount = amount(b.amount_rappen);
    // The payment part prints what the code holds, in the code's character set.
    let creditor = in_qr_charset(&b.creditor).lines();
    let debtor = in_qr_charset(&b.debtor).lines();

    separation_lines(doc, labels);
    doc.bookmark(&labels.payment_part, top);

    // Receipt: title section 7 mm, information section 56 mm, amount section 14 mm,
    // acceptance point section 18 mm, all inside 5 mm margins.
    let mut receipt = Vec::new();
    let title = doc.text(MARGIN, top + MARGIN + writer::ascent(11.0), 11.0, Weight::Bold, &labels.receipt);
    receipt.push(Node::group(Kind::Heading(2, labels.receipt.clone()), vec![title]));
    let mut account = vec![iban.clone()];
    account.extend(creditor.iter().cloned());
    let blocks =
        [(labels.account.as_str(), account.clone()), (labels.reference.as_str(), vec![reference.clone()]), (labels.payable_by.as_str(), debtor.clone())];
    let part = Part { x: MARGIN, label_size: 6.0, text_size: 8.0 };
    receipt.extend(information(doc, &part, top + 12.0 * MM, RECEIPT_WIDTH - 2.0 * MARGIN, 56.0 * MM, 7.0, &blocks));
    receipt.extend(amounts(doc, &part, top + 68.0 * MM, 12.0 * MM, labels, &amount));
    let acceptance = doc.text_right(RECEIPT_WIDTH - MARGIN, top + 82.0 * MM + writer::ascent(6.0), 6.0, Weight::Bold, &labels.acceptance_point);
    receipt.push(Node::paragraph(vec![acceptance]));
    doc.push(Node::group(Kind::Section, receipt));

    // Payment part: title section, QR code section (46 mm code + 5 mm quiet zone each side),
    // amount section below it, information section on the right (87 mm wide).
    let left = RECEIPT_WIDTH + MARGIN;
    let mut payment = Vec::new();
    let title = doc.text(left, top + MARGIN + writer::ascent(11.0), 11.0, Weight::Bold, &labels.payment_part);
    payment.push(Node::group(Kind::Heading(2, labels.payment_part.clone()), vec![title]));
    let code = doc.figure(qr_code(&qr_payload(b), left, top + 17.0 * MM));
    payment.push(Node::group(Kind::Figure(format!("Swiss QR Code – {}", labels.payment_part)), vec![code]));
    let part = Part { x: left, label_size: 8.0, text_size: 10.0 };
    payment.extend(amounts(doc, &part, top + 68.0 * MM, 15.0 * MM, labels, &amount));
    let mut blocks = vec![(labels.account.as_str(), account), (labels.reference.as_str(), vec![reference])];
    let message = field(&b.message, 140);
    if !message.is_empty() {
        blocks.push((labels.additional_information.as_str(), vec![message]));
    }
    blocks.push((labels.payable_by.as_str(), debtor));
    let info = Part { x: left + 51.0 * MM, ..part };
    payment.extend(information(doc, &info, top + MARGIN, 87.0 * MM, 85.0 * MM, 8.0, &blocks));
    doc.push(Node::group(Kind::Section, payment));
}

fn in_qr_charset(p: &Party) -> Party {
    let map = |s: &str| to_qr_charset(s).chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    Party {
        name: map(&p.name),
        street: map(&p.street),
        building_number: map(&p.building_number),
        postcode: map(&p.postcode),
        town: map(&p.town),
        country: map(&p.country),
    }
}

/// An information section: each block a bold heading and its lines, as one paragraph. The
/// space between blocks shrinks (to nothing, then the font by a point at a time down to
/// `min_text_size`) until everything fits in `max_height`.
fn information(doc: &mut Doc, part: &Part, top: f32, width: f32, max_height: f32, min_text_size: f32, blocks: &[(&str, Vec<String>)]) -> Vec<Node> {
    let mut part = Part { ..*part };
    let (wrapped, extra) = loop {
        let wrapped: Vec<Vec<String>> =
            blocks.iter().map(|(_, lines)| lines.iter().flat_map(|l| writer::wrap(l, part.text_size, Weight::Regular, width)).collect()).collect();
        let lines: usize = wrapped.iter().map(|w| 1 + w.len()).sum();
        let gaps = blocks.len().saturating_sub(1).max(1) as f32;
        let extra = (max_height - lines as f32 * part.leading()) / gaps;
        if extra >= 0.5 * part.leading() || part.text_size <= min_text_size {
            break (wrapped, extra.clamp(0.0, part.leading()));
        }
        part.text_size -= 1.0;
        part.label_size = (part.label_size - 1.0).max(6.0);
    };
    let mut y = top + writer::ascent(part.label_size);
    let mut nodes = Vec::new();
    for ((label, _), lines) in blocks.iter().zip(wrapped) {
        let mut block = vec![doc.text(part.x, y, part.label_size, Weight::Bold, label)];
        for line in lines {
            y += part.leading();
            block.push(doc.text(part.x, y, part.text_size, Weight::Regular, &line));
        }
        y += part.leading() + extra;
        nodes.push(Node::paragraph(block));
    }
    nodes
}

/// The amount section: "Currency" and "Amount" headings side by side, their values below.
fn amounts(doc: &mut Doc, part: &Part, top: f32, amount_x: f32, labels: &BillLabels, amount: &str) -> Vec<Node> {
    let label_y = top + writer::ascent(part.label_size);
    let value_y = label_y + part.text_size + 3.0;
    let currency =
        vec![doc.text(part.x, label_y, part.label_size, Weight::Bold, &labels.currency), doc.text(part.x, value_y, part.text_size, Weight::Regular, "CHF")];
    let amount = vec![
        doc.text(part.x + amount_x, label_y, part.label_size, Weight::Bold, &labels.amount),
        doc.text(part.x + amount_x, value_y, part.text_size, Weight::Regular, amount),
    ];
    vec![Node::paragraph(currency), Node::paragraph(amount)]
}

/// The lines along which the receipt and payment part are cut out, each with a scissors
/// symbol, and the notice to cut above the horizontal one.
fn separation_lines(doc: &mut Doc, labels: &BillLabels) {
    let top = SLIP_TOP;
    let line = 0.5;
    // Horizontal, with a gap for the scissors near its left end.
    doc.rule((0.0, top), (4.2 * MM, top), line, 0, None);
    doc.rule((10.0 * MM, top), (PAGE_WIDTH, top), line, 0, None);
    // Vertical, with a gap near its top.
    doc.rule((RECEIPT_WIDTH, top), (RECEIPT_WIDTH, top + 2.8 * MM), line, 0, None);
    doc.rule((RECEIPT_WIDTH, top + 8.6 * MM), (RECEIPT_WIDTH, PAGE_HEIGHT), line, 0, None);
    for path in scissors(6.8 * MM, top, false).into_iter().chain(scissors(RECEIPT_WIDTH, top + 5.5 * MM, true)) {
        doc.artifact_fill(path);
    }
    let notice = &labels.separate;
    let x = (PAGE_WIDTH - writer::width(notice, 7.0, Weight::Regular)) / 2.0;
    let node = doc.text(x, top - 1.5 * MM, 7.0, Weight::Regular, notice);
    doc.push(Node::paragraph(vec![node]));
}

/// A scissors symbol about 4.5 mm long centred on (x, y), blades pointing right, or down when
/// `vertical`: two finger rings (filled even-odd, so they are rings) and two tapered blades
/// crossing at the pivot.
fn scissors(x: f32, y: f32, vertical: bool) -> Vec<Path> {
    let s = 0.85 * MM;
    let at = |(u, v): (f32, f32)| if vertical { (x - v * s, y + u * s) } else { (x + u * s, y + v * s) };
    let mut paths = Vec::new();
    for side in [-1.0f32, 1.0] {
        // A ring: outer and inner circle, four cubic arcs each.
        let mut ring = PathBuilder::new();
        for r in [0.62f32, 0.36] {
            let (cx, cy) = (-1.75, side * 0.72);
            let k = 0.5523 * r;
            let p = |u: f32, v: f32| at((cx + u, cy + v));
            let start = p(r, 0.0);
            ring.move_to(start.0, start.1);
            for (c1, c2, end) in [((r, k), (k, r), (0.0, r)), ((-k, r), (-r, k), (-r, 0.0)), ((-r, -k), (-k, -r), (0.0, -r)), ((k, -r), (r, -k), (r, 0.0))] {
                let (c1, c2, end) = (p(c1.0, c1.1), p(c2.0, c2.1), p(end.0, end.1));
                ring.cubic_to(c1.0, c1.1, c2.0, c2.1, end.0, end.1);
            }
            ring.close();
        }
        paths.extend(ring.finish());
        // A blade from its ring across the pivot (0, 0) to the tip on the other side.
        let (from, to) = ((-1.2f32, side * 0.5), (3.0f32, -side * 0.55));
        let (dx, dy) = (to.0 - from.0, to.1 - from.1);
        let len = (dx * dx + dy * dy).sqrt();
        let (nx, ny) = (-dy / len, dx / len);
        let (w0, w1) = (0.3, 0.06);
        let mut blade = PathBuilder::new();
        for (i, (px, py)) in
            [(from.0 + nx * w0, from.1 + ny * w0), (to.0 + nx * w1, to.1 + ny * w1), (to.0 - nx * w1, to.1 - ny * w1), (from.0 - nx * w0, from.1 - ny * w0)]
                .into_iter()
                .enumerate()
        {
            let (px, py) = at((px, py));
            if i == 0 {
                blade.move_to(px, py);
            } else {
                blade.line_to(px, py);
            }
        }
        blade.close();
        paths.extend(blade.finish());
    }
    paths
}

/// The QR code (error correction level M) 46 × 46 mm with its top-left corner at (x, y), and
/// the Swiss cross over its centre: a white 7 mm square, a black 6 mm square, a white cross.
/// Each dark run of a row is one rectangle; all of them make one path.
fn qr_code(payload: &str, x: f32, y: f32) -> Vec<(Path, bool)> {
    let size = 46.0 * MM;
    let code = qrcode::QrCode::with_error_correction_level(payload.as_bytes(), qrcode::EcLevel::M).expect("a QR-bill payload fits in a QR code");
    let n = code.width();
    let module = size / n as f32;
    let colors = code.to_colors();
    let mut modules = PathBuilder::new();
    for row in 0..n {
        let mut col = 0;
        while col < n {
            if colors[row * n + col] == qrcode::Color::Dark {
                let start = col;
                while col < n && colors[row * n + col] == qrcode::Color::Dark {
                    col += 1;
                }
                if let Some(r) = krilla::geom::Rect::from_xywh(x + start as f32 * module, y + row as f32 * module, (col - start) as f32 * module, module) {
                    modules.push_rect(r);
                }
            } else {
                col += 1;
            }
        }
    }
    let mut paths: Vec<(Path, bool)> = modules.finish().into_iter().map(|p| (p, false)).collect();

    let (cx, cy) = (x + size / 2.0, y + size / 2.0);
    let square = |side: f32| writer::rect(cx - side / 2.0, cy - side / 2.0, side, side);
    paths.extend(square(7.0 * MM).map(|p| (p, true)));
    paths.extend(square(6.0 * MM).map(|p| (p, false)));
    // The cross: arms 7/6 mm wide, 35/9 mm from end to end, the proportions of the federal cross.
    let (arm, span) = (7.0 / 6.0 * MM, 35.0 / 9.0 * MM);
    paths.extend(writer::rect(cx - arm / 2.0, cy - span / 2.0, arm, span).map(|p| (p, true)));
    paths.extend(writer::rect(cx - span / 2.0, cy - arm / 2.0, span, arm).map(|p| (p, true)));
    paths
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    pub(crate) fn demo_bill() -> Bill {
        Bill {
            lang: "de".into(),
            creditor: Party {
                name: "Dienststelle Steuern des Kantons Luzern".into(),
                street: "Buobenmatt".into(),
                building_number: "1".into(),
                postcode: "6002".into(),
                town: "Luzern".into(),
                country: "CH".into(),
            },
            iban: "CH44 3199 9123 0008 8901 2".into(),
            amount_rappen: 6000,
            debtor: Party {
                name: "Anna Zimmermann".into(),
                street: "Zürichstrasse".into(),
                building_number: "12a".into(),
                postcode: "6004".into(),
                town: "Luzern".into(),
                country: "CH".into(),
            },
            reference: qr_reference("21000000000313947143000901"),
            message: "Hundebewilligung 2025 – Fall LU-2025-0042, Bäri".into(),
            letter: InvoiceLetter {
                title: "Rechnung".into(),
                date: "Luzern, 14. März 2025".into(),
                service: "Hundebewilligung 2025".into(),
                intro: "Für die Bewilligung Ihres Hundes stellen wir Ihnen die folgenden Gebühren in Rechnung. \
                        Bitte bezahlen Sie den Betrag innert 30 Tagen mit dem untenstehenden Einzahlungsschein."
                    .into(),
                lines: vec![("Grundgebühr Hundebewilligung".into(), "CHF 50.00".into()), ("Hundemarke".into(), "CHF 10.00".into())],
                total_label: "Total".into(),
            },
            labels: german_labels(),
        }
    }

    /// The guidelines' German headings; the portal takes them from its Fluent files.
    pub(crate) fn german_labels() -> BillLabels {
        BillLabels {
            receipt: "Empfangsschein".into(),
            payment_part: "Zahlteil".into(),
            account: "Konto / Zahlbar an".into(),
            reference: "Referenz".into(),
            additional_information: "Zusätzliche Informationen".into(),
            payable_by: "Zahlbar durch".into(),
            currency: "Währung".into(),
            amount: "Betrag".into(),
            acceptance_point: "Annahmestelle".into(),
            separate: "Vor der Einzahlung abzutrennen".into(),
        }
    }

    #[test]
    fn reference_check_digit_is_modulo_10_recursive() {
        // The guidelines' example reference.
        assert_eq!(qr_reference("21000000000313947143000901"), "210000000003139471430009017");
        assert_eq!(format_qr_reference("210000000003139471430009017"), "21 00000 00003 13947 14300 09017");
        // More check digits, cross-checked with python-stdnum's stdnum.ch.esr.
        assert_eq!(qr_reference("00000000000000000000001234"), "000000000000000000000012347");
        assert_eq!(qr_reference("1234"), "000000000000000000000012347");
        assert_eq!(qr_reference("0"), "000000000000000000000000000");
        assert_eq!(mod10_check_digit("12000000000023447894321689"), 9);
    }

    #[test]
    #[should_panic(expected = "at most 26 digits")]
    fn reference_base_must_be_digits() {
        qr_reference("RF18 5390 0754 7034");
    }

    #[test]
    fn demo_qr_iban_passes_mod_97_and_is_a_qr_iban() {
        // Mod 97 by hand for CH44 3199 9123 0008 8901 2: move "CH44" behind the account
        // number, write C as 12 and H as 17; the number must leave remainder 1.
        let digits = "31999123000889012".to_string() + "12" + "17" + "44";
        let remainder = digits.bytes().fold(0u64, |r, d| (r * 10 + u64::from(d - b'0')) % 97);
        assert_eq!(remainder, 1);
        assert_eq!(iban_problem(DEMO_QR_IBAN), None);
        assert!(is_qr_iban(DEMO_QR_IBAN));
        assert!(is_qr_iban("CH44 3199 9123 0008 8901 2"));
        assert_eq!(iban_format(DEMO_QR_IBAN), "CH44 3199 9123 0008 8901 2");
        // One digit off fails the check; an ordinary IBAN (IID 00762) is valid but no QR-IBAN.
        assert!(iban_problem("CH44 3199 9123 0008 8901 3").is_some());
        assert_eq!(iban_problem("CH93 0076 2011 6238 5295 7"), None);
        assert!(!is_qr_iban("CH93 0076 2011 6238 5295 7"));
    }

    #[test]
    fn payload_has_the_31_elements_in_order() {
        let payload = qr_payload(&demo_bill());
        let lines: Vec<&str> = payload.split('\n').collect();
        assert!(!payload.contains('\r'));
        assert!(!payload.ends_with('\n'));
        assert_eq!(
            lines,
            [
                "SPC",
                "0200",
                "1",
                "CH4431999123000889012",
                "S",
                "Dienststelle Steuern des Kantons Luzern",
                "Buobenmatt",
                "1",
                "6002",
                "Luzern",
                "CH",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "60.00",
                "CHF",
                "S",
                "Anna Zimmermann",
                "Zürichstrasse",
                "12a",
                "6004",
                "Luzern",
                "CH",
                "QRR",
                "210000000003139471430009017",
                "Hundebewilligung 2025 - Fall LU-2025-0042, Bäri",
                "EPD",
            ]
        );
        // Umlauts stay UTF-8 (coding type 1), not transliterated; the en dash is not in the
        // guidelines' character set and became a hyphen.
        assert!(payload.as_bytes().windows(2).any(|w| w == "ü".as_bytes()));
        assert!(payload.chars().all(|c| c == '\n' || super::super::charset::is_permitted(c)));
    }

    #[test]
    fn every_text_of_the_payload_is_mapped_into_the_character_set() {
        let mut bill = demo_bill();
        bill.creditor.name = "Service de l’état civil et des naturalisations".into();
        bill.creditor.street = "Place de l’Hôtel\u{2011}de\u{2011}Ville".into();
        bill.debtor.name = "Nguyễn “Anh” Zoë".into();
        bill.debtor.town = "Lucerne\u{A0}6".into();
        bill.message = "Acte d’état civil — FR-2026-000001…".into();
        let payload = qr_payload(&bill);
        let lines: Vec<&str> = payload.split('\n').collect();
        assert_eq!(lines[5], "Service de l'état civil et des naturalisations");
        assert_eq!(lines[6], "Place de l'Hôtel-de-Ville");
        assert_eq!(lines[21], "Nguyen \"Anh\" Zoë");
        assert_eq!(lines[25], "Lucerne 6");
        assert_eq!(lines[29], "Acte d'état civil - FR-2026-000001...");
    }

    #[test]
    fn the_code_s_amount_has_two_decimals_and_no_separators() {
        assert_eq!(payload_amount(6000), "60.00");
        assert_eq!(payload_amount(5), "0.05");
        assert_eq!(payload_amount(123456789), "1234567.89");
    }

    #[test]
    fn payload_fields_are_single_lines_within_their_lengths() {
        let mut bill = demo_bill();
        bill.message = format!("Zeile 1\r\nZeile 2 {}", "x".repeat(200));
        bill.debtor.town = "  Luzern\n".into();
        let payload = qr_payload(&bill);
        let lines: Vec<&str> = payload.split('\n').collect();
        assert_eq!(lines.len(), 31);
        assert_eq!(lines[25], "Luzern");
        assert!(lines[29].starts_with("Zeile 1  Zeile 2 xxx"));
        assert_eq!(lines[29].chars().count(), 140);
    }

    #[test]
    fn bill_is_one_validated_page() {
        let doc = bill_doc(&demo_bill());
        assert_eq!(doc.page_count(), 1);
        let pdf = doc.render(true).expect("the bill passes krilla's PDF/UA-1 checks");
        assert!(pdf.starts_with(b"%PDF"));
        // A letter with many fee lines puts the payment part on a page of its own.
        let mut bill = demo_bill();
        bill.letter.lines = (0..30).map(|i| (format!("Position {i}"), "CHF 2.00".to_string())).collect();
        let doc = bill_doc(&bill);
        assert_eq!(doc.page_count(), 2);
        doc.render(true).expect("valid");
    }
}
