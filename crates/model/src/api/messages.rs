//! Messages: a case's thread, the citizen's replies and the inbox across cases.

use super::{DocumentMeta, Text};
use crate::lang::Lang;
use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

/// One message of a case's thread.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Message {
    pub id: String,
    /// True for the authority's messages, false for the citizen's side.
    pub from_authority: bool,
    /// Who wrote a message of the citizen's side (a person acting for an organisation, say).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// Plain text; shown as text, never as markup.
    pub body: String,
    /// RFC 3339
    pub created_at: String,
    /// RFC 3339: when the citizen's side first opened an authority's message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub read_at: Option<String>,
    pub attachments: Vec<DocumentMeta>,
}

/// `POST /api/v1/cases/{id}/messages`: a reply, with documents uploaded to the case before.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NewMessage {
    /// Not blank; at most `MAX_MESSAGE_LEN` characters.
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 10000, pattern = "\\S"))]
    pub body: String,
    /// Ids of documents this party uploaded to the case and has not sent with a message yet.
    #[serde(default)]
    pub attachments: Vec<String>,
}

/// The inbox: the latest messages across all cases, and how many are unread.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Inbox {
    pub unread: u64,
    pub messages: Vec<InboxItem>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct InboxItem {
    pub case_id: String,
    pub reference: String,
    pub service: Text,
    pub message: Message,
}

/// The longest message body, in characters.
pub const MAX_MESSAGE_LEN: usize = 10_000;

/// The latest messages and the unread count, which the header shows on every page.
pub fn inbox_path(lang: Lang) -> String {
    format!("/api/v1/messages?lang={lang}")
}
