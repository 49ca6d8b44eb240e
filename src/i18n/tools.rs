//! Translators' tools, switched per browser tab with `?l10n=pseudo`, `?l10n=ids` or
//! `?l10n=off`:
//! - pseudo: every message accented, lengthened by about a third and bracketed, so text that
//!   does not come from Fluent, and text that is cut off, stands out;
//! - ids: every message followed by its id, so a translator finds the line to edit.

use std::borrow::Cow;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum L10nTool {
    #[default]
    Off,
    Pseudo,
    Ids,
}

const STORAGE_KEY: &str = "guichet.l10n";

impl L10nTool {
    fn parse(value: &str) -> Option<L10nTool> {
        match value {
            "pseudo" => Some(L10nTool::Pseudo),
            "ids" => Some(L10nTool::Ids),
            "off" => Some(L10nTool::Off),
            _ => None,
        }
    }

    /// The tool asked for in the URL (remembered for the tab), else the remembered one.
    pub fn from_location() -> L10nTool {
        let Some(window) = web_sys::window() else { return L10nTool::Off };
        let storage = window.session_storage().ok().flatten();
        let asked = window
            .location()
            .search()
            .ok()
            .and_then(|search| search.trim_start_matches('?').split('&').find_map(|pair| pair.strip_prefix("l10n=").and_then(L10nTool::parse)));
        if let (Some(tool), Some(storage)) = (asked, &storage) {
            let _ = storage.set_item(
                STORAGE_KEY,
                match tool {
                    L10nTool::Pseudo => "pseudo",
                    L10nTool::Ids => "ids",
                    L10nTool::Off => "off",
                },
            );
        }
        asked.or_else(|| storage.and_then(|s| s.get_item(STORAGE_KEY).ok().flatten()).and_then(|v| L10nTool::parse(&v))).unwrap_or_default()
    }

    /// How a formatted message is shown.
    pub fn decorate(self, id: &str, text: String) -> String {
        match self {
            L10nTool::Off => text,
            L10nTool::Pseudo => format!("[{text}]"),
            L10nTool::Ids => format!("{text} ⟦{id}⟧"),
        }
    }
}

/// Fluent's text transform for the pseudo-locale: accents on every letter and doubled
/// vowels, so the text stays readable but is about a third longer.
pub fn pseudo_transform(text: &str) -> Cow<'_, str> {
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        let accented = match c {
            'a' => "áá",
            'e' => "éé",
            'i' => "íí",
            'o' => "óó",
            'u' => "úú",
            'A' => "ÁÁ",
            'E' => "ÉÉ",
            'I' => "ÍÍ",
            'O' => "ÓÓ",
            'U' => "ÚÚ",
            'c' => "ç",
            'n' => "ñ",
            's' => "š",
            'z' => "ž",
            'y' => "ý",
            'C' => "Ç",
            'N' => "Ñ",
            'S' => "Š",
            'Z' => "Ž",
            'Y' => "Ý",
            _ => {
                out.push(c);
                continue;
            }
        };
        out.push_str(accented);
    }
    Cow::Owned(out)
}
