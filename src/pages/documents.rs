//! Every document across the party's cases, newest first, filtered by case reference, kind and
//! the day it arrived. The filters live in the URL, like the dashboard's.

use crate::api;
use crate::components::documents::DocumentOverviewList;
use crate::components::error_panel::ErrorPanel;
use crate::components::skeleton::ListSkeleton;
use crate::i18n::{args, t, use_i18n};
use crate::pages::use_page_title;
use crate::routes::{go_to_in_place, Page};
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};

#[component]
pub fn DocumentsPage() -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(t("documents-title"));
    let search = use_location().search;
    let query = Memo::new(move |_| search.get());
    let documents = LocalResource::new(move || {
        let (lang, query) = (i18n.lang(), query.get());
        async move { api::documents::overview(lang, &query).await }
    });
    let value = move |key: &str| crate::pages::dashboard::query_value(&query.get_untracked(), key);
    let (reference, kind, from, to) =
        (RwSignal::new(value("reference")), RwSignal::new(value("kind")), RwSignal::new(value("from")), RwSignal::new(value("to")));
    let navigate = use_navigate();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let pairs: Vec<String> = [("reference", reference), ("kind", kind), ("from", from), ("to", to)]
            .into_iter()
            .filter_map(|(key, value)| {
                Some(value.get_untracked()).filter(|v| !v.trim().is_empty()).map(|v| format!("{key}={}", guichet_model::api::encode_component(v.trim())))
            })
            .collect();
        let base = Page::Documents.href(i18n.lang_untracked());
        let href = if pairs.is_empty() { base } else { format!("{base}?{}", pairs.join("&")) };
        go_to_in_place(&navigate, &href, false);
    };
    view! {
        <div class="page">
            <h1 tabindex="-1">{t("documents-title")}</h1>
            <form class="case-filters" role="search" aria-label=move || i18n.t("documents-filters") on:submit=on_submit>
                <div class="case-filters__row">
                    <div class="field">
                        <label class="field__label" for="document-reference">{t("case-reference")}</label>
                        <input id="document-reference" class="input" type="search" maxlength="40" bind:value=reference/>
                    </div>
                    <div class="field">
                        <label class="field__label" for="document-kind">{t("documents-kind")}</label>
                        <select id="document-kind" class="input" on:change=move |ev| kind.set(event_target_value(&ev))>
                            <option value="" selected=move || kind.get().is_empty()>{t("dashboard-filter-any")}</option>
                            <option value="pdf" selected=move || kind.get() == "pdf">"PDF"</option>
                            <option value="image" selected=move || kind.get() == "image">{t("documents-kind-image")}</option>
                        </select>
                    </div>
                    <div class="field">
                        <label class="field__label" for="document-from">{t("documents-from")}</label>
                        <input id="document-from" class="input" type="date" bind:value=from/>
                    </div>
                    <div class="field">
                        <label class="field__label" for="document-to">{t("documents-to")}</label>
                        <input id="document-to" class="input" type="date" bind:value=to/>
                    </div>
                </div>
                <p><button type="submit" class="button button--primary">{t("documents-apply")}</button></p>
            </form>
            <Transition fallback=|| view! { <ListSkeleton/> }>
                {move || Suspend::new(async move {
                    match documents.await {
                        Ok(overview) => {
                            let shown = overview.documents.len() as u64;
                            let count = i18n.t_args("documents-count", &args([("count", overview.total.into()), ("shown", shown.into())]));
                            view! {
                                <p class="cases__result" role="status">{count}</p>
                                <DocumentOverviewList documents=overview.documents/>
                            }
                            .into_any()
                        }
                        Err(error) => view! { <ErrorPanel error=error on_retry=move |_| documents.refetch()/> }.into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}
