use crate::api;
use crate::components::localized::Localized;
use crate::i18n::{args, format_bytes, format_date_time, t, use_i18n};
use guichet_model::api::DocumentMeta;
use leptos::prelude::*;

/// Documents with a download link each. The SHA-256 lets a citizen check the file they got.
#[component]
pub fn DocumentList(documents: Vec<DocumentMeta>) -> impl IntoView {
    if documents.is_empty() {
        return view! { <p class="empty-note">{t("case-documents-empty")}</p> }.into_any();
    }
    let i18n = use_i18n();
    let lang = i18n.lang_untracked();
    view! {
        <ul class="document-list">
            {documents
                .into_iter()
                .map(|doc| {
                    let size = format_bytes(lang, doc.size_bytes);
                    let title = doc.title.text.clone();
                    let link_label = move || {
                        i18n.t_args("case-document-download", &args([("title", title.clone().into()), ("size", size.clone().into())]))
                    };
                    view! {
                        <li class="document">
                            <h3 class="document__title"><Localized text=doc.title/></h3>
                            <p class="document__meta">
                                <span translate="no">{doc.filename.clone()}</span>" · "{format_date_time(lang, &doc.created_at)}
                            </p>
                            <a class="button" href=api::documents::content_url(&doc.id) download=doc.filename>
                                {link_label}
                            </a>
                            <p class="document__checksum">
                                {t("case-document-checksum")}" "<code translate="no">{doc.sha256}</code>
                            </p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}
