//! Modal questions (`role=alertdialog`): focus moves to the first button when one opens, is
//! announced with its title and text, and goes back where it was when it closes.

use crate::i18n::t;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Moves focus into `dialog` (its first button) each time `open` turns true, and back to the
/// element that had it each time `open` turns false.
pub fn focus_while_open(open: Signal<bool>, dialog: NodeRef<leptos::html::Div>) {
    let previous = StoredValue::new_local(None::<web_sys::HtmlElement>);
    Effect::new(move |was_open: Option<bool>| {
        let is_open = open.get();
        if is_open && was_open != Some(true) {
            previous.set_value(document().active_element().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()));
            request_animation_frame(move || {
                let button = dialog.get().and_then(|d| d.query_selector("button").ok().flatten());
                if let Some(button) = button.and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok()) {
                    let _ = button.focus();
                }
            });
        } else if !is_open && was_open == Some(true) {
            if let Some(element) = previous.get_value().filter(|e| e.is_connected()) {
                let _ = element.focus();
            }
        }
        is_open
    });
}

/// A question with a safe answer (first, focused, also on Escape) and a destructive one.
#[component]
pub fn ConfirmDialog(
    /// Unique on the page; the title and text ids derive from it.
    id: &'static str,
    #[prop(into)] open: Signal<bool>,
    #[prop(into)] title: Signal<String>,
    #[prop(into)] text: Signal<String>,
    cancel_label: &'static str,
    confirm_label: &'static str,
    #[prop(into)] on_cancel: Callback<()>,
    #[prop(into)] on_confirm: Callback<()>,
) -> impl IntoView {
    let dialog = NodeRef::<leptos::html::Div>::new();
    focus_while_open(open, dialog);
    // Escape answers safely wherever focus is while the question is open.
    let escape = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" && open.get_untracked() {
            on_cancel.run(());
        }
    });
    on_cleanup(move || escape.remove());
    let (title_id, text_id) = (format!("{id}-title"), format!("{id}-text"));
    move || {
        open.get().then(|| {
            view! {
                <div class="dialog-backdrop">
                    <div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby=title_id.clone() aria-describedby=text_id.clone()
                        node_ref=dialog>
                        <h2 id=title_id.clone() class="dialog__title">{title}</h2>
                        <p id=text_id.clone()>{text}</p>
                        <p class="button-row">
                            <button type="button" class="button button--primary" on:click=move |_| on_cancel.run(())>{t(cancel_label)}</button>
                            <button type="button" class="button button--secondary" on:click=move |_| on_confirm.run(())>{t(confirm_label)}</button>
                        </p>
                    </div>
                </div>
            }
        })
    }
}
