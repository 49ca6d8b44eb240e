//! The case list at scale: filters, search, sorting and paging on the server, with counts.

mod common;

use common::{problem, Portal};
use guichet_model::api::{AuthorityLevel, CaseList, CaseStatus, DocumentOverview, StatusFilter};
use reqwest::{Client, StatusCode};

async fn list(portal: &Portal, client: &Client, query: &str) -> CaseList {
    let response = client.get(portal.url(&format!("/api/v1/cases?{query}"))).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK, "{query}");
    response.json().await.unwrap()
}

#[tokio::test]
async fn a_thousand_cases_come_a_page_at_a_time_with_counts_per_status() {
    let portal = Portal::start().await;
    let (client, _) = portal.acting_for("petra.keller", "Immobilien Pilatus AG").await;
    let first = list(&portal, &client, "lang=de").await;
    assert_eq!((first.total, first.page, first.pages, first.cases.len()), (1000, 1, 40, 25));
    assert_eq!(first.counts.iter().map(|c| c.count).sum::<u64>(), 1000);
    assert!(first.counts.iter().all(|c| c.label.lang.code() == "de"));

    let last = list(&portal, &client, "lang=de&page=40").await;
    assert_eq!((last.page, last.cases.len()), (40, 25));
    let beyond = list(&portal, &client, "lang=de&page=99").await;
    assert_eq!(beyond.page, 40, "a page past the end shows the last one");
    assert!(first.cases.iter().all(|c| !last.cases.iter().any(|l| l.id == c.id)));

    let waiting = list(&portal, &client, "status=action-required").await;
    assert_eq!(waiting.total, first.count_of(StatusFilter::Is(CaseStatus::ActionRequired)));
    assert!(waiting.cases.iter().all(|c| c.action_needed && c.action.is_some()));
    assert_eq!(waiting.counts, first.counts, "counts ignore the status filter, so each status shows what it would find");
    let open = list(&portal, &client, "status=open&page=2").await;
    assert_eq!(open.total, first.count_of(StatusFilter::Open));
    assert!(open.cases.iter().all(|c| c.status.is_open()));
    let closed = list(&portal, &client, "status=closed").await;
    assert_eq!(open.total + closed.total, 1000);
}

#[tokio::test]
async fn counts_per_status_kept_for_the_dashboard_match_counting_case_by_case_and_follow_every_change() {
    let portal = Portal::start().await;
    let (client, _) = portal.acting_for("petra.keller", "Immobilien Pilatus AG").await;
    let reference = list(&portal, &client, "status=received").await.cases[0].reference.clone();
    let digits = reference.rsplit('-').next().unwrap().to_owned();
    // `from` long ago changes no result, but makes the portal count case by case.
    let both_ways = |query: String| {
        let (portal, client) = (&portal, &client);
        async move {
            let kept = list(portal, client, &query).await.counts;
            let counted = list(portal, client, &format!("{query}&from=1900-01-01")).await.counts;
            assert_eq!(kept, counted, "{query}");
            kept
        }
    };
    let before = both_ways("lang=de".into()).await;
    assert_eq!(before.iter().map(|c| c.count).sum::<u64>(), 1000);
    // `u` is in some service names and in every `LU-` reference: counted once each all the same.
    for q in ["hund", &digits, "u", "hund%20steuer", "xyz"] {
        both_ways(format!("lang=de&q={q}")).await;
    }
    // A status set by the authority moves the case from one count to the other at once.
    let changed = Client::new()
        .post(portal.url(&format!("/api/backoffice/v1/cases/{reference}/status")))
        .bearer_auth(common::BACKOFFICE_TOKEN)
        .json(&serde_json::json!({ "status": "in-progress" }))
        .send()
        .await
        .unwrap();
    assert_eq!(changed.status(), StatusCode::NO_CONTENT);
    let after = both_ways("lang=de".into()).await;
    let count = |counts: &[guichet_model::api::StatusCount], status| counts.iter().find(|c| c.status == status).map_or(0, |c| c.count);
    assert_eq!(count(&after, CaseStatus::Received), count(&before, CaseStatus::Received) - 1);
    assert_eq!(count(&after, CaseStatus::InProgress), count(&before, CaseStatus::InProgress) + 1);
    both_ways(format!("lang=de&q={digits}")).await;
}

