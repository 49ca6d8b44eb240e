//! The portal's own texts for citizens: the statuses of a case, its history, the receipt and
//! the invoice with its QR-bill headings, and the demo letters. They are Fluent files in
//! `crates/portal/locales/<lang>/<area>.ftl`, which `guichet-l10n check` checks as it checks
//! the app's; compiled into the binary and parsed once, on first use.
//!
//! Every id is a literal where it is used, `texts::get("receipt-title", lang)`, or marked with
//! [`text_id`] where the code chooses one, so the check sees each id the portal uses. A
//! missing text is logged and the German one used (the check keeps that from shipping).

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use guichet_model::api::{CaseStatus, LocalizedText};
use guichet_model::Lang;
use std::sync::OnceLock;

/// The areas, one file each in every locale.
const FILES: [&str; 5] = ["statuses", "events", "receipts", "qrbill", "demo"];

/// The files of one locale, in the order of [`FILES`].
macro_rules! locale {
    ($lang:literal) => {
        [
            include_str!(concat!("../../locales/", $lang, "/statuses.ftl")),
            include_str!(concat!("../../locales/", $lang, "/events.ftl")),
            include_str!(concat!("../../locales/", $lang, "/receipts.ftl")),
            include_str!(concat!("../../locales/", $lang, "/qrbill.ftl")),
            include_str!(concat!("../../locales/", $lang, "/demo.ftl")),
        ]
    };
}

/// Every locale, in the order of `Lang::ALL`.
const SOURCES: [[&str; FILES.len()]; 5] = [locale!("de"), locale!("fr"), locale!("it"), locale!("rm"), locale!("en")];

/// The concurrent bundle, so one set serves every request thread.
type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [Bundle; 5] {
    static BUNDLES: OnceLock<[Bundle; 5]> = OnceLock::new();
    BUNDLES.get_or_init(|| std::array::from_fn(|i| bundle(Lang::ALL[i], &SOURCES[i])))
}

fn bundle(lang: Lang, sources: &[&str]) -> Bundle {
    let langid = lang.swiss_locale().parse().unwrap_or_else(|_| lang.code().parse().expect("a valid language id"));
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Isolation marks only matter for right-to-left text, and would land in PDFs and JSON.
    bundle.set_use_isolating(false);
    for (file, source) in FILES.iter().zip(sources) {
        // A broken message is logged and left out; the rest of its file still serves.
        let resource = FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(resource, errors)| {
            tracing::error!(lang = lang.code(), file, ?errors, "syntax errors in the portal's texts");
            resource
        });
        if let Err(errors) = bundle.add_resource(resource) {
            tracing::error!(lang = lang.code(), file, ?errors, "a text of the portal is defined twice");
        }
    }
    bundle
}

fn index(lang: Lang) -> usize {
    Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)
}

/// The text `id` in `lang`.
pub fn get(id: &str, lang: Lang) -> String {
    format(bundles(), id, lang, None)
}

/// The text `id` in `lang` with its variables, e.g. `&[("reference", "LU-2026-004001")]`.
pub fn get_args(id: &str, lang: Lang, args: &[(&str, &str)]) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, *value);
    }
    format(bundles(), id, lang, Some(&fluent_args))
}

/// The text `id` in all five languages, as the database stores localised texts.
pub fn localized(id: &str) -> LocalizedText {
    LocalizedText::new(Lang::ALL.map(|lang| (lang, format(bundles(), id, lang, None))))
}

/// [`localized`] as the JSON the database's localised columns hold.
pub fn localized_json(id: &str) -> String {
    serde_json::to_string(&localized(id)).expect("serialisable")
}

/// Marks a text id the code chooses at run time, so the translators' check sees it is used.
/// Ids passed straight to [`get`], [`get_args`] or [`localized`] need no marker.
pub const fn text_id(id: &'static str) -> &'static str {
    id
}

/// The id of a status's label (`statuses.ftl`).
pub fn status_label_id(status: CaseStatus) -> &'static str {
    match status {
        CaseStatus::Received => text_id("status-received"),
        CaseStatus::InProgress => text_id("status-in-progress"),
        CaseStatus::ActionRequired => text_id("status-action-required"),
        CaseStatus::Completed => text_id("status-completed"),
        CaseStatus::Rejected => text_id("status-rejected"),
    }
}

/// The id of what reaching `status` means for the citizen, and what happens next, as a case's
/// history tells it (`events.ftl`).
pub fn event_text_id(status: CaseStatus) -> &'static str {
    match status {
        CaseStatus::Received => text_id("event-received"),
        CaseStatus::InProgress => text_id("event-in-progress"),
        CaseStatus::ActionRequired => text_id("event-action-required"),
        CaseStatus::Completed => text_id("event-completed"),
        CaseStatus::Rejected => text_id("event-rejected"),
    }
}

/// Writes the statuses' labels into `case_statuses`, at every start: a portal without demo
/// data has them too, and a corrected translation reaches the stored labels.
pub async fn store_status_labels(db: &crate::store::Db) -> sqlx::Result<()> {
    for status in CaseStatus::ALL {
        crate::store::statuses::upsert(db, status.code(), &localized_json(status_label_id(status))).await?;
    }
    Ok(())
}

