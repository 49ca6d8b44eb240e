//! One file per route. Pages own their data (resources, actions) and hand it to components.

pub mod case_detail;
pub mod catalogue;
pub mod dashboard;
pub mod documents;
pub mod inbox;
pub mod not_found;
pub mod service_start;
pub mod sign_in;
pub mod wizard;

use crate::i18n::use_i18n;
use leptos::prelude::*;

/// Keeps `document.title` as "<page> – <portal>", following the language.
pub fn use_page_title(page: impl Fn() -> String + 'static) {
    let i18n = use_i18n();
    Effect::new(move |_| {
        document().set_title(&format!("{} – {}", page(), i18n.t("common-portal-name")));
    });
}
