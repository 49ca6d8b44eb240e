//! Moving within the app. The route table itself (pages, their slugs in five languages,
//! `of_path`, `href`, `safe_next`) is the model's, shared with the portal; it is re-exported
//! here so a page finds its links and its navigation in one module.

pub use guichet_model::routes::{safe_next, sign_in_href, Page, WizardAt};

/// Goes to `href` within the app, with a new history entry unless `replace`.
///
/// leptos_router 0.8.17 skips its `pushState` when the target equals the last entry it
/// pushed itself; after the browser's Forward button that entry is stale, and the page then
/// changes without the address bar (a reload would show the wrong step). Pushing the entry
/// here and letting the router replace it keeps both in step.
pub fn go_to(navigate: &impl Fn(&str, leptos_router::NavigateOptions), href: &str, replace: bool) {
    go(navigate, href, replace, true);
}

/// Like [`go_to`], but the page stays scrolled where it is: for a filter that changes a list
/// below the citizen's eyes.
pub fn go_to_in_place(navigate: &impl Fn(&str, leptos_router::NavigateOptions), href: &str, replace: bool) {
    go(navigate, href, replace, false);
}

fn go(navigate: &impl Fn(&str, leptos_router::NavigateOptions), href: &str, replace: bool, scroll: bool) {
    if !replace {
        if let Ok(history) = leptos::prelude::window().history() {
            let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href));
        }
    }
    navigate(href, leptos_router::NavigateOptions { replace: true, scroll, ..Default::default() });
}
