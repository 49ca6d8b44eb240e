//! The portal's languages, their codes and the fallback chain for service content.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A language the portal speaks. German, French and Italian are official everywhere;
/// Romansh is needed in Graubünden; English is a courtesy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    De,
    Fr,
    It,
    Rm,
    En,
}

impl Lang {
    /// Every language, in the order the language menu lists them.
    pub const ALL: [Lang; 5] = [Lang::De, Lang::Fr, Lang::It, Lang::Rm, Lang::En];

    /// The reference language: translators translate from it and content falls back to it.
    pub const REFERENCE: Lang = Lang::De;

    pub const fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::It => "it",
            Lang::Rm => "rm",
            Lang::En => "en",
        }
    }

    /// The Swiss regional locale used for number and date formats.
    pub const fn swiss_locale(self) -> &'static str {
        match self {
            Lang::De => "de-CH",
            Lang::Fr => "fr-CH",
            Lang::It => "it-CH",
            Lang::Rm => "rm-CH",
            Lang::En => "en-CH",
        }
    }

    /// The language's name in itself, as a language menu shows it.
    pub const fn autonym(self) -> &'static str {
        match self {
            Lang::De => "Deutsch",
            Lang::Fr => "Français",
            Lang::It => "Italiano",
            Lang::Rm => "Rumantsch",
            Lang::En => "English",
        }
    }

    /// Parses a code such as `fr`, `fr-CH` or `FR_ch`; only the primary subtag counts.
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// Where service content comes from when it is missing in this language:
    /// this language first, then German (the reference), then French and Italian.
    pub fn fallback_chain(self) -> impl Iterator<Item = Lang> {
        [self, Lang::De, Lang::Fr, Lang::It].into_iter().enumerate().filter(move |(i, l)| *i == 0 || *l != self).map(|(_, l)| l)
    }

    /// Picks the first supported language from a list of preferences such as
    /// `navigator.languages` or the parsed `Accept-Language` header.
    pub fn negotiate<'a>(preferences: impl IntoIterator<Item = &'a str>) -> Lang {
        preferences.into_iter().find_map(Lang::parse).unwrap_or(Lang::REFERENCE)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_codes_and_regional_tags() {
        assert_eq!(Lang::parse("fr"), Some(Lang::Fr));
        assert_eq!(Lang::parse("fr-CH"), Some(Lang::Fr));
        assert_eq!(Lang::parse("IT_ch"), Some(Lang::It));
        assert_eq!(Lang::parse("rm"), Some(Lang::Rm));
        assert_eq!(Lang::parse("es"), None);
        assert_eq!(Lang::parse(""), None);
    }

    #[test]
    fn negotiation_takes_the_first_supported_preference() {
        assert_eq!(Lang::negotiate(["es-ES", "it-CH", "de"]), Lang::It);
        assert_eq!(Lang::negotiate(["ja", "zh"]), Lang::De);
        assert_eq!(Lang::negotiate([]), Lang::De);
    }

    #[test]
    fn fallback_chain_starts_with_itself_and_never_repeats() {
        let chain: Vec<_> = Lang::Rm.fallback_chain().collect();
        assert_eq!(chain, [Lang::Rm, Lang::De, Lang::Fr, Lang::It]);
        let chain: Vec<_> = Lang::Fr.fallback_chain().collect();
        assert_eq!(chain, [Lang::Fr, Lang::De, Lang::It]);
        let chain: Vec<_> = Lang::De.fallback_chain().collect();
        assert_eq!(chain, [Lang::De, Lang::Fr, Lang::It]);
    }

    #[test]
    fn codes_round_trip_through_serde() {
        for lang in Lang::ALL {
            let json = serde_json::to_string(&lang).unwrap();
            assert_eq!(json, format!("\"{}\"", lang.code()));
            assert_eq!(serde_json::from_str::<Lang>(&json).unwrap(), lang);
        }
    }
}
