//! One function for every filename the portal stores or sends: what a citizen's browser calls
//! a file must not be able to reverse text on screen, climb directories, or break Windows.

/// Longest name kept, in characters; the extension survives the cut.
const MAX_LEN: usize = 120;

/// A name safe to store, show and send: no control or bidi characters, no path parts, no
/// characters Windows reserves, no leading dots, no trailing dots or spaces, at most 120
/// characters with the extension kept. `fallback` replaces a name with nothing left.
pub fn clean(name: &str, fallback: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or("");
    let kept: String = base.chars().filter(|c| !c.is_control() && !is_bidi_control(*c) && !is_invisible(*c) && !is_reserved(*c)).collect();
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

use guichet_model::validate::{is_bidi_control, is_invisible};

/// A cleaned name (see [`clean`]) whose extension is the one of `media_type`, the type found
/// in the file's bytes: `Rechnung.html` holding a PDF is kept as `Rechnung.pdf`,
/// `brief.pdf.exe` as `brief.pdf`, so what the browser saves opens as what it is.
pub fn for_type(name: &str, media_type: &str, fallback: &str) -> String {
    let cleaned = clean(name, fallback);
    let Some(extension) = super::file_types::extensions(media_type).first() else { return cleaned };
    let has = |name: &str| {
        name.rsplit_once('.').is_some_and(|(stem, e)| !stem.is_empty() && super::file_types::extensions(media_type).iter().any(|x| x.eq_ignore_ascii_case(e)))
    };
    if has(&cleaned) {
        return cleaned;
    }
    // The wrong extension goes (short, letters and digits, at least one letter: `2026` in
    // `Scan 12.3.2026` is no extension); the stem stays.
    let stem = match cleaned.rsplit_once('.') {
        Some((stem, e)) if !stem.is_empty() && e.len() <= 10 && e.chars().all(|c| c.is_ascii_alphanumeric()) && e.chars().any(|c| c.is_ascii_alphabetic()) => {
            stem
        }
        _ => cleaned.as_str(),
    };
    if has(stem) {
        stem.to_owned()
    } else {
        clean(&format!("{stem}.{extension}"), fallback)
    }
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
    if extension.is_empty() {
        stem.to_owned()
    } else {
        format!("{stem}.{extension}")
    }
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
    fn the_extension_follows_the_type_in_the_bytes() {
        use super::for_type;
        assert_eq!(for_type("Rechnung.html", "application/pdf", "document"), "Rechnung.pdf");
        assert_eq!(for_type("brief.pdf.exe", "application/pdf", "document"), "brief.pdf");
        assert_eq!(for_type("evil.bat", "application/pdf", "document"), "evil.pdf");
        assert_eq!(for_type("image.svg", "image/png", "document"), "image.png");
        assert_eq!(for_type("Foto.JPEG", "image/jpeg", "document"), "Foto.JPEG");
        assert_eq!(for_type("Scan 12.3.2026", "image/jpeg", "document"), "Scan 12.3.2026.jpg");
        assert_eq!(for_type("Police", "application/pdf", "document"), "Police.pdf");
        assert_eq!(for_type("", "application/pdf", "document"), "document.pdf");
        assert_eq!(for_type("CON.html", "application/pdf", "document"), "_CON.pdf");
    }

    #[test]
    fn invisible_and_separator_characters_leave_names() {
        assert_eq!(clean("Pass\u{2028}\u{2029}\u{200B}\u{200D}\u{FEFF}wort.pdf", "x"), "Passwort.pdf");
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
