//! Cases. Every read is scoped by owner: another party's case id is indistinguishable from
//! one that does not exist. Filtering, search, sorting and paging happen in the query, so a
//! phone receives one page, not an organisation's 100,000 cases.

use super::text::{contains_pattern, localized, localized_opt};
use super::{Db, Exec};
use crate::error::{ApiError, ApiResult};
use guichet_model::api::{
    AuthorityLevel, CaseDetail, CaseList, CaseQuery, CaseSort, CaseStatus, CaseSummary, Choice, Decision, Sender, StatusCount, StatusEvent, CASES_PER_PAGE,
};
use guichet_model::search::fold;
use guichet_model::Lang;
use sqlx::{Database, Encode, QueryBuilder, Type};

const SELECT_CASE: &str = "SELECT c.id, c.reference, s.name AS service, c.status, st.label AS status_label, \
     a.name AS authority, c.submitted_on, c.updated_at, c.due_on, c.action_needed, c.action_text, \
     (SELECT COUNT(*) FROM messages m WHERE m.case_id = c.id AND m.from_authority = TRUE AND m.read_at IS NULL) AS unread \
     FROM cases c JOIN services s ON s.id = c.service_id \
     JOIN authorities a ON a.id = c.authority_id JOIN case_statuses st ON st.code = c.status";

#[derive(sqlx::FromRow)]
struct CaseRow {
    id: String,
    reference: String,
    service: String,
    status: String,
    status_label: String,
    authority: String,
    submitted_on: String,
    updated_at: String,
    due_on: Option<String>,
    action_needed: bool,
    action_text: Option<String>,
    unread: i64,
}

fn status_of(code: &str) -> ApiResult<CaseStatus> {
    CaseStatus::parse(code).ok_or_else(|| {
        tracing::error!(code, "unknown status code in the database");
        ApiError::internal()
    })
}

impl CaseRow {
    fn into_summary(self, lang: Lang) -> ApiResult<CaseSummary> {
        Ok(CaseSummary {
            service: localized(&self.service, lang)?,
            status: status_of(&self.status)?,
            status_label: localized(&self.status_label, lang)?,
            authority: localized(&self.authority, lang)?,
            action: if self.action_needed { localized_opt(self.action_text.as_deref(), lang)? } else { None },
            id: self.id,
            reference: self.reference,
            submitted_on: self.submitted_on,
            updated_at: self.updated_at,
            due_on: self.due_on,
            action_needed: self.action_needed,
            unread: self.unread.max(0) as u64,
        })
    }
}

const CLOSED: &str = "c.status IN ('completed', 'rejected')";

/// The `WHERE` of a case query for one owner, with or without its status filter.
/// `named_services` are, per search word, the services whose name contains the word.
fn push_filters<'a, DB: Database>(sql: &mut QueryBuilder<'a, DB>, owner: i64, query: &CaseQuery, named_services: &[Vec<i64>], with_status: bool)
where
    i64: Encode<'a, DB> + Type<DB>,
    String: Encode<'a, DB> + Type<DB>,
    &'static str: Encode<'a, DB> + Type<DB>,
{
    sql.push(" WHERE c.owner_id = ").push_bind(owner);
    if let Some(status) = query.status.filter(|_| with_status) {
        sql.push(" AND c.status IN (");
        let mut list = sql.separated(", ");
        for s in status.statuses() {
            list.push_bind(s.code());
        }
        sql.push(")");
    }
    if let Some(service) = &query.service {
        sql.push(" AND c.service_id = (SELECT id FROM services WHERE slug = ").push_bind(service.clone()).push(")");
    }
    if let Some(authority) = &query.authority {
        // Ids are numbers; anything else names no authority.
        sql.push(" AND c.authority_id = ").push_bind(authority.parse::<i64>().unwrap_or(-1));
    }
    if let Some(from) = &query.from {
        sql.push(" AND c.submitted_on >= ").push_bind(from.clone());
    }
    if let Some(to) = &query.to {
        sql.push(" AND c.submitted_on <= ").push_bind(to.clone());
    }
    for (word, services) in search_words(query).iter().zip(named_services) {
        // References are stored in capitals, so a capitalised pattern needs no UPPER() on the
        // column (which would keep the index from covering the filter).
        sql.push(" AND (c.reference LIKE ").push_bind(contains_pattern(&word.to_uppercase())).push(" ESCAPE '\\'");
        if !services.is_empty() {
            sql.push(" OR c.service_id IN (");
            push_ids(sql, services);
            sql.push(")");
        }
        sql.push(")");
    }
}

