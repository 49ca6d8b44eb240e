//! The path through a service's wizard for given answers (after alphagov/forms-runner): which
//! steps are shown, which are complete, where "next" and "back" lead, whether a URL may open a
//! step, what "check your answers" lists, and what it costs. Pure, so the app uses it for
//! instant feedback and the server, as the authority, to refuse a skipped step.

use crate::api::LocalizedText;
use crate::form::{item_key, part_key, Answers, Condition, FeeRule, Field, FieldKind, ServiceDefinition, Step, NO, YES};
use crate::problem::FieldError;
use crate::validate;

/// What the validators need beyond the answers.
#[derive(Clone, Copy)]
pub struct Context<'a> {
    /// Today, `YYYY-MM-DD`, for date rules.
    pub today: &'a str,
    /// The BFS numbers of the municipalities of a postcode: `Some(vec![])` for an unknown
    /// postcode, `None` when not known here (the browser before its lookup answered). The
    /// server always knows.
    pub places: Option<&'a MunicipalitiesOf<'a>>,
}

/// A postcode's municipalities (BFS numbers), if known here.
pub type MunicipalitiesOf<'a> = dyn Fn(&str) -> Option<Vec<u32>> + Sync + 'a;

impl<'a> Context<'a> {
    pub fn new(today: &'a str) -> Self {
        Context { today, places: None }
    }
}

pub struct Journey<'a> {
    pub service: &'a ServiceDefinition,
    pub answers: &'a Answers,
    ctx: Context<'a>,
}

/// One line of a fee: `quantity` × `unit` = `amount`, in Rappen.
#[derive(Clone, Debug, PartialEq)]
pub struct FeeLine<'a> {
    pub label: &'a LocalizedText,
    pub quantity: u64,
    pub unit: u64,
    pub amount: u64,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Fee<'a> {
    pub lines: Vec<FeeLine<'a>>,
    pub total: u64,
}

/// A step on "check your answers", with its shown fields.
pub struct SummaryStep<'a> {
    pub step: &'a Step,
    pub rows: Vec<SummaryRow<'a>>,
}

pub struct SummaryRow<'a> {
    /// The answer key, also the id of the input that the change link focuses.
    pub key: String,
    pub field: &'a Field,
    pub value: SummaryValue<'a>,
}

