//! Swiss identifiers and formats: AHV numbers (EAN-13 check digit), company UIDs (mod 11),
//! IBANs (mod 97), postcodes and vehicle plates.

/// Validates an AHV number such as `756.1234.5678.97`. Dots and spaces are optional.
pub fn ahv_is_valid(input: &str) -> bool {
    let digits = digits_of(input);
    digits.len() == 13 && digits.starts_with(&[7, 5, 6]) && ean13_check_digit(&digits[..12]) == digits[12]
}

/// Formats 13 digits as `756.XXXX.XXXX.XC`; returns `None` unless the number is valid.
pub fn ahv_format(input: &str) -> Option<String> {
    if !ahv_is_valid(input) {
        return None;
    }
    let d: String = digits_of(input).iter().map(|d| char::from(b'0' + d)).collect();
    Some(format!("{}.{}.{}.{}", &d[0..3], &d[3..7], &d[7..11], &d[11..13]))
}

/// Completes 12 AHV digits with their check digit; used to make demo data.
pub fn ahv_with_check_digit(first_twelve: &str) -> Option<String> {
    let digits = digits_of(first_twelve);
    (digits.len() == 12).then(|| ahv_format(&format!("{first_twelve}{}", ean13_check_digit(&digits))))?
}

/// Validates a company UID such as `CHE-123.456.788`.
pub fn uid_is_valid(input: &str) -> bool {
    let rest = input.trim();
    let Some(rest) = rest.strip_prefix("CHE") else { return false };
    let digits = digits_of(rest);
    digits.len() == 9 && uid_check_digit(&digits[..8]) == Some(digits[8])
}

/// Completes 8 UID digits with their check digit as `CHE-XXX.XXX.XXX`, if one exists
/// (a remainder of 10 has no check digit, so those numbers are never issued).
pub fn uid_with_check_digit(first_eight: &str) -> Option<String> {
    let digits = digits_of(first_eight);
    if digits.len() != 8 {
        return None;
    }
    let check = uid_check_digit(&digits)?;
    let d: String = digits.iter().chain([&check]).map(|d| char::from(b'0' + d)).collect();
    Some(format!("CHE-{}.{}.{}", &d[0..3], &d[3..6], &d[6..9]))
}

/// What is wrong with an IBAN, if anything. Only Swiss and Liechtenstein accounts (21
/// characters) are accepted; spaces are ignored.
pub fn iban_problem(input: &str) -> Option<IbanProblem> {
    let iban: String = input.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_uppercase();
    if !iban.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Some(IbanProblem::Format);
    }
    let country = iban.get(..2).filter(|c| c.bytes().all(|b| b.is_ascii_alphabetic()));
    if country.is_some_and(|c| c != "CH" && c != "LI") {
        return Some(IbanProblem::Country);
    }
    let well_formed = iban.len() == 21 && country.is_some() && iban[2..4].bytes().all(|b| b.is_ascii_digit());
    if !well_formed {
        return Some(IbanProblem::Format);
    }
    (iban_mod97(&iban) != 1).then_some(IbanProblem::Checksum)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IbanProblem {
    Country,
    Format,
    Checksum,
}

/// ISO 13616: move the first four characters to the end, letters become 10..35, mod 97.
fn iban_mod97(iban: &str) -> u32 {
    iban[4..].chars().chain(iban[..4].chars()).fold(0u32, |acc, c| {
        let value = c.to_digit(36).unwrap_or(0);
        if value >= 10 {
            (acc * 100 + value) % 97
        } else {
            (acc * 10 + value) % 97
        }
    })
}

/// An IBAN in groups of four, as printed on cards and bills.
pub fn iban_format(input: &str) -> String {
    let compact: String = input.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_uppercase();
    compact.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join(" ")
}

/// A Swiss postcode has four digits, 1000 to 9999.
pub fn postcode_is_well_formed(input: &str) -> bool {
    let input = input.trim();
    input.len() == 4 && input.bytes().all(|b| b.is_ascii_digit()) && !input.starts_with('0')
}

/// The cantons' codes, as on vehicle plates.
pub const CANTONS: [&str; 26] = [
    "AG", "AI", "AR", "BE", "BL", "BS", "FR", "GE", "GL", "GR", "JU", "LU", "NE", "NW", "OW", "SG", "SH", "SO", "SZ", "TG", "TI", "UR", "VD", "VS", "ZG", "ZH",
];

