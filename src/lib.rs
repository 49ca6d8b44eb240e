//! guichet: the citizen frontend of a Swiss cantonal e-government portal.

pub mod api;
pub mod app;
pub mod components;
pub mod i18n;
pub mod pages;
pub mod routes;
pub mod session;
pub mod vault;
pub mod wizard;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Loads the messages and the session in parallel, then replaces index.html's static
/// skeleton with the app.
pub fn start() {
    let lang = i18n::initial_lang();
    let tool = i18n::L10nTool::from_location();
    // A plain future: Leptos's executor only starts when the app is mounted below.
    wasm_bindgen_futures::spawn_local(async move {
        let (bundle, session) = futures::join!(i18n::load_bundle(lang, tool), api::session::current());
        let bundle = match bundle {
            Ok(bundle) => bundle,
            Err(_) => return show_boot_failure(),
        };
        let document = document();
        let root =
            document.get_element_by_id("app").and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()).unwrap_or_else(|| document.body().expect("a body"));
        root.set_inner_html("");
        let i18n = i18n::I18n::with_tool(lang, bundle, tool);
        leptos::mount::mount_to(root, move || view! { <app::App i18n=i18n session=session.ok()/> }).forget();
    });
}

/// Without messages the app cannot speak; index.html carries a notice in the national
/// languages for this case.
fn show_boot_failure() {
    if let Some(notice) = document().get_element_by_id("boot-failure") {
        let _ = notice.remove_attribute("hidden");
    }
}
