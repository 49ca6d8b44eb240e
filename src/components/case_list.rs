use crate::components::localized::Localized;
use crate::components::status::StatusBadge;
use crate::i18n::{args, days_from_today, fluent_id, format_date, format_relative_days, t, use_i18n};
use std::rc::Rc;
use crate::routes::Page;
use guichet_model::api::CaseSummary;
use leptos::prelude::*;

/// Counts that tell a citizen at a glance what is open and what waits for them.
#[component]
pub fn CaseCounts(open: usize, action_needed: usize) -> impl IntoView {
    let i18n = use_i18n();
    let open_text = move || i18n.t_args("dashboard-open-count", &args([("count", open.into())]));
    let action_text = move || i18n.t_args("dashboard-action-count", &args([("count", action_needed.into())]));
    let attention = action_needed > 0;
    view! {
        <ul class="counts">
            <li class="counts__item">{open_text}</li>
            <li class="counts__item" class:counts__item--attention=attention>{action_text}</li>
        </ul>
    }
}

/// The labels every card repeats, looked up once per list rather than once per card.
/// The list is rendered anew when the language changes, so they need not be reactive.
pub struct CardLabels {
    reference: String,
    authority: String,
    submitted_on: String,
    deadline: String,
    expected: String,
}

impl CardLabels {
    fn new() -> Self {
        let i18n = use_i18n();
        CardLabels {
            reference: i18n.t("case-reference"),
            authority: i18n.t("case-authority"),
            submitted_on: i18n.t("case-submitted-on"),
            deadline: i18n.t("dashboard-case-deadline"),
            expected: i18n.t("dashboard-case-expected"),
        }
    }
}

#[component]
pub fn CaseList(#[prop(into)] cases: Rc<guichet_model::api::CaseList>) -> impl IntoView {
    if cases.cases.is_empty() {
        return view! {
            <div class="empty-state">
                <h2>{t("dashboard-empty-title")}</h2>
                <p>{t("dashboard-empty-text")}</p>
            </div>
        }
        .into_any();
    }
    view! {
        <ul class="case-list">
            {
                let labels = Rc::new(CardLabels::new());
                cases.cases.iter().map(|case| view! { <CaseCard case=case.clone() labels=labels.clone()/> }).collect_view()
            }
        </ul>
    }
    .into_any()
}

#[component]
pub fn CaseCard(case: CaseSummary, labels: Rc<CardLabels>) -> impl IntoView {
    let lang = use_i18n().lang_untracked();
    let due = case.due_on.map(|due| {
        let label = if case.action_needed { labels.deadline.clone() } else { labels.expected.clone() };
        view! { <DueDate due=due action_needed=case.action_needed label=label/> }
    });
    view! {
        <li class="case-card" class:case-card--attention=case.action_needed>
            <h2 class="case-card__title">
                <a href=Page::Case(case.id.clone()).href(lang)><Localized text=case.service/></a>
            </h2>
            <StatusBadge status=case.status label=case.status_label/>
            <dl class="meta">
                <div class="meta__item">
                    <dt>{labels.reference.clone()}</dt>
                    <dd translate="no">{case.reference}</dd>
                </div>
                <div class="meta__item">
                    <dt>{labels.authority.clone()}</dt>
                    <dd><Localized text=case.authority/></dd>
                </div>
                <div class="meta__item">
                    <dt>{labels.submitted_on.clone()}</dt>
                    <dd>{format_date(lang, &case.submitted_on)}</dd>
                </div>
                {due}
            </dl>
        </li>
    }
}

/// The label of a due date: the citizen's deadline, or when the authority expects to be done.
pub fn due_date_label(action_needed: bool) -> String {
    let id = if action_needed { fluent_id("dashboard-case-deadline") } else { fluent_id("dashboard-case-expected") };
    use_i18n().t(id)
}

/// A due date as a term of a `<dl>`, with how far away it is.
#[component]
pub fn DueDate(due: String, action_needed: bool, label: String) -> impl IntoView {
    let lang = use_i18n().lang_untracked();
    // "in 5 days" says more to a citizen than a date alone; Intl words it in their language.
    let relative = days_from_today(&due).filter(|days| *days >= 0).map(|days| format_relative_days(lang, days));
    view! {
        <div class="meta__item" class:meta__item--attention=action_needed>
            <dt>{label}</dt>
            <dd>
                {format_date(lang, &due)}
                {relative.map(|r| view! { " " <span class="meta__relative" data-source="intl">"("{r}")"</span> })}
            </dd>
        </div>
    }
}