/// A Swiss plate: a canton code and 1 to 6 digits without a leading zero, e.g. `LU 123456`.
pub fn plate_is_valid(input: &str) -> bool {
    let compact: String = input.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_uppercase();
    let (Some(canton), Some(number)) = (compact.get(..2), compact.get(2..)) else { return false };
    CANTONS.contains(&canton) && (1..=6).contains(&number.len()) && number.bytes().all(|b| b.is_ascii_digit()) && !number.starts_with('0')
}

/// A phone number: Swiss national (`0` and 9 digits) or international (`+` or `00`, 8 to 15
/// digits). Spaces, dots, dashes, slashes and brackets are ignored.
pub fn phone_is_valid(input: &str) -> bool {
    let compact: String = input.chars().filter(|c| !matches!(c, ' ' | '.' | '-' | '/' | '(' | ')')).collect();
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if let Some(rest) = compact.strip_prefix('+').or_else(|| compact.strip_prefix("00")) {
        (8..=15).contains(&rest.len()) && digits(rest)
    } else {
        compact.len() == 10 && compact.starts_with('0') && digits(&compact)
    }
}

/// A plausible e-mail address: one `@`, a local part, a domain with a dot, no spaces.
pub fn email_is_valid(input: &str) -> bool {
    let input = input.trim();
    let Some((local, domain)) = input.split_once('@') else { return false };
    let labels_ok = domain.split('.').all(|l| !l.is_empty() && !l.starts_with('-') && !l.ends_with('-'));
    input.len() <= 254
        && (1..=64).contains(&local.len())
        && !domain.contains('@')
        && domain.contains('.')
        && labels_ok
        && !input.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// A calendar date `YYYY-MM-DD` that exists (leap years included), from the year 1000.
pub fn iso_date_is_valid(input: &str) -> bool {
    iso_date_year(input).is_some_and(|year| year >= 1000)
}

/// The year of a calendar date `YYYY-MM-DD` that exists (leap years included), any year.
pub fn iso_date_year(input: &str) -> Option<u32> {
    let b = input.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| input.get(range).filter(|s| s.bytes().all(|c| c.is_ascii_digit())).and_then(|s| s.parse::<u32>().ok());
    let (Some(year), Some(month), Some(day)) = (number(0..4), number(5..7), number(8..10)) else { return None };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (1..=days).contains(&day).then_some(year)
}

/// `2026-03-14` as `14.03.2026`, the Swiss written form in all national languages.
pub fn swiss_date(iso: &str) -> String {
    if iso_date_is_valid(iso) {
        format!("{}.{}.{}", &iso[8..10], &iso[5..7], &iso[0..4])
    } else {
        iso.to_owned()
    }
}

fn digits_of(input: &str) -> Vec<u8> {
    if input.chars().any(|c| !(c.is_ascii_digit() || c == '.' || c == ' ' || c == '-')) {
        return Vec::new();
    }
    input.bytes().filter(u8::is_ascii_digit).map(|b| b - b'0').collect()
}

fn ean13_check_digit(first_twelve: &[u8]) -> u8 {
    let sum: u32 = first_twelve.iter().enumerate().map(|(i, &d)| u32::from(d) * if i % 2 == 0 { 1 } else { 3 }).sum();
    ((10 - sum % 10) % 10) as u8
}

fn uid_check_digit(first_eight: &[u8]) -> Option<u8> {
    const WEIGHTS: [u32; 8] = [5, 4, 3, 2, 7, 6, 5, 4];
    let sum: u32 = first_eight.iter().zip(WEIGHTS).map(|(&d, w)| u32::from(d) * w).sum();
    match 11 - sum % 11 {
        11 => Some(0),
        10 => None,
        c => Some(c as u8),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn known_ahv_numbers() {
        // The example number the federal compensation office publishes.
        assert!(ahv_is_valid("756.9217.0769.85"));
        assert!(ahv_is_valid("7569217076985"));
        assert!(!ahv_is_valid("756.9217.0769.84"));
        assert!(!ahv_is_valid("755.9217.0769.85"));
        assert!(!ahv_is_valid("756.9217.0769"));
        assert!(!ahv_is_valid("756.9217.0769.8x"));
        assert_eq!(ahv_format("7569217076985").as_deref(), Some("756.9217.0769.85"));
    }

    #[test]
    fn known_uids() {
        // Weights 5,4,3,2,7,6,5,4: 1·5+2·4+3·3+4·2+5·7+6·6+7·5+8·4 = 168, 11 - 168 % 11 = 8.
        assert_eq!(uid_with_check_digit("12345678").as_deref(), Some("CHE-123.456.788"));
        assert!(uid_is_valid("CHE-123.456.788"));
        assert!(!uid_is_valid("CHE-123.456.787"));
        assert!(!uid_is_valid("123.456.788"));
        // Remainder 10 has no check digit: such numbers are never issued.
        assert!(uid_with_check_digit("11111113").is_none() || uid_is_valid(&uid_with_check_digit("11111113").unwrap()));
    }

    #[test]
    fn ibans() {
        // The example IBAN of the Swiss banks, and a QR-IBAN (institution id 30000-31999).
        assert_eq!(iban_problem("CH93 0076 2011 6238 5295 7"), None);
        assert_eq!(iban_problem("ch9300762011623852957"), None);
        assert_eq!(iban_problem("CH44 3199 9123 0008 8901 2"), None);
        assert_eq!(iban_problem("CH93 0076 2011 6238 5295 8"), Some(IbanProblem::Checksum));
        assert_eq!(iban_problem("DE89 3704 0044 0532 0130 00"), Some(IbanProblem::Country));
        assert_eq!(iban_problem("CH93 0076"), Some(IbanProblem::Format));
        assert_eq!(iban_format("ch9300762011623852957"), "CH93 0076 2011 6238 5295 7");
    }

    #[test]
    fn plates_phones_emails_postcodes() {
        assert!(plate_is_valid("LU 123456"));
        assert!(plate_is_valid("zh1"));
        assert!(!plate_is_valid("XX 123"));
        assert!(!plate_is_valid("LU 0123"));
        assert!(!plate_is_valid("LU 1234567"));
        assert!(!plate_is_valid("LU"));
        assert!(phone_is_valid("041 228 51 11"));
        assert!(phone_is_valid("+41 41 228 51 11"));
        assert!(!phone_is_valid("12345"));
        assert!(email_is_valid("anna@example.ch"));
        assert!(!email_is_valid("anna@example"));
        assert!(!email_is_valid("anna example@x.ch"));
        assert!(!email_is_valid("@x.ch"));
        assert!(postcode_is_well_formed("6005"));
        assert!(!postcode_is_well_formed("0600"));
        assert!(!postcode_is_well_formed("600"));
        assert!(!postcode_is_well_formed("60050"));
    }

    #[test]
    fn dates() {
        assert!(iso_date_is_valid("2024-02-29"));
        assert!(!iso_date_is_valid("2026-02-29"));
        assert!(!iso_date_is_valid("1900-02-29"));
        assert!(iso_date_is_valid("2000-02-29"));
        assert!(!iso_date_is_valid("2026-13-01"));
        assert!(!iso_date_is_valid("2026-1-01"));
        assert_eq!(swiss_date("2026-03-14"), "14.03.2026");
    }

    proptest! {
        #[test]
        fn any_single_character_change_breaks_an_iban(pos in 4usize..21, digit in 0u32..10) {
            let iban = "CH9300762011623852957";
            let mut chars: Vec<char> = iban.chars().collect();
            let new = char::from_digit(digit, 10).unwrap();
            prop_assume!(chars[pos] != new);
            chars[pos] = new;
            let changed: String = chars.into_iter().collect();
            prop_assert_eq!(iban_problem(&changed), Some(IbanProblem::Checksum));
        }

        #[test]
        fn format_checks_never_panic(s in "\\PC{0,40}") {
            let _ = iban_problem(&s);
            let _ = plate_is_valid(&s);
            let _ = phone_is_valid(&s);
            let _ = email_is_valid(&s);
            let _ = iso_date_is_valid(&s);
        }

        #[test]
        fn completed_ahv_numbers_validate(body in "[0-9]{9}") {
            let number = ahv_with_check_digit(&format!("756{body}")).unwrap();
            prop_assert!(ahv_is_valid(&number));
            prop_assert_eq!(ahv_format(&number), Some(number.clone()));
        }

        #[test]
        fn any_single_digit_change_breaks_an_ahv_number(body in "[0-9]{9}", pos in 3usize..13, delta in 1u8..10) {
            let number = ahv_with_check_digit(&format!("756{body}")).unwrap();
            let mut digits: Vec<u8> = number.bytes().filter(u8::is_ascii_digit).map(|b| b - b'0').collect();
            digits[pos] = (digits[pos] + delta) % 10;
            let changed: String = digits.iter().map(|d| char::from(b'0' + d)).collect();
            prop_assert!(!ahv_is_valid(&changed));
        }

        #[test]
        fn completed_uids_validate(body in "[0-9]{8}") {
            if let Some(uid) = uid_with_check_digit(&body) {
                prop_assert!(uid_is_valid(&uid));
            }
        }

        #[test]
        fn validators_never_panic(s in "\\PC{0,40}") {
            let _ = ahv_is_valid(&s);
            let _ = uid_is_valid(&s);
            let _ = ahv_format(&s);
        }
    }
}
