use crate::components::localized::Localized;
use crate::components::status::StatusBadge;
use crate::i18n::{format_date_time, use_i18n};
use guichet_model::api::StatusEvent;
use leptos::prelude::*;

/// The status history, newest first, in words written for citizens.
#[component]
pub fn Timeline(events: Vec<StatusEvent>) -> impl IntoView {
    let lang = use_i18n().lang_untracked();
    view! {
        <ol class="timeline">
            {events
                .into_iter()
                .rev()
                .map(|event| {
                    view! {
                        <li class="timeline__event">
                            <p class="timeline__when"><time datetime=event.at.clone()>{format_date_time(lang, &event.at)}</time></p>
                            <StatusBadge status=event.status label=event.status_label/>
                            <p class="timeline__text"><Localized text=event.text/></p>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}
