use crate::api;
use crate::components::case_list::{CaseCounts, CaseList};
use crate::components::error_panel::ErrorPanel;
use crate::components::skeleton::ListSkeleton;
use crate::i18n::{t, use_i18n};
use crate::components::dialog::ConfirmDialog;
use crate::i18n::{args, fluent_id, format_date, format_date_time};
use crate::pages::use_page_title;
use crate::routes::{Page, WizardAt};
use guichet_model::form::{DraftList, DraftSummary, DRAFT_KEPT_DAYS};
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

/// Applications started and not yet submitted, to continue where the citizen left off, with
/// the day each is deleted unless saved again; each can be deleted after a question.
#[component]
fn OpenApplications(list: DraftList) -> impl IntoView {
    let i18n = use_i18n();
    let session = crate::session::use_session();
    let drafts = RwSignal::new(list.drafts);
    let asking = RwSignal::new(None::<DraftSummary>);
    let deleted = RwSignal::new(None::<String>);
    let failed = RwSignal::new(None::<api::ApiError>);
    let delete = move |_| {
        let Some(draft) = asking.get_untracked() else { return };
        asking.set(None);
        leptos::task::spawn_local(async move {
            match api::drafts::discard(&draft.id).await {
                Ok(()) | Err(api::ApiError::NotFound) => {
                    let username = session.user.with_untracked(|u| u.as_ref().map(|u| u.username.clone())).unwrap_or_default();
                    crate::wizard::local_copy::clear(&crate::wizard::local_copy::key(&username, &draft.id));
                    drafts.update(|d| d.retain(|other| other.id != draft.id));
                    failed.set(None);
                    deleted.set(Some(draft.title.text));
                    // Its buttons are gone: focus goes to the section's heading.
                    crate::components::error_summary::focus_by_id("open-applications-heading");
                }
                Err(error) => failed.set(Some(error)),
            }
        });
    };
    let question = Signal::derive(move || {
        asking.with(|d| d.as_ref().map(|d| i18n.t_args("dashboard-draft-delete-text", &args([("service", d.title.text.clone().into())])))).unwrap_or_default()
    });
    view! {
        <section class="open-applications" aria-labelledby="open-applications-heading" hidden=move || drafts.with(Vec::is_empty) && deleted.with(Option::is_none)>
            <h2 id="open-applications-heading" tabindex="-1">{t("dashboard-open-applications")}</h2>
            <p class="open-applications__kept">{move || i18n.t_args("dashboard-drafts-kept", &args([("days", DRAFT_KEPT_DAYS.into())]))}</p>
            <p role="status" class="open-applications__status">
                {move || deleted.get().map(|service| i18n.t_args("dashboard-draft-deleted", &args([("service", service.into())])))}
            </p>
            {move || failed.get().map(|error| view! { <ErrorPanel error=error on_retry=move |_| failed.set(None)/> })}
            <ul class="draft-list">
                <For each=move || drafts.get() key=|d| d.id.clone() let(draft)>
                    <DraftItem draft=draft on_delete=move |d| asking.set(Some(d))/>
                </For>
            </ul>
            <ConfirmDialog id="delete-draft" open=Signal::derive(move || asking.with(Option::is_some))
                title=Signal::derive(move || i18n.t("dashboard-draft-delete-title")) text=question
                cancel_label=fluent_id("dashboard-draft-delete-cancel") confirm_label=fluent_id("dashboard-draft-delete-confirm")
                on_cancel=move |_| asking.set(None) on_confirm=delete/>
        </section>
    }
}

#[component]
fn DraftItem(draft: DraftSummary, #[prop(into)] on_delete: Callback<DraftSummary>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang_untracked();
    let at = if draft.position == guichet_model::form::CHECK_ANSWERS { WizardAt::Check } else { WizardAt::Step(draft.position.clone()) };
    let href = Page::Wizard { service: draft.service.clone(), draft: draft.id.clone(), at }.href(lang);
    let saved = format_date_time(lang, &draft.updated_at);
    let label = i18n.t_args("dashboard-continue-application", &args([("service", draft.title.text.clone().into()), ("saved", saved.into())]));
    let kept = i18n.t_args("dashboard-draft-expires", &args([("date", format_date(lang, &draft.expires_on).into())]));
    let service = draft.title.text.clone();
    view! {
        <li class="draft-list__item">
            <a href=href>{label}</a>
            <span class="draft-list__kept">{kept}</span>
            <button type="button" class="button button--link" on:click=move |_| on_delete.run(draft.clone())>
                {t("dashboard-draft-delete")}<span class="visually-hidden">" "{service}</span>
            </button>
        </li>
    }
}
