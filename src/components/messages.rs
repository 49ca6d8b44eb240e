//! A case's thread as the citizen reads it: who wrote, when, whether it is new, the text as
//! written (never as markup) and the documents that came with it.

use crate::api;
use crate::i18n::{format_bytes, format_date_time, t, use_i18n};
use guichet_model::api::{Message, Text};
use leptos::prelude::*;

#[component]
pub fn Thread(messages: Vec<Message>, authority: Text) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang_untracked();
    if messages.is_empty() {
        return view! { <p class="empty-note">{t("case-messages-empty")}</p> }.into_any();
    }
    let you = i18n.t("case-message-you");
    let new = i18n.t("case-message-new");
    view! {
        <ol class="thread">
            {messages.into_iter().map(|message| {
                let unread = message.from_authority && message.read_at.is_none();
                let from = if message.from_authority { authority.text.clone() } else { message.author.clone().unwrap_or_else(|| you.clone()) };
                view! {
                    <li class="message" class:message--authority=message.from_authority class:message--unread=unread>
                        <p class="message__meta">
                            <strong>{from}</strong>" · "{format_date_time(lang, &message.created_at)}
                            {unread.then(|| view! { " " <span class="message__new">{new.clone()}</span> })}
                        </p>
                        <p class="message__body">{message.body}</p>
                        {(!message.attachments.is_empty()).then(|| view! {
                            <ul class="message__attachments">
                                {message.attachments.into_iter().map(|doc| view! {
                                    <li><a href=api::documents::content_url(&doc.id) download=doc.filename.clone()>{doc.filename.clone()}</a>
                                        " ("{format_bytes(lang, doc.size_bytes)}")"</li>
                                }).collect_view()}
                            </ul>
                        })}
                    </li>
                }
            }).collect_view()}
        </ol>
    }
    .into_any()
}
