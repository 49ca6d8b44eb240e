//! The documents a submission produces, in the citizen's language: the receipt with the
//! answers as submitted, and the invoice when a fee is due.

use crate::error::ApiResult;
use crate::pdf::{self, Line};

/// A line of a letter: text, bold, size in points.
type Text = (String, bool, u8);

fn render(lines: &[Text]) -> Vec<u8> {
    let lines: Vec<Line> = lines.iter().map(|(text, bold, size)| Line { text, bold: *bold, size: *size }).collect();
    pdf::letter(&lines)
}
use crate::submission::Account;
use crate::AppState;
use guichet_model::journey::{Journey, SummaryRow, SummaryValue};
use guichet_model::swiss::swiss_date;
use guichet_model::Lang;

/// The receipt's and invoice's own words, in de, fr, it, rm, en.
struct Words {
    receipt: [&'static str; 5],
    invoice: [&'static str; 5],
    reference: [&'static str; 5],
    service: [&'static str; 5],
    submitted: [&'static str; 5],
    answers: [&'static str; 5],
    total: [&'static str; 5],
    payment_due: [&'static str; 5],
    closing: [&'static str; 5],
    yes: [&'static str; 5],
    no: [&'static str; 5],
}

const WORDS: Words = Words {
    receipt: ["Eingangsbestätigung", "Accusé de réception", "Conferma di ricezione", "Conferma d’entrada", "Acknowledgement of receipt"],
    invoice: ["Rechnung", "Facture", "Fattura", "Quint", "Invoice"],
    reference: ["Referenz", "Référence", "Riferimento", "Referenza", "Reference"],
    service: ["Dienstleistung", "Prestation", "Servizio", "Servetsch", "Service"],
    submitted: ["Eingereicht am", "Déposé le", "Inoltrato il", "Inoltrà ils", "Submitted on"],
    answers: ["Ihre Angaben", "Vos indications", "I suoi dati", "Vossas indicaziuns", "Your answers"],
    total: ["Total", "Total", "Totale", "Total", "Total"],
    payment_due: [
        "Die Gebühr ist noch zu bezahlen: bitte mit dem QR-Einzahlungsschein der Rechnung innert 30 Tagen.",
        "L’émolument reste à payer : veuillez utiliser la facture QR dans les 30 jours.",
        "L’emolumento è ancora da pagare: utilizzi la fattura QR entro 30 giorni.",
        "La taxa sto anc vegnir pajada: utilisai p.pl. il quint QR entaifer 30 dis.",
        "The fee is still to be paid: please use the QR-bill invoice within 30 days.",
    ],
    closing: [
        "Vielen Dank. Sie sehen den Stand Ihres Geschäfts jederzeit im Portal.",
        "Merci. Vous pouvez suivre l’état de votre dossier à tout moment sur le portail.",
        "Grazie. Può seguire lo stato della sua pratica in ogni momento sul portale.",
        "Grazia fitg. Vus vesais il stadi da Vossa fatschenta da tut temp en il portal.",
        "Thank you. You can follow your case on the portal at any time.",
    ],
    yes: ["Ja", "Oui", "Sì", "Gea", "Yes"],
    no: ["Nein", "Non", "No", "Na", "No"],
};

fn word(texts: [&'static str; 5], lang: Lang) -> &'static str {
    texts[Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)]
}

/// An amount in Rappen as `CHF 60.00`.
pub fn chf(rappen: u64) -> String {
    format!("CHF {}.{:02}", rappen / 100, rappen % 100)
}

pub struct Documents {
    pub receipt: Vec<u8>,
    pub invoice: Option<Vec<u8>>,
}

impl Documents {
    pub fn new(
        state: &AppState,
        journey: &Journey,
        account: &Account,
        authority: &str,
        reference: &str,
        lang: Lang,
        _canton: &str,
    ) -> ApiResult<Documents> {
        let authority = crate::cases::localized(authority, lang)?.text;
        let service = crate::drafts::service_title(journey.service, lang);
        let date = swiss_date(&state.clock.now().date().to_string());
        let (yes, no) = (word(WORDS.yes, lang), word(WORDS.no, lang));
        let mut rows: Vec<(String, String)> = Vec::new();
        for step in journey.summary() {
            for row in &step.rows {
                flatten(row, lang, yes, no, "", &mut rows);
            }
        }
        let fee = journey.fee();
        let fee_rows: Vec<(String, String)> = fee
            .lines
            .iter()
            .map(|l| {
                let label = l.label.pick(lang).map(|t| t.text).unwrap_or_default();
                let label = if l.quantity > 1 { format!("{label} ({} × {})", l.quantity, chf(l.unit)) } else { label };
                (label, chf(l.amount))
            })
            .collect();
        let town = format!("{} {}", account.postcode, account.town);
        let reference_line = format!("{}: {reference}", word(WORDS.reference, lang));
        let service_line = format!("{}: {service}", word(WORDS.service, lang));
        let submitted_line = format!("{}: {date}", word(WORDS.submitted, lang));
        let head = |title: &'static str| -> Vec<Text> {
            vec![
                (authority.clone(), true, 12),
                (String::new(), false, 10),
                (account.display_name.clone(), false, 11),
                (account.street.clone(), false, 11),
                (town.clone(), false, 11),
                (String::new(), false, 10),
                (title.to_owned(), true, 16),
                (reference_line.clone(), false, 11),
                (service_line.clone(), false, 11),
                (submitted_line.clone(), false, 11),
                (String::new(), false, 10),
            ]
        };
        let mut receipt = head(word(WORDS.receipt, lang));
        receipt.push((word(WORDS.answers, lang).to_owned(), true, 12));
        receipt.extend(rows.iter().map(|(label, value)| (format!("{label}: {value}"), false, 10)));
        let mut fee_lines: Vec<Text> = fee_rows.iter().map(|(label, amount)| (format!("{label}: {amount}"), false, 10)).collect();
        if fee.total > 0 {
            fee_lines.push((format!("{}: {}", word(WORDS.total, lang), chf(fee.total)), true, 11));
            receipt.push((String::new(), false, 10));
            receipt.extend(fee_lines.iter().cloned());
            receipt.push((word(WORDS.payment_due, lang).to_owned(), false, 10));
        }
        receipt.push((String::new(), false, 10));
        receipt.push((word(WORDS.closing, lang).to_owned(), false, 10));
        let invoice = (fee.total > 0).then(|| {
            let mut lines = head(word(WORDS.invoice, lang));
            lines.extend(fee_lines.iter().cloned());
            lines.push((word(WORDS.payment_due, lang).to_owned(), false, 10));
            render(&lines)
        });
        Ok(Documents { receipt: render(&receipt), invoice })
    }
}

/// One summary row as label/value pairs; group items become "Person 1: …" rows.
fn flatten(row: &SummaryRow, lang: Lang, yes: &str, no: &str, prefix: &str, out: &mut Vec<(String, String)>) {
    let label = format!("{prefix}{}", row.field.label.pick(lang).map(|t| t.text).unwrap_or_default());
    match &row.value {
        SummaryValue::Items(items) => {
            let item_label = match &row.field.kind {
                guichet_model::form::FieldKind::Group { item_label, .. } => item_label.pick(lang).map(|t| t.text).unwrap_or_default(),
                _ => String::new(),
            };
            for (index, item) in items.iter().enumerate() {
                for inner in item {
                    flatten(inner, lang, yes, no, &format!("{item_label} {}, ", index + 1), out);
                }
            }
        }
        SummaryValue::Empty => {}
        value => out.push((label, value.plain_text(lang, yes, no))),
    }
}
