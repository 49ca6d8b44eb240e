//! Components in a real browser (headless Chromium), with the real Fluent files.
#![cfg(target_arch = "wasm32")]

use guichet::api::ApiError;
use guichet::components::case_list::{ActionNeeded, CaseTable, Pager, StatusPills};
use guichet::components::documents::DocumentList;
use guichet::components::error_panel::ErrorPanel;
use guichet::components::error_summary::{ErrorSummary, FormProblem};
use guichet::components::localized::Localized;
use guichet::components::messages::Thread;
use guichet::components::sender::SenderCard;
use guichet::components::session_timeout::SessionTimeout;
use guichet::components::status::StatusBadge;
use guichet::i18n::{args, bundle_from_sources, format_chf, format_date, format_number, format_relative_days, I18n, L10nTool, LOCALE_FILES};
use guichet::routes::{safe_next, sign_in_href, Page, WizardAt};
use guichet::wizard::fields::FieldView;
use guichet::wizard::{FormState, PlaceLookup};
use guichet_model::api::{AuthorityLevel, CaseList, CaseStatus, CaseSummary, DocumentMeta, Message, Sender, StatusCount, StatusFilter, Text};
use guichet_model::api::{LocalizedText, Place};
use guichet_model::form::{Answers, Field};
use guichet_model::Lang;
use leptos::prelude::*;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The real .ftl files of a locale, in the order the app loads them.
macro_rules! locale_files {
    ($lang:literal) => {
        [
            include_str!(concat!("../locales/", $lang, "/common.ftl")),
            include_str!(concat!("../locales/", $lang, "/account.ftl")),
            include_str!(concat!("../locales/", $lang, "/dashboard.ftl")),
            include_str!(concat!("../locales/", $lang, "/case.ftl")),
            include_str!(concat!("../locales/", $lang, "/errors.ftl")),
            include_str!(concat!("../locales/", $lang, "/services.ftl")),
            include_str!(concat!("../locales/", $lang, "/wizard.ftl")),
        ]
    };
}

fn locale(lang: Lang) -> Vec<String> {
    assert_eq!(LOCALE_FILES, ["common", "account", "dashboard", "case", "errors", "services", "wizard"]);
    let files = match lang {
        Lang::De => locale_files!("de"),
        Lang::Fr => locale_files!("fr"),
        Lang::It => locale_files!("it"),
        Lang::Rm => locale_files!("rm"),
        Lang::En => locale_files!("en"),
    };
    files.iter().map(|source| source.to_string()).collect()
}

fn i18n(lang: Lang, tool: L10nTool) -> I18n {
    I18n::with_tool(lang, bundle_from_sources(lang, locale(lang), tool), tool)
}

/// Mounts `view` in a fresh container with the messages of `lang`, and returns the container.
async fn render<V: IntoView + 'static>(lang: Lang, view: impl FnOnce() -> V + 'static) -> web_sys::HtmlElement {
    let document = document();
    let container: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone(), move || {
        provide_context(i18n(lang, L10nTool::Off));
        view()
    });
    handle.forget();
    leptos::task::tick().await;
    container
}

fn text(lang: Lang, s: &str) -> Text {
    Text { text: s.into(), lang }
}

fn case(id: &str, status: CaseStatus, action_needed: bool) -> CaseSummary {
    CaseSummary {
        id: id.into(),
        reference: format!("FR-2026-{id}"),
        service: text(Lang::Fr, "Enregistrer un chien"),
        status,
        status_label: text(Lang::Fr, "Votre action est requise"),
        authority: text(Lang::De, "Stadt Freiburg, Einwohnerkontrolle"),
        submitted_on: "2026-03-14".into(),
        updated_at: "2026-03-20T09:41:00Z".into(),
        due_on: Some("2026-04-30".into()),
        action_needed,
        action: None,
        unread: 0,
    }
}

fn page_of(cases: Vec<CaseSummary>, counts: &[(CaseStatus, u64)]) -> Rc<CaseList> {
    let counts = counts.iter().map(|(status, count)| StatusCount { status: *status, label: text(Lang::Fr, status.code()), count: *count }).collect();
    Rc::new(CaseList { total: cases.len() as u64, page: 1, pages: 1, cases, counts, services: vec![], authorities: vec![] })
}

fn all(root: &web_sys::HtmlElement, selector: &str) -> Vec<web_sys::Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length()).map(|i| list.item(i).unwrap().unchecked_into()).collect()
}

fn one(root: &web_sys::HtmlElement, selector: &str) -> web_sys::Element {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector} in {}", root.inner_html()))
}

#[wasm_bindgen_test]
async fn status_badge_shows_a_word_and_a_shape_not_only_colour() {
    let root = render(Lang::Fr, || view! { <StatusBadge status=CaseStatus::ActionRequired label=text(Lang::Fr, "Votre action est requise")/> }).await;
    let badge = one(&root, ".status");
    assert!(badge.class_list().contains("status--action-required"));
    assert_eq!(badge.text_content().unwrap().trim(), "Votre action est requise");
    assert_eq!(one(&root, ".status__icon").get_attribute("aria-hidden").as_deref(), Some("true"));
}

#[wasm_bindgen_test]
async fn fallback_content_is_marked_with_its_language() {
    let root = render(Lang::Fr, || {
        view! {
            <Localized text=text(Lang::De, "Stadt Freiburg")/>
            <Localized text=text(Lang::Fr, "Ville de Fribourg")/>
        }
    })
    .await;
    let spans = all(&root, "span");
    assert_eq!(spans[0].get_attribute("lang").as_deref(), Some("de"));
    assert_eq!(spans[1].get_attribute("lang"), None);
}

