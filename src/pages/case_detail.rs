use crate::api::{self, ApiError};
use crate::components::case_list::{due_date_label, DueDate};
use crate::components::documents::DocumentList;
use crate::components::error_panel::ErrorPanel;
use crate::components::localized::Localized;
use crate::components::messages::Thread;
use crate::components::sender::{CaseAction, DecisionText, SenderCard};
use crate::components::skeleton::ListSkeleton;
use crate::components::status::StatusBadge;
use crate::components::timeline::Timeline;
use crate::i18n::{args, fluent_id, format_bytes, format_date, t, use_i18n};
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

    // Opening the case reads its new messages: recorded with their time, once.
    let session = crate::session::use_session();
    Effect::new(move |_| {
        let Some(Ok(detail)) = case.get() else { return };
        for message in detail.messages.iter().filter(|m| m.from_authority && m.read_at.is_none()) {
            let id = message.id.clone();
            leptos::task::spawn_local(async move {
                if api::messages::mark_read(&id).await.is_ok() {
                    session.unread.update(|n| *n = n.saturating_sub(1));
                }
            });
        }
    });
    let sent = RwSignal::new(false);
    let on_sent = Callback::new(move |_| {
        sent.set(true);
        case.refetch();
    });

    view! {
        <div class="page">
            <p class="visually-hidden" role="status">{move || sent.get().then(|| i18n.t("case-reply-sent"))}</p>
            <p class="back-link"><a href=move || Page::Cases.href(i18n.lang())>{t("case-back")}</a></p>
            <h1 tabindex="-1" node_ref=heading_ref>{heading}</h1>
            <Transition fallback=|| view! { <ListSkeleton rows=3/> }>
                {move || Suspend::new(async move {
                    match case.await {
                        Ok(detail) => {
                            let lang = i18n.lang_untracked();
                            let summary = detail.summary;
                            let due = summary.due_on.clone().map(|due| view! { <DueDate due=due action_needed=summary.action_needed label=due_date_label(summary.action_needed)/> });
                            let case_id = summary.id.clone();
                            let action_needed = summary.action_needed;
                            let action = summary.action.clone().map(|action| {
                                let case_id = case_id.clone();
                                view! { <CaseAction action=action due=summary.due_on.clone()><ReplyForm case_id=case_id on_sent=on_sent/></CaseAction> }
                            });
                            let authority = detail.sender.name.clone();
                            view! {
                                <StatusBadge status=summary.status label=summary.status_label/>
                                <dl class="meta meta--wide">
                                    <div class="meta__item"><dt>{t("case-reference")}</dt><dd translate="no">{summary.reference}</dd></div>
                                    <div class="meta__item"><dt>{t("case-submitted-on")}</dt><dd>{format_date(lang, &summary.submitted_on)}</dd></div>
                                    {due}
                                </dl>
                                {action}
                                {detail.decision.map(|decision| view! { <DecisionText decision=decision/> })}
                                <section id="messages" aria-labelledby="messages-heading">
                                    <h2 id="messages-heading">{t("case-messages-title")}</h2>
                                    <Thread messages=detail.messages authority=authority/>
                                    {(!action_needed).then(|| view! { <ReplyForm case_id=case_id on_sent=on_sent/> })}
                                </section>
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

/// A reply to the authority, with documents: checked in the browser (type, size) before they
/// go, a progress bar each, and a clear word when the server refuses one. What is typed is kept
/// on the device until it is sent, so a reload or a lost connection loses nothing.
#[component]
fn ReplyForm(case_id: String, on_sent: Callback<()>) -> impl IntoView {
    let session = crate::session::use_session();
    if session.user.with_untracked(|u| u.as_ref().is_some_and(guichet_model::api::Me::read_only)) {
        return view! { <p class="notice">{t("case-reply-read-only")}</p> }.into_any();
    }
    use crate::components::file_upload::{type_names, FileUpload, HeldFile, Limits, Request};
    use guichet_model::api::{DocumentMeta, NewMessage, CASE_DOCUMENT_MAX_BYTES, CASE_DOCUMENT_TYPES};
    let i18n = use_i18n();
    // Kept encrypted for this person until sent (`crate::vault`).
    let body = RwSignal::new(crate::vault::get(crate::vault::Kind::Reply, &case_id).unwrap_or_default());
    let attached = RwSignal::new(Vec::<DocumentMeta>::new());
    // Documents on their way: the reply waits for them.
    let uploading = RwSignal::new(0u32);
    let body_problem = RwSignal::new(None::<String>);
    let failed = RwSignal::new(None::<ApiError>);
    let sending = RwSignal::new(false);
    let case_id = StoredValue::new(case_id);
    let keep = move |text: &str| {
        use crate::vault::{self, Kind};
        let case = case_id.get_value();
        if text.trim().is_empty() {
            vault::remove(Kind::Reply, &case)
        } else {
            vault::put(Kind::Reply, &case, text.to_owned())
        }
    };
    // The documents go one by one, as the citizen picks them; the reply names them when sent.
    let send_file = Callback::new(move |(file, progress): (web_sys::File, RwSignal<f64>)| -> Request {
        let (case, lang) = (case_id.get_value(), i18n.lang_untracked());
        uploading.update(|n| *n += 1);
        Box::pin(async move {
            let result = api::messages::add_document(&case, &file, lang, move |share| progress.set(share)).await;
            uploading.update(|n| *n -= 1);
            let document = result?;
            attached.update(|a| a.push(document));
            Ok(())
        })
    });
    let held =
        Signal::derive(move || attached.with(|a| a.iter().map(|d| HeldFile { id: d.id.clone(), name: d.filename.clone(), size: d.size_bytes }).collect()));
    let limits = Limits { max_bytes: CASE_DOCUMENT_MAX_BYTES, media_types: CASE_DOCUMENT_TYPES.iter().map(|t| (*t).to_owned()).collect(), max_files: None };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if sending.get_untracked() {
            return;
        }
        let text = body.get_untracked();
        // The model's check, as the server makes it: blank, or with control characters.
        if let Err(code) = guichet_model::validate::message_body(&text) {
            let id = match code {
                guichet_model::validate::CONTROL_CHARACTER => fluent_id("error-control-character"),
                guichet_model::validate::TOO_LONG => fluent_id("validation-too-long"),
                _ => fluent_id("case-reply-empty"),
            };
            body_problem.set(Some(i18n.t(id)));
            crate::components::error_summary::focus_by_id("reply-body");
            return;
        }
        body_problem.set(None);
        failed.set(None);
        sending.set(true);
        let message = NewMessage { body: text, attachments: attached.with_untracked(|a| a.iter().map(|d| d.id.clone()).collect()) };
        leptos::task::spawn_local(async move {
            let result = api::messages::reply(&case_id.get_value(), &message).await;
            sending.set(false);
            match result {
                Ok(_) => {
                    keep("");
                    on_sent.run(());
                }
                Err(error) => failed.set(Some(error)),
            }
        });
    };
    let hint = Signal::derive(move || {
        let lang = i18n.lang();
        i18n.t_args(
            "case-reply-files-hint",
            &args([("types", type_names(&CASE_DOCUMENT_TYPES).into()), ("max", format_bytes(lang, CASE_DOCUMENT_MAX_BYTES).into())]),
        )
    });
    view! {
        <form id="reply" class="reply" aria-labelledby="reply-heading" on:submit=on_submit novalidate>
            <h3 id="reply-heading">{t("case-reply-title")}</h3>
            {move || failed.get().map(|error| view! { <ErrorPanel error=error on_retry=move |_| failed.set(None)/> })}
            <div class="field" class:field--error=move || body_problem.with(Option::is_some)>
                <label class="field__label" for="reply-body">{t("case-reply-body")}</label>
                {move || body_problem.get().map(|p| view! { <p class="field__error" id="reply-body-error">{p}</p> })}
                <textarea id="reply-body" class="input reply__body" rows="5" maxlength=guichet_model::api::MAX_MESSAGE_LEN
                    aria-describedby=move || body_problem.with(Option::is_some).then_some("reply-body-error")
                    prop:value=move || body.get() on:input=move |ev| { let v = event_target_value(&ev); keep(&v); body.set(v); }></textarea>
            </div>
            <div class="field">
                <label class="field__label" for="reply-file">{t("case-reply-files")}</label>
                <FileUpload id="reply-file".to_owned() limits=limits limits_text=hint held=held send=send_file list_class="reply__attached"/>
            </div>
            <button type="submit" class="button button--primary" disabled=move || uploading.get() != 0>{t("case-reply-send")}</button>
        </form>
    }
    .into_any()
}
