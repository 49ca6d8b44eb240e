//! One application of a service: its steps, "check your answers", submission and the
//! confirmation. The page owns the definition, the draft and the postcode lookups; the same
//! page stays while the citizen moves between steps, so nothing typed is dropped on Back.

use crate::api::{self, ApiError};
use crate::components::error_panel::ErrorPanel;
use crate::components::error_summary::{ErrorSummary, FormProblem};
use crate::components::localized::{content_text, LocalizedContent};
use crate::components::skeleton::ListSkeleton;
use crate::i18n::{args, field_message_id, format_chf, format_date_time, format_time_now, t, today_iso, use_i18n, I18n};
use crate::pages::use_page_title;
use crate::routes::{go_to, Page, WizardAt};
use crate::wizard::fields::FieldView;
use crate::wizard::summary::{check_answers, fee_table};
use crate::wizard::{local_copy, FormState, PlaceLookup};
use guichet_model::form::{Answers, Draft, Field, FieldKind, SaveDraft, ServiceDefinition, Submission, CHECK_ANSWERS};
use guichet_model::journey::{Context, Journey};
use guichet_model::problem::{ErrorCode, FieldError};
use guichet_model::Lang;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use std::collections::HashMap;
use std::sync::Arc;

#[component]
pub fn WizardPage(service: String, draft: String) -> impl IntoView {
    let definition = LocalResource::new(move || {
        let service = service.clone();
        async move { api::services::definition(&service).await.map(Arc::new) }
    });
    let saved = LocalResource::new(move || {
        let draft = draft.clone();
        async move { api::drafts::get(&draft).await }
    });
    view! {
        <div class="page page--narrow">
            <Transition fallback=|| view! { <WizardSkeleton/> }>
                {move || Suspend::new(async move {
                    match (definition.await, saved.await) {
                        (Ok(definition), Ok(draft)) => view! { <Wizard definition=definition draft=draft/> }.into_any(),
                        (Err(error), _) | (_, Err(error)) => view! {
                            <h1 tabindex="-1">{t("wizard-unavailable-title")}</h1>
                            <ErrorPanel error=error on_retry=move |_| { definition.refetch(); saved.refetch(); }/>
                        }
                        .into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}

/// The size of a step, so nothing jumps when it arrives.
#[component]
fn WizardSkeleton() -> impl IntoView {
    view! {
        <div class="skeleton__heading"></div>
        <ListSkeleton rows=3/>
    }
}

/// Runs `f` with the journey for the current answers, read without tracking (a view that
/// must follow them tracks them first); postcodes known from lookups are checked.
fn with_journey<R>(
    definition: StoredValue<Arc<ServiceDefinition>>,
    answers: RwSignal<Answers>,
    places: RwSignal<HashMap<String, PlaceLookup>>,
    f: impl FnOnce(&Journey) -> R,
) -> R {
    let today = today_iso();
    answers.with_untracked(|answers| {
        places.with_untracked(|places| {
            let municipalities = |postcode: &str| match places.get(postcode) {
                Some(PlaceLookup::Found(found)) => Some(crate::wizard::distinct_municipalities(found)),
                _ => None,
            };
            definition.with_value(|d| f(&Journey::new(d, answers, Context { today: &today, places: Some(&municipalities) })))
        })
    })
}

/// The label an error message names: the field's, with the item or the part it is about,
/// e.g. "Person 2: Date of birth" or "New address: Postcode".
fn label_for_key(definition: &ServiceDefinition, key: &str, lang: Lang, i18n: I18n) -> String {
    let segments: Vec<&str> = key.split('.').collect();
    let fields: Vec<&Field> = definition.steps.iter().flat_map(|s| &s.fields).collect();
    describe(&fields, &segments, lang, i18n)
}

fn describe(fields: &[&Field], segments: &[&str], lang: Lang, i18n: I18n) -> String {
    let Some((first, rest)) = segments.split_first() else { return String::new() };
    let Some(field) = fields.iter().find(|f| f.id == *first) else { return String::new() };
    let label = content_text(&field.label, lang);
    match (&field.kind, rest) {
        (FieldKind::Group { fields: inner, item_label, .. }, [index, rest @ ..]) if !rest.is_empty() => {
            let number = index.parse::<usize>().map_or(0, |i| i + 1);
            let inner: Vec<&Field> = inner.iter().collect();
            let item = format!("{} {number}", content_text(item_label, lang));
            i18n.t_args("wizard-label-item", &args([("item", item.into()), ("field", describe(&inner, rest, lang, i18n).into())]))
        }
        (FieldKind::Address | FieldKind::Postcode, [part]) => {
            let part = match *part {
                "street" => i18n.t("wizard-address-street"),
                "number" => i18n.t("wizard-address-number"),
                "postcode" => i18n.t("wizard-address-postcode"),
                "locality" => i18n.t("wizard-address-locality"),
                _ => i18n.t("wizard-municipality-label"),
            };
            i18n.t_args("wizard-label-part", &args([("field", label.into()), ("part", part.into())]))
        }
        _ => label,
    }
}

#[component]
fn Wizard(definition: Arc<ServiceDefinition>, draft: Draft) -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let query = use_query_map();
    let navigate = use_navigate();
    let navigate = StoredValue::new(navigate);
    let go = move |href: String, replace: bool| navigate.with_value(|n| go_to(n, &href, replace));

    let definition = StoredValue::new(definition);
    let service_id = StoredValue::new(draft.service.clone());
    let draft_id = StoredValue::new(draft.id.clone());
    let answers = RwSignal::new(draft.answers.clone());
    let version = RwSignal::new(draft.version);
    let submitted_case = RwSignal::new(draft.case_id.clone());
    let submission = RwSignal::new(None::<Submission>);
    let places = RwSignal::new(HashMap::<String, PlaceLookup>::new());
    let shown_errors = RwSignal::new(Vec::<FieldError>::new());
    let failure = RwSignal::new(None::<ApiError>);
    // One key for this page: any number of clicks and retries submit once.
    let idempotency_key = StoredValue::new(random_key());
    let status = RwSignal::new(SaveStatus::Idle);
    // The server's version when a save met a newer one (another device or tab): the citizen
    // chooses; nothing is overwritten silently.
    let conflict = RwSignal::new(None::<Draft>);
    let online = RwSignal::new(window().navigator().on_line());
    // Answers typed on this server version and never confirmed (a reload, a lost network, an
    // ended session) come back from the device's copy and are saved again.
    let copy_key = StoredValue::new(draft.id.clone());
    let unsaved = match local_copy::load(&copy_key.get_value()) {
        Some(copy) if copy.is_ahead_of(draft.version, &draft.answers) => {
            answers.set(copy.answers);
            true
        }
        // Typed here on an older version that another device has since changed: ask, as for
        // a live save, with this device's answers shown meanwhile.
        Some(copy) if copy.is_unsaved(draft.version, &draft.answers) => {
            // Still typed on its own version until the citizen chooses.
            version.set(copy.base_version);
            answers.set(copy.answers);
            conflict.set(Some(draft.clone()));
            true
        }
        Some(_) => {
            local_copy::clear(&copy_key.get_value());
            false
        }
        None => false,
    };

    // Where in this application the URL is; `None` once the citizen has left it (the page
    // stays a moment while the next one takes over, and must not pull them back).
    let here = Memo::new(move |_| match Page::of_path(&location.pathname.read()) {
        Some(Page::Wizard { at, draft, .. }) if draft == draft_id.get_value() => Some(at),
        _ => None,
    });
    let at = Memo::new(move |previous: Option<&WizardAt>| here.get().or_else(|| previous.cloned()).unwrap_or(WizardAt::Check));
    let href = move |at: WizardAt| Page::Wizard { service: service_id.get_value(), draft: draft_id.get_value(), at }.href(i18n.lang());
    let returning_to_check = move || query.with(|q| q.get_str("return") == Some("check"));

    let look_up = Action::new_local(move |postcode: &String| {
        let postcode = postcode.clone();
        places.update(|p| {
            p.insert(postcode.clone(), PlaceLookup::Pending);
        });
        async move {
            let result = match api::services::places(&postcode).await {
                Ok(list) => PlaceLookup::Found(list.places),
                Err(_) => PlaceLookup::Failed,
            };
            places.update(|p| {
                p.insert(postcode, result);
            });
        }
    });
    let errors = Signal::derive(move || {
        let lang = i18n.lang();
        shown_errors.with(|errors| {
            definition.with_value(|d| {
                errors
                    .iter()
                    .map(|e| {
                        let label = label_for_key(d, &e.field, lang, i18n);
                        (e.field.clone(), i18n.t_args(field_message_id(&e.code), &args([("label", label.into())])))
                    })
                    .collect::<HashMap<_, _>>()
            })
        })
    });
    let save_now = Trigger::new();
    provide_context(FormState {
        answers,
        errors,
        places,
        look_up: Callback::new(move |postcode| {
            look_up.dispatch(postcode);
        }),
        draft_id,
        save_now,
    });

    // A URL cannot skip a step: anything not yet reachable lands on the first incomplete step.
    Effect::new(move |_| {
        let Some(at) = here.get() else { return };
        if submitted_case.with(Option::is_some) {
            if at != WizardAt::Done {
                go(href(WizardAt::Done), true);
            }
            return;
        }
        let redirect = with_journey(definition, answers, places, |journey| {
            let first_incomplete = || journey.first_incomplete().map_or(WizardAt::Check, |s| WizardAt::Step(s.id.clone()));
            match &at {
                WizardAt::Step(step) if !journey.can_visit(step) => Some(first_incomplete()),
                WizardAt::Check if !journey.can_check_answers() => Some(first_incomplete()),
                WizardAt::Done => Some(WizardAt::Check),
                _ => None,
            }
        });
        if let Some(to) = redirect {
            go(href(to), true);
        }
    });

    let position_now = move || match at.get_untracked() {
        WizardAt::Done => None,
        at => Some(at),
    };
    let fetch_current = Action::new_local(move |_: &()| async move { api::drafts::get(&draft_id.get_value()).await });
    // Saves the answers with the position the citizen goes to; the server checks the way.
    let save = Action::new_local(move |(target, navigate_after): &(WizardAt, bool)| {
        let (target, navigate_after) = (target.clone(), *navigate_after);
        let body = SaveDraft {
            answers: answers.get_untracked(),
            position: match &target {
                WizardAt::Step(step) => step.clone(),
                _ => CHECK_ANSWERS.to_owned(),
            },
            base_version: version.get_untracked(),
        };
        status.set(SaveStatus::Saving);
        // Should the page go before the reply comes, the next start can tell this save apart
        // from another device's.
        let copy = local_copy::LocalCopy { base_version: body.base_version, answers: answers.get_untracked(), sent: Some(body.answers.clone()) };
        local_copy::store(&copy_key.get_value(), &copy);
        async move {
            let result = api::drafts::save(&draft_id.get_value(), &body).await;
            (target, navigate_after, body.answers, result)
        }
    });
    // One save at a time, each on the version the previous one returned; a step change waiting
    // behind an autosave keeps its place.
    let queued = StoredValue::new(None::<(WizardAt, bool)>);
    // Until its answer is handled, not merely received: between the two the action is no longer
    // pending but the version is still the old one, and a save sent then would get 409.
    let in_flight = StoredValue::new(false);
    let request_save = move |target: WizardAt, navigate_after: bool| {
        if conflict.with_untracked(Option::is_some) || submitted_case.with_untracked(Option::is_some) {
            return;
        }
        if in_flight.get_value() {
            queued.update_value(|q| {
                if !q.as_ref().is_some_and(|(_, nav)| *nav && !navigate_after) {
                    *q = Some((target, navigate_after));
                }
            });
        } else {
            in_flight.set_value(true);
            save.dispatch((target, navigate_after));
        }
    };
    Effect::new(move |_| {
        let Some((target, navigate_after, sent, result)) = save.value().get() else { return };
        in_flight.set_value(false);
        match result {
            Ok(draft) => {
                version.set(draft.version);
                failure.set(None);
                status.set(SaveStatus::Saved(format_time_now(i18n.lang_untracked())));
                if answers.with_untracked(|a| *a == sent) {
                    local_copy::clear(&copy_key.get_value());
                } else {
                    // Typed while the save was on its way: still unsaved, now on the new version.
                    local_copy::store(&copy_key.get_value(), &local_copy::LocalCopy { base_version: draft.version, answers: answers.get_untracked(), sent: None });
                }
                if navigate_after {
                    go(href(target), false);
                }
                let queued = queued.try_update_value(Option::take).flatten().filter(|_| submitted_case.with_untracked(Option::is_none));
                if let Some((target, navigate_after)) = queued {
                    in_flight.set_value(true);
                    save.dispatch((target, navigate_after));
                }
            }
            // Offline: the answers wait on the device and the citizen goes on; they are saved
            // when the network is back.
            Err(ApiError::Network | ApiError::Timeout) => {
                status.set(SaveStatus::Offline);
                queued.set_value(None);
                if navigate_after {
                    go(href(target), false);
                }
            }
            Err(ApiError::Invalid(errors)) => {
                status.set(SaveStatus::Idle);
                show_server_errors(errors, at, shown_errors, href, go)
            }
            Err(ApiError::Refused(ErrorCode::Conflict)) => {
                status.set(SaveStatus::Idle);
                queued.set_value(None);
                fetch_current.dispatch(());
            }
            Err(error) => {
                status.set(SaveStatus::Failed);
                failure.set(Some(error))
            }
        }
    });
    Effect::new(move |_| match fetch_current.value().get() {
        Some(Ok(current)) if current.case_id.is_some() => {
            // Submitted elsewhere: there is nothing left to save here.
            submitted_case.set(current.case_id);
            go(href(WizardAt::Done), true);
        }
        Some(Ok(current)) => conflict.set(Some(current)),
        Some(Err(error)) => failure.set(Some(error)),
        None => {}
    });
    let keep_mine = move |_: leptos::ev::MouseEvent| {
        if let Some(current) = conflict.get_untracked() {
            version.set(current.version);
            conflict.set(None);
            if let Some(at) = position_now() {
                request_save(at, false);
            }
        }
    };
    let use_theirs = move |_: leptos::ev::MouseEvent| {
        if let Some(current) = conflict.get_untracked() {
            version.set(current.version);
            answers.set(current.answers);
            local_copy::clear(&copy_key.get_value());
            conflict.set(None);
        }
    };
    // Autosave: a moment after the citizen stops typing, and at once when the network is back.
    let typed = StoredValue::new(0u32);
    Effect::new(move |first: Option<()>| {
        let snapshot = answers.get();
        if first.is_none() && !unsaved {
            return;
        }
        if submitted_case.with_untracked(Option::is_some) {
            return;
        }
        local_copy::typed(&copy_key.get_value(), version.get_untracked(), snapshot);
        typed.update_value(|n| *n += 1);
        let this = typed.get_value();
        set_timeout(
            move || {
                // The page may be gone by now (the citizen submitted or left): then nothing to do.
                if typed.try_get_value() == Some(this) && online.try_get_untracked() == Some(true) {
                    if let Some(at) = at.try_get_untracked().filter(|at| *at != WizardAt::Done) {
                        request_save(at, false);
                    }
                }
            },
            std::time::Duration::from_millis(AUTOSAVE_DELAY_MS),
        );
    });
    Effect::new(move |first: Option<()>| {
        save_now.track();
        if first.is_none() || local_copy::load(&copy_key.get_value()).is_none() || !online.get_untracked() {
            return;
        }
        // The pending autosave is no longer needed.
        typed.update_value(|n| *n += 1);
        if let Some(at) = position_now() {
            request_save(at, false);
        }
    });
    let on_network = move |up: bool| {
        online.set(up);
        if up && local_copy::load(&copy_key.get_value()).is_some() {
            if let Some(at) = position_now() {
                request_save(at, false);
            }
        }
    };
    let online_listener = window_event_listener(leptos::ev::online, move |_| on_network(true));
    let offline_listener = window_event_listener(leptos::ev::offline, move |_| on_network(false));
    on_cleanup(move || {
        online_listener.remove();
        offline_listener.remove();
    });

    // "Try again" after a failed save sends the answers again, from where the citizen is.
    let retry_save = move |_| {
        failure.set(None);
        if let Some(at) = position_now() {
            request_save(at, false);
        }
    };
    let on_continue = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let WizardAt::Step(step) = at.get_untracked() else { return };
        let (errors, target) = with_journey(definition, answers, places, |journey| {
            let errors = journey.service.step(&step).map(|s| journey.step_errors(s)).unwrap_or_default();
            let next = journey.next(&step).map_or(WizardAt::Check, |s| WizardAt::Step(s.id.clone()));
            let target = if returning_to_check() && journey.can_check_answers() { WizardAt::Check } else { next };
            (errors, target)
        });
        shown_errors.set(errors.clone());
        if errors.is_empty() {
            request_save(target, true);
        }
    };
    let on_back = move |ev: leptos::ev::MouseEvent, to: Option<WizardAt>| {
        ev.prevent_default();
        shown_errors.set(Vec::new());
        match to {
            // Saved on the way, without waiting: Back always works, even offline.
            Some(to) => {
                request_save(to.clone(), false);
                go(href(to), false);
            }
            None => go(Page::Service(service_id.get_value()).href(i18n.lang_untracked()), false),
        }
    };

    let submit = Action::new_local(move |_: &()| {
        let key = idempotency_key.get_value();
        let lang = i18n.lang_untracked();
        async move { api::drafts::submit(&draft_id.get_value(), lang, &key).await }
    });
    Effect::new(move |_| match submit.value().get() {
        Some(Ok(done)) => {
            failure.set(None);
            // A submitted application leaves the device nothing to keep, whatever a save or a
            // background write still had on its way.
            local_copy::clear(&copy_key.get_value());
            submitted_case.set(Some(done.case_id.clone()));
            submission.set(Some(done));
            go(href(WizardAt::Done), false);
        }
        Some(Err(ApiError::Invalid(errors))) => show_server_errors(errors, at, shown_errors, href, go),
        Some(Err(error)) => failure.set(Some(error)),
        None => {}
    });

    let step_title = move || {
        let lang = i18n.lang();
        match at.get() {
            WizardAt::Step(step) => definition.with_value(|d| d.step(&step).map(|s| content_text(&s.title, lang)).unwrap_or_default()),
            WizardAt::Check => i18n.t("wizard-check-title"),
            WizardAt::Done => i18n.t("wizard-done-title"),
        }
    };
    use_page_title(move || {
        let service = definition.with_value(|d| content_text(&d.title, i18n.lang()));
        let page = format!("{} – {service}", step_title());
        if shown_errors.with(Vec::is_empty) { page } else { i18n.t_args("common-error-page-title", &args([("title", page.into())])) }
    });
    let problems = Signal::derive(move || {
        shown_errors.with(|list| {
            errors.with(|messages| list.iter().map(|e| FormProblem { field: Some(e.field.clone()), message: messages.get(&e.field).cloned().unwrap_or_default() }).collect())
        })
    });

    let conflict_view = move || {
        conflict.get().map(|current| {
            let saved = format_date_time(i18n.lang_untracked(), &current.updated_at);
            view! {
                <div class="notice notice--warning" role="alert">
                    <h2 class="notice__title">{t("wizard-conflict-title")}</h2>
                    <p>{i18n.t_args("wizard-conflict-text", &args([("saved", saved.into())]))}</p>
                    <p class="button-row">
                        <button type="button" class="button button--primary" on:click=keep_mine>{t("wizard-conflict-keep-mine")}</button>
                        <button type="button" class="button button--secondary" on:click=use_theirs>{t("wizard-conflict-use-theirs")}</button>
                    </p>
                </div>
            }
        })
    };

    let step_view = move |step_id: String| {
        let Some(step) = definition.with_value(|d| d.step(&step_id).cloned()) else { return ().into_any() };
        let lang = i18n.lang_untracked();
        let position = with_journey(definition, answers, places, |j| (j.position(&step_id), j.previous(&step_id).map(|s| WizardAt::Step(s.id.clone()))));
        let ((current, total), previous) = (position.0.unwrap_or((1, 1)), position.1);
        let back_target = previous.clone();
        let back_href = previous.clone().map_or_else(|| Page::Service(service_id.get_value()).href(lang), href);
        view! {
            <p class="back-link"><a href=back_href on:click=move |ev| on_back(ev, back_target.clone())>{t("wizard-back")}</a></p>
            <ErrorSummary title=Signal::derive(t("common-error-summary-title")) problems=problems/>
            <p class="caption">
                <span class="caption__service"><LocalizedContent text=definition.with_value(|d| d.title.clone())/></span>
                <span class="caption__step">{move || i18n.t_args("wizard-step-of", &args([("current", current.into()), ("total", total.into())]))}</span>
            </p>
            <h1 tabindex="-1"><LocalizedContent text=step.title.clone()/></h1>
            <SaveState status=status online=online/>
            {conflict_view}
            <form class="form" on:submit=on_continue on:focusout=move |ev| save_on_leaving(&ev, save_now) novalidate>
                {step.fields.iter().map(|field| view! { <FieldView field=field.clone() key=field.id.clone()/> }).collect_view()}
                {move || failure.get().map(|error| view! { <ErrorPanel error=error on_retry=retry_save/> })}
                <button type="submit" class="button button--primary" aria-disabled=move || save.pending().get().then_some("true")>
                    {move || if returning_to_check() { i18n.t("wizard-save-and-return") } else { i18n.t("wizard-continue") }}
                </button>
            </form>
        }
        .into_any()
    };

    let check_view = move || {
        let lang = i18n.lang();
        // The summary follows the answers (an answer changed in another tab, a conflict resolved).
        answers.track();
        places.track();
        let (summary, fee, last) = with_journey(definition, answers, places, |journey| {
            let change = |step: &str| format!("{}?return=check", href(WizardAt::Step(step.to_owned())));
            let summary = check_answers(&journey.summary(), change, lang);
            let fee = journey.fee();
            let fee_view = (fee.total > 0).then(|| {
                let total = format_chf(lang, fee.total as f64 / 100.0);
                view! {
                    {fee_table(&fee, lang)}
                    <div class="notice notice--info"><p>{i18n.t_args("wizard-fee-invoice-note", &args([("amount", total.into())]))}</p></div>
                }
            });
            (summary, fee_view, journey.last_step().map(|s| WizardAt::Step(s.id.clone())))
        });
        let back_href = last.clone().map_or_else(|| Page::Service(service_id.get_value()).href(lang), href);
        view! {
            <p class="back-link"><a href=back_href on:click=move |ev| on_back(ev, last.clone())>{t("wizard-back")}</a></p>
            <ErrorSummary title=Signal::derive(t("common-error-summary-title")) problems=problems/>
            <p class="caption"><span class="caption__service"><LocalizedContent text=definition.with_value(|d| d.title.clone())/></span></p>
            <h1 tabindex="-1">{t("wizard-check-title")}</h1>
            <SaveState status=status online=online/>
            {conflict_view}
            {summary}
            {fee}
            <h2>{t("wizard-submit-title")}</h2>
            <p>{t("wizard-submit-text")}</p>
            {move || failure.get().map(|error| view! { <ErrorPanel error=error on_retry=move |_| { submit.dispatch(()); }/> })}
            <form on:submit=move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                if !submit.pending().get_untracked() {
                    submit.dispatch(());
                }
            }>
                <button type="submit" class="button button--primary" aria-disabled=move || submit.pending().get().then_some("true")>
                    {move || if submit.pending().get() { i18n.t("wizard-submitting") } else { i18n.t("wizard-submit") }}
                </button>
            </form>
        }
        .into_any()
    };

    let done_view = move || view! { <Confirmation definition=definition.get_value() draft_id=draft_id.get_value() known=submission.get_untracked()/> }.into_any();

    move || match at.get() {
        WizardAt::Step(step) => step_view(step),
        WizardAt::Check => check_view(),
        WizardAt::Done => done_view(),
    }
}

/// How long after the last keystroke the answers are saved.
const AUTOSAVE_DELAY_MS: u64 = 1200;

/// Saves at once when focus leaves the form (a link, another tab or window); moving between
/// its fields is left to the typing pause, so a save never races the next field.
fn save_on_leaving(ev: &leptos::ev::FocusEvent, save_now: Trigger) {
    let form = ev.current_target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
    let to = ev.related_target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
    if form.is_some_and(|form| !form.contains(to.as_ref())) {
        save_now.notify();
    }
}

/// Where the answers stand, for the citizen to see and a screen reader to hear politely.
#[derive(Clone, Debug, PartialEq)]
enum SaveStatus {
    Idle,
    Saving,
    /// Saved on the server at this time of day.
    Saved(String),
    /// Not reachable: kept on this device.
    Offline,
    Failed,
}

#[component]
fn SaveState(status: RwSignal<SaveStatus>, online: RwSignal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let text = move || match status.get() {
        SaveStatus::Idle => String::new(),
        SaveStatus::Saving => i18n.t("wizard-save-saving"),
        SaveStatus::Saved(time) => i18n.t_args("wizard-save-saved", &args([("time", time.into())])),
        SaveStatus::Offline => i18n.t("wizard-save-offline"),
        SaveStatus::Failed => i18n.t("wizard-save-failed"),
    };
    view! {
        {move || (!online.get()).then(|| view! {
            <div class="notice notice--warning"><p>{t("wizard-offline-notice")}</p></div>
        })}
        <p class="save-status" role="status">{text}</p>
    }
}

/// Shows the server's refusal where it belongs: on this step, or on the step it names.
fn show_server_errors(
    errors: Vec<FieldError>,
    at: Memo<WizardAt>,
    shown_errors: RwSignal<Vec<FieldError>>,
    href: impl Fn(WizardAt) -> String,
    go: impl Fn(String, bool),
) {
    let step = errors.iter().find_map(|e| e.step.clone());
    shown_errors.set(errors);
    if let Some(step) = step {
        if at.get_untracked() != WizardAt::Step(step.clone()) {
            go(href(WizardAt::Step(step)), false);
        }
    }
}

/// A random key for the `Idempotency-Key` header.
fn random_key() -> String {
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.random_uuid())
        .unwrap_or_else(|| format!("{:x}{:x}", (js_sys::Math::random() * 1e15) as u64, js_sys::Date::now() as u64))
}

/// The reference, the documents, and what happens next; says plainly when payment is due.
#[component]
fn Confirmation(definition: Arc<ServiceDefinition>, draft_id: String, known: Option<Submission>) -> impl IntoView {
    let i18n = use_i18n();
    let submission = LocalResource::new(move || {
        let (draft_id, known) = (draft_id.clone(), known.clone());
        async move {
            match known {
                Some(known) => Ok(known),
                None => api::drafts::submission(&draft_id).await,
            }
        }
    });
    let next_steps = definition.next_steps.clone();
    view! {
        <Transition fallback=|| view! { <WizardSkeleton/> }>
            {move || {
                let next_steps = next_steps.clone();
                Suspend::new(async move {
                    match submission.await {
                        Ok(done) => {
                            let lang = i18n.lang_untracked();
                            let payment = done.payment_due.then(|| {
                                let amount = format_chf(lang, done.fee_total as f64 / 100.0);
                                view! {
                                    <div class="notice notice--warning">
                                        <h2 class="notice__title">{t("wizard-done-payment-title")}</h2>
                                        <p>{i18n.t_args("wizard-done-payment-text", &args([("amount", amount.into())]))}</p>
                                    </div>
                                }
                            });
                            let invoice = done.invoice_document_id.clone().map(|id| view! {
                                <li><a class="button" href=api::documents::content_url(&id) download="">{t("wizard-done-invoice")}</a></li>
                            });
                            view! {
                                <div class="confirmation">
                                    <h1 tabindex="-1" class="confirmation__title">{t("wizard-done-title")}</h1>
                                    <p class="confirmation__reference">
                                        {t("wizard-done-reference")}<br/>
                                        <strong translate="no">{done.reference.clone()}</strong>
                                    </p>
                                </div>
                                {payment}
                                <h2>{t("wizard-done-documents")}</h2>
                                <ul class="link-list">
                                    <li><a class="button" href=api::documents::content_url(&done.receipt_document_id) download="">{t("wizard-done-receipt")}</a></li>
                                    {invoice}
                                </ul>
                                <h2>{t("wizard-done-next-title")}</h2>
                                <p><LocalizedContent text=next_steps/></p>
                                <p><a href=Page::Case(done.case_id.clone()).href(lang)>{t("wizard-done-case-link")}</a></p>
                                <p><a href=Page::Cases.href(lang)>{t("wizard-done-dashboard-link")}</a></p>
                            }
                            .into_any()
                        }
                        Err(error) => view! {
                            <h1 tabindex="-1">{t("wizard-done-title")}</h1>
                            <ErrorPanel error=error on_retry=move |_| submission.refetch()/>
                        }
                        .into_any(),
                    }
                })
            }}
        </Transition>
    }
}