/// Looks `id` up in `lang`, then in German; the id itself when neither has it. Never panics:
/// a missing text must not take a submission down.
fn format(bundles: &[Bundle; 5], id: &str, lang: Lang, args: Option<&FluentArgs>) -> String {
    let mut chain = vec![lang];
    if lang != Lang::REFERENCE {
        chain.push(Lang::REFERENCE);
    }
    for candidate in chain {
        let bundle = &bundles[index(candidate)];
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            tracing::error!(id, lang = candidate.code(), "the portal has no such text");
            continue;
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors).into_owned();
        if !errors.is_empty() {
            tracing::error!(id, lang = candidate.code(), ?errors, "a text of the portal did not format");
        }
        return text;
    }
    id.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// The ids the German files define, read from their lines (`id = text`).
    fn reference_ids() -> Vec<String> {
        SOURCES[0]
            .iter()
            .flat_map(|source| source.lines())
            .filter_map(|line| line.split_once(" = ").map(|(id, _)| id).filter(|id| !id.starts_with('#') && !id.starts_with(' ')))
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn every_file_of_every_locale_is_compiled_in() {
        for lang in Lang::ALL {
            let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales").join(lang.code());
            let on_disk: BTreeSet<String> =
                std::fs::read_dir(&dir).unwrap().filter_map(|e| e.ok()?.path().file_stem().map(|s| s.to_string_lossy().into_owned())).collect();
            assert_eq!(on_disk, FILES.iter().map(|f| f.to_string()).collect(), "{}", dir.display());
        }
    }

    #[test]
    fn every_text_formats_in_every_language_without_isolation_marks() {
        let ids = reference_ids();
        assert!(ids.len() > 30, "{ids:?}");
        let args = [("reference", "LU-2026-004001"), ("municipality", "Kriens"), ("canton", "LU"), ("bfs", "1059")];
        for lang in Lang::ALL {
            let bundle = &bundles()[index(lang)];
            for id in &ids {
                let pattern = bundle.get_message(id).and_then(|m| m.value()).unwrap_or_else(|| panic!("{id} is missing in {lang}"));
                let mut fluent_args = FluentArgs::new();
                for (name, value) in args {
                    fluent_args.set(name, value);
                }
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
                assert!(errors.is_empty(), "{id} in {lang}: {errors:?}");
                assert!(!text.contains(['\u{2068}', '\u{2069}']), "{id} in {lang}: {text:?}");
            }
        }
    }

    #[test]
    fn texts_read_as_written_with_their_variables() {
        assert_eq!(get("status-received", Lang::Fr), "Reçu");
        assert_eq!(get("receipt-title", Lang::Rm), "Conferma d’entrada");
        assert_eq!(get_args("demo-letter-reference", Lang::Fr, &[("reference", "FR-2026-004001")]), "Référence : FR-2026-004001");
        assert_eq!(
            get_args("receipt-municipality", Lang::De, &[("municipality", "Kriens"), ("canton", "LU"), ("bfs", "1059")]),
            "Gemeinde: Kriens (LU), BFS-Nr. 1059"
        );
        assert_eq!(get(status_label_id(CaseStatus::ActionRequired), Lang::En), "Your action is needed");
        assert!(get(event_text_id(CaseStatus::Completed), Lang::It).starts_with("La sua richiesta è stata evasa."));
    }

    #[test]
    fn the_qr_bill_headings_follow_the_guidelines_and_romansh_takes_the_german_ones() {
        assert_eq!(get("qrbill-payment-part", Lang::Fr), "Section paiement");
        assert_eq!(get("qrbill-acceptance-point", Lang::It), "Punto di accettazione");
        assert_eq!(get("qrbill-receipt", Lang::Rm), "Empfangsschein");
        assert_eq!(get("qrbill-account", Lang::En), "Account / Payable to");
    }

    #[test]
    fn localized_texts_carry_all_five_languages() {
        let text = localized("receipt-invoice-title");
        assert_eq!(text.0.len(), 5);
        assert_eq!(text.0[&Lang::De], "Rechnung");
        assert_eq!(text.0[&Lang::Rm], "Quint");
        assert_eq!(localized_json("status-rejected"), r#"{"de":"Abgelehnt","fr":"Refusé","it":"Respinto","rm":"Refusà","en":"Rejected"}"#);
    }

    #[test]
    fn a_missing_text_falls_back_to_german_then_to_its_id() {
        let sources: [[&str; 1]; 5] = [["only-german = Nur Deutsch\n"], [""], [""], [""], [""]];
        let bundles: [Bundle; 5] = std::array::from_fn(|i| bundle(Lang::ALL[i], &sources[i]));
        assert_eq!(format(&bundles, "only-german", Lang::Fr, None), "Nur Deutsch");
        assert_eq!(format(&bundles, "nowhere", Lang::It, None), "nowhere");
        assert_eq!(get("nowhere-at-all", Lang::Rm), "nowhere-at-all");
    }
}
