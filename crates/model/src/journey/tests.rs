use super::*;
use crate::form::{add_item, remove_item, ServiceDefinition};
use crate::Lang;
use proptest::prelude::*;

const TODAY: &str = "2026-11-23";

/// A small service with every structural feature: a conditional step, a conditional field, a
/// group with a sibling condition, an address, fees of each rule.
fn service() -> ServiceDefinition {
    let t = |s: &str| format!(r#"{{"de":"{s}","fr":"{s} fr","it":"{s} it","rm":"{s} rm","en":"{s} en"}}"#);
    let json = format!(
        r#"{{
        "id": "demo", "version": 1, "topic": "t", "title": {t}, "summary": {t}, "description": {t},
        "duration": {t}, "next_steps": {t}, "audience": "person", "sign_in_required": true,
        "authority_role": "residents",
        "fees": [
            {{"label": {t}, "rule": {{"per-copy": {{"field": "copies", "amount": 3000}}}}}},
            {{"label": {t}, "rule": {{"by-option": {{"field": "delivery", "amounts": {{"post": 200}}}}}}}},
            {{"label": {t}, "rule": {{"fixed": {{"amount": 500}}}}}}
        ],
        "steps": [
            {{"id": "what", "title": {t}, "fields": [
                {{"id": "copies", "kind": {{"number": {{"min": 1, "max": 10}}}}, "label": {t}}},
                {{"id": "delivery", "kind": {{"choice": {{"style": "radio", "options": [
                    {{"value": "post", "label": {t}}}, {{"value": "email", "label": {t}}}]}}}}, "label": {t}}},
                {{"id": "email", "kind": "email", "label": {t}, "condition": {{"equals": {{"field": "delivery", "value": "email"}}}}}}
            ]}},
            {{"id": "address", "title": {t}, "condition": {{"equals": {{"field": "delivery", "value": "post"}}}}, "fields": [
                {{"id": "postal", "kind": "address", "label": {t}}}
            ]}},
            {{"id": "people", "title": {t}, "fields": [
                {{"id": "persons", "kind": {{"group": {{"min": 1, "max": 3, "item_label": {t}, "fields": [
                    {{"id": "name", "kind": "text", "label": {t}}},
                    {{"id": "adult", "kind": "yes-no", "label": {t}}},
                    {{"id": "ahv", "kind": "ahv", "label": {t}, "condition": {{"yes": {{"field": "adult"}}}}}}
                ]}}}}, "label": {t}}}
            ]}},
            {{"id": "declaration", "title": {t}, "fields": [
                {{"id": "truthful", "kind": "declaration", "label": {t}}}
            ]}}
        ]}}"#,
        t = t("x")
    );
    serde_json::from_str(&json).expect("the test service parses")
}

