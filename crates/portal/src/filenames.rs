//! One function for every filename the portal stores or sends: what a citizen's browser calls
//! a file must not be able to reverse text on screen, climb directories, or break Windows.

/// Longest name kept, in characters; the extension survives the cut.
const MAX_LEN: usize = 120;

/// A name safe to store, show and send: no control or bidi characters, no path parts, no
/// characters Windows reserves, no leading dots, no trailing dots or spaces, at most 120
/// characters with the extension kept. `fallback` replaces a name with nothing left.
pub fn clean(name: &str, fallback: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or("");
    let kept: String = base.chars().filter(|c| !c.is_control() && !is_bidi_control(*c) && !is_reserved(*c)).collect();
    let kept = kept.trim().trim_start_matches('.').trim_end_matches(['.', ' ']).to_owned();
    let kept = shorten(&kept);
    let stem = kept.split('.').next().unwrap_or("").to_ascii_uppercase();
    if kept.is_empty() {
        fallback.to_owned()
    } else if is_reserved_device(&stem) {
        format!("_{kept}")
    } else {
        kept
    }
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Characters Windows refuses in names, plus `;`, which separates header parameters.
fn is_reserved(c: char) -> bool {
    matches!(c, '<' | '>' | ':' | '"' | '|' | '?' | '*' | ';')
}

fn is_reserved_device(stem: &str) -> bool {
    matches!(stem, "CON" | "PRN" | "AUX" | "NUL")
        || ["COM", "LPT"].iter().any(|p| stem.strip_prefix(p).is_some_and(|n| n.len() == 1 && n.as_bytes()[0].is_ascii_digit()))
}

fn shorten(name: &str) -> String {
    if name.chars().count() <= MAX_LEN {
        return name.to_owned();
    }
    let extension = name.rsplit_once('.').map(|(_, e)| e).filter(|e| e.chars().count() <= 10).unwrap_or("");
    let room = MAX_LEN - extension.chars().count() - usize::from(!extension.is_empty());
    let stem: String = name.chars().take(room).collect();
    let stem = stem.trim_end_matches(['.', ' ']);
    if extension.is_empty() { stem.to_owned() } else { format!("{stem}.{extension}") }
}

#[cfg(test)]
mod tests {
    use super::clean;

    #[test]
    fn keeps_ordinary_names() {
        assert_eq!(clean("Police Hund 2026.pdf", "x"), "Police Hund 2026.pdf");
        assert_eq!(clean("Bestätigung – Zürich.png", "x"), "Bestätigung – Zürich.png");
    }

    #[test]
    fn strips_paths_controls_bidi_and_reserved_characters() {
        assert_eq!(clean("../../etc/pa\"ss\r\nwd.pdf", "x"), "passwd.pdf");
        assert_eq!(clean("C:\\temp\\..\\x.pdf", "x"), "x.pdf");
        // A right-to-left override would show "invoice_fdp.exe" as "invoice_exe.pdf".
        assert_eq!(clean("invoice_\u{202E}fdp.exe", "x"), "invoice_fdp.exe");
        assert_eq!(clean("a<b>c:d|e?f*g;h.pdf", "x"), "abcdefgh.pdf");
        assert_eq!(clean("report.pdf. . ", "x"), "report.pdf");
        assert_eq!(clean(".hidden", "x"), "hidden");
    }

    #[test]
    fn renames_windows_devices_and_empty_names() {
        assert_eq!(clean("CON.pdf", "x"), "_CON.pdf");
        assert_eq!(clean("lpt1", "x"), "_lpt1");
        assert_eq!(clean("COM10.pdf", "x"), "COM10.pdf");
        assert_eq!(clean("\"\"", "document"), "document");
        assert_eq!(clean(" ... ", "document"), "document");
    }

    #[test]
    fn long_names_keep_their_extension() {
        let long = format!("{}.pdf", "ä".repeat(300));
        let cleaned = clean(&long, "x");
        assert_eq!(cleaned.chars().count(), 120);
        assert!(cleaned.ends_with("ä.pdf"));
    }
}
