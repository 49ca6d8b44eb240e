use crate::api;
use crate::components::case_list::{ActionNeeded, CaseTable, Pager, StatusPills};
use crate::components::dialog::ConfirmDialog;
use crate::components::error_panel::ErrorPanel;
use crate::components::skeleton::ListSkeleton;
use crate::i18n::{args, fluent_id, format_date, format_date_time, t, use_i18n};
use crate::pages::use_page_title;
use crate::routes::{go_to_in_place, Page, WizardAt};
use guichet_model::api::{CaseQuery, CaseSort, Choice, DraftList, DraftSummary, StatusCount, StatusFilter, CHECK_ANSWERS, DRAFT_KEPT_DAYS};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use std::rc::Rc;

/// The value of `key` in a URL query, decoded; empty when it is not there.
pub(crate) fn query_value(search: &str, key: &str) -> String {
    decode_query(search).into_iter().find(|(k, _)| k == key).map(|(_, v)| v).unwrap_or_default()
}

/// `a=1&b=x+y` as pairs, percent- and plus-decoded.
fn decode_query(search: &str) -> Vec<(String, String)> {
    let decode = |s: &str| js_sys::decode_uri_component(&s.replace('+', " ")).map(String::from).unwrap_or_default();
    search
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(key), decode(value))
        })
        .collect()
}

/// Cases shown first as waiting for the citizen; the others are in the filtered list.
const ACTIONS_SHOWN: usize = 3;

/// How long typing may pause before the list follows the search box.
const SEARCH_PAUSE_MS: u64 = 250;

/// The signed-in party's cases: what waits for them first, then every case, filtered, searched,
/// sorted and paged on the server. The filters live in the URL query, so Back, Forward and a
/// shared link restore the same view.
#[component]
pub fn DashboardPage() -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(t("dashboard-title"));
    // Parsed from the location's own search string: the router's query map can lag behind the
    // path for a moment after Back, and this page is built in that moment.
    let search = leptos_router::hooks::use_location().search;
    let query = Memo::new(move |_| search.with(|s| CaseQuery::from_pairs_leniently(decode_query(s).iter().map(|(k, v)| (k.as_str(), v.as_str())))));
    // In an Rc: awaiting a resource clones its value.
    let cases = LocalResource::new(move || {
        let (lang, query) = (i18n.lang(), query.get());
        async move { api::cases::list(lang, &query).await.map(Rc::new) }
    });
    // Requested alongside the cases, not after them.
    let waiting = LocalResource::new(move || {
        let lang = i18n.lang();
        async move { api::cases::list(lang, &CaseQuery::waiting()).await }
    });
    let drafts = LocalResource::new(move || {
        let lang = i18n.lang();
        async move { api::drafts::list(lang).await }
    });

    // What the filters offer and the result line live outside the list, so they survive its
    // reloading (and a focused search box is never re-created while the citizen types).
    let statuses = RwSignal::new(Vec::<StatusCount>::new());
    let services = RwSignal::new(Vec::<Choice>::new());
    let authorities = RwSignal::new(Vec::<Choice>::new());
    let result = RwSignal::new(String::new());
    Effect::new(move |_| {
        if let Some(Ok(list)) = cases.get() {
            statuses.set(list.counts.clone());
            services.set(list.services.clone());
            authorities.set(list.authorities.clone());
            result.set(i18n.t_args("dashboard-result-count", &args([("count", list.total.into())])));
        }
    });

    let session = crate::session::use_session();
    let read_only = move || session.user.with(|u| u.as_ref().is_some_and(guichet_model::api::Me::read_only));
    // Read untracked inside the list: signing out must not re-render a page on its way out.
    // Nothing below the heading shows until the first answers are in, then all of it at once:
    // sections popping in one after another would push the page around under the citizen.
    let ready = RwSignal::new(false);
    Effect::new(move |_| {
        if cases.get().is_some() && waiting.get().is_some() && drafts.get().is_some() {
            ready.set(true);
        }
    });

    let href_for = move |query: &CaseQuery| {
        let base = Page::Cases.href(i18n.lang_untracked());
        let filters = query.to_query_string();
        if filters.is_empty() {
            base
        } else {
            format!("{base}?{filters}")
        }
    };
    let navigate = use_navigate();
    let on_filter = Callback::new(move |(query, replace): (CaseQuery, bool)| go_to_in_place(&navigate, &href_for(&query), replace));
    let status_href = Callback::new(move |status: Option<StatusFilter>| href_for(&CaseQuery { status, page: 1, ..query.get_untracked() }));
    let page_href = Callback::new(move |page: u32| href_for(&CaseQuery { page, ..query.get_untracked() }));
    let navigate = use_navigate();
    let on_page = Callback::new(move |(ev, href): (leptos::ev::MouseEvent, String)| {
        ev.prevent_default();
        go_to_in_place(&navigate, &href, false);
        // The list changed under the pager: the citizen continues at its top.
        crate::components::error_summary::focus_by_id("cases-heading");
    });

    view! {
        <div class="page">
            <h1 tabindex="-1">{t("dashboard-title")}</h1>
            // A read-only mandate cannot apply: the button would only lead to a refusal.
            <p class="dashboard__new" hidden=read_only><a class="button button--secondary" href=move || Page::Services.href(i18n.lang())>{t("dashboard-new-application")}</a></p>
            <Show when=move || ready.get() fallback=|| view! { <ListSkeleton/> }>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    waiting.await.ok().filter(|list| !list.cases.is_empty()).map(|list| {
                        let all = href_for(&CaseQuery::waiting());
                        view! {
                            <section class="action-needed" aria-labelledby="action-heading">
                                <h2 id="action-heading">{i18n.t_args("dashboard-action-title", &args([("count", list.total.into())]))}</h2>
                                <ActionNeeded cases=list.cases.into_iter().take(ACTIONS_SHOWN).collect() total=list.total all_href=all
                                    read_only=session.user.with_untracked(|u| u.as_ref().is_some_and(guichet_model::api::Me::read_only))/>
                            </section>
                        }
                    })
                })}
            </Transition>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    drafts.await.ok().filter(|list| !list.drafts.is_empty()).map(|list| view! { <OpenApplications list=list/> })
                })}
            </Transition>
            <section class="cases" aria-labelledby="cases-heading">
                <h2 id="cases-heading" tabindex="-1">{t("dashboard-all-cases")}</h2>
                // The counts first: what is open and what waits, at a glance, and one tap filters.
                <Transition fallback=|| ()>
                    {move || Suspend::new(async move {
                        cases.await.ok().map(|list| view! { <StatusPills list=list current=query.get_untracked().status href_for=status_href/> })
                    })}
                </Transition>
                <CaseFilters query=query statuses=statuses services=services authorities=authorities on_change=on_filter/>
                <p class="cases__result" role="status">{move || result.get()}</p>
                <Transition fallback=|| view! { <ListSkeleton/> }>
                    {move || Suspend::new(async move {
                        match cases.await {
                            Ok(list) => {
                                let current = query.get_untracked();
                                view! {
                                    <CaseTable list=list.clone() filtered=current.is_filtered()/>
                                    <Pager page=list.page pages=list.pages href_for=page_href on_go=on_page/>
                                }
                                .into_any()
                            }
                            Err(error) => view! { <ErrorPanel error=error on_retry=move |_| cases.refetch()/> }.into_any(),
                        }
                    })}
                </Transition>
            </section>
            </Show>
        </div>
    }
}

