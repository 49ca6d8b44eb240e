//! The service catalogue: services by topic, and a search that ignores case and accents. The
//! search words live in the URL (`?q=`), so Back and shared links keep them.

use crate::api;
use crate::components::error_panel::ErrorPanel;
use crate::components::localized::Localized;
use crate::components::skeleton::ListSkeleton;
use crate::i18n::{args, t, use_i18n};
use crate::pages::use_page_title;
use crate::routes::{go_to, Page};
use guichet_model::api::ServiceSummary;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

#[component]
pub fn CataloguePage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let navigate = use_navigate();
    use_page_title(t("services-title"));
    let words = Memo::new(move |_| query.with(|q| q.get("q").unwrap_or_default()));
    let typed = RwSignal::new(words.get_untracked());
    let catalogue = LocalResource::new(move || {
        let (lang, words) = (i18n.lang(), words.get());
        async move { api::services::catalogue(lang, &words).await }
    });
    let on_search = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let words = typed.get_untracked();
        let base = Page::Services.href(i18n.lang_untracked());
        let href = if words.trim().is_empty() { base } else { format!("{base}?q={}", String::from(js_sys::encode_uri_component(words.trim()))) };
        go_to(&navigate, &href, false);
    };
    view! {
        <div class="page">
            <h1 tabindex="-1">{t("services-title")}</h1>
            <p class="lead">{t("services-intro")}</p>
            <form class="search" role="search" on:submit=on_search>
                <label class="field__label" for="service-search">{t("services-search-label")}</label>
                <div class="search__row">
                    <input id="service-search" name="q" type="search" class="input search__input" autocomplete="off" bind:value=typed/>
                    <button type="submit" class="button button--primary">{t("services-search-submit")}</button>
                </div>
            </form>
            <Transition fallback=|| view! { <ListSkeleton/> }>
                {move || Suspend::new(async move {
                    match catalogue.await {
                        Ok(catalogue) => {
                            let count: usize = catalogue.topics.iter().map(|t| t.services.len()).sum();
                            let searched = !words.get_untracked().trim().is_empty();
                            let status = searched.then(|| i18n.t_args("services-search-count", &args([("count", count.into())])));
                            view! {
                                <p class="search__status" role="status">{status}</p>
                                {(count == 0).then(|| view! { <p class="empty-note">{t("services-search-empty")}</p> })}
                                {catalogue.topics.into_iter().map(|topic| view! {
                                    <section class="topic" aria-labelledby=format!("topic-{}", topic.id)>
                                        <h2 id=format!("topic-{}", topic.id)><Localized text=topic.title/></h2>
                                        <ul class="service-list">
                                            {topic.services.into_iter().map(|s| view! { <ServiceItem service=s/> }).collect_view()}
                                        </ul>
                                    </section>
                                }).collect_view()}
                            }
                            .into_any()
                        }
                        Err(error) => view! { <ErrorPanel error=error on_retry=move |_| catalogue.refetch()/> }.into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}

/// One service: its start page, or for a service run elsewhere, a link that says it leaves
/// the portal.
#[component]
fn ServiceItem(service: ServiceSummary) -> impl IntoView {
    let i18n = use_i18n();
    let link = match service.link_out.clone() {
        Some(url) => view! {
            <a href=url rel="external noopener" class="service-item__link">
                <Localized text=service.title.clone()/>
                <span class="external-marker">" "{t("services-leaves-portal")}</span>
            </a>
        }
        .into_any(),
        None => view! {
            <a href=Page::Service(service.id.clone()).href(i18n.lang_untracked()) class="service-item__link">
                <Localized text=service.title.clone()/>
            </a>
        }
        .into_any(),
    };
    view! {
        <li class="service-item">
            <h3 class="service-item__title">{link}</h3>
            <p class="service-item__summary"><Localized text=service.summary/></p>
            {service.has_fee.then(|| view! { <p class="service-item__fee">{t("services-has-fee")}</p> })}
        </li>
    }
}
