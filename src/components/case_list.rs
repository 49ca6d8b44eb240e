//! The case list: status pills that filter, a table on wide screens that becomes cards on
//! narrow ones, the pager, and the cases waiting for the citizen. Everything here renders what
//! the page fetched; labels are read once per render, so a list never mixes two languages.

use crate::components::localized::Localized;
use crate::components::status::StatusBadge;
use crate::i18n::{args, days_from_today, fluent_id, format_date, format_relative_days, use_i18n};
use crate::routes::Page;
use guichet_model::api::{CaseList, CaseSummary, StatusFilter};
use leptos::prelude::*;
use std::rc::Rc;

/// The counts as filter links: all, open, waiting for the citizen, closed. The current one is
/// marked for assistive technology and by shape, not by colour alone.
#[component]
pub fn StatusPills(list: Rc<CaseList>, current: Option<StatusFilter>, #[prop(into)] href_for: Callback<Option<StatusFilter>, String>) -> impl IntoView {
    let i18n = use_i18n();
    let count = |filter: Option<StatusFilter>| filter.map_or_else(|| list.counts.iter().map(|c| c.count).sum(), |f| list.count_of(f));
    let pills = [
        (None, fluent_id("dashboard-all-count")),
        (Some(StatusFilter::Open), fluent_id("dashboard-open-count")),
        (Some(StatusFilter::Is(guichet_model::api::CaseStatus::ActionRequired)), fluent_id("dashboard-action-count")),
        (Some(StatusFilter::Closed), fluent_id("dashboard-closed-count")),
    ];
    view! {
        <nav class="counts" aria-label=i18n.t("dashboard-status-filters")>
            <ul class="counts__list">
                {pills.into_iter().map(|(filter, id)| {
                    let n = count(filter);
                    let attention = matches!(filter, Some(StatusFilter::Is(_))) && n > 0;
                    let active = filter == current;
                    view! {
                        <li>
                            <a class="counts__item" class:counts__item--attention=attention href=href_for.run(filter)
                                aria-current=active.then_some("true")>
                                {i18n.t_args(id, &args([("count", n.into())]))}
                            </a>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </nav>
    }
}

/// The labels every row repeats, looked up once per list rather than once per row.
pub struct RowLabels {
    reference: String,
    authority: String,
    submitted_on: String,
    deadline: String,
    expected: String,
}

impl RowLabels {
    fn new() -> Self {
        let i18n = use_i18n();
        RowLabels {
            reference: i18n.t("case-reference"),
            authority: i18n.t("case-authority"),
            submitted_on: i18n.t("case-submitted-on"),
            deadline: i18n.t("dashboard-case-deadline"),
            expected: i18n.t("dashboard-case-expected"),
        }
    }
}

/// The cases of one page: a table whose rows become cards on narrow screens.
#[component]
pub fn CaseTable(list: Rc<CaseList>, filtered: bool) -> impl IntoView {
    let i18n = use_i18n();
    if list.cases.is_empty() {
        let (title, text) = if filtered {
            (fluent_id("dashboard-no-match-title"), fluent_id("dashboard-no-match-text"))
        } else {
            (fluent_id("dashboard-empty-title"), fluent_id("dashboard-empty-text"))
        };
        return view! {
            <div class="empty-state">
                <h3>{i18n.t(title)}</h3>
                <p>{i18n.t(text)}</p>
            </div>
        }
        .into_any();
    }
    let labels = Rc::new(RowLabels::new());
    let case_column = i18n.t("dashboard-column-case");
    let caption = i18n.t_args("dashboard-table-caption", &args([("page", list.page.into()), ("pages", list.pages.into())]));
    view! {
        <table class="case-table">
            <caption class="visually-hidden">{caption}</caption>
            <thead>
                <tr>
                    <th scope="col">{case_column}</th>
                    <th scope="col">{i18n.t("dashboard-column-status")}</th>
                    <th scope="col">{labels.authority.clone()}</th>
                    <th scope="col">{labels.submitted_on.clone()}</th>
                    <th scope="col">{i18n.t("dashboard-column-due")}</th>
                </tr>
            </thead>
            <tbody>
                {list.cases.iter().map(|case| view! { <CaseRow case=case.clone() labels=labels.clone()/> }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}

#[component]
fn CaseRow(case: CaseSummary, labels: Rc<RowLabels>) -> impl IntoView {
    let lang = use_i18n().lang_untracked();
    let due = case.due_on.map(|due| {
        let label = if case.action_needed { labels.deadline.clone() } else { labels.expected.clone() };
        view! { <DueText due=due action_needed=case.action_needed label=label/> }
    });
    // The per-cell labels are for the card layout; the table's headers name the cells already.
    let cell_label = |text: &str| view! { <span class="case-row__label" aria-hidden="true">{text.to_owned()}</span> };
    view! {
        <tr class="case-row" class:case-row--attention=case.action_needed>
            <th scope="row" class="case-row__title">
                <a href=Page::Case(case.id.clone()).href(lang)><Localized text=case.service/></a>
                <span class="case-row__reference"><span class="visually-hidden">{labels.reference.clone()}" "</span><span translate="no">{case.reference}</span></span>
                {(case.unread > 0).then(|| view! {
                    <span class="case-row__unread">{use_i18n().t_args("dashboard-case-unread", &args([("count", case.unread.into())]))}</span>
                })}
            </th>
            <td class="case-row__status"><StatusBadge status=case.status label=case.status_label/></td>
            <td>{cell_label(&labels.authority)}<Localized text=case.authority/></td>
            <td>{cell_label(&labels.submitted_on)}{format_date(lang, &case.submitted_on)}</td>
            <td class="case-row__due">{due}</td>
        </tr>
    }
}

/// A due date with its kind ("Frist", "expected by") and how far away it is.
#[component]
fn DueText(due: String, action_needed: bool, label: String) -> impl IntoView {
    let lang = use_i18n().lang_untracked();
    let relative = days_from_today(&due).filter(|days| *days >= 0).map(|days| format_relative_days(lang, days));
    view! {
        <span class="due" class:due--attention=action_needed>
            <span class="due__label">{label}" "</span>
            {format_date(lang, &due)}
            {relative.map(|r| view! { " " <span class="meta__relative" data-source="intl">"("{r}")"</span> })}
        </span>
    }
}

/// Previous and next page links with where the citizen is.
#[component]
pub fn Pager(
    page: u32,
    pages: u32,
    #[prop(into)] href_for: Callback<u32, String>,
    #[prop(into)] on_go: Callback<(leptos::ev::MouseEvent, String)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let link = move |target: u32, id: &'static str, rel: &'static str| {
        let href = href_for.run(target);
        let go = href.clone();
        view! { <a class="pager__link" rel=rel href=href on:click=move |ev| on_go.run((ev, go.clone()))>{i18n.t(id)}</a> }
    };
    (pages > 1).then(|| {
        view! {
            <nav class="pager" aria-label=i18n.t("dashboard-pages")>
                {(page > 1).then(|| link(page - 1, fluent_id("dashboard-page-previous"), "prev"))}
                <span class="pager__where">{i18n.t_args("dashboard-page-of", &args([("page", page.into()), ("pages", pages.into())]))}</span>
                {(page < pages).then(|| link(page + 1, fluent_id("dashboard-page-next"), "next"))}
            </nav>
        }
    })
}

/// What the authorities wait for, soonest deadline first, each with what to do and a way to
/// do it one tap away; the rest are one link away in the filtered list.
#[component]
pub fn ActionNeeded(cases: Vec<CaseSummary>, total: u64, all_href: String, #[prop(optional)] read_only: bool) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang_untracked();
    let deadline = i18n.t("dashboard-case-deadline");
    // Under a read-only mandate the case can be read, not answered: the link says so.
    let act = i18n.t(if read_only { fluent_id("dashboard-action-view") } else { fluent_id("dashboard-action-link") });
    let reference = i18n.t("case-reference");
    let shown = cases.len() as u64;
    view! {
        <ul class="action-list">
            {cases.into_iter().map(|case| {
                let href = format!("{}#action", Page::Case(case.id.clone()).href(lang));
                let service = case.service.text.clone();
                view! {
                    <li class="action-item">
                        <h3 class="action-item__title"><Localized text=case.service/></h3>
                        <p class="action-item__reference">{reference.clone()}" "<span translate="no">{case.reference}</span></p>
                        {case.action.map(|action| view! { <p class="action-item__what"><Localized text=action/></p> })}
                        {case.due_on.map(|due| view! { <p class="action-item__due"><DueText due=due action_needed=true label=deadline.clone()/></p> })}
                        <a class="button button--primary" href=href>{act.clone()}<span class="visually-hidden">": "<span data-source="api">{service}</span></span></a>
                    </li>
                }
            }).collect_view()}
        </ul>
        {(total > shown).then(|| view! {
            <p class="action-more"><a href=all_href>{i18n.t_args("dashboard-action-all", &args([("count", total.into())]))}</a></p>
        })}
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
