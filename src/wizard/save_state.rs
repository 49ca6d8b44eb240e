//! What the citizen sees of the sync above a step and the summary: that they are offline,
//! where the answers stand, and the choice when another device changed the draft.

use super::sync::{DraftSync, SaveStatus};
use crate::i18n::{args, format_date_time, t, use_i18n};
use leptos::prelude::*;

#[component]
pub fn SaveState(sync: DraftSync) -> impl IntoView {
    let i18n = use_i18n();
    let (status, online, conflict) = (sync.status(), sync.online(), sync.conflict());
    let text = move || match status.get() {
        SaveStatus::Idle => String::new(),
        SaveStatus::Saving => i18n.t("wizard-save-saving"),
        SaveStatus::Saved(time) => i18n.t_args("wizard-save-saved", &args([("time", time.into())])),
        SaveStatus::Offline => i18n.t("wizard-save-offline"),
        SaveStatus::Failed => i18n.t("wizard-save-failed"),
    };
    let conflict_view = move || {
        conflict.get().map(|current| {
            let saved = format_date_time(i18n.lang_untracked(), &current.updated_at);
            view! {
                <div class="notice notice--warning" role="alert">
                    <h2 class="notice__title">{t("wizard-conflict-title")}</h2>
                    <p>{i18n.t_args("wizard-conflict-text", &args([("saved", saved.into())]))}</p>
                    <p class="button-row">
                        <button type="button" class="button button--primary" on:click=move |_| sync.keep_mine()>{t("wizard-conflict-keep-mine")}</button>
                        <button type="button" class="button button--secondary" on:click=move |_| sync.use_theirs()>{t("wizard-conflict-use-theirs")}</button>
                    </p>
                </div>
            }
        })
    };
    view! {
        {move || (!online.get()).then(|| view! {
            <div class="notice notice--warning"><p>{t("wizard-offline-notice")}</p></div>
        })}
        <p class="save-status" role="status">{text}</p>
        {conflict_view}
    }
}
