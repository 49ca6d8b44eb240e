//! The warning before the session ends (WCAG 2.2.1): a dialog that takes focus, is
//! announced, and offers to stay signed in; focus goes back where it was afterwards. At the
//! absolute end, which nothing extends, it says so and only asks to be acknowledged.

use crate::i18n::{args, fluent_id, t, use_i18n};
use leptos::prelude::*;

/// How long before the end the warning shows: at least the two minutes GOV.UK asks for.
pub const WARNING_MS: f64 = 120_000.0;

#[component]
pub fn SessionTimeout(
    /// When the session ends, in ms since the epoch.
    #[prop(into)]
    ends_at: Signal<f64>,
    /// Whether staying signed in can move the end (false at the absolute end).
    #[prop(into)]
    extendable: Signal<bool>,
    #[prop(into)] on_stay: Callback<()>,
    #[prop(into)] on_expired: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    // The end the citizen acknowledged; the dialog stays closed for that end.
    let acknowledged = RwSignal::new(None::<f64>);
    let now = RwSignal::new(js_sys::Date::now());
    if let Ok(ticker) = set_interval_with_handle(move || now.set(js_sys::Date::now()), std::time::Duration::from_secs(1)) {
        on_cleanup(move || ticker.clear());
    }
    let left = Memo::new(move |_| ends_at.get() - now.get());
    let open = Memo::new(move |_| left.get() <= WARNING_MS && acknowledged.get() != Some(ends_at.get()));
    Effect::new(move |_| {
        if left.get() <= 0.0 {
            on_expired.run(());
        }
    });
    // Focus moves into the dialog when it opens and back to where the citizen was.
    let dialog = NodeRef::<leptos::html::Div>::new();
    crate::components::dialog::focus_while_open(open.into(), dialog);
    let ends_text = move || {
        let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ends_at.get()));
        let time = format!("{:02}:{:02}", date.get_hours(), date.get_minutes());
        let id = if extendable.get() { fluent_id("session-timeout-text") } else { fluent_id("session-timeout-final-text") };
        i18n.t_args(id, &args([("time", time.into())]))
    };
    move || {
        open.get().then(|| {
            view! {
                <div class="dialog-backdrop">
                    <div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="session-timeout-title"
                        aria-describedby="session-timeout-text" node_ref=dialog>
                        <h2 id="session-timeout-title" class="dialog__title">{t("session-timeout-title")}</h2>
                        <p id="session-timeout-text">{ends_text}</p>
                        {move || if extendable.get() {
                            view! {
                                <button type="button" class="button button--primary" on:click=move |_| on_stay.run(())>
                                    {t("session-timeout-stay")}
                                </button>
                            }.into_any()
                        } else {
                            view! {
                                <button type="button" class="button button--primary" on:click=move |_| acknowledged.set(Some(ends_at.get_untracked()))>
                                    {t("session-timeout-understood")}
                                </button>
                            }.into_any()
                        }}
                    </div>
                </div>
            }
        })
    }
}