#[tokio::test]
async fn open_cases_come_first_and_deadlines_sort_soonest_first() {
    let portal = Portal::start().await;
    let (client, _) = portal.signed_in("anna.zimmermann").await;
    let by_change = list(&portal, &client, "").await;
    let open: Vec<bool> = by_change.cases.iter().map(|c| c.status.is_open()).collect();
    assert!(open.windows(2).all(|w| w[0] >= w[1]), "no closed case above an open one: {open:?}");
    let first_open: Vec<_> = by_change.cases.iter().filter(|c| c.status.is_open()).collect();
    assert!(first_open.windows(2).all(|w| w[0].updated_at >= w[1].updated_at));

    let by_deadline = list(&portal, &client, "sort=deadline").await;
    let dues: Vec<&str> = by_deadline.cases.iter().filter(|c| c.status.is_open()).map(|c| c.due_on.as_deref().unwrap_or("9999")).collect();
    assert!(dues.windows(2).all(|w| w[0] <= w[1]), "soonest first: {dues:?}");
    assert!(by_deadline.cases.iter().take_while(|c| c.status.is_open()).count() == dues.len());
    // Open cases alone come in the same order (a query the index answers without sorting).
    for sort in ["deadline", "updated"] {
        let all = list(&portal, &client, &format!("sort={sort}")).await;
        let open = list(&portal, &client, &format!("sort={sort}&status=open")).await;
        let expected: Vec<&String> = all.cases.iter().filter(|c| c.status.is_open()).map(|c| &c.id).collect();
        assert_eq!(open.cases.iter().map(|c| &c.id).collect::<Vec<_>>(), expected, "{sort}");
    }

    let by_submission = list(&portal, &client, "sort=submitted").await;
    assert!(by_submission.cases.windows(2).all(|w| w[0].submitted_on >= w[1].submitted_on));
}

#[tokio::test]
async fn search_finds_references_and_service_names_in_the_asked_language_ignoring_case_and_accents() {
    let portal = Portal::start().await;
    let (client, _) = portal.signed_in("sophie.rochat").await;
    let all = list(&portal, &client, "lang=fr").await;
    let target = &all.cases[3];
    let digits = target.reference.rsplit('-').next().unwrap();
    let found = list(&portal, &client, &format!("lang=fr&q={digits}")).await;
    assert_eq!(found.cases.iter().map(|c| &c.id).collect::<Vec<_>>(), [&target.id]);
    let found = list(&portal, &client, &format!("q={}", target.reference.to_lowercase())).await;
    assert_eq!(found.total, 1, "case is ignored in references");

    let civil_status = all.cases.iter().filter(|c| c.service.text.contains("état civil")).count() as u64;
    assert!(civil_status > 0);
    // `e` + U+0301 (a combining acute), as some keyboards and pasted text write `é`.
    for q in ["etat%20civil", "%C3%89TAT+CIVIL", "document%20d%E2%80%99etat", "e%CC%81tat%20civil"] {
        let found = list(&portal, &client, &format!("lang=fr&q={q}")).await;
        assert_eq!(found.total, civil_status, "{q}");
        assert!(found.cases.iter().all(|c| c.service.text.contains("état civil")));
    }
    let german = list(&portal, &client, "lang=fr&q=zivilstand").await;
    assert_eq!(german.total, 0, "names are searched in the asked language");
    let german = list(&portal, &client, "lang=de&q=zivilstand").await;
    assert_eq!(german.total, civil_status);
    for q in ["%25", "_", "%5C"] {
        assert_eq!(list(&portal, &client, &format!("q={q}")).await.total, 0, "{q} is a character, not a wildcard");
    }
}

#[tokio::test]
async fn filters_by_service_authority_and_period_combine() {
    let portal = Portal::start().await;
    let (client, _) = portal.acting_for("petra.keller", "Immobilien Pilatus AG").await;
    let all = list(&portal, &client, "lang=de").await;
    assert_eq!(all.services.len(), 6);
    let dog = all.services.iter().find(|s| s.value == "dog-registration").expect("a service choice");
    assert_eq!(dog.label.text, "Hund anmelden");
    let dogs = list(&portal, &client, "service=dog-registration").await;
    assert!(dogs.total > 100 && dogs.cases.iter().all(|c| c.service.text == "Hund anmelden"));

    let authority = &all.authorities[0];
    let theirs = list(&portal, &client, &format!("authority={}", authority.value)).await;
    assert!(theirs.total > 0 && theirs.cases.iter().all(|c| c.authority == authority.label));

    let recent = list(&portal, &client, "sort=submitted").await.cases[10].submitted_on.clone();
    let since = list(&portal, &client, &format!("from={recent}&sort=submitted")).await;
    assert!(since.cases.iter().all(|c| c.submitted_on >= recent));
    let until = list(&portal, &client, &format!("to={recent}")).await;
    assert_eq!(since.total + until.total - list(&portal, &client, &format!("from={recent}&to={recent}")).await.total, 1000);

    let combined = list(&portal, &client, &format!("service=dog-registration&status=open&from={recent}")).await;
    assert!(combined.cases.iter().all(|c| c.service.text == "Hund anmelden" && c.status.is_open() && c.submitted_on >= recent));

    // Another account's authority or service filters nothing of theirs into this list.
    let (anna, _) = portal.signed_in("sophie.rochat").await;
    let fribourg = list(&portal, &anna, "").await.authorities;
    let foreign = list(&portal, &client, &format!("authority={}", fribourg[0].value)).await;
    assert_eq!(foreign.total, 0);
}