/// Search, filters and sort. Choosing applies at once; typing applies after a short pause and
/// replaces the history entry, so Back does not step through every letter.
#[component]
fn CaseFilters(
    query: Memo<CaseQuery>,
    statuses: RwSignal<Vec<StatusCount>>,
    services: RwSignal<Vec<Choice>>,
    authorities: RwSignal<Vec<Choice>>,
    #[prop(into)] on_change: Callback<(CaseQuery, bool)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let typed = RwSignal::new(query.get_untracked().q.unwrap_or_default());
    // Back and Forward change the query: the search box follows, unless it only differs in
    // spaces the citizen is still typing.
    Effect::new(move |_| {
        let q = query.get().q.unwrap_or_default();
        if typed.get_untracked().trim() != q {
            typed.set(q);
        }
    });
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let cancel_pending = move || {
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
    };
    let apply = move |change: &dyn Fn(&mut CaseQuery), replace: bool| {
        let mut next = query.get_untracked();
        change(&mut next);
        next.page = 1;
        if next != query.get_untracked() {
            on_change.run((next, replace));
        }
    };
    let search_now = move || {
        cancel_pending();
        let words = typed.get_untracked();
        apply(&|q| q.q = Some(words.trim().to_owned()).filter(|w| !w.is_empty()), true);
    };
    let on_input = move |_| {
        cancel_pending();
        pending.set_value(set_timeout_with_handle(search_now, std::time::Duration::from_millis(SEARCH_PAUSE_MS)).ok());
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        search_now();
    };
    let value_of = |ev: &leptos::ev::Event| Some(event_target_value(ev)).filter(|v| !v.is_empty());
    let status_options = move || {
        let mut options = vec![(StatusFilter::Open, i18n.t("dashboard-filter-open")), (StatusFilter::Closed, i18n.t("dashboard-filter-closed"))];
        // Each status in the portal's own words, as the list's badges show it.
        options.extend(statuses.get().into_iter().map(|s| (StatusFilter::Is(s.status), s.label.text)));
        options
    };
    let from_api = |filter: StatusFilter| matches!(filter, StatusFilter::Is(_)).then_some("api");
    let choice_options = move |choices: RwSignal<Vec<Choice>>, current: Option<String>| {
        choices
            .get()
            .into_iter()
            .map(|c| {
                let is = current.as_deref() == Some(c.value.as_str());
                view! { <option value=c.value selected=is lang=c.label.lang.code() data-source="api">{c.label.text}</option> }
            })
            .collect_view()
    };
    let more_open = query.get_untracked().service.is_some()
        || query.get_untracked().authority.is_some()
        || query.get_untracked().from.is_some()
        || query.get_untracked().to.is_some();

    view! {
        <form class="case-filters" role="search" aria-label=move || i18n.t("dashboard-filters") on:submit=on_submit>
            <div class="field case-filters__search">
                <label class="field__label" for="case-search">{t("dashboard-search-label")}</label>
                <p class="field__hint" id="case-search-hint">{t("dashboard-search-hint")}</p>
                <div class="search__row">
                    <input id="case-search" name="q" type="search" class="input search__input" autocomplete="off"
                        aria-describedby="case-search-hint" maxlength=guichet_model::api::MAX_CASE_SEARCH_LEN bind:value=typed on:input=on_input/>
                    <button type="submit" class="button button--primary">{t("dashboard-search-submit")}</button>
                </div>
            </div>
            <div class="case-filters__row">
                <div class="field">
                    <label class="field__label" for="case-status">{t("dashboard-filter-status")}</label>
                    <select id="case-status" name="status" class="input"
                        on:change=move |ev| { let v = value_of(&ev); apply(&|q| q.status = v.as_deref().and_then(StatusFilter::parse), false) }>
                        <option value="" selected=move || query.get().status.is_none()>{t("dashboard-filter-any")}</option>
                        {move || status_options().into_iter().map(|(filter, label)| {
                            let is = query.get().status == Some(filter);
                            view! { <option value=filter.code() selected=is data-source=from_api(filter)>{label}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label class="field__label" for="case-sort">{t("dashboard-sort")}</label>
                    <select id="case-sort" name="sort" class="input"
                        on:change=move |ev| { let v = event_target_value(&ev); apply(&|q| q.sort = CaseSort::parse(&v).unwrap_or_default(), false) }>
                        {CaseSort::ALL.into_iter().map(|sort| view! {
                            <option value=sort.code() selected=move || query.get().sort == sort>{move || i18n.t(sort_label_id(sort))}</option>
                        }).collect_view()}
                    </select>
                </div>
            </div>
            <details class="case-filters__more" open=more_open>
                <summary>{t("dashboard-filter-more")}</summary>
                <div class="case-filters__row">
                    <div class="field">
                        <label class="field__label" for="case-service">{t("dashboard-filter-service")}</label>
                        <select id="case-service" name="service" class="input"
                            on:change=move |ev| { let v = value_of(&ev); apply(&|q| q.service = v.clone(), false) }>
                            <option value="">{t("dashboard-filter-any")}</option>
                            {move || choice_options(services, query.get().service)}
                        </select>
                    </div>
                    <div class="field">
                        <label class="field__label" for="case-authority">{t("case-authority")}</label>
                        <select id="case-authority" name="authority" class="input"
                            on:change=move |ev| { let v = value_of(&ev); apply(&|q| q.authority = v.clone(), false) }>
                            <option value="">{t("dashboard-filter-any")}</option>
                            {move || choice_options(authorities, query.get().authority)}
                        </select>
                    </div>
                    <div class="field">
                        <label class="field__label" for="case-from">{t("dashboard-filter-from")}</label>
                        <input id="case-from" name="from" type="date" class="input" prop:value=move || query.get().from.unwrap_or_default()
                            on:change=move |ev| { let v = value_of(&ev); apply(&|q| q.from = v.clone(), false) }/>
                    </div>
                    <div class="field">
                        <label class="field__label" for="case-to">{t("dashboard-filter-to")}</label>
                        <input id="case-to" name="to" type="date" class="input" prop:value=move || query.get().to.unwrap_or_default()
                            on:change=move |ev| { let v = value_of(&ev); apply(&|q| q.to = v.clone(), false) }/>
                    </div>
                </div>
            </details>
            <p class="case-filters__reset" hidden=move || !query.get().is_filtered()>
                <a href=move || Page::Cases.href(i18n.lang())>{t("dashboard-filter-reset")}</a>
            </p>
        </form>
    }
}

fn sort_label_id(sort: CaseSort) -> &'static str {
    match sort {
        CaseSort::Updated => fluent_id("dashboard-sort-updated"),
        CaseSort::Deadline => fluent_id("dashboard-sort-deadline"),
        CaseSort::Submitted => fluent_id("dashboard-sort-submitted"),
    }
}

/// Applications started and not yet submitted, to continue where the citizen left off, with
/// the day each is deleted unless saved again; each can be deleted after a question.
#[component]
fn OpenApplications(list: DraftList) -> impl IntoView {
    let i18n = use_i18n();
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
                    crate::wizard::local_copy::clear(&draft.id);
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
    let at = if draft.position == CHECK_ANSWERS { WizardAt::Check } else { WizardAt::Step(draft.position.clone()) };
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
