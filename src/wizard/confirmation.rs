//! The end of an application: the reference, the documents, and what happens next; says
//! plainly when payment is due.

use crate::api::documents::content_url;
use crate::components::localized::LocalizedContent;
use crate::i18n::{args, format_chf, t, use_i18n};
use crate::routes::Page;
use guichet_model::api::LocalizedText;
use guichet_model::api::Submission;
use leptos::prelude::*;

#[component]
pub fn Confirmation(done: Submission, next_steps: LocalizedText) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang_untracked();
    let payment = done.payment_due.then(|| {
        let amount = format_chf(lang, done.fee_total as f64 / 100.0);
        view! {
            <div class="notice notice--warning">
                <h2 class="notice__title">{t("wizard-done-payment-title")}</h2>
                <p>{i18n.t_args("wizard-done-payment-text", &args([("amount", amount.into())]))}</p>
            </div>
        }
    });
    let invoice = done.invoice_document_id.clone().map(|id| {
        view! {
            <li><a class="button" href=content_url(&id) download="">{t("wizard-done-invoice")}</a></li>
        }
    });
    view! {
        <div class="confirmation">
            <h1 tabindex="-1" class="confirmation__title">{t("wizard-done-title")}</h1>
            <p class="confirmation__reference">
                {t("wizard-done-reference")}<br/>
                <strong translate="no">{done.reference.clone()}</strong>
            </p>
        </div>
        {payment}
        <h2>{t("wizard-done-documents")}</h2>
        <ul class="link-list">
            <li><a class="button" href=content_url(&done.receipt_document_id) download="">{t("wizard-done-receipt")}</a></li>
            {invoice}
        </ul>
        <h2>{t("wizard-done-next-title")}</h2>
        <p><LocalizedContent text=next_steps/></p>
        <p><a href=Page::Case(done.case_id.clone()).href(lang)>{t("wizard-done-case-link")}</a></p>
        <p><a href=Page::Cases.href(lang)>{t("wizard-done-dashboard-link")}</a></p>
    }
}
