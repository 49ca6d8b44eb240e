//! The inbox: the latest messages across all the party's cases, newest first, the unread ones
//! marked in words. Each leads to its case's thread, where reading it is recorded.

use crate::api;
use crate::components::error_panel::ErrorPanel;
use crate::components::localized::Localized;
use crate::components::skeleton::ListSkeleton;
use crate::i18n::{args, format_date_time, t, use_i18n};
use crate::pages::use_page_title;
use crate::routes::Page;
use leptos::prelude::*;

/// Characters of a message shown in the inbox before it is cut.
const PREVIEW_CHARS: usize = 160;

#[component]
pub fn InboxPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = crate::session::use_session();
    use_page_title(t("inbox-title"));
    let inbox = LocalResource::new(move || {
        let lang = i18n.lang();
        async move { api::messages::inbox(lang).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(inbox)) = inbox.get() {
            session.unread.set(inbox.unread);
        }
    });
    view! {
        <div class="page">
            <h1 tabindex="-1">{t("inbox-title")}</h1>
            <Transition fallback=|| view! { <ListSkeleton/> }>
                {move || Suspend::new(async move {
                    match inbox.await {
                        Ok(inbox) if inbox.messages.is_empty() => view! { <p class="empty-note">{t("inbox-empty")}</p> }.into_any(),
                        Ok(inbox) => {
                            let lang = i18n.lang_untracked();
                            let you = i18n.t("case-message-you");
                            let new = i18n.t("case-message-new");
                            view! {
                                <p>{i18n.t_args("inbox-unread", &args([("count", inbox.unread.into())]))}</p>
                                <ul class="inbox">
                                    {inbox.messages.into_iter().map(|item| {
                                        let message = item.message;
                                        let unread = message.from_authority && message.read_at.is_none();
                                        let href = format!("{}#messages", Page::Case(item.case_id.clone()).href(lang));
                                        let from = if message.from_authority { None } else { Some(message.author.clone().unwrap_or_else(|| you.clone())) };
                                        let mut preview: String = message.body.chars().take(PREVIEW_CHARS).collect();
                                        if message.body.chars().count() > PREVIEW_CHARS {
                                            preview.push('…');
                                        }
                                        view! {
                                            <li class="inbox__item" class:inbox__item--unread=unread>
                                                <h2 class="inbox__case">
                                                    <a href=href><Localized text=item.service/></a>
                                                    " " <span class="inbox__reference" translate="no">{item.reference}</span>
                                                </h2>
                                                <p class="message__meta">
                                                    {from.map(|f| view! { <strong>{f}</strong>" · " })}
                                                    {format_date_time(lang, &message.created_at)}
                                                    {unread.then(|| view! { " " <span class="message__new">{new.clone()}</span> })}
                                                </p>
                                                <p class="inbox__preview">{preview}</p>
                                            </li>
                                        }
                                    }).collect_view()}
                                </ul>
                            }
                            .into_any()
                        }
                        Err(error) => view! { <ErrorPanel error=error on_retry=move |_| inbox.refetch()/> }.into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}