fn search_words(query: &CaseQuery) -> Vec<String> {
    query.q.as_deref().map(fold).unwrap_or_default().split_whitespace().map(str::to_owned).collect()
}

/// A page of the owner's cases: filtered, searched and sorted, with the counts per status
/// and the services and authorities to filter by.
pub async fn page(db: &Db, owner: i64, query: &CaseQuery, lang: Lang) -> ApiResult<CaseList> {
    // Service names are few: each search word is matched against them here, in `lang`.
    let services = super::services::names(db).await?;
    let mut names = Vec::with_capacity(services.len());
    for (id, name) in &services {
        names.push((*id, fold(&localized(name, lang)?.text)));
    }
    let named_services: Vec<Vec<i64>> =
        search_words(query).iter().map(|w| names.iter().filter(|(_, n)| n.contains(w.as_str())).map(|(id, _)| *id).collect()).collect();

    let rows = status_counts(db, owner, query, &named_services).await?;
    let labels = super::statuses::all(db).await?;
    let mut counts = Vec::with_capacity(rows.len());
    for (status, count) in rows {
        let label = labels.iter().find(|(code, _)| *code == status).map(|(_, l)| l.as_str()).unwrap_or("{}");
        counts.push(StatusCount { status: status_of(&status)?, label: localized(label, lang)?, count: count.max(0) as u64 });
    }
    counts.sort_by_key(|c| CaseStatus::ALL.iter().position(|s| *s == c.status));
    let total: u64 = counts.iter().filter(|c| query.status.is_none_or(|f| f.matches(c.status))).map(|c| c.count).sum();
    let pages = total.div_ceil(u64::from(CASES_PER_PAGE)).max(1) as u32;
    let page = query.page.min(pages);

    // The page's ids first, sorted from an index alone; then those 25 rows in full. With only
    // open cases asked for, "open before closed" says nothing, and without it the order is the
    // index's, so the scan stops after the page instead of sorting every match.
    let open_only = query.status.is_some_and(|f| f.statuses().all(CaseStatus::is_open));
    let closed_last = if open_only { String::new() } else { format!("CASE WHEN {CLOSED} THEN 1 ELSE 0 END, ") };
    let rows: Vec<CaseRow> = on!(db, c => {
        let order = match query.sort {
            CaseSort::Updated => format!(" ORDER BY {closed_last}c.updated_at DESC, c.reference"),
            // Cases without a deadline last: PostgreSQL's ascending order puts NULLs there
            // itself (and so can follow the index), SQLite's puts them first.
            CaseSort::Deadline if super::nulls_sort_last(&*c) => format!(" ORDER BY {closed_last}c.due_on, c.updated_at DESC, c.reference"),
            CaseSort::Deadline => format!(" ORDER BY {closed_last}CASE WHEN c.due_on IS NULL THEN 1 ELSE 0 END, c.due_on, c.updated_at DESC, c.reference"),
            CaseSort::Submitted => " ORDER BY c.submitted_on DESC, c.reference DESC".to_owned(),
        };
        let mut select = QueryBuilder::new(format!("{SELECT_CASE} WHERE c.id IN (SELECT c.id FROM cases c"));
        push_filters(&mut select, owner, query, &named_services, true);
        select.push(&order);
        // Numbers the server computed, written into the SQL: a plan that knows it needs 50 rows
        // walks the index in order; one for "some rows" (a bound limit) sorts every match.
        select.push(format!(" LIMIT {CASES_PER_PAGE} OFFSET {}", (page - 1) * CASES_PER_PAGE));
        select.push(")").push(&order);
        select.build_query_as().fetch_all(c).await?
    });
    let cases = rows.into_iter().map(|r| r.into_summary(lang)).collect::<ApiResult<_>>()?;

    let services =
        choices(db, "SELECT s.slug, s.name FROM services s WHERE EXISTS (SELECT 1 FROM cases c WHERE c.owner_id = $1 AND c.service_id = s.id)", owner, lang)
            .await?;
    let authorities = choices(
        db,
        "SELECT CAST(a.id AS TEXT), a.name FROM authorities a WHERE EXISTS (SELECT 1 FROM cases c WHERE c.owner_id = $1 AND c.authority_id = a.id)",
        owner,
        lang,
    )
    .await?;
    Ok(CaseList { cases, total, page, pages, counts, services, authorities })
}

