//! A minimal PDF 1.4 writer for the demo letters: one A4 page of Helvetica text lines.
//! Enough for real, openable documents without a PDF dependency.

/// One line of the letter; `bold` lines use Helvetica-Bold.
pub struct Line<'a> {
    pub text: &'a str,
    pub bold: bool,
    pub size: u8,
}

pub fn letter(lines: &[Line]) -> Vec<u8> {
    let mut content = String::from("BT\n");
    let mut y = 800i32;
    for line in lines {
        let font = if line.bold { "F2" } else { "F1" };
        content.push_str(&format!("/{font} {} Tf 1 0 0 1 60 {y} Tm ({}) Tj\n", line.size, escape(line.text)));
        y -= i32::from(line.size) + 8;
    }
    content.push_str("ET\n");
    let content = encode_win_ansi(&content);

    let objects: Vec<Vec<u8>> = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>".to_vec(),
        [format!("<< /Length {} >>\nstream\n", content.len()).into_bytes(), content, b"\nendstream".to_vec()].concat(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".to_vec(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>".to_vec(),
    ];
    let mut out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n".to_vec();
    let mut offsets = Vec::with_capacity(objects.len());
    for (i, object) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(object);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for offset in offsets {
        out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(format!("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n", objects.len() + 1).as_bytes());
    out
}

fn escape(text: &str) -> String {
    text.replace('\\', "\\\\").replace('(', "\\(").replace(')', "\\)")
}

/// WinAnsi is Latin-1 for the letters the four national languages use; others become '?'.
fn encode_win_ansi(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| match c {
            '’' => 0x92,
            '–' => 0x96,
            '€' => 0x80,
            c if (c as u32) < 0x100 => c as u8,
            _ => b'?',
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_a_well_formed_pdf() {
        let pdf = letter(&[Line { text: "Verfügung (Entscheid)", bold: true, size: 14 }]);
        assert!(pdf.starts_with(b"%PDF-1.4"));
        assert!(pdf.ends_with(b"%%EOF\n"));
        // The trailer is ASCII; the content stream holds WinAnsi bytes, so work on bytes.
        let tail_start = pdf.windows(9).rposition(|w| w == b"startxref").unwrap();
        let tail = std::str::from_utf8(&pdf[tail_start..]).unwrap();
        let startxref: usize = tail.lines().nth(1).unwrap().parse().unwrap();
        assert_eq!(&pdf[startxref..startxref + 4], b"xref");
        // Each xref offset points at its object header.
        let xref = std::str::from_utf8(&pdf[startxref..tail_start]).unwrap();
        let offsets: Vec<usize> = xref.lines().skip(3).take(6).map(|l| l[..10].parse().unwrap()).collect();
        assert_eq!(offsets.len(), 6);
        for (i, offset) in offsets.iter().enumerate() {
            assert!(pdf[*offset..].starts_with(format!("{} 0 obj", i + 1).as_bytes()));
        }
        // Umlauts are single WinAnsi bytes; parentheses are escaped.
        assert!(pdf.windows(4).any(|w| w == b"Verf"));
        assert!(pdf.contains(&0xfc));
        assert!(pdf.windows(13).any(|w| w == b"\\(Entscheid\\)"));
    }
}
