//! Service definitions: the schema the portal delivers for each online service, from which the
//! app renders the wizard and the server checks the submission. Texts are `LocalizedText` in
//! every language, so a language switch mid-wizard needs no new request.
//!
//! Answers are a flat map of strings, keyed like HTML form fields:
//! - `field` for a simple field (checkboxes: the chosen values joined by `,`);
//! - `field.part` for the parts of an address (`street`, `number`, `postcode`, `locality`,
//!   `bfs`) and of a postcode field (`bfs`, `locality`);
//! - `group` holds the number of items of a repeatable group, `group.0.field` the fields of
//!   its first item.
//!
//! A flat map keeps drafts, autosave and the browser's local copy simple, and its keys double
//! as the ids of the inputs that error messages point at.

use crate::api::LocalizedText;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

pub type Answers = BTreeMap<String, String>;

/// Who may use a service.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Audience {
    Person,
    Organisation,
    Both,
}

/// One online service, as the portal delivers it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ServiceDefinition {
    /// A stable slug, e.g. `civil-status-document`.
    pub id: String,
    /// Raised whenever the steps or fields change; a draft remembers the version it was
    /// started with.
    pub version: u32,
    /// The life situation it belongs to, e.g. `civil-status`; see `Topic`.
    pub topic: String,
    pub title: LocalizedText,
    /// One sentence for the catalogue.
    pub summary: LocalizedText,
    /// The start page's text: what the service is for.
    pub description: LocalizedText,
    /// What the citizen should have at hand before starting.
    #[serde(default)]
    pub you_need: Vec<LocalizedText>,
    /// How long filling in takes, e.g. "about 5 minutes".
    pub duration: LocalizedText,
    /// What happens after submission, shown on the confirmation page.
    pub next_steps: LocalizedText,
    pub audience: Audience,
    pub sign_in_required: bool,
    /// Which authority of the citizen's canton handles it, e.g. `civil-status`.
    pub authority_role: String,
    /// Fee items, added up; empty when the service is free.
    #[serde(default)]
    pub fees: Vec<FeeItem>,
    /// A service run in another application (e.g. the canton's tax software): the catalogue
    /// links out to it and there are no steps.
    #[serde(default)]
    pub link_out: Option<LinkOut>,
    #[serde(default)]
    pub steps: Vec<Step>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct LinkOut {
    pub url: String,
    /// The name of the application the link leads to.
    pub label: LocalizedText,
}

/// A life situation that groups services in the catalogue.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Topic {
    pub id: String,
    pub title: LocalizedText,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub id: String,
    pub title: LocalizedText,
    pub fields: Vec<Field>,
    #[serde(default)]
    pub condition: Option<Condition>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Field {
    /// Unique within the service (within its group for fields of a group).
    pub id: String,
    pub kind: FieldKind,
    pub label: LocalizedText,
    /// Shown under the label, e.g. the expected format.
    #[serde(default)]
    pub hint: Option<LocalizedText>,
    /// Longer help, shown in a disclosure.
    #[serde(default)]
    pub help: Option<LocalizedText>,
    #[serde(default = "required_by_default")]
    pub required: bool,
    #[serde(default)]
    pub condition: Option<Condition>,
}

fn required_by_default() -> bool {
    true
}

fn one_file() -> u32 {
    1
}