/// An answer ready to show; the app and the receipt format it in the reader's language.
pub enum SummaryValue<'a> {
    Empty,
    Text(String),
    /// `YYYY-MM-DD`
    Date(String),
    Options(Vec<&'a LocalizedText>),
    YesNo(bool),
    /// The lines of an address, or of a postcode with its locality.
    Lines(Vec<String>),
    /// The items of a group, each with its rows.
    Items(Vec<Vec<SummaryRow<'a>>>),
}

impl Condition {
    /// Whether the condition holds; inside a group item (`scope` = `persons.0`), a sibling
    /// field of the item is found before a field of the service.
    pub fn holds(&self, answers: &Answers, scope: Option<&str>) -> bool {
        let value = |field: &str| -> &str { scope.and_then(|s| answers.get(&part_key(s, field))).or_else(|| answers.get(field)).map_or("", |v| v.trim()) };
        match self {
            Condition::Equals { field, value: expected } => value(field) == expected,
            Condition::OneOf { field, values } => values.iter().any(|v| v == value(field)),
            Condition::Yes { field } => value(field) == YES,
            Condition::No { field } => value(field) == NO,
            Condition::All(conditions) => conditions.iter().all(|c| c.holds(answers, scope)),
            Condition::Any(conditions) => conditions.iter().any(|c| c.holds(answers, scope)),
        }
    }

    /// The fields this condition reads, for checking a definition.
    pub fn fields(&self) -> Vec<&str> {
        match self {
            Condition::Equals { field, .. } | Condition::OneOf { field, .. } | Condition::Yes { field } | Condition::No { field } => vec![field.as_str()],
            Condition::All(conditions) | Condition::Any(conditions) => conditions.iter().flat_map(Condition::fields).collect(),
        }
    }
}

impl<'a> Journey<'a> {
    pub fn new(service: &'a ServiceDefinition, answers: &'a Answers, ctx: Context<'a>) -> Self {
        Journey { service, answers, ctx }
    }

    fn shown(&self, condition: &Option<Condition>, scope: Option<&str>) -> bool {
        condition.as_ref().is_none_or(|c| c.holds(self.answers, scope))
    }

    /// The steps shown for the current answers, in order.
    pub fn visible_steps(&self) -> Vec<&'a Step> {
        self.service.steps.iter().filter(|s| self.shown(&s.condition, None)).collect()
    }

    /// A step's shown fields, top level.
    pub fn visible_fields(&self, step: &'a Step) -> Vec<&'a Field> {
        step.fields.iter().filter(|f| self.shown(&f.condition, None)).collect()
    }

    /// The shown fields of one group item.
    pub fn visible_item_fields(&self, fields: &'a [Field], item: &str) -> Vec<&'a Field> {
        fields.iter().filter(|f| self.shown(&f.condition, Some(item))).collect()
    }

    fn answer(&self, key: &str) -> &'a str {
        self.answers.get(key).map_or("", |v| v.trim())
    }

    /// The problems of one step's shown fields, each tagged with the step.
    pub fn step_errors(&self, step: &'a Step) -> Vec<FieldError> {
        let mut errors = Vec::new();
        for field in self.visible_fields(step) {
            self.field_errors(field, field.id.clone(), &mut errors);
        }
        for error in &mut errors {
            error.step = Some(step.id.clone());
        }
        errors
    }

    fn field_errors(&self, field: &'a Field, key: String, out: &mut Vec<FieldError>) {
        let mut push = |key: String, code: &str| out.push(FieldError::new(key, code));
        match &field.kind {
            FieldKind::Group { min, max, fields, .. } => {
                let len = crate::form::group_len(self.answers, &key);
                if field.required && len < *min as usize {
                    push(key.clone(), validate::GROUP_TOO_FEW);
                } else if len > *max as usize {
                    push(key.clone(), validate::GROUP_TOO_MANY);
                }
                for index in 0..len.min(*max as usize) {
                    let item = item_key(&key, index);
                    for inner in self.visible_item_fields(fields, &item) {
                        self.field_errors(inner, part_key(&item, &inner.id), out);
                    }
                }
            }
            FieldKind::Address => {
                let part = |name: &str| part_key(&key, name);
                for (name, required) in [("street", true), ("number", false), ("locality", true)] {
                    let value = self.answer(&part(name));
                    if value.is_empty() {
                        if required && field.required {
                            push(part(name), validate::REQUIRED);
                        }
                    } else if let Some(code) = validate::field_value(&FieldKind::Text, value, self.ctx.today) {
                        push(part(name), code);
                    }
                }
                let postcode = part("postcode");
                let empty = self.answer(&postcode).is_empty();
                if !empty || field.required {
                    self.postcode_errors(&postcode, &part("bfs"), out);
                }
            }
            FieldKind::Postcode => {
                if !self.answer(&key).is_empty() || field.required {
                    self.postcode_errors(&key, &part_key(&key, "bfs"), out);
                }
            }
            kind => {
                let value = self.answer(&key);
                if value.is_empty() {
                    if field.required {
                        push(key, validate::REQUIRED);
                    }
                } else if let Some(code) = validate::field_value(kind, value, self.ctx.today) {
                    push(key, code);
                }
            }
        }
    }

    /// A postcode must be well formed and known, and the chosen municipality must lie in it.
    fn postcode_errors(&self, key: &str, bfs_key: &str, out: &mut Vec<FieldError>) {
        let postcode = self.answer(key);
        if postcode.is_empty() {
            return out.push(FieldError::new(key, validate::REQUIRED));
        }
        if let Some(code) = validate::field_value(&FieldKind::Postcode, postcode, self.ctx.today) {
            return out.push(FieldError::new(key, code));
        }
        let Some(municipalities) = self.ctx.places.and_then(|places| places(postcode)) else { return };
        let bfs = self.answer(bfs_key);
        if municipalities.is_empty() {
            out.push(FieldError::new(key, validate::POSTCODE_UNKNOWN));
        } else if bfs.is_empty() {
            // One municipality: the server fills it in; several: the citizen must choose.
            if municipalities.len() > 1 {
                out.push(FieldError::new(bfs_key, validate::REQUIRED));
            }
        } else if !bfs.parse().is_ok_and(|n: u32| municipalities.contains(&n)) {
            out.push(FieldError::new(bfs_key, validate::MUNICIPALITY_MISMATCH));
        }
    }

    pub fn is_complete(&self, step: &'a Step) -> bool {
        self.step_errors(step).is_empty()
    }

    /// The first shown step with a problem; `None` when every step is complete.
    pub fn first_incomplete(&self) -> Option<&'a Step> {
        self.visible_steps().into_iter().find(|s| !self.is_complete(s))
    }

    /// The ids of the shown steps that are complete.
    pub fn completed(&self) -> Vec<&'a str> {
        self.visible_steps().into_iter().filter(|s| self.is_complete(s)).map(|s| s.id.as_str()).collect()
    }

    /// A URL may open a step only if it is shown and every shown step before it is complete.
    pub fn can_visit(&self, step_id: &str) -> bool {
        let steps = self.visible_steps();
        let Some(index) = steps.iter().position(|s| s.id == step_id) else { return false };
        steps[..index].iter().all(|s| self.is_complete(s))
    }

    /// Whether "check your answers" may be shown (and the application submitted).
    pub fn can_check_answers(&self) -> bool {
        self.first_incomplete().is_none()
    }

    /// The shown step after `step_id`; `None` means "check your answers" comes next.
    pub fn next(&self, step_id: &str) -> Option<&'a Step> {
        let steps = self.visible_steps();
        let index = steps.iter().position(|s| s.id == step_id)?;
        steps.get(index + 1).copied()
    }

    /// The shown step before `step_id`; `None` on the first step (back leads to the start page).
    pub fn previous(&self, step_id: &str) -> Option<&'a Step> {
        let steps = self.visible_steps();
        let index = steps.iter().position(|s| s.id == step_id)?;
        index.checked_sub(1).map(|i| steps[i])
    }

    /// The last shown step, which "back" on "check your answers" leads to.
    pub fn last_step(&self) -> Option<&'a Step> {
        self.visible_steps().last().copied()
    }

    /// "Step 2 of 5": the 1-based position among the shown steps, and their number.
    pub fn position(&self, step_id: &str) -> Option<(usize, usize)> {
        let steps = self.visible_steps();
        steps.iter().position(|s| s.id == step_id).map(|i| (i + 1, steps.len()))
    }

    /// Every problem of every shown step, first step first.
    pub fn errors(&self) -> Vec<FieldError> {
        self.visible_steps().into_iter().flat_map(|s| self.step_errors(s)).collect()
    }

    /// Only the answers of shown fields (and their parts and items): what a case records.
    pub fn visible_answers(&self) -> Answers {
        let mut keys = Vec::new();
        for step in self.visible_steps() {
            for field in self.visible_fields(step) {
                self.collect_keys(field, field.id.clone(), &mut keys);
            }
        }
        keys.into_iter().filter_map(|k| self.answers.get(&k).map(|v| (k, v.trim().to_owned()))).collect()
    }

    fn collect_keys(&self, field: &'a Field, key: String, keys: &mut Vec<String>) {
        match &field.kind {
            FieldKind::Group { fields, max, .. } => {
                let len = crate::form::group_len(self.answers, &key).min(*max as usize);
                for index in 0..len {
                    let item = item_key(&key, index);
                    for inner in self.visible_item_fields(fields, &item) {
                        self.collect_keys(inner, part_key(&item, &inner.id), keys);
                    }
                }
                keys.push(key);
            }
            FieldKind::Address => keys.extend(crate::form::ADDRESS_PARTS.iter().map(|p| part_key(&key, p))),
            FieldKind::Postcode => {
                keys.push(part_key(&key, "bfs"));
                keys.push(part_key(&key, "locality"));
                keys.push(key);
            }
            _ => keys.push(key),
        }
    }

    /// "Check your answers": the shown steps with their shown fields and answers.
    pub fn summary(&self) -> Vec<SummaryStep<'a>> {
        self.visible_steps()
            .into_iter()
            .map(|step| SummaryStep { step, rows: self.visible_fields(step).into_iter().map(|f| self.summary_row(f, f.id.clone())).collect() })
            .collect()
    }

    fn summary_row(&self, field: &'a Field, key: String) -> SummaryRow<'a> {
        let answer = self.answer(&key);
        let value = match &field.kind {
            FieldKind::Group { fields, max, .. } => {
                let len = crate::form::group_len(self.answers, &key).min(*max as usize);
                SummaryValue::Items(
                    (0..len)
                        .map(|index| {
                            let item = item_key(&key, index);
                            self.visible_item_fields(fields, &item).into_iter().map(|f| self.summary_row(f, part_key(&item, &f.id))).collect()
                        })
                        .collect(),
                )
            }
            FieldKind::Address => {
                let part = |name: &str| self.answer(&part_key(&key, name)).to_owned();
                let street = format!("{} {}", part("street"), part("number")).trim().to_owned();
                let town = format!("{} {}", part("postcode"), part("locality")).trim().to_owned();
                let lines: Vec<String> = [street, town].into_iter().filter(|l| !l.is_empty()).collect();
                if lines.is_empty() {
                    SummaryValue::Empty
                } else {
                    SummaryValue::Lines(lines)
                }
            }
            FieldKind::Postcode if !answer.is_empty() => {
                let locality = self.answer(&part_key(&key, "locality"));
                SummaryValue::Lines(vec![format!("{answer} {locality}").trim().to_owned()])
            }
            _ if answer.is_empty() => SummaryValue::Empty,
            FieldKind::Date { .. } => SummaryValue::Date(answer.to_owned()),
            FieldKind::YesNo | FieldKind::Declaration => SummaryValue::YesNo(answer == YES),
            FieldKind::Choice { options, .. } | FieldKind::Checkboxes { options } => {
                SummaryValue::Options(answer.split(',').filter_map(|v| crate::form::ChoiceOption::find(options, v)).map(|o| &o.label).collect())
            }
            FieldKind::Iban => SummaryValue::Text(crate::swiss::iban_format(answer)),
            FieldKind::File { .. } => SummaryValue::Lines(crate::form::FileAnswer::parse_all(answer).unwrap_or_default().into_iter().map(|f| f.name).collect()),
            _ => SummaryValue::Text(answer.to_owned()),
        };
        SummaryRow { key, field, value }
    }

    /// The fee for the current answers; lines that come to nothing are left out.
    pub fn fee(&self) -> Fee<'a> {
        let lines: Vec<FeeLine> = self
            .service
            .fees
            .iter()
            .filter_map(|item| {
                let (quantity, unit) = match &item.rule {
                    FeeRule::Fixed { amount } => (1, *amount),
                    FeeRule::PerCopy { field, amount } => (self.answer(field).parse::<u64>().unwrap_or(0), *amount),
                    FeeRule::ByOption { field, amounts } => (1, amounts.get(self.answer(field)).copied().unwrap_or(0)),
                };
                let amount = quantity * unit;
                (amount > 0).then_some(FeeLine { label: &item.label, quantity, unit, amount })
            })
            .collect();
        let total = lines.iter().map(|l| l.amount).sum();
        Fee { lines, total }
    }
}

