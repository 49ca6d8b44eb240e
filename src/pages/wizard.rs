//! One application of a service: its steps, "check your answers", submission and the
//! confirmation. The page owns the definition, the draft and the postcode lookups, and keeps
//! the URL on a step the journey allows; the answers' way to the server is `DraftSync`'s. The
//! same page stays while the citizen moves between steps, so nothing typed is dropped on Back.

use crate::api;
use crate::components::error_panel::ErrorPanel;
use crate::components::error_summary::{ErrorSummary, FormProblem};
use crate::components::localized::{content_text, LocalizedContent};
use crate::components::skeleton::ListSkeleton;
use crate::i18n::{args, t, use_i18n};
use crate::pages::use_page_title;
use crate::routes::{go_to, Page, WizardAt};
use crate::wizard::confirmation::Confirmation;
use crate::wizard::fields::FieldView;
use crate::wizard::save_state::SaveState;
use crate::wizard::summary::{check_answers, fee_section};
use crate::wizard::sync::{DraftSync, PageHooks};
use crate::wizard::{errors, with_journey, FormState, PlaceLookup};
use guichet_model::api::{Draft, Submission};
use guichet_model::form::ServiceDefinition;
use guichet_model::problem::FieldError;
use leptos::prelude::*;
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

#[component]
fn Wizard(definition: Arc<ServiceDefinition>, draft: Draft) -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let query = use_query_map();
    let navigate = StoredValue::new(use_navigate());
    let go = move |href: String, replace: bool| navigate.with_value(|n| go_to(n, &href, replace));

    let definition = StoredValue::new(definition);
    let service_id = StoredValue::new(draft.service.clone());
    let draft_id = StoredValue::new(draft.id.clone());
    let places = RwSignal::new(HashMap::<String, PlaceLookup>::new());
    let shown_errors = RwSignal::new(Vec::<FieldError>::new());

    // Where in this application the URL is; `None` once the citizen has left it (the page
    // stays a moment while the next one takes over, and must not pull them back).
    let here = Memo::new(move |_| match Page::of_path(&location.pathname.read()) {
        Some(Page::Wizard { at, draft, .. }) if draft == draft_id.get_value() => Some(at),
        _ => None,
    });
    let at = Memo::new(move |previous: Option<&WizardAt>| here.get().or_else(|| previous.cloned()).unwrap_or(WizardAt::Check));
    let href = move |at: WizardAt| Page::Wizard { service: service_id.get_value(), draft: draft_id.get_value(), at }.href(i18n.lang());
    let returning_to_check = move || query.with(|q| q.get_str("return") == Some("check"));
    // The server's refusal shows where it belongs: on this step, or on the step it names.
    let refused = move |errors: Vec<FieldError>| {
        let step = errors.iter().find_map(|e| e.step.clone());
        shown_errors.set(errors);
        if let Some(step) = step.filter(|step| at.get_untracked() != WizardAt::Step(step.clone())) {
            go(href(WizardAt::Step(step)), false);
        }
    };
    let hooks = PageHooks { go: Callback::new(move |(to, replace)| go(href(to), replace)), refused: Callback::new(refused) };
    let sync = DraftSync::new(&draft, at, hooks);
    let answers = sync.answers;
    let submitted_case = sync.submitted_case();

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
    let errors = Signal::derive(move || shown_errors.with(|shown| definition.with_value(|d| errors::by_key(d, shown, i18n.lang(), i18n))));
    provide_context(FormState {
        answers,
        errors,
        places,
        look_up: Callback::new(move |postcode| {
            look_up.dispatch(postcode);
        }),
        draft_id,
        save_now: sync.save_now,
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
            sync.request_save(target, true);
        }
    };
    let on_back = move |ev: leptos::ev::MouseEvent, to: Option<WizardAt>| {
        ev.prevent_default();
        shown_errors.set(Vec::new());
        match to {
            // Saved on the way, without waiting: Back always works, even offline.
            Some(to) => {
                sync.request_save(to.clone(), false);
                go(href(to), false);
            }
            None => go(Page::Service(service_id.get_value()).href(i18n.lang_untracked()), false),
        }
    };

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
        if shown_errors.with(Vec::is_empty) {
            page
        } else {
            i18n.t_args("common-error-page-title", &args([("title", page.into())]))
        }
    });
    let problems = Signal::derive(move || {
        shown_errors.with(|list| {
            errors.with(|messages| {
                list.iter().map(|e| FormProblem { field: Some(e.field.clone()), message: messages.get(&e.field).cloned().unwrap_or_default() }).collect()
            })
        })
    });

    let failure = sync.failure();

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
            <SaveState sync=sync/>
            <form class="form" on:submit=on_continue on:focusout=move |ev| sync.save_on_leaving(&ev) novalidate>
                {step.fields.iter().map(|field| view! { <FieldView field=field.clone() key=field.id.clone()/> }).collect_view()}
                {move || failure.get().map(|error| view! { <ErrorPanel error=error on_retry=move |_| sync.retry()/> })}
                <button type="submit" class="button button--primary" aria-disabled=move || sync.saving().then_some("true")>
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
            (summary, fee_section(&journey.fee(), lang), journey.last_step().map(|s| WizardAt::Step(s.id.clone())))
        });
        let back_href = last.clone().map_or_else(|| Page::Service(service_id.get_value()).href(lang), href);
        view! {
            <p class="back-link"><a href=back_href on:click=move |ev| on_back(ev, last.clone())>{t("wizard-back")}</a></p>
            <ErrorSummary title=Signal::derive(t("common-error-summary-title")) problems=problems/>
            <p class="caption"><span class="caption__service"><LocalizedContent text=definition.with_value(|d| d.title.clone())/></span></p>
            <h1 tabindex="-1">{t("wizard-check-title")}</h1>
            <SaveState sync=sync/>
            {summary}
            {fee}
            <h2>{t("wizard-submit-title")}</h2>
            <p>{t("wizard-submit-text")}</p>
            {move || failure.get().map(|error| view! { <ErrorPanel error=error on_retry=move |_| sync.submit()/> })}
            <form on:submit=move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                sync.submit();
            }>
                <button type="submit" class="button button--primary" aria-disabled=move || sync.submitting().then_some("true")>
                    {move || if sync.submitting() { i18n.t("wizard-submitting") } else { i18n.t("wizard-submit") }}
                </button>
            </form>
        }
        .into_any()
    };

    let done_view = move || view! { <Done definition=definition.get_value() draft_id=draft_id.get_value() known=sync.submission()/> }.into_any();

    move || match at.get() {
        WizardAt::Step(step) => step_view(step),
        WizardAt::Check => check_view(),
        WizardAt::Done => done_view(),
    }
}

/// The confirmation, with the submission made here or, after a reload, fetched.
#[component]
fn Done(definition: Arc<ServiceDefinition>, draft_id: String, known: Option<Submission>) -> impl IntoView {
    let submission = LocalResource::new(move || {
        let (draft_id, known) = (draft_id.clone(), known.clone());
        async move {
            match known {
                Some(known) => Ok(known),
                None => api::drafts::submission(&draft_id).await,
            }
        }
    });
    let next_steps = StoredValue::new(definition.next_steps.clone());
    view! {
        <Transition fallback=|| view! { <WizardSkeleton/> }>
            {move || Suspend::new(async move {
                match submission.await {
                    Ok(done) => view! { <Confirmation done=done next_steps=next_steps.get_value()/> }.into_any(),
                    Err(error) => view! {
                        <h1 tabindex="-1">{t("wizard-done-title")}</h1>
                        <ErrorPanel error=error on_retry=move |_| submission.refetch()/>
                    }
                    .into_any(),
                }
            })}
        </Transition>
    }
}
