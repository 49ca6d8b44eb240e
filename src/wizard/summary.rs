//! "Check your answers": every shown step with its answers and a link to change them, and
//! the fee when there is one.

use super::{FormState, PlaceLookup};
use crate::components::localized::{content_text, LocalizedContent};
use crate::i18n::{args, format_chf, format_date, t, use_i18n};
use guichet_model::form::{part_key, FieldKind};
use guichet_model::journey::{Fee, SummaryRow, SummaryStep, SummaryValue};
use guichet_model::swiss::postcode_is_well_formed;
use guichet_model::Lang;
use leptos::prelude::*;

/// The answers step by step; `change_href` gives each step's "change" link. A function, not a
/// component: the summary borrows the journey, and the view copies what it shows.
pub fn check_answers(steps: &[SummaryStep], change_href: impl Fn(&str) -> String, lang: Lang) -> AnyView {
    steps
        .iter()
        .map(|summary| {
            let href = change_href(&summary.step.id);
            let heading_id = format!("summary-{}", summary.step.id);
            let labelled_by = heading_id.clone();
            view! {
                <section class="summary" aria-labelledby=labelled_by>
                    <h2 class="summary__title" id=heading_id><LocalizedContent text=summary.step.title.clone()/></h2>
                    <dl class="summary__list">
                        {summary.rows.iter().map(|row| summary_row(row, lang, &href)).collect_view()}
                    </dl>
                </section>
            }
        })
        .collect_view()
        .into_any()
}

fn summary_row(row: &SummaryRow, lang: Lang, href: &str) -> impl IntoView {
    let label = content_text(&row.field.label, lang);
    // The change link lands on the field itself.
    let href = format!("{href}#{}", row.key);
    view! {
        <div class="summary__row">
            <dt class="summary__key"><LocalizedContent text=row.field.label.clone()/></dt>
            <dd class="summary__value">{value_view(&row.value, lang)}{municipality_line(row)}</dd>
            <dd class="summary__action">
                <a href=href>{t("wizard-change")}<span class="visually-hidden">" "{label}</span></a>
            </dd>
        </div>
    }
}

fn value_view(value: &SummaryValue, lang: Lang) -> AnyView {
    match value {
        SummaryValue::Empty => view! { <span class="summary__empty">{t("wizard-not-answered")}</span> }.into_any(),
        SummaryValue::Text(text) => view! { <span class="summary__text">{text.clone()}</span> }.into_any(),
        SummaryValue::Date(date) => format_date(lang, date).into_any(),
        SummaryValue::YesNo(true) => t("wizard-yes").into_any(),
        SummaryValue::YesNo(false) => t("wizard-no").into_any(),
        SummaryValue::Options(options) => {
            options.iter().map(|o| view! { <span class="summary__line"><LocalizedContent text=(*o).clone()/></span> }).collect_view().into_any()
        }
        SummaryValue::Lines(lines) => lines.iter().map(|l| view! { <span class="summary__line">{l.clone()}</span> }).collect_view().into_any(),
        SummaryValue::Items(items) => {
            let i18n = use_i18n();
            let (yes, no) = (i18n.t("wizard-yes"), i18n.t("wizard-no"));
            view! {
            <ol class="summary__items">
                {items
                    .iter()
                    .map(|rows| {
                        let text: Vec<String> = rows.iter().map(|r| plain(&r.value, lang, &yes, &no)).filter(|s| !s.is_empty()).collect();
                        view! { <li>{text.join(", ")}</li> }
                    })
                    .collect_view()}
            </ol>
            }
            .into_any()
        }
    }
}

/// The municipality an address or postcode lies in ("Gemeinde: Kriens (LU)"), chosen by the
/// citizen or the only one there is: it decides which office gets the application, and
/// "6005 Luzern" alone does not say it. The page's lookup names it; a draft opened straight at
/// this page asks for the lookup here.
fn municipality_line(row: &SummaryRow) -> Option<AnyView> {
    let postcode_key = match row.field.kind {
        FieldKind::Address => part_key(&row.key, "postcode"),
        FieldKind::Postcode => row.key.clone(),
        _ => return None,
    };
    let form = use_context::<FormState>()?;
    let i18n = use_i18n();
    let bfs = form.value(&part_key(&row.key, "bfs")).trim().to_owned();
    let postcode = form.value(&postcode_key).trim().to_owned();
    if bfs.is_empty() || !postcode_is_well_formed(&postcode) {
        return None;
    }
    let wanted = postcode.clone();
    Effect::new(move |_| {
        if form.places.with(|p| !p.contains_key(&wanted)) {
            form.look_up.run(wanted.clone());
        }
    });
    let place = move || {
        form.places.with(|p| match p.get(&postcode) {
            Some(PlaceLookup::Found(places)) => places.iter().find(|p| p.bfs_number.to_string() == bfs).map(|p| format!("{} ({})", p.municipality, p.canton)),
            _ => None,
        })
    };
    Some(
        (move || {
            place().map(|municipality| {
                view! { <span class="summary__line">{i18n.t_args("wizard-municipality-found", &args([("municipality", municipality.into())]))}</span> }
            })
        })
        .into_any(),
    )
}

/// A value inside a group item, as one line of text.
fn plain(value: &SummaryValue, lang: Lang, yes: &str, no: &str) -> String {
    match value {
        SummaryValue::Date(date) => format_date(lang, date),
        other => other.plain_text(lang, yes, no),
    }
}

/// The fee, when there is one, with the note that an invoice follows.
pub fn fee_section(fee: &Fee, lang: Lang) -> Option<AnyView> {
    let i18n = use_i18n();
    (fee.total > 0).then(|| {
        let total = format_chf(lang, fee.total as f64 / 100.0);
        view! {
            {fee_table(fee, lang)}
            <div class="notice notice--info"><p>{i18n.t_args("wizard-fee-invoice-note", &args([("amount", total.into())]))}</p></div>
        }
        .into_any()
    })
}

/// The fee lines and their total.
fn fee_table(fee: &Fee, lang: Lang) -> AnyView {
    let chf = move |rappen: u64| format_chf(lang, rappen as f64 / 100.0);
    view! {
        <table class="fee-table">
            <caption class="fee-table__caption">{t("wizard-fee-title")}</caption>
            <tbody>
                {fee
                    .lines
                    .iter()
                    .map(|line| {
                        let quantity = (line.quantity > 1).then(|| format!(" ({} × {})", line.quantity, chf(line.unit)));
                        view! {
                            <tr>
                                <th scope="row"><LocalizedContent text=line.label.clone()/>{quantity}</th>
                                <td class="fee-table__amount">{chf(line.amount)}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
            <tfoot>
                <tr>
                    <th scope="row">{t("wizard-fee-total")}</th>
                    <td class="fee-table__amount">{chf(fee.total)}</td>
                </tr>
            </tfoot>
        </table>
    }
    .into_any()
}
