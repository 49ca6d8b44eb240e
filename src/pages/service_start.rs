//! A service's start page (GOV.UK): what it is for, what you need, how long it takes, what it
//! costs, and either "start" or, for a service that needs an account, a way to sign in first.

use crate::api::{self, ApiError};
use crate::components::error_panel::ErrorPanel;
use crate::components::localized::{content_text, LocalizedContent};
use crate::components::skeleton::ListSkeleton;
use crate::i18n::{args, format_chf, format_date_time, t, use_i18n};
use crate::pages::use_page_title;
use crate::routes::{go_to, sign_in_href, Page, WizardAt};
use crate::session::use_session;
use guichet_model::form::{FeeRule, ServiceDefinition};
use guichet_model::Lang;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use std::sync::Arc;

#[component]
pub fn ServiceStartPage(id: String) -> impl IntoView {
    let i18n = use_i18n();
    let service_id = StoredValue::new(id);
    let definition = LocalResource::new(move || async move { api::services::definition(&service_id.get_value()).await.map(Arc::new) });
    let title = move || match definition.get() {
        Some(Ok(d)) => content_text(&d.title, i18n.lang()),
        Some(Err(ApiError::NotFound)) => i18n.t("not-found-title"),
        _ => i18n.t("services-title"),
    };
    use_page_title(title);
    view! {
        <div class="page page--narrow">
            <p class="back-link"><a href=move || Page::Services.href(i18n.lang())>{t("services-back")}</a></p>
            <Transition fallback=|| view! { <div class="skeleton__heading"></div><ListSkeleton rows=3/> }>
                {move || Suspend::new(async move {
                    match definition.await {
                        Ok(definition) => view! { <StartPage definition=definition/> }.into_any(),
                        Err(ApiError::NotFound) => view! {
                            <h1 tabindex="-1">{t("not-found-title")}</h1>
                            <p>{t("not-found-text")}</p>
                        }
                        .into_any(),
                        Err(error) => view! {
                            <h1 tabindex="-1">{t("services-title")}</h1>
                            <ErrorPanel error=error on_retry=move |_| definition.refetch()/>
                        }
                        .into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}

#[component]
fn StartPage(definition: Arc<ServiceDefinition>) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let navigate = use_navigate();
    let lang = i18n.lang_untracked();
    let service = definition.id.clone();
    let start = Action::new_local(move |service: &String| {
        let service = service.clone();
        async move { api::drafts::start(&service).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(draft)) = start.value().get() {
            let first = draft.position.clone();
            let href = Page::Wizard { service: draft.service, draft: draft.id, at: WizardAt::Step(first) }.href(i18n.lang_untracked());
            go_to(&navigate, &href, false);
        }
    });
    // Applications of this service already under way, to continue rather than start again.
    let open = LocalResource::new(move || {
        let signed_in = session.is_signed_in();
        let lang = i18n.lang();
        async move {
            if signed_in {
                api::drafts::list(lang).await.ok()
            } else {
                None
            }
        }
    });
    let service_for_open = service.clone();
    let continuing = move || {
        let service = service_for_open.clone();
        open.get().flatten().map(|list| {
            list.drafts
                .into_iter()
                .filter(|d| d.service == service)
                .map(|d| {
                    let href =
                        Page::Wizard { service: d.service.clone(), draft: d.id.clone(), at: WizardAt::Step(d.position.clone()) }.href(i18n.lang_untracked());
                    let when = format_date_time(i18n.lang_untracked(), &d.updated_at);
                    view! { <li><a href=href>{i18n.t_args("services-continue-draft", &args([("saved", when.into())]))}</a></li> }
                })
                .collect_view()
        })
    };
    let fees = fee_lines(&definition, lang);
    let link_out = definition.link_out.clone();
    let service_for_start = service.clone();
    let action = move || {
        if let Some(link) = link_out.clone() {
            return view! {
                <p>
                    <a class="button button--primary" href=link.url rel="external noopener">
                        <LocalizedContent text=link.label/>
                        <span class="external-marker">" "{t("services-leaves-portal")}</span>
                    </a>
                </p>
            }
            .into_any();
        }
        if !session.is_signed_in() {
            let here = Page::Service(service_for_start.clone()).href(i18n.lang());
            return view! {
                <div class="notice notice--info sign-in-needed">
                    <p><span class="lock" aria-hidden="true"></span>{t("services-sign-in-needed")}</p>
                    <p><a class="button button--primary" href=sign_in_href(i18n.lang(), Some(&here))>{t("services-sign-in-to-start")}</a></p>
                </div>
            }
            .into_any();
        }
        let service = service_for_start.clone();
        view! {
            <ul class="link-list">{continuing.clone()}</ul>
            {move || match start.value().get() {
                Some(Err(error)) => Some(view! { <ErrorPanel error=error on_retry=move |_| start.value().set(None)/> }),
                _ => None,
            }}
            <button type="button" class="button button--primary button--start"
                aria-disabled=move || start.pending().get().then_some("true")
                on:click=move |_| {
                    if !start.pending().get_untracked() {
                        start.dispatch(service.clone());
                    }
                }>
                {t("services-start")}
            </button>
        }
        .into_any()
    };
    view! {
        <h1 tabindex="-1"><LocalizedContent text=definition.title.clone()/></h1>
        <p class="lead"><LocalizedContent text=definition.description.clone()/></p>
        {(!definition.you_need.is_empty()).then(|| view! {
            <h2>{t("services-you-need")}</h2>
            <ul class="bullets">
                {definition.you_need.iter().map(|item| view! { <li><LocalizedContent text=item.clone()/></li> }).collect_view()}
            </ul>
        })}
        <dl class="meta meta--wide">
            <div class="meta__item"><dt>{t("services-duration")}</dt><dd><LocalizedContent text=definition.duration.clone()/></dd></div>
            <div class="meta__item"><dt>{t("services-fee")}</dt><dd>{fees}</dd></div>
        </dl>
        {action}
    }
}

/// The fee rules in words: "CHF 30.00 per copy", "CHF 2.00 (Postage)"; or "free".
fn fee_lines(definition: &ServiceDefinition, lang: Lang) -> AnyView {
    let i18n = use_i18n();
    if definition.fees.is_empty() {
        return t("services-fee-none").into_any();
    }
    let chf = |rappen: u64| format_chf(lang, rappen as f64 / 100.0);
    definition
        .fees
        .iter()
        .map(|fee| {
            let label = content_text(&fee.label, lang);
            let amount = match &fee.rule {
                FeeRule::Fixed { amount } => chf(*amount),
                FeeRule::PerCopy { amount, .. } => chf(*amount),
                FeeRule::ByOption { amounts, .. } => {
                    let mut values: Vec<u64> = amounts.values().copied().collect();
                    values.sort_unstable();
                    match (values.first(), values.last()) {
                        (Some(low), Some(high)) if low != high => format!("{} – {}", chf(*low), chf(*high)),
                        (Some(only), _) => chf(*only),
                        _ => String::new(),
                    }
                }
            };
            view! { <span class="fee-line">{i18n.t_args("services-fee-line", &args([("label", label.into()), ("amount", amount.into())]))}</span> }
        })
        .collect_view()
        .into_any()
}
