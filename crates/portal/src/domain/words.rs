//! The portal's own words for citizens, in de, fr, it, rm, en: status labels, what each
//! status means, document titles. Stored texts are localised JSON built from these.

use guichet_model::api::{CaseStatus, LocalizedText};
use guichet_model::Lang;

/// Localised JSON in the five languages, in the order de, fr, it, rm, en. An empty string
/// leaves that language out, so the fallback chain is exercised by real data.
pub fn l10n(texts: [&str; 5]) -> String {
    let text = LocalizedText::new(Lang::ALL.into_iter().zip(texts).filter(|(_, t)| !t.is_empty()));
    serde_json::to_string(&text).expect("serialisable")
}

/// One of five texts in the order de, fr, it, rm, en; German where one is empty.
pub fn pick(texts: [&str; 5], lang: Lang) -> &str {
    let index = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    if texts[index].is_empty() { texts[0] } else { texts[index] }
}

pub const STATUS_LABELS: [(CaseStatus, [&str; 5]); 5] = [
    (CaseStatus::Received, ["Eingegangen", "Reçu", "Ricevuto", "Retschavì", "Received"]),
    (CaseStatus::InProgress, ["In Bearbeitung", "En traitement", "In elaborazione", "En elavuraziun", "In progress"]),
    (CaseStatus::ActionRequired, ["Ihre Mitwirkung ist nötig", "Votre action est requise", "È necessaria una sua azione", "Vossa collavuraziun è necessaria", "Your action is needed"]),
    (CaseStatus::Completed, ["Abgeschlossen", "Terminé", "Concluso", "Terminà", "Completed"]),
    (CaseStatus::Rejected, ["Abgelehnt", "Refusé", "Respinto", "Refusà", "Rejected"]),
];

/// What each step means for the citizen, and what happens next.
pub fn event_text(status: CaseStatus) -> [&'static str; 5] {
    match status {
        CaseStatus::Received => [
            "Wir haben Ihr Gesuch erhalten. Wir prüfen es und melden uns, sobald es bearbeitet ist.",
            "Nous avons bien reçu votre demande. Nous l’examinons et vous informerons dès qu’elle sera traitée.",
            "Abbiamo ricevuto la sua richiesta. La esaminiamo e la informeremo non appena sarà evasa.",
            "Nus avain retschavì Vossa dumonda. Nus l’examinain e As infurmain uschespert ch’ella è elavurada.",
            "We have received your request. We are checking it and will let you know as soon as it has been processed.",
        ],
        CaseStatus::InProgress => [
            "Ihr Gesuch wird bearbeitet. Sie müssen im Moment nichts tun.",
            "Votre demande est en cours de traitement. Vous n’avez rien à faire pour l’instant.",
            "La sua richiesta è in elaborazione. Per il momento non deve fare nulla.",
            "Vossa dumonda vegn elavurada. Vus na stuais far nagut per il mument.",
            "Your request is being processed. There is nothing you need to do at the moment.",
        ],
        CaseStatus::ActionRequired => [
            "Uns fehlt eine Angabe. Bitte reichen Sie die verlangten Unterlagen bis zur angegebenen Frist ein.",
            "Il nous manque une information. Veuillez fournir les documents demandés d’ici le délai indiqué.",
            "Ci manca un’informazione. La preghiamo di inoltrare i documenti richiesti entro il termine indicato.",
            "I ans manca ina indicaziun. Inoltrai p.pl. ils documents pretendids fin il termin indicà.",
            "Some information is missing. Please send the documents we asked for by the deadline shown.",
        ],
        CaseStatus::Completed => [
            "Ihr Gesuch ist erledigt. Das Dokument finden Sie unten zum Herunterladen.",
            "Votre demande est traitée. Vous trouverez le document ci-dessous.",
            "La sua richiesta è stata evasa. Trova il documento qui sotto.",
            "Vossa dumonda è evadida. Il document chattais Vus sutvart.",
            "Your request has been completed. You will find the document below.",
        ],
        CaseStatus::Rejected => [
            "Wir konnten Ihr Gesuch leider nicht gutheissen. Die Begründung und die Rechtsmittelbelehrung stehen in der Verfügung.",
            "Nous n’avons malheureusement pas pu donner suite à votre demande. Les motifs et les voies de recours figurent dans la décision.",
            "Purtroppo non abbiamo potuto accogliere la sua richiesta. La motivazione e i rimedi giuridici figurano nella decisione.",
            "Nus n’avain deplorablamain betg pudì approvar Vossa dumonda. La motivaziun e l’instrucziun davart ils meds legals stattan en la disposiziun.",
            "Unfortunately we could not approve your request. The reasons and how to appeal are set out in the decision.",
        ],
    }
}

pub const RECEIPT: [&str; 5] = ["Eingangsbestätigung", "Accusé de réception", "Conferma di ricezione", "Conferma d’entrada", "Acknowledgement of receipt"];
pub const INVOICE: [&str; 5] = ["Rechnung", "Facture", "Fattura", "Quint", "Invoice"];