#[tokio::test]
async fn a_query_it_does_not_understand_is_refused_with_the_parameter_named() {
    let portal = Portal::start().await;
    let (client, _) = portal.signed_in("anna.zimmermann").await;
    for (query, field) in [("status=lost", "status"), ("from=1.1.2026", "from"), ("page=0", "page"), ("sort=random", "sort")] {
        let (status, body) = problem(client.get(portal.url(&format!("/api/v1/cases?{query}"))).send().await.unwrap()).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{query}");
        assert_eq!(body["errors"][0]["field"], field);
    }
}

#[tokio::test]
async fn a_case_names_its_sender_as_recorded_and_says_what_to_do_or_why_it_was_refused() {
    let portal = Portal::start().await;
    let (client, _) = portal.signed_in("anna.zimmermann").await;
    let tax = list(&portal, &client, "service=tax-return").await.cases.remove(0);
    let detail = portal.detail(&client, &tax.id, "de").await;
    let sender = &detail.sender;
    assert_eq!(sender.name.text, "Dienststelle Steuern des Kantons Luzern");
    assert_eq!(sender.level, AuthorityLevel::Department);
    assert_eq!(sender.part_of.as_ref().unwrap().text, "Kanton Luzern");
    assert_eq!(sender.on_behalf_of.as_ref().unwrap().text, "Stadt Luzern", "the canton assesses for the municipality");
    assert_eq!(sender.address.last().unwrap(), "6002 Luzern");
    assert!(sender.email.is_some());

    let dog = list(&portal, &client, "service=dog-registration").await.cases.remove(0);
    let sender = portal.detail(&client, &dog.id, "fr").await.sender;
    assert_eq!(sender.part_of.unwrap().text, "Ville de Lucerne");
    assert_eq!(sender.on_behalf_of, None);

    let refused = list(&portal, &client, "status=rejected").await.cases.remove(0);
    let decision = portal.detail(&client, &refused.id, "fr").await.decision.expect("a refusal says why");
    assert!(decision.reason.text.contains("délai") && decision.remedy.text.contains("30 jours"));
    let waiting = list(&portal, &client, "status=action-required").await.cases.remove(0);
    assert!(waiting.action.unwrap().text.contains("Identitätskarte"));
    assert_eq!(portal.detail(&client, &waiting.id, "de").await.decision, None);
}

#[tokio::test]
async fn documents_across_cases_filter_by_reference_kind_and_day_and_stay_the_partys() {
    let portal = Portal::start().await;
    let (anna, _) = portal.signed_in("anna.zimmermann").await;
    let all: DocumentOverview = anna.get(portal.url("/api/v1/documents?lang=fr")).send().await.unwrap().json().await.unwrap();
    assert!(all.total > 14 && all.documents.len() as u64 == all.total.min(100));
    assert!(all.documents.windows(2).all(|w| w[0].document.created_at >= w[1].document.created_at), "newest first");
    assert!(all.documents.iter().all(|d| d.service.lang.code() == "fr" && d.document.title.lang.code() == "fr"));

    let one = &all.documents[0];
    let digits = one.reference.rsplit('-').next().unwrap();
    let of_case: DocumentOverview = anna.get(portal.url(&format!("/api/v1/documents?reference={digits}"))).send().await.unwrap().json().await.unwrap();
    assert!(of_case.documents.iter().all(|d| d.reference == one.reference) && of_case.total >= 1);
    let day = &one.document.created_at[..10];
    let that_day: DocumentOverview = anna.get(portal.url(&format!("/api/v1/documents?from={day}&to={day}"))).send().await.unwrap().json().await.unwrap();
    assert!(that_day.documents.iter().all(|d| d.document.created_at.starts_with(day)) && that_day.total >= 1);
    let images: DocumentOverview = anna.get(portal.url("/api/v1/documents?kind=image")).send().await.unwrap().json().await.unwrap();
    assert_eq!(images.total, 0, "the authorities sent PDFs only");
    let (status, _) = problem(anna.get(portal.url("/api/v1/documents?kind=exe")).send().await.unwrap()).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);

    // Another party's documents never show, whatever the filter.
    let (luca, _) = portal.signed_in("luca.bernasconi").await;
    let theirs: DocumentOverview = luca.get(portal.url(&format!("/api/v1/documents?reference={}", one.reference))).send().await.unwrap().json().await.unwrap();
    assert_eq!(theirs.total, 0);
}
