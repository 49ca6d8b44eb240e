//! The characters a Swiss QR-bill payload may carry, and the mapping of any text into them.
//!
//! SIX's "Swiss Implementation Guidelines for the QR-bill" (version 2.3, § 4.1.1 "Character
//! set") allow UTF-8 restricted to their Latin character set: the printable characters of the
//! Unicode blocks Basic Latin (U+0020–U+007E), Latin-1 Supplement (U+00A0–U+00FF) and Latin
//! Extended-A (U+0100–U+017F), plus Ș ș Ț ț (U+0218–U+021B) and the euro sign € (U+20AC): 324
//! code points. Anything else may make a bank or a banking app refuse the code, so every text
//! goes through [`to_qr_charset`] before it enters a payload.
//!
//! The rule for a character outside the set, in this order:
//! 1. the text is first composed (NFC), so an "e" followed by a combining acute is the one
//!    permitted "é";
//! 2. invisible formatting characters (zero-width spaces and joiners, bidi marks, the byte order
//!    mark, soft hyphens) are dropped, and every other kind of space becomes a plain space;
//! 3. typographic punctuation becomes its ASCII counterpart: ‘ ’ ‚ ‛ ′ → ', “ ” „ ‟ ″ → ",
//!    ‹ › → < >, dashes and minus signs → -, … → ..., • → *;
//! 4. otherwise the character's compatibility decomposition (NFKD) without its combining marks
//!    is used when all of it is permitted: ǎ → a, ễ → e, ﬁ → fi, ™ → TM (and ẞ, which has no
//!    decomposition, → SS);
//! 5. anything still left over becomes "?", so a reader sees that a character could not be
//!    written (李 → ?), rather than a letter silently vanishing.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Whether `c` is in the QR-bill's Latin character set (see the module's documentation).
pub fn is_permitted(c: char) -> bool {
    matches!(c, '\u{20}'..='\u{7E}' | '\u{A0}'..='\u{17F}' | '\u{218}'..='\u{21B}' | '\u{20AC}')
}

/// `text` with every character in the QR-bill's character set, by the module's rule. Line
/// breaks and other control characters are left for the caller, which turns them into spaces.
pub fn to_qr_charset(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.nfc() {
        if c.is_control() {
            out.push(c);
            continue;
        }
        match c {
            // Soft hyphen, zero-width space/joiners, bidi marks and isolates, word joiner, BOM.
            '\u{AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}' => {}
            // No-break space (permitted, but a payload field wants plain words) and the other spaces.
            '\u{A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => out.push(' '),
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' => out.push('\''),
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' => out.push('"'),
            '\u{2039}' => out.push('<'),
            '\u{203A}' => out.push('>'),
            '\u{2010}'..='\u{2015}' | '\u{2212}' => out.push('-'),
            '\u{2026}' => out.push_str("..."),
            '\u{2022}' => out.push('*'),
            '\u{1E9E}' => out.push_str("SS"),
            c if is_permitted(c) => out.push(c),
            c => {
                let base: String = std::iter::once(c).nfkd().filter(|d| !is_combining_mark(*d)).collect();
                if !base.is_empty() && base.chars().all(is_permitted) {
                    out.push_str(&base);
                } else {
                    out.push('?');
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_set_has_the_guidelines_324_code_points() {
        let all = (0..=0x10FFFFu32).filter_map(char::from_u32).filter(|c| is_permitted(*c)).count();
        assert_eq!(all, 95 + 96 + 128 + 4 + 1);
        for c in "AZaz09 !~ÀÄÇÉÑÖÜßàäçéñöüýÿĀČŁŒšžȘșȚț€«»£".chars() {
            assert!(is_permitted(c), "{c:?} is in the set");
        }
        for c in ['\u{2019}', '\u{2013}', '\u{201C}', '\u{7F}', '\u{9F}', 'ƒ', '\u{21C}', '李', '😀'] {
            assert!(!is_permitted(c), "{c:?} is not");
        }
    }

    #[test]
    fn typographic_punctuation_becomes_ascii() {
        assert_eq!(to_qr_charset("Service de l’état civil"), "Service de l'état civil");
        assert_eq!(to_qr_charset("„Bäri“ – “Rex” — ‘x’ ‹y› … •"), "\"Bäri\" - \"Rex\" - 'x' <y> ... *");
        assert_eq!(to_qr_charset("CHF 1\u{202F}234\u{A0}50 − 2"), "CHF 1 234 50 - 2");
    }

    #[test]
    fn permitted_letters_stay_and_others_lose_only_their_marks() {
        // Swiss languages' letters and Latin Extended-A (Czech, Polish, Turkish names) stay.
        assert_eq!(to_qr_charset("Zoë Müller-Brändli, La Rösa, Sfazù, Dvořák, Łukasz, Ştefan"), "Zoë Müller-Brändli, La Rösa, Sfazù, Dvořák, Łukasz, Ştefan");
        // Decomposed input is composed first.
        assert_eq!(to_qr_charset("Ze\u{301}phyr"), "Zéphyr");
        // Vietnamese and pinyin letters outside the set keep their base letter; ligatures split.
        assert_eq!(to_qr_charset("Nguyễn Thị Ǎi, ﬁrma™, GROẞ"), "Nguyen Thi Ai, firmaTM, GROSS");
        // Invisible characters go.
        assert_eq!(to_qr_charset("Ann\u{AD}a\u{200B}\u{200E}\u{FEFF}"), "Anna");
    }

    #[test]
    fn characters_without_a_mapping_become_question_marks() {
        assert_eq!(to_qr_charset("李 Wei 😀"), "? Wei ?");
        assert_eq!(to_qr_charset("Ωmega"), "?mega");
        // Controls are left for the payload's own rule (line breaks become spaces there).
        assert_eq!(to_qr_charset("a\nb"), "a\nb");
    }

    #[test]
    fn the_result_is_always_in_the_set() {
        let samples = ["’“”–—…", "Ǆ ǅ ǆ ẞ ﬀ ½ ² ™ ℃", "Привет мир", "عربى", "e\u{301}\u{302}\u{303}", "\u{1F1E8}\u{1F1ED}"];
        for sample in samples {
            let mapped = to_qr_charset(sample);
            assert!(mapped.chars().all(|c| is_permitted(c) || c.is_control()), "{sample:?} → {mapped:?}");
        }
    }
}
