//! The documents a submission produces, in the citizen's language: the receipt with the
//! answers as submitted, and the invoice when a fee is due.

use super::texts;
use crate::error::ApiResult;
use crate::pdf::{self, chf, Bill, BillLabels, Fee, InvoiceLetter, Party, Receipt};
use crate::store::accounts::Postal as Account;
use crate::AppState;
use guichet_model::form::{part_key, FieldKind};
use guichet_model::journey::{Journey, SummaryRow, SummaryValue};
use guichet_model::swiss::swiss_date;
use guichet_model::Lang;

pub struct Documents {
    pub receipt: Vec<u8>,
    pub invoice: Option<Vec<u8>>,
}

/// Where a canton's authorities write from when an authority has no address on record.
fn canton_seat(canton: &str) -> (&'static str, &'static str) {
    match canton {
        "FR" => ("1701", "Fribourg"),
        "GR" => ("7001", "Chur"),
        _ => ("6002", "Luzern"),
    }
}

/// The authority as letterheads and the QR-bill's creditor name it: its stored address (lines
/// joined by "\n": street and number, perhaps a PO box, then postcode and town). A structured
/// address has no place for a PO box line, so it is left out; without a postcode line on
/// record, the canton's seat stands in.
fn authority_party(name: String, address: &str, canton: &str) -> Party {
    let lines: Vec<&str> = address.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    let town_line = lines
        .last()
        .and_then(|l| l.split_once(' '))
        .filter(|(code, town)| code.len() == 4 && code.bytes().all(|b| b.is_ascii_digit()) && !town.trim().is_empty());
    let Some((postcode, town)) = town_line else {
        let (postcode, town) = canton_seat(canton);
        return Party { name, postcode: postcode.into(), town: town.into(), country: "CH".into(), ..Party::default() };
    };
    let (street, building_number) = lines.first().filter(|_| lines.len() > 1).map(|l| split_street(l)).unwrap_or_default();
    Party { name, street, building_number, postcode: postcode.into(), town: town.trim().into(), country: "CH".into() }
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
    /// `authority` is the authority's localised name (JSON) and `authority_address` its stored
    /// address.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        state: &AppState,
        journey: &Journey,
        account: &Account,
        authority: &str,
        authority_address: &str,
        reference: &str,
        lang: Lang,
        canton: &str,
    ) -> ApiResult<Documents> {
        let authority = crate::store::text::localized(authority, lang)?.text;
        let service = super::drafts::service_title(journey.service, lang);
        let date = swiss_date(&state.clock.now().date().to_string());
        let (yes, no) = (texts::get("receipt-yes", lang), texts::get("receipt-no", lang));
        let mut rows: Vec<(String, String)> = Vec::new();
        for step in journey.summary() {
            for row in &step.rows {
                flatten(row, journey, lang, &yes, &no, "", &mut rows);
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
        let sender = authority_party(authority, authority_address, canton);
        let seat_town = sender.town.clone();
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
            title: texts::get("receipt-title", lang),
            reference_label: texts::get("receipt-reference", lang),
            reference: reference.into(),
            service_label: texts::get("receipt-service", lang),
            service: service.clone(),
            intro: String::new(),
            rows_heading: texts::get("receipt-answers", lang),
            rows,
            fee: (fee.total > 0).then(|| Fee {
                label: texts::get("receipt-total", lang),
                amount: chf(fee.total),
                note: texts::get("receipt-payment-due", lang),
            }),
            closing: texts::get("receipt-closing", lang),
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
                    title: texts::get("receipt-invoice-title", lang),
                    date: format!("{seat_town}, {date}"),
                    service,
                    intro: texts::get("receipt-payment-due", lang),
                    lines: fee_lines,
                    total_label: texts::get("receipt-total", lang),
                },
                labels: bill_labels(lang),
            })
        });
        Ok(Documents { receipt, invoice })
    }
}

