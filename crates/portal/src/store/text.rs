//! Stored localised texts and search patterns.

use crate::error::{ApiError, ApiResult};
use guichet_model::api::{LocalizedText, Text};
use guichet_model::Lang;

/// Picks a stored localised JSON text in `lang`, falling back along the chain.
pub fn localized(json: &str, lang: Lang) -> ApiResult<Text> {
    let text: LocalizedText = serde_json::from_str(json)?;
    text.pick(lang).ok_or_else(|| {
        tracing::error!(json, "localised text has no language at all");
        ApiError::internal()
    })
}

pub fn localized_opt(json: Option<&str>, lang: Lang) -> ApiResult<Option<Text>> {
    json.map(|json| localized(json, lang)).transpose()
}

/// A `LIKE` pattern that finds `word` anywhere, with the pattern's own characters escaped.
pub fn contains_pattern(word: &str) -> String {
    let escaped: String = word.chars().flat_map(|c| if matches!(c, '%' | '_' | '\\') { vec!['\\', c] } else { vec![c] }).collect();
    format!("%{escaped}%")
}