/// The owner's cases per status under the query's filters but its status. With at most one
/// search word and no other filter, the counts come from `case_counts` (a few rows per
/// service, kept by triggers) for the services the word names, plus the cases whose reference
/// holds it in the other services (on PostgreSQL through a trigram index); otherwise they are
/// counted case by case.
async fn status_counts(db: &Db, owner: i64, query: &CaseQuery, named_services: &[Vec<i64>]) -> ApiResult<Vec<(String, i64)>> {
    let words = search_words(query);
    let summarised = query.service.is_none() && query.authority.is_none() && query.from.is_none() && query.to.is_none() && words.len() <= 1;
    if !summarised {
        return Ok(on!(db, c => {
            let mut counting = QueryBuilder::new("SELECT c.status, COUNT(*) FROM cases c");
            push_filters(&mut counting, owner, query, named_services, false);
            counting.push(" GROUP BY c.status");
            counting.build_query_as().fetch_all(c).await?
        }));
    }
    let services = named_services.first().map(Vec::as_slice).unwrap_or_default();
    let mut counts: Vec<(String, i64)> = Vec::new();
    let mut add = |rows: Vec<(String, i64)>| {
        for (status, n) in rows {
            match counts.iter_mut().find(|(s, _)| *s == status) {
                Some((_, total)) => *total += n,
                None => counts.push((status, n)),
            }
        }
    };
    on!(db, c => {
        if words.is_empty() || !services.is_empty() {
            let mut summary = QueryBuilder::new("SELECT status, CAST(SUM(cases) AS BIGINT) FROM case_counts WHERE owner_id = ");
            summary.push_bind(owner);
            if !words.is_empty() {
                summary.push(" AND service_id IN (");
                push_ids(&mut summary, services);
                summary.push(")");
            }
            summary.push(" GROUP BY status HAVING SUM(cases) > 0");
            add(summary.build_query_as().fetch_all(&mut *c).await?);
        }
        if let Some(word) = words.first() {
            let mut references = QueryBuilder::new("SELECT c.status, COUNT(*) FROM cases c WHERE c.owner_id = ");
            references.push_bind(owner).push(" AND c.reference LIKE ").push_bind(contains_pattern(&word.to_uppercase())).push(" ESCAPE '\\'");
            if !services.is_empty() {
                references.push(" AND c.service_id NOT IN (");
                push_ids(&mut references, services);
                references.push(")");
            }
            references.push(" GROUP BY c.status");
            // Planned for its pattern each time: PostgreSQL's plan for an unknown pattern reads
            // every reference; for `%HUND%` it asks the trigram index.
            add(references.build_query_as().persistent(false).fetch_all(&mut *c).await?);
        }
    });
    Ok(counts)
}

fn push_ids<'a, DB: Database>(sql: &mut QueryBuilder<'a, DB>, ids: &[i64])
where
    i64: Encode<'a, DB> + Type<DB>,
{
    let mut list = sql.separated(", ");
    for id in ids {
        list.push_bind(*id);
    }
}