/// What a field asks for. Each kind has one component in the app and one validator here.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "kebab-case")]
pub enum FieldKind {
    Text,
    LongText,
    /// A whole number, e.g. a number of copies.
    Number {
        min: i64,
        max: i64,
    },
    Date {
        rule: DateRule,
    },
    /// One of several options, as radio buttons or a select.
    Choice {
        style: ChoiceStyle,
        options: Vec<ChoiceOption>,
    },
    /// Any number of options.
    Checkboxes {
        options: Vec<ChoiceOption>,
    },
    YesNo,
    Email,
    Phone,
    /// A Swiss postcode; the citizen picks the municipality when several share it.
    Postcode,
    /// An eCH-0010 postal address: street, number, postcode, locality and municipality.
    Address,
    /// A Swiss social security number, 756.XXXX.XXXX.XC.
    Ahv,
    /// A Swiss or Liechtenstein IBAN.
    Iban,
    /// A Swiss vehicle registration plate, e.g. `LU 123456`.
    Plate,
    /// Uploaded files: each at most `max_bytes`, of one of `media_types`, at most `max_files`
    /// of them. The answer lists the uploads, see [`FileAnswer`].
    File {
        max_bytes: u64,
        media_types: Vec<String>,
        #[serde(default = "one_file")]
        max_files: u32,
    },
    /// A statement the citizen must confirm by ticking it.
    Declaration,
    /// Repeatable items, e.g. the persons moving.
    #[cfg_attr(feature = "openapi", schema(no_recursion))]
    Group {
        min: u32,
        max: u32,
        item_label: LocalizedText,
        fields: Vec<Field>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "kebab-case")]
pub enum DateRule {
    Any,
    /// Today or earlier, e.g. a date of birth.
    Past,
    /// Today or later, e.g. a move date.
    Future,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "kebab-case")]
pub enum ChoiceStyle {
    Radio,
    Select,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ChoiceOption {
    pub value: String,
    pub label: LocalizedText,
}

/// When a step or field is shown, decided from earlier answers. `field` names an answer key;
/// inside a group item, a sibling field of the same item is found first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Condition {
    Equals {
        field: String,
        value: String,
    },
    OneOf {
        field: String,
        values: Vec<String>,
    },
    /// The yes/no field was answered yes.
    Yes {
        field: String,
    },
    /// The yes/no field was answered no.
    No {
        field: String,
    },
    #[cfg_attr(feature = "openapi", schema(no_recursion))]
    All(Vec<Condition>),
    #[cfg_attr(feature = "openapi", schema(no_recursion))]
    Any(Vec<Condition>),
}

/// One line of a service's fee. Amounts are in Rappen (1 CHF = 100 Rappen).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct FeeItem {
    pub label: LocalizedText,
    pub rule: FeeRule,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "kebab-case")]
pub enum FeeRule {
    Fixed {
        amount: u64,
    },
    /// `amount` times the number in the field `field`.
    PerCopy {
        field: String,
        amount: u64,
    },
    /// An amount for the option chosen in `field`; options not listed cost nothing.
    ByOption {
        field: String,
        amounts: BTreeMap<String, u64>,
    },
}

/// Answer values of the yes/no and declaration kinds.
pub const YES: &str = "yes";
pub const NO: &str = "no";

/// The parts of an address field's answer, in the order a form shows them.
pub const ADDRESS_PARTS: [&str; 5] = ["street", "number", "postcode", "locality", "bfs"];

/// The answer key of a part of a composite field: `new-address.street`.
pub fn part_key(key: &str, part: &str) -> String {
    format!("{key}.{part}")
}

/// The key prefix of one item of a group: `persons.0`.
pub fn item_key(group: &str, index: usize) -> String {
    format!("{group}.{index}")
}

impl ServiceDefinition {
    pub fn step(&self, id: &str) -> Option<&Step> {
        self.steps.iter().find(|s| s.id == id)
    }

    /// The field an answer key belongs to: `policy` or, inside a group item, `persons.0.name`.
    pub fn field_at(&self, key: &str) -> Option<&Field> {
        let mut segments = key.split('.');
        let first = segments.next()?;
        let mut field = self.steps.iter().flat_map(|s| &s.fields).find(|f| f.id == first)?;
        while let FieldKind::Group { fields, .. } = &field.kind {
            let Some(index) = segments.next() else { break };
            index.parse::<usize>().ok()?;
            let id = segments.next()?;
            field = fields.iter().find(|f| f.id == id)?;
        }
        segments.next().is_none().then_some(field)
    }

