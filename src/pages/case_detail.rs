use crate::api::{self, ApiError};
use crate::components::case_list::{due_date_label, DueDate};
use crate::components::documents::DocumentList;
use crate::components::error_panel::ErrorPanel;
use crate::components::localized::Localized;
use crate::components::skeleton::ListSkeleton;
use crate::components::status::StatusBadge;
use crate::components::sender::{CaseAction, DecisionText, SenderCard};
use crate::components::timeline::Timeline;
use crate::i18n::{format_date, t, use_i18n};
use crate::pages::use_page_title;
use crate::routes::Page;
use leptos::prelude::*;

/// One case: where it stands, who handles it, what happened, and its documents.
#[component]
pub fn CaseDetailPage(id: String) -> impl IntoView {
    let i18n = use_i18n();
    let case = LocalResource::new(move || {
        let (id, lang) = (id.clone(), i18n.lang());
        async move { api::cases::detail(&id, lang).await }
    });
    let title = move || match case.get() {
        Some(Ok(detail)) => detail.summary.service.text,
        Some(Err(ApiError::NotFound)) => i18n.t("not-found-title"),
        // A failure is not "loading": the heading says what happened, the panel what to do.
        Some(Err(_)) => i18n.t("error-title"),
        None => i18n.t("case-loading-title"),
    };
    use_page_title(title);
    // The heading element stays while its content changes, so focus on it survives loading.
    let heading = move || match case.get() {
        Some(Ok(detail)) => view! { <Localized text=detail.summary.service/> }.into_any(),
        _ => title().into_any(),
    };

    // After a successful "try again", focus goes to the heading instead of staying on <body>.
    let heading_ref = NodeRef::<leptos::html::H1>::new();
    let retried = StoredValue::new(false);
    Effect::new(move |_| {
        if matches!(case.get(), Some(Ok(_))) && retried.get_value() {
            retried.set_value(false);
            if let Some(h1) = heading_ref.get() {
                let _ = h1.focus();
            }
        }
    });
    // Arriving from "do it now" (`#action`): the data came after the browser looked for the
    // anchor, so focus (and scroll) go there once the case is shown.
    Effect::new(move |_| {
        if matches!(case.get(), Some(Ok(_))) && window().location().hash().is_ok_and(|h| h == "#action") {
            request_animation_frame(|| crate::components::error_summary::focus_by_id("action"));
        }
    });
    let retry = move |_| {
        retried.set_value(true);
        case.refetch();
    };

    view! {
        <div class="page">
            <p class="back-link"><a href=move || Page::Cases.href(i18n.lang())>{t("case-back")}</a></p>
            <h1 tabindex="-1" node_ref=heading_ref>{heading}</h1>
            <Transition fallback=|| view! { <ListSkeleton rows=3/> }>
                {move || Suspend::new(async move {
                    match case.await {
                        Ok(detail) => {
                            let lang = i18n.lang_untracked();
                            let summary = detail.summary;
                            let due = summary.due_on.clone().map(|due| view! { <DueDate due=due action_needed=summary.action_needed label=due_date_label(summary.action_needed)/> });
                            let action = summary.action.clone().map(|action| view! { <CaseAction action=action due=summary.due_on.clone()/> });
                            view! {
                                <StatusBadge status=summary.status label=summary.status_label/>
                                <dl class="meta meta--wide">
                                    <div class="meta__item"><dt>{t("case-reference")}</dt><dd translate="no">{summary.reference}</dd></div>
                                    <div class="meta__item"><dt>{t("case-submitted-on")}</dt><dd>{format_date(lang, &summary.submitted_on)}</dd></div>
                                    {due}
                                </dl>
                                {action}
                                {detail.decision.map(|decision| view! { <DecisionText decision=decision/> })}
                                <SenderCard sender=detail.sender/>
                                <section aria-labelledby="history-heading">
                                    <h2 id="history-heading">{t("case-history-title")}</h2>
                                    <Timeline events=detail.history/>
                                </section>
                                <section aria-labelledby="documents-heading">
                                    <h2 id="documents-heading">{t("case-documents-title")}</h2>
                                    <DocumentList documents=detail.documents/>
                                </section>
                            }
                            .into_any()
                        }
                        Err(ApiError::NotFound) => view! { <p>{t("not-found-text")}</p> }.into_any(),
                        Err(error) => view! { <ErrorPanel error=error on_retry=retry/> }.into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}