impl SummaryValue<'_> {
    /// The answer as plain text in `lang`, e.g. for a receipt; `yes` and `no` are the words
    /// for yes/no answers in that language.
    pub fn plain_text(&self, lang: crate::Lang, yes: &str, no: &str) -> String {
        let pick = |t: &LocalizedText| t.pick(lang).map(|t| t.text).unwrap_or_default();
        match self {
            SummaryValue::Empty => String::new(),
            SummaryValue::Text(text) => text.clone(),
            SummaryValue::Date(date) => crate::swiss::swiss_date(date),
            SummaryValue::Options(options) => options.iter().map(|o| pick(o)).collect::<Vec<_>>().join(", "),
            SummaryValue::YesNo(true) => yes.to_owned(),
            SummaryValue::YesNo(false) => no.to_owned(),
            SummaryValue::Lines(lines) => lines.join(", "),
            SummaryValue::Items(items) => items
                .iter()
                .map(|rows| rows.iter().map(|r| r.value.plain_text(lang, yes, no)).filter(|v| !v.is_empty()).collect::<Vec<_>>().join(", "))
                .collect::<Vec<_>>()
                .join("; "),
        }
    }
}

/// Problems in a service definition that would break the wizard: duplicate ids, conditions or
/// fees naming unknown fields, a step condition naming a later field, texts missing in the
/// `required` languages, an empty step or group.
pub fn check_definition(service: &ServiceDefinition, required: &[crate::Lang]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut texts: Vec<(String, &LocalizedText)> = vec![
        ("title".into(), &service.title),
        ("summary".into(), &service.summary),
        ("description".into(), &service.description),
        ("duration".into(), &service.duration),
        ("next_steps".into(), &service.next_steps),
    ];
    texts.extend(service.you_need.iter().enumerate().map(|(i, t)| (format!("you_need[{i}]"), t)));
    texts.extend(service.fees.iter().map(|f| ("fee label".to_owned(), &f.label)));
    texts.extend(service.link_out.iter().map(|l| ("link_out.label".to_owned(), &l.label)));
    let all = all_field_ids(&service.steps);
    let mut earlier: Vec<&str> = Vec::new();
    let mut step_ids: Vec<&str> = Vec::new();
    for step in &service.steps {
        let at = format!("step {}", step.id);
        if step_ids.contains(&step.id.as_str()) {
            problems.push(format!("{at} appears twice"));
        }
        step_ids.push(&step.id);
        if step.fields.is_empty() {
            problems.push(format!("{at} has no fields"));
        }
        texts.push((format!("{at}: title"), &step.title));
        check_condition(&step.condition, &earlier, &all, &at, &mut problems);
        check_fields(&step.fields, &at, &mut earlier, &all, &mut texts, &mut problems);
    }
    for fee in &service.fees {
        if let FeeRule::PerCopy { field, .. } | FeeRule::ByOption { field, .. } = &fee.rule {
            if !all.contains(&field.as_str()) {
                problems.push(format!("fee names unknown field {field}"));
            }
        }
    }
    for (what, text) in texts {
        for lang in required {
            if text.0.get(lang).is_none_or(|s| s.trim().is_empty()) {
                problems.push(format!("{what}: no {lang} text"));
            }
        }
    }
    problems
}

