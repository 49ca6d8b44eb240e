//! Which language to start in: the URL's, else the remembered choice, else the browser's.

use guichet_model::Lang;

const STORAGE_KEY: &str = "guichet.lang";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The language of the URL's first segment, if it names one.
pub fn lang_of_path(path: &str) -> Option<Lang> {
    let first = path.trim_start_matches('/').split('/').next()?;
    Lang::ALL.into_iter().find(|l| l.code() == first)
}

pub fn initial_lang() -> Lang {
    let window = web_sys::window().expect("a browser window");
    if let Some(lang) = window.location().pathname().ok().as_deref().and_then(lang_of_path) {
        return lang;
    }
    if let Some(saved) = storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten()).and_then(|c| Lang::parse(&c)) {
        return saved;
    }
    let preferences: Vec<String> = window.navigator().languages().iter().filter_map(|v| v.as_string()).collect();
    Lang::negotiate(preferences.iter().map(String::as_str))
}

/// Remembers an explicit choice for the next visit to `/`.
pub fn remember_lang(lang: Lang) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(STORAGE_KEY, lang.code());
    }
}
