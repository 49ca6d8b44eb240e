//! A small router: the location as a signal, same-origin link clicks and the history, and
//! nothing else. Which page a path shows is decided by `routes::Page`, which also knows the
//! slugs of every language. (leptos_router's nested matching cost 36 KB of brotli-compressed
//! wasm that this app does not need; see the README.)

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// Where the app is: the path and the query (without `?`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Location {
    pub path: String,
    pub query: String,
}

impl Location {
    fn current() -> Location {
        let location = window().location();
        Location {
            path: location.pathname().unwrap_or_else(|_| "/".into()),
            query: location.search().unwrap_or_default().trim_start_matches('?').to_owned(),
        }
    }

    /// The decoded value of a query parameter.
    pub fn query_param(&self, name: &str) -> Option<String> {
        self.query.split('&').find_map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (key == name).then(|| js_sys::decode_uri_component(&value.replace('+', " ")).ok().map(String::from)).flatten()
        })
    }

    /// Path and query, as a link to this place.
    pub fn href(&self) -> String {
        if self.query.is_empty() { self.path.clone() } else { format!("{}?{}", self.path, self.query) }
    }
}

#[derive(Clone, Copy)]
pub struct Router {
    pub location: RwSignal<Location>,
}

impl Router {
    /// Starts following the history and the clicks on links; call once, in the app.
    pub fn install() -> Router {
        let router = Router { location: RwSignal::new(Location::current()) };
        // Both listeners live as long as the page.
        std::mem::forget(window_event_listener(ev::popstate, move |_| router.location.set(Location::current())));
        std::mem::forget(window_event_listener(ev::click, move |event| router.follow_link(&event)));
        provide_context(router);
        router
    }

    /// Goes to a path of the app; `replace` keeps the current entry out of the history.
    pub fn navigate(&self, href: &str, replace: bool) {
        let history = window().history().expect("a history");
        let _ = if replace {
            history.replace_state_with_url(&JsValue::NULL, "", Some(href))
        } else {
            history.push_state_with_url(&JsValue::NULL, "", Some(href))
        };
        self.location.set(Location::current());
        window().scroll_to_with_x_and_y(0.0, 0.0);
    }

    /// A plain left click on a link within the app navigates without reloading. Everything
    /// else (new tab, downloads, `rel=external`, other sites, in-page anchors) is the browser's.
    fn follow_link(&self, event: &web_sys::MouseEvent) {
        if event.default_prevented() || event.button() != 0 || event.meta_key() || event.ctrl_key() || event.shift_key() || event.alt_key() {
            return;
        }
        let Some(anchor) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("a[href]").ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        else {
            return;
        };
        let external = anchor.get_attribute("rel").is_some_and(|rel| rel.split_whitespace().any(|r| r == "external"));
        let same_page_anchor = !anchor.hash().is_empty() && anchor.pathname() == self.location.with_untracked(|l| l.path.clone());
        if external || same_page_anchor || anchor.has_attribute("download") || !anchor.target().is_empty() || anchor.origin() != window().location().origin().unwrap_or_default() {
            return;
        }
        event.prevent_default();
        self.navigate(&format!("{}{}", anchor.pathname(), anchor.search()), false);
    }
}

pub fn use_router() -> Router {
    expect_context::<Router>()
}

/// Sends the browser elsewhere in the app as soon as it renders, without a history entry.
#[component]
pub fn Redirect(to: String) -> impl IntoView {
    let router = use_router();
    Effect::new(move |_| router.navigate(&to, true));
}