fn answers(pairs: &[(&str, &str)]) -> Answers {
    pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

fn places(postcode: &str) -> Option<Vec<u32>> {
    Some(match postcode {
        "6005" => vec![1058, 1059, 1061],
        "6004" => vec![1061],
        _ => vec![],
    })
}

fn ids(steps: Vec<&Step>) -> Vec<&str> {
    steps.into_iter().map(|s| s.id.as_str()).collect()
}

fn complete() -> Answers {
    answers(&[
        ("copies", "2"),
        ("delivery", "post"),
        ("postal.street", "Rue de Lausanne"),
        ("postal.number", "45"),
        ("postal.postcode", "6005"),
        ("postal.locality", "Luzern"),
        ("postal.bfs", "1059"),
        ("persons", "2"),
        ("persons.0.name", "Luca"),
        ("persons.0.adult", "yes"),
        ("persons.0.ahv", "756.9217.0769.85"),
        ("persons.1.name", "Mia"),
        ("persons.1.adult", "no"),
        ("truthful", "yes"),
    ])
}

#[test]
fn step_conditions_decide_the_visible_steps() {
    let service = service();
    let mut a = answers(&[("delivery", "email")]);
    let ctx = Context::new(TODAY);
    assert_eq!(ids(Journey::new(&service, &a, ctx).visible_steps()), ["what", "people", "declaration"]);
    a.insert("delivery".into(), "post".into());
    let journey = Journey::new(&service, &a, ctx);
    assert_eq!(ids(journey.visible_steps()), ["what", "address", "people", "declaration"]);
    assert_eq!(journey.position("people"), Some((3, 4)));
    assert_eq!(journey.next("what").map(|s| s.id.as_str()), Some("address"));
    assert_eq!(journey.previous("address").map(|s| s.id.as_str()), Some("what"));
    assert!(journey.previous("what").is_none());
    assert!(journey.next("declaration").is_none());
}

#[test]
fn a_conditional_field_is_required_only_when_shown() {
    let service = service();
    let ctx = Context::new(TODAY);
    let a = answers(&[("copies", "1"), ("delivery", "email")]);
    let journey = Journey::new(&service, &a, ctx);
    let errors = journey.step_errors(&service.steps[0]);
    assert_eq!(errors, [FieldError { field: "email".into(), code: "required".into(), step: Some("what".into()) }]);
    let a = answers(&[("copies", "1"), ("delivery", "post"), ("email", "not an address")]);
    assert!(Journey::new(&service, &a, ctx).step_errors(&service.steps[0]).is_empty(), "a hidden field is not checked");
}

#[test]
fn can_visit_refuses_skipping_an_incomplete_step() {
    let service = service();
    let ctx = Context { today: TODAY, places: Some(&places) };
    let empty = Answers::new();
    let journey = Journey::new(&service, &empty, ctx);
    assert!(journey.can_visit("what"));
    assert!(!journey.can_visit("people"));
    assert!(!journey.can_visit("nonexistent"));
    assert_eq!(journey.first_incomplete().map(|s| s.id.as_str()), Some("what"));

    let mut a = complete();
    a.remove("postal.street");
    let journey = Journey::new(&service, &a, ctx);
    assert!(journey.can_visit("address"));
    assert!(!journey.can_visit("declaration"));
    assert_eq!(journey.first_incomplete().map(|s| s.id.as_str()), Some("address"));
    assert_eq!(journey.completed(), ["what", "people", "declaration"]);

    let a = complete();
    let journey = Journey::new(&service, &a, ctx);
    assert!(journey.can_check_answers());
    assert!(journey.errors().is_empty());
    // A hidden step cannot be visited even when everything before it is complete.
    let mut a = complete();
    a.insert("delivery".into(), "email".into());
    a.insert("email".into(), "a@b.ch".into());
    assert!(!Journey::new(&service, &a, ctx).can_visit("address"));
}

#[test]
fn postcodes_and_municipalities_are_checked_against_the_places() {
    let service = service();
    let ctx = Context { today: TODAY, places: Some(&places) };
    let error_codes = |a: &Answers| -> Vec<(String, String)> {
        Journey::new(&service, a, ctx).step_errors(&service.steps[1]).into_iter().map(|e| (e.field, e.code)).collect()
    };
    let mut a = complete();
    assert!(error_codes(&a).is_empty());
    a.insert("postal.bfs".into(), "".into());
    assert_eq!(error_codes(&a), [("postal.bfs".into(), "required".into())], "6005 has three municipalities: choose one");
    a.insert("postal.bfs".into(), "351".into());
    assert_eq!(error_codes(&a), [("postal.bfs".into(), "municipality-mismatch".into())]);
    a.insert("postal.postcode".into(), "6004".into());
    a.insert("postal.bfs".into(), "".into());
    assert!(error_codes(&a).is_empty(), "one municipality: the server fills it in");
    a.insert("postal.postcode".into(), "9999".into());
    assert_eq!(error_codes(&a), [("postal.postcode".into(), "postcode-unknown".into())]);
    a.insert("postal.postcode".into(), "99".into());
    assert_eq!(error_codes(&a), [("postal.postcode".into(), "postcode-invalid".into())]);
    // Without the lookup (offline browser), only the format is checked.
    let offline = Context::new(TODAY);
    a.insert("postal.postcode".into(), "9999".into());
    assert!(Journey::new(&service, &a, offline).step_errors(&service.steps[1]).is_empty());
}

#[test]
fn groups_check_their_size_and_each_item_with_sibling_conditions() {
    let service = service();
    let ctx = Context::new(TODAY);
    let people = &service.steps[2];
    let codes = |a: &Answers| -> Vec<(String, String)> { Journey::new(&service, a, ctx).step_errors(people).into_iter().map(|e| (e.field, e.code)).collect() };
    assert_eq!(codes(&Answers::new()), [("persons".into(), "group-too-few".into())]);
    let mut a = complete();
    assert!(codes(&a).is_empty());
    a.insert("persons.1.adult".into(), "yes".into());
    assert_eq!(codes(&a), [("persons.1.ahv".into(), "required".into())], "the sibling's answer shows the AHV field");
    a.insert("persons.1.ahv".into(), "756.9217.0769.84".into());
    assert_eq!(codes(&a), [("persons.1.ahv".into(), "ahv-checksum".into())]);
    a.insert("persons".into(), "4".into());
    assert!(codes(&a).contains(&("persons".into(), "group-too-many".into())));
}

#[test]
fn adding_and_removing_items_keeps_keys_dense() {
    let mut a = complete();
    assert_eq!(add_item(&mut a, "persons"), 2);
    a.insert("persons.2.name".into(), "Noah".into());
    remove_item(&mut a, "persons", 0);
    assert_eq!(a["persons"], "2");
    assert_eq!(a["persons.0.name"], "Mia");
    assert_eq!(a["persons.1.name"], "Noah");
    assert!(!a.contains_key("persons.2.name"));
    assert!(!a.contains_key("persons.1.ahv"), "the removed item's fields are gone, not shifted onto others");
    remove_item(&mut a, "persons", 5);
    assert_eq!(a["persons"], "2");
}

#[test]
fn fees_follow_the_answers() {
    let service = service();
    let ctx = Context::new(TODAY);
    let a = complete();
    let fee = Journey::new(&service, &a, ctx).fee();
    assert_eq!(fee.lines.iter().map(|l| (l.quantity, l.unit, l.amount)).collect::<Vec<_>>(), [(2, 3000, 6000), (1, 200, 200), (1, 500, 500)]);
    assert_eq!(fee.total, 6700);
    let a = answers(&[("copies", "1"), ("delivery", "email")]);
    let fee = Journey::new(&service, &a, ctx).fee();
    assert_eq!(fee.total, 3500, "e-mail delivery has no postage");
    assert_eq!(fee.lines.len(), 2);
}

#[test]
fn summary_lists_only_what_is_shown_and_visible_answers_drop_hidden_ones() {
    let service = service();
    let ctx = Context::new(TODAY);
    let mut a = complete();
    a.insert("email".into(), "left@over.ch".into());
    let journey = Journey::new(&service, &a, ctx);
    let summary = journey.summary();
    assert_eq!(summary.iter().map(|s| s.step.id.as_str()).collect::<Vec<_>>(), ["what", "address", "people", "declaration"]);
    assert_eq!(summary[0].rows.iter().map(|r| r.key.as_str()).collect::<Vec<_>>(), ["copies", "delivery"]);
    let address = summary[1].rows[0].value.plain_text(Lang::De, "Ja", "Nein");
    assert_eq!(address, "Rue de Lausanne 45, 6005 Luzern");
    let people = summary[2].rows[0].value.plain_text(Lang::Fr, "Oui", "Non");
    assert_eq!(people, "Luca, Oui, 756.9217.0769.85; Mia, Non");
    let visible = journey.visible_answers();
    assert!(!visible.contains_key("email"));
    assert_eq!(visible["persons.0.ahv"], "756.9217.0769.85");
    assert_eq!(visible["persons"], "2");
    assert_eq!(visible["postal.bfs"], "1059");
}

#[test]
fn definitions_are_checked() {
    let mut s = service();
    assert!(check_definition(&s, &[Lang::De, Lang::Fr, Lang::It]).is_empty(), "{:?}", check_definition(&s, &[Lang::De]));
    s.steps[0].fields[2].condition = Some(Condition::Equals { field: "shipping".into(), value: "x".into() });
    s.steps[1].condition = Some(Condition::Yes { field: "truthful".into() });
    s.title.0.remove(&Lang::It);
    let problems = check_definition(&s, &[Lang::De, Lang::Fr, Lang::It]);
    assert!(problems.iter().any(|p| p.contains("unknown field shipping")), "{problems:?}");
    assert!(problems.iter().any(|p| p.contains("step address") && p.contains("does not come before")), "{problems:?}");
    assert!(problems.iter().any(|p| p == "title: no it text"), "{problems:?}");
}

proptest! {
    /// Whatever the answers, the journey never panics, "next" stays within the visible steps,
    /// and a step reported as the first incomplete one can always be visited.
    #[test]
    fn the_journey_is_consistent_for_any_answers(
        values in proptest::collection::vec(("(copies|delivery|email|persons|persons\\.[0-3]\\.(name|adult|ahv)|postal\\.(street|postcode|bfs|locality)|truthful)", "(|1|2|3|post|email|yes|no|6005|1059|a@b\\.ch|756\\.9217\\.0769\\.85|\\PC{0,8})"), 0..20)
    ) {
        let service = service();
        let a: Answers = values.into_iter().collect();
        let journey = Journey::new(&service, &a, Context { today: TODAY, places: Some(&places) });
        let visible = ids(journey.visible_steps());
        if let Some(step) = journey.first_incomplete() {
            prop_assert!(journey.can_visit(&step.id));
            prop_assert!(!journey.can_check_answers());
        }
        for id in &visible {
            if let Some(next) = journey.next(id) {
                prop_assert!(visible.contains(&next.id.as_str()));
            }
        }
        let _ = journey.summary();
        let _ = journey.fee();
        let kept = journey.visible_answers();
        prop_assert!(kept.keys().all(|k| a.contains_key(k)));
    }
}

#[test]
fn answer_keys_find_their_field_also_inside_groups() {
    let service = service();
    assert_eq!(service.field_at("copies").map(|f| f.id.as_str()), Some("copies"));
    assert_eq!(service.field_at("persons").map(|f| f.id.as_str()), Some("persons"));
    assert_eq!(service.field_at("persons.2.ahv").map(|f| f.id.as_str()), Some("ahv"));
    for unknown in ["nope", "persons.x.ahv", "persons.0.nope", "copies.extra", "persons.0.ahv.more"] {
        assert_eq!(service.field_at(unknown), None, "{unknown}");
    }
}

#[test]
fn file_answers_round_trip_and_names_may_hold_semicolons() {
    use crate::form::FileAnswer;
    let files = vec![
        FileAnswer { id: "a1".into(), media_type: "application/pdf".into(), size: 1200, name: "Police; 2026.pdf".into() },
        FileAnswer { id: "b2".into(), media_type: "image/png".into(), size: 5, name: "Scan.png".into() },
    ];
    assert_eq!(FileAnswer::parse_all(&FileAnswer::join(&files)), Some(files));
    assert_eq!(FileAnswer::parse_all(""), Some(vec![]));
    assert_eq!(FileAnswer::parse_all("a1;application/pdf;many;x.pdf"), None);
}

#[test]
fn a_save_takes_its_version_as_a_whole_number_in_either_spelling() {
    use crate::api::SaveDraft;
    let parse = |v: &str| serde_json::from_str::<SaveDraft>(&format!(r#"{{"answers":{{}},"position":"a","base_version":{v}}}"#)).map(|s| s.base_version);
    assert_eq!(parse("7").unwrap(), 7);
    assert_eq!(parse("7.0").unwrap(), 7);
    assert!(parse("7.5").is_err());
    assert!(parse("-1").is_err());
    assert!(parse("4294967296").is_err());
}
