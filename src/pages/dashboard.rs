use crate::api;
use crate::components::case_list::{CaseCounts, CaseList};
use crate::components::error_panel::ErrorPanel;
use crate::components::skeleton::ListSkeleton;
use crate::i18n::{t, use_i18n};
use crate::i18n::{args, format_date_time};
use crate::pages::use_page_title;
use crate::routes::{Page, WizardAt};
use guichet_model::form::DraftList;
use leptos::prelude::*;
use std::rc::Rc;

/// The signed-in account's cases, most recently changed first.
#[component]
pub fn DashboardPage() -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(t("dashboard-title"));
    // In an Rc: awaiting a resource clones its value, and 1,000 cases are worth not copying.
    let cases = LocalResource::new(move || {
        let lang = i18n.lang();
        async move { api::cases::list(lang).await.map(Rc::new) }
    });

    // Requested alongside the cases, not after them.
    let drafts = LocalResource::new(move || {
        let lang = i18n.lang();
        async move { api::drafts::list(lang).await }
    });

    view! {
        <div class="page">
            <h1 tabindex="-1">{t("dashboard-title")}</h1>
            <p class="dashboard__new"><a class="button button--secondary" href=move || Page::Services.href(i18n.lang())>{t("dashboard-new-application")}</a></p>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    drafts.await.ok().filter(|list| !list.drafts.is_empty()).map(|list| view! { <OpenApplications list=list/> })
                })}
            </Transition>
            <Transition fallback=|| view! { <ListSkeleton/> }>
                {move || Suspend::new(async move {
                    match cases.await {
                        Ok(list) => {
                            let open = list.cases.iter().filter(|c| c.status.is_open()).count();
                            let action_needed = list.cases.iter().filter(|c| c.action_needed).count();
                            view! {
                                <CaseCounts open=open action_needed=action_needed/>
                                <CaseList cases=list/>
                            }
                            .into_any()
                        }
                        Err(error) => view! { <ErrorPanel error=error on_retry=move |_| cases.refetch()/> }.into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}

/// Applications started and not yet submitted, to continue where the citizen left off.
#[component]
fn OpenApplications(list: DraftList) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang_untracked();
    view! {
        <section class="open-applications" aria-labelledby="open-applications-heading">
            <h2 id="open-applications-heading">{t("dashboard-open-applications")}</h2>
            <ul class="link-list">
                {list.drafts.into_iter().map(|draft| {
                    let at = if draft.position == guichet_model::form::CHECK_ANSWERS { WizardAt::Check } else { WizardAt::Step(draft.position.clone()) };
                    let href = Page::Wizard { service: draft.service.clone(), draft: draft.id.clone(), at }.href(lang);
                    let saved = format_date_time(lang, &draft.updated_at);
                    let label = i18n.t_args("dashboard-continue-application", &args([("service", draft.title.text.clone().into()), ("saved", saved.into())]));
                    view! { <li><a href=href>{label}</a></li> }
                }).collect_view()}
            </ul>
        </section>
    }
}
