//! What a citizen's file really is. Its type comes from its bytes, never from its name or the
//! declared type, and the whole file must be that type: a PDF must parse as a PDF, an image
//! must decode and end where its format ends, so a JPEG header in front of a ZIP, or `%PDF-`
//! in front of HTML, is refused. The name a file is kept under then gets the extension of that
//! type (see `filenames::for_type`), so a download opens in the viewer the bytes are for.

use image::ImageFormat;

pub const PDF: &str = "application/pdf";
pub const PNG: &str = "image/png";
pub const JPEG: &str = "image/jpeg";

/// The type the first bytes announce, before the whole file is checked.
pub fn sniff(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"%PDF-") {
        Some(PDF)
    } else if bytes.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
        Some(PNG)
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(JPEG)
    } else {
        None
    }
}

/// The file's type when the whole file is one of `allowed`, else `None`. Parsing a 10 MB file
/// takes a while, so it runs off the request threads.
pub async fn recognise(bytes: std::sync::Arc<Vec<u8>>, allowed: &[&str]) -> Option<&'static str> {
    let media_type = sniff(&bytes).filter(|t| allowed.contains(t))?;
    let whole = tokio::task::spawn_blocking(move || is_whole(&bytes, media_type)).await.unwrap_or(false);
    if !whole {
        tracing::info!(media_type, "refused a file whose bytes do not parse as the type they start as");
    }
    whole.then_some(media_type)
}

/// Whether `bytes` parse as `media_type` from beginning to end.
fn is_whole(bytes: &[u8], media_type: &str) -> bool {
    match media_type {
        // A PDF ends with `%%EOF` (incremental updates append after it, and end with one too).
        PDF => ends_with_trimmed(bytes, b"%%EOF") && lopdf::Document::load_mem(bytes).is_ok(),
        PNG => bytes.ends_with(&[0, 0, 0, 0, b'I', b'E', b'N', b'D', 0xAE, 0x42, 0x60, 0x82]) && decodes(bytes, ImageFormat::Png),
        JPEG => bytes.ends_with(&[0xFF, 0xD9]) && decodes(bytes, ImageFormat::Jpeg),
        _ => false,
    }
}

fn ends_with_trimmed(bytes: &[u8], end: &[u8]) -> bool {
    let trimmed = bytes.iter().rposition(|b| !b.is_ascii_whitespace()).map_or(&[][..], |last| &bytes[..=last]);
    trimmed.ends_with(end)
}

/// Decodes the image within bounds, so a small file claiming a huge picture costs no memory.
fn decodes(bytes: &[u8], format: ImageFormat) -> bool {
    let mut reader = image::ImageReader::with_format(std::io::Cursor::new(bytes), format);
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(20_000);
    limits.max_image_height = Some(20_000);
    limits.max_alloc = Some(512 * 1024 * 1024);
    reader.limits(limits);
    reader.decode().is_ok()
}

/// The extension a file of this type is named with, and others that mean the same type.
pub fn extensions(media_type: &str) -> &'static [&'static str] {
    match media_type {
        PDF => &["pdf"],
        PNG => &["png"],
        JPEG => &["jpg", "jpeg"],
        _ => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_come_from_the_first_bytes() {
        assert_eq!(sniff(b"%PDF-1.7\n..."), Some(PDF));
        assert_eq!(sniff(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0]), Some(PNG));
        assert_eq!(sniff(&[0xFF, 0xD8, 0xFF, 0xE0]), Some(JPEG));
        assert_eq!(sniff(b"MZ\x90\x00 pretending.pdf"), None);
        assert_eq!(sniff(b"<html>%PDF-"), None);
        assert_eq!(sniff(b""), None);
    }

    #[test]
    fn a_file_that_only_starts_like_its_type_is_not_that_type() {
        assert!(!is_whole(b"%PDF-1.4\n<html><script>alert(1)</script></html>\n%%EOF\n", PDF));
        assert!(!is_whole(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, b'J', b'F', b'I', b'F', 0, b'P', b'K', 3, 4], JPEG));
        assert!(!is_whole(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, b'<', b'h'], PNG));
    }
}