#[wasm_bindgen_test]
async fn case_table_has_a_row_per_case_with_link_status_and_deadline() {
    let list = page_of(vec![case("a1", CaseStatus::ActionRequired, true), case("b2", CaseStatus::InProgress, false)], &[]);
    let root = render(Lang::Fr, move || view! { <CaseTable list=list.clone() filtered=false/> }).await;
    let rows = all(&root, "tbody tr.case-row");
    assert_eq!(rows.len(), 2);
    assert_eq!(all(&root, "thead th[scope=col]").len(), 5, "every column has a header");
    let links = all(&root, "th[scope=row] a");
    assert_eq!(links[0].get_attribute("href").as_deref(), Some("/fr/dossiers/a1"));
    assert_eq!(links[0].text_content().as_deref(), Some("Enregistrer un chien"));
    assert!(rows[0].class_list().contains("case-row--attention"));
    let first = rows[0].text_content().unwrap();
    assert!(first.contains("Délai") && first.contains("30.04.2026"), "{first}");
    assert!(first.contains("14.03.2026") && first.contains("FR-2026-a1"), "{first}");
    let second = rows[1].text_content().unwrap();
    assert!(second.contains("Traitement prévu d’ici au"), "{second}");
    // The card layout's own labels repeat the headers, so screen readers skip them.
    assert!(all(&root, ".case-row__label").iter().all(|l| l.get_attribute("aria-hidden").as_deref() == Some("true")));
    assert_eq!(one(&root, "caption").text_content().as_deref(), Some("Vos dossiers, page 1 sur 1"));
}

#[wasm_bindgen_test]
async fn an_empty_case_list_explains_itself_and_a_filtered_one_says_what_to_do() {
    let root = render(Lang::De, || view! { <CaseTable list=page_of(vec![], &[]) filtered=false/> }).await;
    assert_eq!(all(&root, ".case-row").len(), 0);
    assert_eq!(one(&root, ".empty-state h3").text_content().as_deref(), Some("Noch keine Geschäfte"));
    let root = render(Lang::De, || view! { <CaseTable list=page_of(vec![], &[]) filtered=true/> }).await;
    assert_eq!(one(&root, ".empty-state h3").text_content().as_deref(), Some("Keine passenden Geschäfte"));
}

#[wasm_bindgen_test]
async fn status_pills_are_filter_links_with_plural_counts_and_the_current_one_marked() {
    let counts = [(CaseStatus::Received, 2), (CaseStatus::ActionRequired, 3), (CaseStatus::Completed, 7)];
    let list = page_of(vec![], &counts);
    let href = |f: Option<StatusFilter>| format!("?status={}", f.map_or("", |f| f.code()));
    let root = render(Lang::Fr, move || view! { <StatusPills list=list.clone() current=Some(StatusFilter::Open) href_for=href/> }).await;
    let pills = all(&root, "nav a.counts__item");
    let texts: Vec<String> = pills.iter().map(|p| p.text_content().unwrap()).collect();
    assert_eq!(texts, ["Les 12 dossiers", "5 dossiers en cours", "3 dossiers attendent votre action", "7 dossiers clos"]);
    assert_eq!(pills[2].get_attribute("href").as_deref(), Some("?status=action-required"));
    let current: Vec<_> = pills.iter().map(|p| p.get_attribute("aria-current")).collect();
    assert_eq!(current, [None, Some("true".into()), None, None]);
    assert!(pills[2].class_list().contains("counts__item--attention"));

    let list = page_of(vec![], &[(CaseStatus::InProgress, 1)]);
    let root = render(Lang::De, move || view! { <StatusPills list=list.clone() current=None href_for=href/> }).await;
    let texts: Vec<String> = all(&root, "a.counts__item").iter().map(|p| p.text_content().unwrap()).collect();
    assert_eq!(texts, ["1 Geschäft", "1 offenes Geschäft", "Nichts wartet auf Sie", "Nichts abgeschlossen"]);
}

#[wasm_bindgen_test]
async fn the_pager_links_only_to_pages_that_exist() {
    let href = |p: u32| format!("?page={p}");
    let root = render(Lang::De, move || view! { <Pager page=1 pages=3 href_for=href on_go=|_| {}/> }).await;
    let links: Vec<_> = all(&root, "nav a").iter().map(|a| (a.text_content().unwrap(), a.get_attribute("href").unwrap())).collect();
    assert_eq!(links, [("Nächste Seite".to_owned(), "?page=2".to_owned())]);
    assert!(root.text_content().unwrap().contains("Seite 1 von 3"));
    let root = render(Lang::De, move || view! { <Pager page=3 pages=3 href_for=href on_go=|_| {}/> }).await;
    assert_eq!(all(&root, "nav a")[0].get_attribute("rel").as_deref(), Some("prev"));
    assert_eq!(all(&root, "nav a").len(), 1);
    let root = render(Lang::De, move || view! { <Pager page=1 pages=1 href_for=href on_go=|_| {}/> }).await;
    assert!(root.query_selector("nav").unwrap().is_none(), "one page needs no pager");
}

#[wasm_bindgen_test]
async fn a_thread_shows_text_as_text_names_the_writer_and_marks_what_is_new_in_words() {
    let message = |id: &str, from_authority: bool, read_at: Option<&str>, body: &str| Message {
        id: id.into(),
        from_authority,
        author: (!from_authority).then(|| "Marco Amstutz".into()),
        body: body.into(),
        created_at: "2026-11-20T09:30:00Z".into(),
        read_at: read_at.map(Into::into),
        attachments: vec![],
    };
    let messages = vec![
        message("m1", true, None, "<b>Bitte</b> Pass senden"),
        message("m2", false, None, "Hier ist er."),
        message("m3", true, Some("2026-11-21T08:00:00Z"), "Danke."),
    ];
    let root = render(Lang::De, move || view! { <Thread messages=messages.clone() authority=text(Lang::De, "Stadt Luzern")/> }).await;
    let items = all(&root, ".thread .message");
    assert_eq!(items.len(), 3);
    assert_eq!(root.query_selector(".message__body b").unwrap(), None, "markup is shown as text");
    assert_eq!(items[0].query_selector(".message__body").unwrap().unwrap().text_content().as_deref(), Some("<b>Bitte</b> Pass senden"));
    assert!(items[0].text_content().unwrap().contains("Stadt Luzern") && items[0].text_content().unwrap().contains("Neu"));
    assert!(items[1].text_content().unwrap().contains("Marco Amstutz") && !items[1].text_content().unwrap().contains("Neu"), "one's own message is never new");
    assert!(!items[2].text_content().unwrap().contains("Neu"), "a read message is not new");
}