/// Every text of a definition with where it is, for the translators' check.
pub fn definition_texts(service: &ServiceDefinition) -> Vec<(String, &LocalizedText)> {
    let mut texts = Vec::new();
    let mut problems = Vec::new();
    let all = all_field_ids(&service.steps);
    for step in &service.steps {
        let at = format!("step {}", step.id);
        texts.push((format!("{at}: title"), &step.title));
        check_fields(&step.fields, &at, &mut Vec::new(), &all, &mut texts, &mut problems);
    }
    texts
}

fn all_field_ids(steps: &[Step]) -> Vec<&str> {
    fn walk<'a>(fields: &'a [Field], out: &mut Vec<&'a str>) {
        for f in fields {
            out.push(&f.id);
            if let FieldKind::Group { fields, .. } = &f.kind {
                walk(fields, out);
            }
        }
    }
    let mut out = Vec::new();
    for step in steps {
        walk(&step.fields, &mut out);
    }
    out
}

/// Collects the fields' texts and checks their ids and conditions: a condition may name a
/// field before it (or any field of the same group item).
fn check_fields<'a>(
    fields: &'a [Field],
    at: &str,
    earlier: &mut Vec<&'a str>,
    all: &[&str],
    texts: &mut Vec<(String, &'a LocalizedText)>,
    problems: &mut Vec<String>,
) {
    for field in fields {
        let at = format!("{at}, field {}", field.id);
        if earlier.contains(&field.id.as_str()) {
            problems.push(format!("{at}: id used twice"));
        }
        check_condition(&field.condition, earlier, all, &at, problems);
        texts.push((format!("{at}: label"), &field.label));
        texts.extend(field.hint.iter().map(|t| (format!("{at}: hint"), t)));
        texts.extend(field.help.iter().map(|t| (format!("{at}: help"), t)));
        match &field.kind {
            FieldKind::Choice { options, .. } | FieldKind::Checkboxes { options } => {
                texts.extend(options.iter().map(|o| (format!("{at}: option {}", o.value), &o.label)));
            }
            FieldKind::Group { item_label, fields: inner, min, max } => {
                texts.push((format!("{at}: item_label"), item_label));
                if inner.is_empty() || min > max || *max == 0 {
                    problems.push(format!("{at}: a group needs fields and 0 <= min <= max, max > 0"));
                }
                // Within an item, any sibling may be named, as well as anything before the group.
                let mut scope: Vec<&str> = earlier.clone();
                scope.extend(inner.iter().map(|f| f.id.as_str()));
                let mut inner_earlier = scope.clone();
                inner_earlier.retain(|id| !inner.iter().any(|f| f.id == *id));
                for f in inner {
                    check_condition(&f.condition, &scope, all, &format!("{at}, field {}", f.id), problems);
                }
                check_fields(inner, &at, &mut inner_earlier, all, texts, &mut Vec::new());
            }
            _ => {}
        }
        earlier.push(&field.id);
    }
}

fn check_condition(condition: &Option<Condition>, earlier: &[&str], all: &[&str], at: &str, problems: &mut Vec<String>) {
    for name in condition.iter().flat_map(Condition::fields) {
        if !all.contains(&name) {
            problems.push(format!("{at}: condition names unknown field {name}"));
        } else if !earlier.contains(&name) {
            problems.push(format!("{at}: condition names {name}, which does not come before it"));
        }
    }
}

#[cfg(test)]
mod tests;
