//! Interface text from Fluent files, the current language, what errors say, and formats
//! through `Intl`.
//!
//! The .ftl files are fetched at run time from `/locales/<lang>/<area>.ftl`, so `trunk serve`
//! reloads them on save and a deployment can replace them without recompiling.

mod errors;
mod format;
mod negotiate;
mod tools;

pub use errors::field_message_id;
pub use format::{days_from_today, format_bytes, format_chf, format_date, format_date_time, format_number, format_relative_days, format_time_now, today_iso};
pub use negotiate::{initial_lang, remember_lang};
pub use tools::{pseudo_transform, L10nTool};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use guichet_model::Lang;
use leptos::prelude::*;
use std::rc::Rc;

/// The languages the interface is translated into, in the language menu's order.
pub const INTERFACE_LANGS: [Lang; 5] = Lang::ALL;

/// The areas of the interface, one .ftl file each, in every locale.
pub const LOCALE_FILES: [&str; 7] = ["common", "account", "dashboard", "case", "errors", "services", "wizard"];

pub type Bundle = FluentBundle<FluentResource>;

/// The interface language and its messages, provided as context to the whole app.
#[derive(Clone, Copy)]
pub struct I18n {
    lang: RwSignal<Lang>,
    /// The language last asked for; a bundle that arrives after another was asked for is dropped.
    wanted: StoredValue<Lang>,
    bundle: RwSignal<Option<Rc<Bundle>>, LocalStorage>,
    tool: L10nTool,
}

impl I18n {
    pub fn new(lang: Lang, bundle: Bundle) -> Self {
        Self::with_tool(lang, bundle, L10nTool::Off)
    }

    /// With a translators' tool on (the bundle must have been built with the same tool).
    pub fn with_tool(lang: Lang, bundle: Bundle, tool: L10nTool) -> Self {
        I18n { lang: RwSignal::new(lang), wanted: StoredValue::new(lang), bundle: RwSignal::new_local(Some(Rc::new(bundle))), tool }
    }

    pub fn lang(&self) -> Lang {
        self.lang.get()
    }

    pub fn lang_untracked(&self) -> Lang {
        self.lang.get_untracked()
    }

    /// Switches language once the new messages have arrived, so no half-translated page shows.
    pub fn switch_to(self, lang: Lang) {
        if self.wanted.get_value() == lang {
            return;
        }
        self.wanted.set_value(lang);
        if lang == self.lang.get_untracked() {
            return;
        }
        leptos::task::spawn_local(async move {
            match load_bundle(lang, self.tool).await {
                // Only if no other language was asked for meanwhile (e.g. Back on a slow network).
                Ok(bundle) if self.wanted.get_value() == lang => {
                    self.bundle.set(Some(Rc::new(bundle)));
                    self.lang.set(lang);
                }
                Ok(_) => {}
                Err(_) => leptos::logging::warn!("could not load the {lang} messages"),
            }
        });
    }

    /// The message `id`, or the id itself when it is missing (the l10n check prevents that).
    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    pub fn t_args(&self, id: &str, args: &FluentArgs) -> String {
        self.format(id, Some(args))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        self.bundle.with(|bundle| {
            let Some(bundle) = bundle else { return id.to_owned() };
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                leptos::logging::warn!("missing message {id}");
                return id.to_owned();
            };
            let mut errors = Vec::new();
            self.tool.decorate(id, bundle.format_pattern(pattern, args, &mut errors).into_owned())
        })
    }
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// Marks a message id chosen at run time (e.g. from an error code), so the l10n check sees
/// that the code uses it. Ids passed straight to `t` or `t_args` need no marker.
pub const fn fluent_id(id: &'static str) -> &'static str {
    id
}

/// A reactive translation for views: `{t("dashboard-title")}`.
pub fn t(id: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let i18n = use_i18n();
    move || i18n.t(id)
}

/// Fluent arguments from (name, value) pairs.
pub fn args<'a>(pairs: impl IntoIterator<Item = (&'static str, FluentValue<'a>)>) -> FluentArgs<'a> {
    let mut args = FluentArgs::new();
    for (name, value) in pairs {
        args.set(name, value);
    }
    args
}

/// Builds a bundle from the text of .ftl files. Syntax errors are reported on the console;
/// the messages that did parse are still used.
pub fn bundle_from_sources(lang: Lang, sources: impl IntoIterator<Item = String>, tool: L10nTool) -> Bundle {
    let langid = lang.swiss_locale().parse().unwrap_or_else(|_| lang.code().parse().expect("valid language id"));
    let mut bundle = FluentBundle::new(vec![langid]);
    // Isolation marks only matter for right-to-left text, which no portal language uses.
    bundle.set_use_isolating(false);
    let number_formats = [intl_number::<0, _>, intl_number::<1, _>, intl_number::<2, _>, intl_number::<3, _>, intl_number::<4, _>];
    bundle.set_formatter(Lang::ALL.iter().position(|l| *l == lang).map(|i| number_formats[i]));
    if tool == L10nTool::Pseudo {
        bundle.set_transform(Some(pseudo_transform));
    }
    for source in sources {
        let resource = FluentResource::try_new(source).unwrap_or_else(|(resource, errors)| {
            leptos::logging::warn!("{} syntax errors in the {lang} messages", errors.len());
            resource
        });
        if let Err(errors) = bundle.add_resource(resource) {
            leptos::logging::warn!("{} duplicate ids in the {lang} messages", errors.len());
        }
    }
    bundle
}

/// Numbers in messages ("Alle 12’345 Geschäfte") through `Intl`, like every other number:
/// Fluent's own formatting knows no grouping and would write 12345. Fluent takes a plain `fn`,
/// so each language (its index in `Lang::ALL`) has its own instance.
fn intl_number<const LANG: usize, M>(value: &FluentValue, _: &M) -> Option<String> {
    let FluentValue::Number(number) = value else { return None };
    Some(format_number(Lang::ALL[LANG], number.value))
}

pub async fn load_bundle(lang: Lang, tool: L10nTool) -> Result<Bundle, crate::api::ApiError> {
    let requests = LOCALE_FILES.map(|area| async move { crate::api::client::get_text(&format!("/locales/{lang}/{area}.ftl")).await });
    let sources = futures::future::try_join_all(requests).await?;
    Ok(bundle_from_sources(lang, sources, tool))
}