#[wasm_bindgen_test]
async fn waiting_cases_say_what_to_do_by_when_and_lead_to_the_rest() {
    let mut waiting = case("a1", CaseStatus::ActionRequired, true);
    waiting.action = Some(text(Lang::De, "Bitte Mietvertrag hochladen."));
    let cases = vec![waiting];
    let root = render(Lang::De, move || view! { <ActionNeeded cases=cases.clone() total=4 all_href="/de/faelle?status=action-required".to_owned()/> }).await;
    let item = one(&root, ".action-item");
    let content = item.text_content().unwrap();
    assert!(content.contains("Bitte Mietvertrag hochladen.") && content.contains("30.04.2026") && content.contains("FR-2026-a1"), "{content}");
    assert_eq!(one(&root, ".action-item a").get_attribute("href").as_deref(), Some("/de/faelle/a1#action"));
    let more = one(&root, ".action-more a");
    assert_eq!(more.get_attribute("href").as_deref(), Some("/de/faelle?status=action-required"));
    assert!(more.text_content().unwrap().starts_with("Alle 4 anzeigen"));
}

#[wasm_bindgen_test]
async fn the_sender_shows_its_seat_mandate_and_contact_as_recorded() {
    let sender = Sender {
        name: text(Lang::De, "Dienststelle Steuern des Kantons Luzern"),
        level: AuthorityLevel::Department,
        part_of: Some(text(Lang::De, "Kanton Luzern")),
        on_behalf_of: Some(text(Lang::De, "Stadt Luzern")),
        address: vec!["Buobenmatt 1".into(), "6002 Luzern".into()],
        email: Some("steuern@lu.example".into()),
        phone: Some("041 228 56 56".into()),
        website: None,
    };
    let root = render(Lang::De, move || view! { <SenderCard sender=sender.clone()/> }).await;
    let address = one(&root, "address").text_content().unwrap();
    for part in ["Dienststelle Steuern des Kantons Luzern", "Kanton Luzern", "im Auftrag von Stadt Luzern", "Buobenmatt 1", "6002 Luzern"] {
        assert!(address.contains(part), "{part} in {address}");
    }
    assert_eq!(one(&root, "a[href^=mailto]").get_attribute("href").as_deref(), Some("mailto:steuern@lu.example"));
    assert_eq!(one(&root, "a[href^=tel]").get_attribute("href").as_deref(), Some("tel:0412285656"));
}