/// The QR-bill's headings in `lang`, as the guidelines word them (`qrbill.ftl`).
pub fn bill_labels(lang: Lang) -> BillLabels {
    BillLabels {
        receipt: texts::get("qrbill-receipt", lang),
        payment_part: texts::get("qrbill-payment-part", lang),
        account: texts::get("qrbill-account", lang),
        reference: texts::get("qrbill-reference", lang),
        additional_information: texts::get("qrbill-additional-information", lang),
        payable_by: texts::get("qrbill-payable-by", lang),
        currency: texts::get("qrbill-currency", lang),
        amount: texts::get("qrbill-amount", lang),
        acceptance_point: texts::get("qrbill-acceptance-point", lang),
        separate: texts::get("qrbill-separate", lang),
    }
}

/// One summary row as label/value pairs; group items become "Person 1: …" rows. An address or
/// postcode names the municipality it lies in with its BFS number, since the municipality
/// decides which office handles the case (6005 Luzern may lie in Kriens).
fn flatten(row: &SummaryRow, journey: &Journey, lang: Lang, yes: &str, no: &str, prefix: &str, out: &mut Vec<(String, String)>) {
    let label = format!("{prefix}{}", row.field.label.pick(lang).map(|t| t.text).unwrap_or_default());
    match &row.value {
        SummaryValue::Items(items) => {
            let item_label = match &row.field.kind {
                FieldKind::Group { item_label, .. } => item_label.pick(lang).map(|t| t.text).unwrap_or_default(),
                _ => String::new(),
            };
            for (index, item) in items.iter().enumerate() {
                for inner in item {
                    flatten(inner, journey, lang, yes, no, &format!("{item_label} {}, ", index + 1), out);
                }
            }
        }
        SummaryValue::Empty => {}
        value => {
            let mut text = value.plain_text(lang, yes, no);
            let postcode_key = match row.field.kind {
                FieldKind::Address => Some(part_key(&row.key, "postcode")),
                FieldKind::Postcode => Some(row.key.clone()),
                _ => None,
            };
            if let Some(municipality) = postcode_key.and_then(|postcode| municipality_text(journey, &row.key, &postcode, lang)) {
                text = format!("{text}, {municipality}");
            }
            out.push((label, text))
        }
    }
}

/// "Gemeinde: Kriens (LU), BFS-Nr. 1059" for the municipality chosen at `key`, or the only one
/// of its postcode.
fn municipality_text(journey: &Journey, key: &str, postcode_key: &str, lang: Lang) -> Option<String> {
    let places = super::places::places();
    let chosen = journey.answers.get(&part_key(key, "bfs")).and_then(|b| b.trim().parse::<u32>().ok());
    let only = || match places.municipalities(journey.answers.get(postcode_key)?.trim()).as_slice() {
        [one] => Some(*one),
        _ => None,
    };
    let bfs = chosen.or_else(only)?;
    let (name, canton) = (places.municipality_name(bfs)?, places.canton_of(bfs)?);
    Some(texts::get_args("receipt-municipality", lang, &[("municipality", name), ("canton", canton), ("bfs", &bfs.to_string())]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_authority_writes_from_its_stored_address() {
        let civil = authority_party("Service de l’état civil".into(), "Route des Arsenaux 41\n1700 Fribourg", "FR");
        assert_eq!(civil.lines(), ["Service de l’état civil", "Route des Arsenaux 41", "1700 Fribourg"]);
        assert_eq!((civil.street.as_str(), civil.building_number.as_str()), ("Route des Arsenaux", "41"));
        // A PO box line has no place in a structured address.
        let tax = authority_party("Dienststelle Steuern".into(), "Buobenmatt 1\nPostfach\n6002 Luzern", "LU");
        assert_eq!(tax.lines(), ["Dienststelle Steuern", "Buobenmatt 1", "6002 Luzern"]);
        // Without an address on record, the canton's seat.
        let unknown = authority_party("Amt".into(), "", "GR");
        assert_eq!(unknown.lines(), ["Amt", "7001 Chur"]);
    }
}
