//! Swiss identifiers: AHV numbers (EAN-13 check digit) and company UIDs (mod 11).

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

fn digits_of(input: &str) -> Vec<u8> {
    if input.chars().any(|c| !(c.is_ascii_digit() || c == '.' || c == ' ' || c == '-')) {
        return Vec::new();
    }
    input.bytes().filter(u8::is_ascii_digit).map(|b| b - b'0').collect()
}

fn ean13_check_digit(first_twelve: &[u8]) -> u8 {
    let sum: u32 = first_twelve
        .iter()
        .enumerate()
        .map(|(i, &d)| u32::from(d) * if i % 2 == 0 { 1 } else { 3 })
        .sum();
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

    proptest! {
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