/// Filter options from `(value, localised label)` rows, sorted by label.
async fn choices(db: &Db, sql: &str, owner: i64, lang: Lang) -> ApiResult<Vec<Choice>> {
    on!(db, c => {
        let rows: Vec<(String, String)> = sqlx::query_as(sql).bind(owner).fetch_all(&mut *c).await?;
        let mut choices = rows.into_iter().map(|(value, label)| Ok(Choice { value, label: localized(&label, lang)? })).collect::<ApiResult<Vec<_>>>()?;
        choices.sort_by_cached_key(|c| fold(&c.label.text));
        Ok(choices)
    })
}

#[derive(sqlx::FromRow)]
struct SenderRow {
    name: String,
    level: String,
    part_of: Option<String>,
    on_behalf_of: Option<String>,
    address: String,
    email: Option<String>,
    phone: Option<String>,
    website: Option<String>,
}

impl SenderRow {
    fn into_sender(self, lang: Lang) -> ApiResult<Sender> {
        let level = match self.level.as_str() {
            "canton" => AuthorityLevel::Canton,
            "municipality" => AuthorityLevel::Municipality,
            _ => AuthorityLevel::Department,
        };
        Ok(Sender {
            name: localized(&self.name, lang)?,
            level,
            part_of: localized_opt(self.part_of.as_deref(), lang)?,
            on_behalf_of: localized_opt(self.on_behalf_of.as_deref(), lang)?,
            address: self.address.lines().map(str::to_owned).filter(|l| !l.is_empty()).collect(),
            email: self.email,
            phone: self.phone,
            website: self.website,
        })
    }
}

/// The owner's case with its status history, documents, sender, thread and, for a decided
/// case, the decision.
pub async fn detail(db: &Db, id: &str, owner: i64, lang: Lang) -> ApiResult<Option<CaseDetail>> {
    let row: Option<CaseRow> =
        on!(db, c => sqlx::query_as(&format!("{SELECT_CASE} WHERE c.id = $1 AND c.owner_id = $2")).bind(id).bind(owner).fetch_optional(c).await?);
    let Some(row) = row else {
        return Ok(None);
    };
    let history = super::events::of_case(db, id)
        .await?
        .into_iter()
        .map(|(at, status, label, text)| {
            Ok(StatusEvent { at, status: status_of(&status)?, status_label: localized(&label, lang)?, text: localized(&text, lang)? })
        })
        .collect::<ApiResult<_>>()?;
    let documents = super::documents::of_case(db, id, lang).await?;
    let (sender, (reason, remedy)): (SenderRow, (Option<String>, Option<String>)) = on!(db, c => (
        sqlx::query_as(
            "SELECT a.name, a.level, p.name AS part_of, b.name AS on_behalf_of, a.address, a.email, a.phone, a.website \
             FROM cases c JOIN authorities a ON a.id = c.authority_id \
             LEFT JOIN authorities p ON p.id = a.part_of_id LEFT JOIN authorities b ON b.id = a.on_behalf_of_id WHERE c.id = $1",
        )
        .bind(id)
        .fetch_one(&mut *c)
        .await?,
        sqlx::query_as("SELECT decision_reason, legal_remedy FROM cases WHERE id = $1").bind(id).fetch_one(&mut *c).await?,
    ));
    let decision = match (localized_opt(reason.as_deref(), lang)?, localized_opt(remedy.as_deref(), lang)?) {
        (Some(reason), Some(remedy)) => Some(Decision { reason, remedy }),
        _ => None,
    };
    let messages = super::messages::thread(db, id, lang).await?;
    Ok(Some(CaseDetail { summary: row.into_summary(lang)?, history, documents, sender: sender.into_sender(lang)?, messages, decision }))
}

/// Whether the case is the owner's.
pub async fn is_owned(db: &Db, id: &str, owner: i64) -> sqlx::Result<bool> {
    on!(db, c => {
        let found: Option<(String,)> = sqlx::query_as("SELECT id FROM cases WHERE id = $1 AND owner_id = $2").bind(id).bind(owner).fetch_optional(&mut *c).await?;
        Ok(found.is_some())
    })
}