#[wasm_bindgen_test]
async fn error_panel_offers_a_retry_only_when_it_can_help() {
    let retries = RwSignal::new(0);
    let root = render(Lang::Fr, move || view! { <ErrorPanel error=ApiError::Network on_retry=move |_| retries.update(|n| *n += 1)/> }).await;
    assert_eq!(one(&root, "[role=alert]").get_attribute("class").as_deref(), Some("notice notice--error"));
    assert!(root.text_content().unwrap().contains("Pas de connexion avec le portail"));
    one(&root, "button").unchecked_into::<web_sys::HtmlElement>().click();
    assert_eq!(retries.get_untracked(), 1);

    let root = render(Lang::Fr, || view! { <ErrorPanel error=ApiError::NotFound on_retry=|_| {}/> }).await;
    assert!(root.query_selector("button").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn documents_download_from_the_api_with_their_checksum_shown() {
    let documents = vec![DocumentMeta {
        id: "d 1".into(),
        title: text(Lang::Fr, "Décision"),
        filename: "Décision FR-2026-004711.pdf".into(),
        media_type: "application/pdf".into(),
        size_bytes: 2048,
        sha256: "ab".repeat(32),
        created_at: "2026-03-20T09:41:00Z".into(),
    }];
    let root = render(Lang::Fr, move || view! { <DocumentList documents=documents/> }).await;
    let link = one(&root, "a.button");
    assert_eq!(link.get_attribute("href").as_deref(), Some("/api/v1/documents/d%201/content"));
    assert_eq!(link.get_attribute("download").as_deref(), Some("Décision FR-2026-004711.pdf"));
    let label = link.text_content().unwrap();
    assert!(label.starts_with("Télécharger Décision (2") && label.contains("ko"), "{label}");
    assert!(one(&root, ".document__checksum").text_content().unwrap().contains(&"ab".repeat(32)));
}

#[wasm_bindgen_test]
async fn error_summary_takes_focus_and_links_to_fields() {
    let problems = RwSignal::new(Vec::<FormProblem>::new());
    let root = render(Lang::De, move || {
        view! {
            <ErrorSummary title=Signal::derive(|| "Bitte korrigieren".to_string()) problems=problems/>
            <input id="username"/>
        }
    })
    .await;
    let summary = one(&root, ".error-summary");
    assert!(summary.has_attribute("hidden"));
    problems.set(vec![FormProblem { field: Some("username".into()), message: "Geben Sie Ihren Benutzernamen ein.".into() }]);
    leptos::task::tick().await;
    assert!(!summary.has_attribute("hidden"));
    assert_eq!(document().active_element().unwrap(), summary);
    let link = one(&root, ".error-summary a");
    assert_eq!(link.get_attribute("href").as_deref(), Some("#username"));
    link.unchecked_into::<web_sys::HtmlElement>().click();
    assert_eq!(document().active_element().unwrap().id(), "username");
}

#[wasm_bindgen_test]
fn pages_have_a_slug_in_every_language_and_round_trip() {
    for lang in Lang::ALL {
        let wizard = |at| Page::Wizard { service: "dog-registration".into(), draft: "d1".into(), at };
        for page in [
            Page::Cases,
            Page::Case("x1".into()),
            Page::SignIn,
            Page::Services,
            Page::Service("dog-registration".into()),
            wizard(WizardAt::Step("dog".into())),
            wizard(WizardAt::Check),
            wizard(WizardAt::Done),
        ] {
            assert_eq!(Page::of_path(&page.href(lang)), Some(page.clone()), "{lang}");
        }
    }
    assert_eq!(Page::Cases.href(Lang::Fr), "/fr/dossiers");
    assert_eq!(Page::Case("x1".into()).href(Lang::It), "/it/pratiche/x1");
    assert_eq!(wizard_at("/fr/prestations/dog-registration/d1/verification"), Some(WizardAt::Check));
    assert_eq!(wizard_at("/de/dienstleistungen/dog-registration/d1/bestaetigung"), Some(WizardAt::Done));
    assert_eq!(wizard_at("/it/servizi/dog-registration/d1/chip"), Some(WizardAt::Step("chip".into())));
    assert_eq!(Page::of_path("/de/dienstleistungen/dog-registration/d1"), None);
    // A French slug under /de still resolves, so a shared link never breaks.
    assert_eq!(Page::of_path("/de/dossiers/x1"), Some(Page::Case("x1".into())));
    assert_eq!(Page::of_path("/de/nowhere"), None);
    assert_eq!(sign_in_href(Lang::De, Some("/de/faelle/x1")), "/de/anmelden?next=%2Fde%2Ffaelle%2Fx1");
}

#[wasm_bindgen_test]
fn only_same_site_paths_are_returned_to_after_sign_in() {
    assert_eq!(safe_next("/fr/dossiers/x"), Some("/fr/dossiers/x"));
    for hostile in ["//evil.example/", "https://evil.example", "/\\evil.example", "javascript:alert(1)", "/\t/evil.example", "/\n/evil.example"] {
        assert_eq!(safe_next(hostile), None, "{hostile}");
    }
}

#[wasm_bindgen_test]
fn every_locale_formats_plurals_for_its_categories() {
    // CLDR: de, fr, it, rm and en use `one` and `other` for integers (fr: 0 and 1 are `one`);
    // the messages also name 0 explicitly. Numbers are grouped by `Intl`, as everywhere: an
    // apostrophe in de-CH, it-CH and en-CH (and de-CH for Romansh), a narrow space in fr-CH.
    let expected = [
        (Lang::De, ["Keine offenen Geschäfte", "1 offenes Geschäft", "2 offene Geschäfte", "12’345 offene Geschäfte"]),
        (Lang::Fr, ["Aucun dossier en cours", "1 dossier en cours", "2 dossiers en cours", "12\u{202f}345 dossiers en cours"]),
        (Lang::It, ["Nessuna pratica aperta", "1 pratica aperta", "2 pratiche aperte", "12’345 pratiche aperte"]),
        (Lang::Rm, ["Nagina fatschenta averta", "1 fatschenta averta", "2 fatschentas avertas", "12’345 fatschentas avertas"]),
        (Lang::En, ["No open cases", "1 open case", "2 open cases", "12’345 open cases"]),
    ];
    // Chromium's ICU data writes ' for ’ and a no-break space for the narrow one.
    let normalised = |s: String| s.replace('\'', "’").replace('\u{a0}', "\u{202f}");
    for (lang, texts) in expected {
        let i18n = i18n(lang, L10nTool::Off);
        for (count, text) in [0, 1, 2, 12345].into_iter().zip(texts) {
            assert_eq!(normalised(i18n.t_args("dashboard-open-count", &args([("count", count.into())]))), text, "{lang} {count}");
        }
    }
}

#[wasm_bindgen_test]
fn swiss_formats_come_from_intl_with_a_german_fallback_for_romansh() {
    assert_eq!(format_date(Lang::De, "2026-03-04"), "04.03.2026");
    assert_eq!(format_date(Lang::It, "2026-03-04"), "04.03.2026");
    assert_eq!(format_date(Lang::Fr, "2026-03-04"), "04.03.2026");
    // de-CH and it-CH group with an apostrophe: CLDR's ’ or, in Chromium's ICU data, '.
    let apostrophe = |s: String| s.replace('\'', "’");
    // (it-CH groups only from five digits, so the examples are larger.)
    assert_eq!(apostrophe(format_number(Lang::De, 1234567.5)), "1’234’567.5");
    assert_eq!(apostrophe(format_number(Lang::It, 1234567.5)), "1’234’567.5");
    let fr = format_number(Lang::Fr, 1234567.5).replace('\u{a0}', "\u{202f}");
    assert_eq!(fr, "1\u{202f}234\u{202f}567,5");
    assert_eq!(apostrophe(format_chf(Lang::De, 1234.5)), "CHF\u{a0}1’234.50");
    // Swiss French writes money with a decimal point, unlike other numbers.
    assert_eq!(format_chf(Lang::Fr, 1234.5).replace('\u{a0}', "\u{202f}"), "1\u{202f}234.50\u{202f}CHF");
    // Chromium has no Romansh data: the de-CH formats stand in.
    assert_eq!(format_chf(Lang::Rm, 1234.5), format_chf(Lang::De, 1234.5));
    assert_eq!(format_relative_days(Lang::De, 1), "morgen");
    assert_eq!(format_relative_days(Lang::Fr, 3), "dans 3 jours");
    assert_eq!(format_relative_days(Lang::It, -1), "ieri");
    assert_eq!(format_relative_days(Lang::En, 2), "in 2 days");
}

#[wasm_bindgen_test]
fn the_pseudo_locale_accents_lengthens_and_brackets_every_message() {
    let pseudo = i18n(Lang::En, L10nTool::Pseudo);
    let text = pseudo.t("sign-in-title");
    assert_eq!(text, "[Šíígñ ííñ]");
    let with_variable = pseudo.t_args("common-error-page-title", &args([("title", "X".into())]));
    assert!(with_variable.starts_with('[') && with_variable.ends_with("X]"), "{with_variable}");
    let plain = i18n(Lang::En, L10nTool::Off);
    assert!(pseudo.t("dashboard-empty-text").chars().count() > plain.t("dashboard-empty-text").chars().count() * 5 / 4);
}

#[wasm_bindgen_test]
fn the_ids_overlay_names_each_message() {
    let ids = i18n(Lang::Fr, L10nTool::Ids);
    assert_eq!(ids.t("sign-in-title"), "Connexion ⟦sign-in-title⟧");
}

fn wizard_at(path: &str) -> Option<WizardAt> {
    match Page::of_path(path)? {
        Page::Wizard { at, .. } => Some(at),
        _ => None,
    }
}

/// A field from its JSON, as the portal delivers it.
fn field(json: &str) -> Field {
    serde_json::from_str(json).unwrap()
}

fn label(de: &str) -> String {
    serde_json::to_string(&LocalizedText::new([(Lang::De, de), (Lang::Fr, &format!("{de} (fr)"))])).unwrap()
}

/// A form around the fields: answers, errors, and postcode lookups the test answers itself.
struct Form {
    state: FormState,
    errors: RwSignal<HashMap<String, String>>,
    looked_up: RwSignal<Vec<String>>,
}

fn form(answers: &[(&str, &str)]) -> Form {
    let errors = RwSignal::new(HashMap::new());
    let looked_up = RwSignal::new(Vec::new());
    let state = FormState {
        answers: RwSignal::new(answers.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect::<Answers>()),
        errors: errors.into(),
        places: RwSignal::new(HashMap::new()),
        look_up: Callback::new(move |postcode| looked_up.update(|l| l.push(postcode))),
        draft_id: StoredValue::new("draft-1".to_owned()),
        save_now: Trigger::new(),
    };
    Form { state, errors, looked_up }
}

async fn render_fields(lang: Lang, form: &Form, fields: Vec<Field>) -> web_sys::HtmlElement {
    let state = form.state;
    render(lang, move || {
        provide_context(state);
        fields.into_iter().map(|f| view! { <FieldView key=f.id.clone() field=f/> }).collect_view()
    })
    .await
}

fn input(root: &web_sys::HtmlElement, selector: &str) -> web_sys::HtmlInputElement {
    one(root, selector).unchecked_into()
}

fn type_into(input: &web_sys::HtmlInputElement, value: &str) {
    input.set_value(value);
    input.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
}

fn answer(form: &Form, key: &str) -> Option<String> {
    form.state.answers.with_untracked(|a| a.get(key).cloned())
}

#[wasm_bindgen_test]
async fn text_kinds_get_a_label_the_right_keyboard_and_their_error_tied_to_them() {
    let f = form(&[("email", "anna@")]);
    let fields = vec![
        field(&format!(r#"{{"id":"email","kind":"email","label":{},"hint":{}}}"#, label("E-Mail"), label("Für die Antwort"))),
        field(&format!(r#"{{"id":"copies","kind":{{"number":{{"min":1,"max":10}}}},"label":{}}}"#, label("Exemplare"))),
        field(&format!(r#"{{"id":"born","kind":{{"date":{{"rule":"past"}}}},"label":{},"required":false}}"#, label("Geburtsdatum"))),
    ];
    let root = render_fields(Lang::De, &f, fields).await;
    assert_eq!(one(&root, "label[for=email]").text_content().as_deref(), Some("E-Mail"));
    let email = input(&root, "#email");
    assert_eq!((email.type_(), email.value()), ("email".to_string(), "anna@".to_string()));
    assert_eq!(email.get_attribute("autocomplete").as_deref(), Some("email"));
    assert_eq!(email.get_attribute("aria-describedby").as_deref(), Some("email-hint"));
    assert_eq!(input(&root, "#copies").get_attribute("inputmode").as_deref(), Some("numeric"));
    assert_eq!(input(&root, "#born").type_(), "date");
    assert!(one(&root, "label[for=born]").text_content().unwrap().contains("(freiwillig)"));

    type_into(&email, "anna@example.ch");
    assert_eq!(answer(&f, "email").as_deref(), Some("anna@example.ch"), "what is typed lands in the answers");

    f.errors.set(HashMap::from([("email".to_string(), "E-Mail: Geben Sie eine E-Mail-Adresse ein.".to_string())]));
    leptos::task::tick().await;
    assert_eq!(email.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(email.get_attribute("aria-describedby").as_deref(), Some("email-hint email-error"));
    let error = one(&root, "#email-error");
    assert!(!error.has_attribute("hidden"));
    assert_eq!(error.text_content().as_deref(), Some("Fehler: E-Mail: Geben Sie eine E-Mail-Adresse ein."));
}

#[wasm_bindgen_test]
async fn choices_are_fieldsets_and_a_choice_reveals_its_conditional_field() {
    let f = form(&[]);
    let option = |value: &str, text: &str| format!(r#"{{"value":"{value}","label":{}}}"#, label(text));
    let fields = vec![
        field(&format!(
            r#"{{"id":"delivery","kind":{{"choice":{{"style":"radio","options":[{},{}]}}}},"label":{}}}"#,
            option("post", "Post"),
            option("email", "E-Mail"),
            label("Zustellung")
        )),
        field(&format!(
            r#"{{"id":"address-email","kind":"email","label":{},"condition":{{"equals":{{"field":"delivery","value":"email"}}}}}}"#,
            label("Adresse")
        )),
        field(&format!(
            r#"{{"id":"language","kind":{{"choice":{{"style":"select","options":[{},{}]}}}},"label":{}}}"#,
            option("de", "Deutsch"),
            option("fr", "Französisch"),
            label("Sprache")
        )),
        field(&format!(
            r#"{{"id":"notify","kind":{{"checkboxes":{{"options":[{},{}]}}}},"label":{},"required":false}}"#,
            option("a", "Amt A"),
            option("b", "Amt B"),
            label("Informieren")
        )),
        field(&format!(r#"{{"id":"insured","kind":"yes-no","label":{}}}"#, label("Versichert?"))),
        field(&format!(r#"{{"id":"truthful","kind":"declaration","label":{}}}"#, label("Ich bestätige."))),
    ];
    let root = render_fields(Lang::Fr, &f, fields).await;
    assert_eq!(one(&root, "fieldset legend").text_content().as_deref(), Some("Zustellung (fr)"));
    assert!(root.query_selector("#address-email").unwrap().is_none(), "hidden until e-mail is chosen");
    input(&root, "#delivery-email").click();
    leptos::task::tick().await;
    assert_eq!(answer(&f, "delivery").as_deref(), Some("email"));
    assert!(root.query_selector("#address-email").unwrap().is_some(), "shown at once");
    input(&root, "#delivery").click();
    leptos::task::tick().await;
    assert!(root.query_selector("#address-email").unwrap().is_none());

    let select: web_sys::HtmlSelectElement = one(&root, "select#language").unchecked_into();
    assert_eq!(select.options().length(), 3, "a placeholder and two options");
    select.set_value("fr");
    select.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    assert_eq!(answer(&f, "language").as_deref(), Some("fr"));

    input(&root, "#notify-b").click();
    input(&root, "#notify").click();
    assert_eq!(answer(&f, "notify").as_deref(), Some("b,a"));
    input(&root, "#notify-b").click();
    assert_eq!(answer(&f, "notify").as_deref(), Some("a"));

    let labels: Vec<String> = all(&root, "input[name=insured] + label").iter().map(|l| l.text_content().unwrap()).collect();
    assert_eq!(labels, ["Oui", "Non"], "yes and no come from the interface messages");
    input(&root, "#insured-no").click();
    assert_eq!(answer(&f, "insured").as_deref(), Some("no"));

    let declaration = input(&root, "#truthful");
    assert_eq!(declaration.type_(), "checkbox");
    declaration.click();
    assert_eq!(answer(&f, "truthful").as_deref(), Some("yes"));
    declaration.click();
    assert_eq!(answer(&f, "truthful").as_deref(), Some(""));
}

fn place(municipality: &str, bfs: u32) -> Place {
    Place { postcode: "6005".into(), locality: "Luzern".into(), municipality: municipality.into(), bfs_number: bfs, canton: "LU".into() }
}

#[wasm_bindgen_test]
async fn an_address_looks_up_its_postcode_and_asks_for_the_municipality_when_several_share_it() {
    let f = form(&[]);
    let fields = vec![field(&format!(r#"{{"id":"new","kind":"address","label":{}}}"#, label("Neue Adresse")))];
    let root = render_fields(Lang::De, &f, fields).await;
    let labels: Vec<String> = all(&root, "fieldset label").iter().map(|l| l.text_content().unwrap()).collect();
    assert_eq!(labels, ["Strasse", "Hausnummer (freiwillig)", "Postleitzahl", "Ort"]);
    assert_eq!(input(&root, "#new\\.postcode").get_attribute("autocomplete").as_deref(), Some("postal-code"));

    type_into(&input(&root, "#new\\.postcode"), "600");
    leptos::task::tick().await;
    assert!(f.looked_up.get_untracked().is_empty(), "only a well-formed postcode is looked up");
    type_into(&input(&root, "#new\\.postcode"), "6005");
    leptos::task::tick().await;
    assert_eq!(f.looked_up.get_untracked(), ["6005"]);

    f.state.places.update(|p| {
        p.insert("6005".into(), PlaceLookup::Found(vec![place("Horw", 1058), place("Kriens", 1059), place("Luzern", 1061)]));
    });
    leptos::task::tick().await;
    assert_eq!(answer(&f, "new.locality").as_deref(), Some("Luzern"), "the locality is filled in");
    let choices: Vec<String> = all(&root, "input[name='new.bfs'] + label").iter().map(|l| l.text_content().unwrap()).collect();
    assert_eq!(choices, ["Horw (LU)", "Kriens (LU)", "Luzern (LU)"]);
    input(&root, "#new\\.bfs-1059").click();
    assert_eq!(answer(&f, "new.bfs").as_deref(), Some("1059"));

    // A postcode with one municipality needs no choice.
    f.state.places.update(|p| {
        p.insert("6004".into(), PlaceLookup::Found(vec![Place { postcode: "6004".into(), ..place("Luzern", 1061) }]));
    });
    type_into(&input(&root, "#new\\.postcode"), "6004");
    leptos::task::tick().await;
    assert_eq!(answer(&f, "new.bfs").as_deref(), Some("1061"));
    assert!(root.query_selector("input[name='new.bfs']").unwrap().is_none());
    assert!(one(&root, ".field__note").text_content().unwrap().contains("Luzern (LU)"));
}

#[wasm_bindgen_test]
async fn a_group_adds_and_removes_items_and_keeps_each_items_answers() {
    let f = form(&[]);
    let fields = vec![field(&format!(
        r#"{{"id":"persons","kind":{{"group":{{"min":1,"max":3,"item_label":{},"fields":[{{"id":"name","kind":"text","label":{}}}]}}}},"label":{}}}"#,
        label("Person"),
        label("Name"),
        label("Personen")
    ))];
    let root = render_fields(Lang::De, &f, fields).await;
    assert_eq!(answer(&f, "persons").as_deref(), Some("1"), "a required group starts with its minimum");
    assert_eq!(all(&root, ".group-item").len(), 1);
    assert_eq!(one(&root, ".group-item legend").text_content().as_deref(), Some("Person 1"));
    type_into(&input(&root, "#persons\\.0\\.name"), "Luca");
    let add: web_sys::HtmlElement = one(&root, "#persons-add").unchecked_into();
    assert_eq!(add.text_content().as_deref(), Some("Person hinzufügen"));
    add.click();
    leptos::task::tick().await;
    type_into(&input(&root, "#persons\\.1\\.name"), "Giulia");
    add.click();
    leptos::task::tick().await;
    assert_eq!(all(&root, ".group-item").len(), 3);
    assert!(add.has_attribute("hidden"), "no more than the maximum");

    let remove_first: web_sys::HtmlElement = all(&root, ".group-item button")[0].clone().unchecked_into();
    assert_eq!(remove_first.text_content().as_deref(), Some("Person 1 entfernen"));
    remove_first.click();
    leptos::task::tick().await;
    leptos::task::tick().await;
    assert_eq!(all(&root, ".group-item").len(), 2);
    assert_eq!(answer(&f, "persons.0.name").as_deref(), Some("Giulia"), "the next item moves up with its answers");
    assert_eq!(input(&root, "#persons\\.0\\.name").value(), "Giulia", "and the form shows them");
    assert_eq!(answer(&f, "persons").as_deref(), Some("2"));
    assert!(!add.has_attribute("hidden"));
}

#[wasm_bindgen_test]
async fn the_session_warning_takes_focus_two_minutes_before_the_end_and_gives_it_back() {
    let ends_at = RwSignal::new(js_sys::Date::now() + 10.0 * 60_000.0);
    let stays = RwSignal::new(0);
    let root = render(Lang::De, move || {
        view! {
            <input id="typing"/>
            <SessionTimeout ends_at=ends_at extendable=true on_stay=move |_| stays.update(|n| *n += 1) on_expired=|_| {}/>
        }
    })
    .await;
    input(&root, "#typing").focus().unwrap();
    assert!(root.query_selector("[role=alertdialog]").unwrap().is_none(), "nothing to say ten minutes before");
    ends_at.set(js_sys::Date::now() + 90_000.0);
    leptos::task::tick().await;
    let dialog = one(&root, "[role=alertdialog]");
    assert_eq!(dialog.get_attribute("aria-modal").as_deref(), Some("true"));
    assert_eq!(one(&root, "#session-timeout-title").text_content().as_deref(), Some("Ihre Sitzung endet bald"));
    // Focus moves to its button in the next frame.
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().request_animation_frame(&resolve).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(frame).await.unwrap();
    let button = one(&root, "[role=alertdialog] button");
    assert_eq!(document().active_element().as_ref(), Some(&button));
    button.unchecked_into::<web_sys::HtmlElement>().click();
    assert_eq!(stays.get_untracked(), 1);
    // The session was extended (in this tab or another): the dialog goes, focus comes back.
    ends_at.set(js_sys::Date::now() + 30.0 * 60_000.0);
    leptos::task::tick().await;
    assert!(root.query_selector("[role=alertdialog]").unwrap().is_none());
    assert_eq!(document().active_element().unwrap().id(), "typing");
}

/// A file as a browser hands it over from the picker.
fn picked(name: &str, media_type: &str, bytes: &[u8]) -> web_sys::File {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::FilePropertyBag::new();
    options.set_type(media_type);
    web_sys::File::new_with_u8_array_sequence_and_options(&parts, name, &options).unwrap()
}

fn choose(input: &web_sys::HtmlInputElement, files: &[web_sys::File]) {
    let transfer = web_sys::DataTransfer::new().unwrap();
    for file in files {
        transfer.items().add_with_file(file).unwrap();
    }
    input.set_files(transfer.files().as_ref());
    input.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
}

#[wasm_bindgen_test]
async fn a_file_field_states_its_limits_refuses_bad_files_before_sending_and_lists_what_it_holds() {
    let held = "f1;application/pdf;40000;Police.pdf";
    let f = form(&[("proof", held)]);
    let fields = vec![field(&format!(
        r#"{{"id":"proof","kind":{{"file":{{"max_bytes":1000,"media_types":["application/pdf","image/png"],"max_files":2}}}},"label":{}}}"#,
        label("Nachweis")
    ))];
    let root = render_fields(Lang::De, &f, fields).await;
    let picker = input(&root, "#proof");
    assert_eq!((picker.type_(), picker.accept(), picker.multiple()), ("file".to_string(), "application/pdf,image/png".to_string(), true));
    assert_eq!(one(&root, "#proof-limits").text_content().as_deref(), Some("Bis zu 2 Dateien im Format PDF, PNG, je höchstens 1 kB."));
    assert_eq!(picker.get_attribute("aria-describedby").as_deref(), Some("proof-limits"));

    // What the answer holds is listed with its size and a remove button that names the file.
    let list = one(&root, "ul.file-list");
    assert_eq!(list.get_attribute("aria-label").as_deref(), Some("Hochgeladene Dateien: Nachweis"));
    assert_eq!(one(&root, ".file-list__size").text_content().as_deref(), Some("40 kB"));
    assert_eq!(one(&root, ".file-list button").text_content().as_deref(), Some("Entfernen Police.pdf"));

    // Too large, and of a type the field does not take: refused here, nothing sent, answer kept.
    choose(&picker, &[picked("Scan.pdf", "application/pdf", &[b'x'; 1500])]);
    leptos::task::tick().await;
    let refusal = one(&root, "#proof-upload-error");
    assert_eq!(refusal.get_attribute("role").as_deref(), Some("alert"));
    assert_eq!(refusal.text_content().as_deref(), Some("Fehler: «Scan.pdf» ist zu gross (1.5 kB). Erlaubt sind höchstens 1 kB pro Datei. Wählen Sie eine kleinere Datei, zum Beispiel einen Scan mit geringerer Auflösung."));
    assert_eq!(picker.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(picker.get_attribute("aria-describedby").as_deref(), Some("proof-limits proof-upload-error"));
    assert_eq!(picker.value(), "", "the picker is ready for the next try");
    choose(&picker, &[picked("Foto.heic", "image/heic", b"....")]);
    leptos::task::tick().await;
    assert!(one(&root, "#proof-upload-error")
        .text_content()
        .unwrap()
        .contains("«Foto.heic» kann nicht hochgeladen werden. Erlaubt sind nur diese Formate: PDF, PNG."));
    assert_eq!(answer(&f, "proof").as_deref(), Some(held));
    assert_eq!(all(&root, "progress").len(), 0);
}

#[wasm_bindgen_test]
fn a_device_copy_counts_on_its_version_and_on_top_of_its_own_save_that_landed_unseen() {
    use guichet::wizard::local_copy::LocalCopy;
    let answers = |pairs: &[(&str, &str)]| pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect::<Answers>();
    let sent = answers(&[("name", "Bello")]);
    let typed = answers(&[("name", "Bello"), ("breed", "Pudel")]);
    let copy = LocalCopy { base_version: 3, answers: typed.clone(), sent: Some(sent.clone()) };
    assert!(copy.is_ahead_of(3, &sent), "typed on the server's version");
    assert!(copy.is_ahead_of(4, &sent), "the save from version 3 landed, the reply was lost: the rest still counts");
    assert!(!copy.is_ahead_of(4, &answers(&[("name", "Rex")])), "version 4 came from elsewhere");
    assert!(!copy.is_ahead_of(5, &sent));
    assert!(!copy.is_ahead_of(3, &typed), "nothing newer than the server");
    assert!(!LocalCopy { sent: None, ..copy }.is_ahead_of(4, &sent));
}

#[wasm_bindgen_test]
fn the_timeout_message_states_the_time_the_client_waits_in_every_language() {
    let seconds = guichet::api::client::REQUEST_TIMEOUT.as_secs().to_string();
    for lang in [Lang::De, Lang::Fr, Lang::It, Lang::Rm, Lang::En] {
        let text = i18n(lang, L10nTool::Off).t(ApiError::Timeout.message_id());
        assert!(text.contains(&seconds), "{lang}: {text}");
        assert!(ApiError::Timeout.is_retryable());
    }
}

#[wasm_bindgen_test]
async fn at_the_absolute_end_the_warning_says_nothing_extends_it_and_can_be_acknowledged() {
    let ends_at = RwSignal::new(js_sys::Date::now() + 90_000.0);
    let root = render(Lang::De, move || view! { <SessionTimeout ends_at=ends_at extendable=false on_stay=|_| {} on_expired=|_| {}/> }).await;
    let text = one(&root, "#session-timeout-text").text_content().unwrap();
    assert!(text.starts_with("Aus Sicherheitsgründen endet Ihre Sitzung um "), "{text}");
    let button = one(&root, "[role=alertdialog] button");
    assert_eq!(button.text_content().as_deref(), Some("Verstanden"));
    button.unchecked_into::<web_sys::HtmlElement>().click();
    leptos::task::tick().await;
    assert!(root.query_selector("[role=alertdialog]").unwrap().is_none(), "acknowledged: it stays closed for this end");
}

#[wasm_bindgen_test]
fn a_copy_typed_on_a_version_changed_elsewhere_is_unsaved_until_the_citizen_chooses() {
    use guichet::wizard::local_copy::LocalCopy;
    let answers = |pairs: &[(&str, &str)]| pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect::<Answers>();
    let copy = LocalCopy { base_version: 3, answers: answers(&[("breed", "Pudel")]), sent: None };
    assert!(copy.is_unsaved(5, &answers(&[("name", "Rex")])), "changed elsewhere: ask, never drop");
    assert!(!copy.is_unsaved(5, &answers(&[("breed", "Pudel")])), "the server has the same answers");
    assert!(copy.is_unsaved(3, &answers(&[])));
}

fn place_in(postcode: &str, locality: &str, municipality: &str, bfs: u32, canton: &str) -> Place {
    Place { postcode: postcode.into(), locality: locality.into(), municipality: municipality.into(), bfs_number: bfs, canton: canton.into() }
}

#[wasm_bindgen_test]
async fn a_postcode_with_several_localities_lets_the_citizen_choose_and_fills_in_only_a_single_one() {
    let f = form(&[]);
    let fields = vec![field(&format!(r#"{{"id":"old","kind":"address","label":{}}}"#, label("Bisherige Adresse")))];
    let root = render_fields(Lang::De, &f, fields).await;
    f.state.places.update(|p| {
        let poschiavo = |locality| place_in("7742", locality, "Poschiavo", 3561, "GR");
        p.insert("7742".into(), PlaceLookup::Found(vec![poschiavo("La Rösa"), poschiavo("Poschiavo"), poschiavo("Sfazù")]));
        p.insert("6003".into(), PlaceLookup::Found(vec![place_in("6003", "Luzern", "Luzern", 1061, "LU")]));
    });
    type_into(&input(&root, "#old\\.postcode"), "7742");
    leptos::task::tick().await;
    assert_eq!(answer(&f, "old.bfs").as_deref(), Some("3561"), "one municipality is filled in");
    assert_eq!(answer(&f, "old.locality").unwrap_or_default(), "", "of three localities none is picked for the citizen");
    let group = one(&root, "fieldset fieldset[aria-describedby='old.locality-choice-hint']");
    assert_eq!(group.query_selector("legend").unwrap().and_then(|l| l.text_content()).as_deref(), Some("Welcher Ort?"));
    let choices: Vec<String> = all(&root, "input[name='old.locality-choice'] + label").iter().map(|l| l.text_content().unwrap()).collect();
    assert_eq!(choices, ["La Rösa", "Poschiavo", "Sfazù"]);
    input(&root, "#old\\.locality-choice-1").click();
    leptos::task::tick().await;
    assert_eq!(answer(&f, "old.locality").as_deref(), Some("Poschiavo"));
    assert_eq!(input(&root, "#old\\.locality").value(), "Poschiavo", "the locality's input shows the choice and stays editable");

    // A postcode with a single locality fills it in, and asks nothing.
    type_into(&input(&root, "#old\\.locality"), "");
    type_into(&input(&root, "#old\\.postcode"), "6003");
    leptos::task::tick().await;
    assert_eq!(answer(&f, "old.locality").as_deref(), Some("Luzern"));
    assert!(root.query_selector("input[name='old.locality-choice']").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn check_your_answers_names_the_municipality_chosen_for_an_address() {
    use guichet_model::form::ServiceDefinition;
    use guichet_model::journey::{Context, Journey};
    let service: ServiceDefinition = serde_json::from_str(include_str!("../crates/portal/services/change-of-address.json")).unwrap();
    let f = form(&[
        ("move-date", "2030-01-01"),
        ("old-address.street", "Via da Spultri"),
        ("old-address.number", "8"),
        ("old-address.postcode", "7742"),
        ("old-address.locality", "Poschiavo"),
        ("old-address.bfs", "3561"),
        ("new-address.street", "Obergrundstrasse"),
        ("new-address.number", "70"),
        ("new-address.postcode", "6005"),
        ("new-address.locality", "Luzern"),
        ("new-address.bfs", "1059"),
    ]);
    let state = f.state;
    let root = render(Lang::It, move || {
        provide_context(state);
        move || {
            state.places.track();
            let answers = state.answers.get_untracked();
            let journey = Journey::new(&service, &answers, Context::new("2026-01-01"));
            guichet::wizard::summary::check_answers(&journey.summary(), |step| format!("/it/x/{step}"), Lang::It)
        }
    })
    .await;
    // A draft opened straight at this page: the summary asks for the lookup it needs.
    leptos::task::tick().await;
    let mut asked = f.looked_up.get_untracked();
    asked.sort();
    assert_eq!(asked, ["6005", "7742"]);
    f.state.places.update(|p| {
        p.insert("6005".into(), PlaceLookup::Found(vec![place_in("6005", "Luzern", "Horw", 1058, "LU"), place_in("6005", "Luzern", "Kriens", 1059, "LU")]));
        p.insert("7742".into(), PlaceLookup::Found(vec![place_in("7742", "Poschiavo", "Poschiavo", 3561, "GR")]));
    });
    leptos::task::tick().await;
    let value = |key: &str| {
        let link = one(&root, &format!("a[href$='#{key}']"));
        link.closest(".summary__row").unwrap().unwrap().query_selector(".summary__value").unwrap().unwrap().text_content().unwrap()
    };
    assert_eq!(value("new-address"), "Obergrundstrasse 706005 LuzernComune: Kriens (LU)");
    assert_eq!(value("old-address"), "Via da Spultri 87742 PoschiavoComune: Poschiavo (GR)");
}
