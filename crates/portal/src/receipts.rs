//! The documents a submission produces, in the citizen's language: the receipt with the
//! answers as submitted, and the invoice when a fee is due.

use crate::error::ApiResult;
use crate::pdf::{self, Bill, Fee, InvoiceLetter, Party, Receipt};
use crate::seed::pick;
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

/// An amount in Rappen as `CHF 60.00`.
pub fn chf(rappen: u64) -> String {
    format!("CHF {}.{:02}", rappen / 100, rappen % 100)
}

pub struct Documents {
    pub receipt: Vec<u8>,
    pub invoice: Option<Vec<u8>>,
}

/// Where each canton's authorities write from, for the letterhead and the QR-bill's creditor.
/// Demo data: the authorities' own addresses come with the authorities' contact details.
fn canton_seat(canton: &str) -> (&'static str, &'static str) {
    match canton {
        "FR" => ("1701", "Fribourg"),
        "GR" => ("7001", "Chur"),
        _ => ("6002", "Luzern"),
    }
}

/// `Rue de Lausanne 45` as street and building number, as a structured address wants them.
fn split_street(street: &str) -> (String, String) {
    match street.rsplit_once(' ') {
        Some((name, number)) if number.chars().next().is_some_and(|c| c.is_ascii_digit()) => (name.to_owned(), number.to_owned()),
        _ => (street.to_owned(), String::new()),
    }
}

/// A 27-digit QR reference from a case reference such as `FR-2026-712394`: its digits,
/// then the check digit.
pub fn qr_reference_of(reference: &str) -> String {
    let digits: String = reference.chars().filter(char::is_ascii_digit).collect();
    pdf::qr_reference(&digits)
}

impl Documents {
    pub fn new(
        state: &AppState,
        journey: &Journey,
        account: &Account,
        authority: &str,
        reference: &str,
        lang: Lang,
        canton: &str,
    ) -> ApiResult<Documents> {
        let authority = crate::cases::localized(authority, lang)?.text;
        let service = crate::drafts::service_title(journey.service, lang);
        let date = swiss_date(&state.clock.now().date().to_string());
        let (yes, no) = (pick(WORDS.yes, lang), pick(WORDS.no, lang));
        let mut rows: Vec<(String, String)> = Vec::new();
        for step in journey.summary() {
            for row in &step.rows {
                flatten(row, lang, yes, no, "", &mut rows);
            }
        }
        let fee = journey.fee();
        let fee_lines: Vec<(String, String)> = fee
            .lines
            .iter()
            .map(|l| {
                let label = l.label.pick(lang).map(|t| t.text).unwrap_or_default();
                let label = if l.quantity > 1 { format!("{label} ({} × {})", l.quantity, chf(l.unit)) } else { label };
                (label, chf(l.amount))
            })
            .collect();
        let (seat_postcode, seat_town) = canton_seat(canton);
        let sender = Party { name: authority, postcode: seat_postcode.into(), town: seat_town.into(), country: "CH".into(), ..Party::default() };
        let (street, building_number) = split_street(&account.street);
        let recipient = Party {
            name: account.display_name.clone(),
            street,
            building_number,
            postcode: account.postcode.clone(),
            town: account.town.clone(),
            country: "CH".into(),
        };
        let receipt = pdf::receipt(&Receipt {
            lang: lang.code().into(),
            authority: sender.clone(),
            recipient: recipient.clone(),
            date: format!("{seat_town}, {date}"),
            title: pick(WORDS.receipt, lang).into(),
            reference_label: pick(WORDS.reference, lang).into(),
            reference: reference.into(),
            service_label: pick(WORDS.service, lang).into(),
            service: service.clone(),
            intro: String::new(),
            rows_heading: pick(WORDS.answers, lang).into(),
            rows,
            fee: (fee.total > 0).then(|| Fee { label: pick(WORDS.total, lang).into(), amount: chf(fee.total), note: pick(WORDS.payment_due, lang).into() }),
            closing: pick(WORDS.closing, lang).into(),
        });
        let invoice = (fee.total > 0).then(|| {
            pdf::qr_bill(&Bill {
                lang: lang.code().into(),
                creditor: sender,
                iban: pdf::DEMO_QR_IBAN.into(),
                amount_rappen: fee.total,
                debtor: recipient,
                reference: qr_reference_of(reference),
                message: format!("{service} {reference}"),
                letter: InvoiceLetter {
                    title: pick(WORDS.invoice, lang).into(),
                    date: format!("{seat_town}, {date}"),
                    service,
                    intro: pick(WORDS.payment_due, lang).into(),
                    lines: fee_lines,
                    total_label: pick(WORDS.total, lang).into(),
                },
            })
        });
        Ok(Documents { receipt, invoice })
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