/// The id of the case with this reference.
pub async fn id_by_reference(db: &Db, reference: &str) -> sqlx::Result<Option<String>> {
    on!(db, c => {
        let id: Option<(String,)> = sqlx::query_as("SELECT id FROM cases WHERE reference = $1").bind(reference).fetch_optional(&mut *c).await?;
        Ok(id.map(|(id,)| id))
    })
}

pub async fn reference_taken(db: &Db, reference: &str) -> sqlx::Result<bool> {
    on!(db, c => {
        let taken: Option<(i64,)> = sqlx::query_as("SELECT 1 FROM cases WHERE reference = $1").bind(reference).fetch_optional(&mut *c).await?;
        Ok(taken.is_some())
    })
}

/// A case to store. Texts are localised JSON.
pub struct NewCase<'a> {
    pub id: &'a str,
    pub reference: &'a str,
    pub owner_id: i64,
    pub service_id: i64,
    pub authority_id: i64,
    pub status: CaseStatus,
    pub submitted_on: &'a str,
    pub updated_at: &'a str,
    pub due_on: Option<&'a str>,
    pub action_text: Option<&'a str>,
    pub decision_reason: Option<&'a str>,
    pub legal_remedy: Option<&'a str>,
}

pub async fn insert(db: impl Into<Exec<'_>>, case: &NewCase<'_>) -> sqlx::Result<()> {
    on!(db, c => {
        sqlx::query(
            "INSERT INTO cases (id, reference, owner_id, service_id, authority_id, status, submitted_on, updated_at, due_on, action_needed, \
             action_text, decision_reason, legal_remedy) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
        )
        .bind(case.id)
        .bind(case.reference)
        .bind(case.owner_id)
        .bind(case.service_id)
        .bind(case.authority_id)
        .bind(case.status.code())
        .bind(case.submitted_on)
        .bind(case.updated_at)
        .bind(case.due_on)
        .bind(case.status == CaseStatus::ActionRequired)
        .bind(case.action_text)
        .bind(case.decision_reason)
        .bind(case.legal_remedy)
        .execute(&mut *c)
        .await?;
        Ok(())
    })
}

/// Sets the status: any status but an action request ends the wait, and a closed case has
/// no expected date any more. `reason` and `remedy` (localised JSON) go with a refusal.
pub async fn set_status(db: impl Into<Exec<'_>>, id: &str, status: CaseStatus, at: &str, reason: Option<&str>, remedy: Option<&str>) -> sqlx::Result<()> {
    on!(db, c => {
        sqlx::query(
            "UPDATE cases SET status = $1, updated_at = $2, action_needed = FALSE, action_text = NULL, decision_reason = $3, legal_remedy = $4, \
             due_on = CASE WHEN $5 THEN NULL ELSE due_on END WHERE id = $6",
        )
        .bind(status.code())
        .bind(at)
        .bind(reason)
        .bind(remedy)
        .bind(!status.is_open())
        .bind(id)
        .execute(&mut *c)
        .await?;
        Ok(())
    })
}

/// The case waits for the citizen to do what `text` (localised JSON) says by `due_on`.
pub async fn ask_action(db: impl Into<Exec<'_>>, id: &str, at: &str, text: &str, due_on: &str) -> sqlx::Result<()> {
    on!(db, c => {
        sqlx::query(
            "UPDATE cases SET status = $1, updated_at = $2, action_needed = TRUE, action_text = $3, due_on = $4, decision_reason = NULL, legal_remedy = NULL WHERE id = $5",
        )
        .bind(CaseStatus::ActionRequired.code())
        .bind(at)
        .bind(text)
        .bind(due_on)
        .bind(id)
        .execute(&mut *c)
        .await?;
        Ok(())
    })
}

/// Something happened on the case: it moves up the "updated" order.
pub async fn touch(db: impl Into<Exec<'_>>, id: &str, at: &str) -> sqlx::Result<()> {
    on!(db, c => {
        sqlx::query("UPDATE cases SET updated_at = $1 WHERE id = $2").bind(at).bind(id).execute(&mut *c).await?;
        Ok(())
    })
}
