use crate::api;
use crate::components::case_list::{CaseCounts, CaseList};
use crate::components::error_panel::ErrorPanel;
use crate::components::skeleton::ListSkeleton;
use crate::i18n::{t, use_i18n};
use crate::pages::use_page_title;
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

    view! {
        <div class="page">
            <h1 tabindex="-1">{t("dashboard-title")}</h1>
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
