//! What a case page says about the authority: who sends, on whose behalf, how to reach them;
//! what it asks of the citizen; and why it decided as it did.

use crate::components::case_list::DueDate;
use crate::components::localized::Localized;
use crate::i18n::{t, use_i18n};
use guichet_model::api::{Decision, Sender, Text};
use leptos::prelude::*;

/// The sender exactly as its records name it, with its contact details.
#[component]
pub fn SenderCard(sender: Sender) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="sender" aria-labelledby="sender-heading">
            <h2 id="sender-heading">{t("case-sender-title")}</h2>
            <address class="sender__address">
                <strong class="sender__name"><Localized text=sender.name/></strong>
                {sender.part_of.map(|part_of| view! { <span class="sender__line"><Localized text=part_of/></span> })}
                {sender.on_behalf_of.map(|on_behalf_of| view! {
                    <span class="sender__line sender__behalf">{t("case-sender-on-behalf")}" "<Localized text=on_behalf_of/></span>
                })}
                {sender.address.into_iter().map(|line| view! { <span class="sender__line" translate="no">{line}</span> }).collect_view()}
                {sender.email.map(|email| {
                    let href = format!("mailto:{email}");
                    view! { <span class="sender__line">{i18n.t("case-sender-email")}" "<a href=href translate="no">{email}</a></span> }
                })}
                {sender.phone.map(|phone| {
                    let href = format!("tel:{}", phone.replace(' ', ""));
                    view! { <span class="sender__line">{i18n.t("case-sender-phone")}" "<a href=href translate="no">{phone}</a></span> }
                })}
                {sender.website.map(|website| view! { <span class="sender__line"><a href=website.clone() rel="external noopener" translate="no">{website.clone()}</a></span> })}
            </address>
        </section>
    }
}

/// What the authority waits for, with the deadline and the way to answer; the target of the
/// dashboard's "do it now".
#[component]
pub fn CaseAction(action: Text, due: Option<String>, children: Children) -> impl IntoView {
    view! {
        <section id="action" class="case-action" aria-labelledby="action-heading" tabindex="-1">
            <h2 id="action-heading">{t("case-action-title")}</h2>
            <p><Localized text=action/></p>
            {due.map(|due| view! { <dl class="meta"><DueDate due=due action_needed=true label=use_i18n().t("dashboard-case-deadline")/></dl> })}
            {children()}
        </section>
    }
}

/// Why the authority decided as it did, and what the citizen can do against it.
#[component]
pub fn DecisionText(decision: Decision) -> impl IntoView {
    view! {
        <section class="decision" aria-labelledby="decision-heading">
            <h2 id="decision-heading">{t("case-decision-title")}</h2>
            <p><Localized text=decision.reason/></p>
            <h3>{t("case-remedy-title")}</h3>
            <p><Localized text=decision.remedy/></p>
        </section>
    }
}