    /// Whether an answer key is one this service can have: a field, a part of an address or
    /// postcode field, or a field of a group item within the group's `max`. A draft holds
    /// nothing else, so it cannot be used to store arbitrary data.
    pub fn defines_answer_key(&self, key: &str) -> bool {
        let within_group_max = |key: &str| {
            let mut segments = key.split('.');
            let Some(mut field) = segments.next().and_then(|first| self.steps.iter().flat_map(|s| &s.fields).find(|f| f.id == first)) else {
                return false;
            };
            while let FieldKind::Group { fields, max, .. } = &field.kind {
                let Some(index) = segments.next() else { return true };
                if index.parse::<u32>().map_or(true, |i| i >= *max) {
                    return false;
                }
                let Some(inner) = segments.next().and_then(|id| fields.iter().find(|f| f.id == id)) else { return false };
                field = inner;
            }
            true
        };
        if self.field_at(key).is_some() {
            return within_group_max(key);
        }
        let Some((owner, part)) = key.rsplit_once('.') else { return false };
        let is_part = match self.field_at(owner).map(|f| &f.kind) {
            Some(FieldKind::Address) => ADDRESS_PARTS.contains(&part),
            Some(FieldKind::Postcode) => matches!(part, "bfs" | "locality"),
            _ => false,
        };
        is_part && within_group_max(owner)
    }

    pub fn topic_title(&self, topics: &[Topic]) -> Option<LocalizedText> {
        topics.iter().find(|t| t.id == self.topic).map(|t| t.title.clone())
    }
}

impl ChoiceOption {
    pub fn find<'a>(options: &'a [ChoiceOption], value: &str) -> Option<&'a ChoiceOption> {
        options.iter().find(|o| o.value == value)
    }
}

/// One uploaded file in a file field's answer. The answer holds one line per file,
/// `id;media type;size in bytes;name`, written by the server from what it received, so the
/// wizard, the summary and the receipt can name the files without another request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct FileAnswer {
    pub id: String,
    pub media_type: String,
    pub size: u64,
    pub name: String,
}

impl FileAnswer {
    /// The files of an answer; `None` when a line is not one the server wrote.
    pub fn parse_all(value: &str) -> Option<Vec<FileAnswer>> {
        value
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|line| {
                let mut parts = line.splitn(4, ';');
                let (id, media_type, size, name) = (parts.next()?, parts.next()?, parts.next()?.parse().ok()?, parts.next()?);
                (!id.is_empty()).then(|| FileAnswer { id: id.to_owned(), media_type: media_type.to_owned(), size, name: name.to_owned() })
            })
            .collect()
    }

    /// The answer for a list of files, one line each.
    pub fn join(files: &[FileAnswer]) -> String {
        files.iter().map(|f| format!("{};{};{};{}", f.id, f.media_type, f.size, f.name)).collect::<Vec<_>>().join("\n")
    }
}

/// The number of items a group has in the answers (0 when never set or unreadable).
pub fn group_len(answers: &Answers, key: &str) -> usize {
    answers.get(key).and_then(|n| n.parse().ok()).unwrap_or(0)
}

/// Appends an empty item to a group and returns its index.
pub fn add_item(answers: &mut Answers, key: &str) -> usize {
    let index = group_len(answers, key);
    answers.insert(key.to_owned(), (index + 1).to_string());
    index
}

/// Removes one item of a group; the items after it move up, so keys stay dense.
pub fn remove_item(answers: &mut Answers, key: &str, index: usize) {
    let len = group_len(answers, key);
    if index >= len {
        return;
    }
    let prefix = format!("{key}.");
    let moved: Vec<(String, String)> = answers
        .iter()
        .filter_map(|(k, v)| {
            let rest = k.strip_prefix(&prefix)?;
            let (n, field) = rest.split_once('.')?;
            let n: usize = n.parse().ok()?;
            Some((n, field, v))
        })
        .filter(|(n, _, _)| *n >= index)
        .map(|(n, field, v)| (format!("{prefix}{n}.{field}"), v.clone()))
        .collect();
    for (k, _) in &moved {
        answers.remove(k);
    }
    for (k, v) in moved {
        let rest = &k[prefix.len()..];
        let (n, field) = rest.split_once('.').expect("built above");
        let n: usize = n.parse().expect("built above");
        if n > index {
            answers.insert(format!("{prefix}{}.{field}", n - 1), v);
        }
    }
    answers.insert(key.to_owned(), (len - 1).to_string());
}
