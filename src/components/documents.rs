use crate::api;
use crate::components::localized::Localized;
use crate::i18n::{args, format_bytes, format_date_time, t, use_i18n};
use crate::routes::Page;
use guichet_model::api::{DocumentItem, DocumentMeta};
use leptos::prelude::*;

/// A case's documents, each with a download link and its SHA-256.
#[component]
pub fn DocumentList(documents: Vec<DocumentMeta>) -> impl IntoView {
    if documents.is_empty() {
        return view! { <p class="empty-note">{t("case-documents-empty")}</p> }.into_any();
    }
    view! {
        <ul class="document-list">
            {documents.into_iter().map(|doc| view! { <DocumentCard doc=doc/> }).collect_view()}
        </ul>
    }
    .into_any()
}

/// Documents across cases, each saying which case it belongs to.
#[component]
pub fn DocumentOverviewList(documents: Vec<DocumentItem>) -> impl IntoView {
    let lang = use_i18n().lang_untracked();
    view! {
        <ul class="document-list">
            {documents.into_iter().map(|item| {
                let href = Page::Case(item.case_id.clone()).href(lang);
                let case = view! {
                    <p class="document__case">
                        <a href=href><Localized text=item.service/></a>" · "<span translate="no">{item.reference}</span>
                        {item.from_citizen.then(|| view! { " · " {t("documents-from-you")} })}
                    </p>
                };
                view! { <DocumentCard doc=item.document case=case.into_any()/> }
            }).collect_view()}
        </ul>
    }
}

/// One document: title, file, date, download, and the SHA-256 a citizen can copy to check the
/// file they got.
#[component]
fn DocumentCard(doc: DocumentMeta, #[prop(optional)] case: Option<AnyView>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang_untracked();
    let size = format_bytes(lang, doc.size_bytes);
    let title = doc.title.text.clone();
    let link_label = move || i18n.t_args("case-document-download", &args([("title", title.clone().into()), ("size", size.clone().into())]));
    let copied = RwSignal::new(false);
    let sha256 = doc.sha256.clone();
    let copy = move |_| {
        if let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) {
            let written = clipboard.write_text(&sha256);
            leptos::task::spawn_local(async move {
                copied.set(wasm_bindgen_futures::JsFuture::from(written).await.is_ok());
            });
        }
    };
    let title_for_copy = doc.title.text.clone();
    view! {
        <li class="document">
            <h3 class="document__title"><Localized text=doc.title/></h3>
            {case}
            <p class="document__meta">
                <span translate="no">{doc.filename.clone()}</span>" · "{format_date_time(lang, &doc.created_at)}
            </p>
            <a class="button" href=api::documents::content_url(&doc.id) download=doc.filename>
                {link_label}
            </a>
            <p class="document__checksum">
                {t("case-document-checksum")}" "<code translate="no">{doc.sha256}</code>" "
                <button type="button" class="button button--link" on:click=copy>
                    {t("documents-copy-checksum")}<span class="visually-hidden">" "<span data-source="api">{title_for_copy}</span></span>
                </button>
                <span role="status" class="document__copied">{move || copied.get().then(|| i18n.t("documents-copied"))}</span>
            </p>
        </li>
    }
}
