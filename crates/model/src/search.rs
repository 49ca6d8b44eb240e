//! How search text is compared, the same in the browser and on the server: lowercase, without
//! accents, whether an accent came precomposed (`é`, U+00E9) or as a combining mark after its
//! letter (`e` + U+0301, as some keyboards and pasted text write it).

/// Lowercase without accents, so `etat civil` finds `état civil` and `zurich` finds `Zürich`.
pub fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        // Combining diacritical marks: what is left of a decomposed accent is its letter.
        .filter(|c| !matches!(c, '\u{0300}'..='\u{036F}'))
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ÿ' => 'y',
            '’' | '\'' | '-' => ' ',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn folding_ignores_case_and_accents_precomposed_or_combining() {
        assert_eq!(fold("État civil"), "etat civil");
        assert_eq!(fold("Zürich"), "zurich");
        assert_eq!(fold("d’état"), "d etat");
        assert_eq!(fold("e\u{0301}tat"), "etat");
        assert_eq!(fold("Zu\u{0308}rich"), "zurich");
        assert_eq!(fold("E\u{0301}TAT"), fold("État"));
    }
}
