//! Amounts of money as every document prints them, in the form of the Swiss QR-bill standard:
//! francs grouped by three with a space, a point, two digits of Rappen.

/// "1 234.50" for 123450 Rappen, as the payment part prints an amount beside its currency.
pub fn amount(rappen: u64) -> String {
    let francs = (rappen / 100).to_string();
    let mut grouped = String::new();
    for (i, digit) in francs.chars().enumerate() {
        if i > 0 && (francs.len() - i) % 3 == 0 {
            grouped.push(' ');
        }
        grouped.push(digit);
    }
    format!("{grouped}.{:02}", rappen % 100)
}

/// "CHF 1 234.50": the amount with its currency in front, as the letters print it.
pub fn chf(rappen: u64) -> String {
    format!("CHF {}", amount(rappen))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn francs_are_grouped_by_three_with_a_space() {
        assert_eq!(amount(6000), "60.00");
        assert_eq!(amount(99_999), "999.99");
        assert_eq!(amount(100_000), "1 000.00");
        assert_eq!(amount(123_450), "1 234.50");
        assert_eq!(amount(123_456_789), "1 234 567.89");
    }

    #[test]
    fn rappen_always_have_two_digits() {
        assert_eq!(amount(0), "0.00");
        assert_eq!(amount(5), "0.05");
        assert_eq!(amount(6010), "60.10");
    }

    #[test]
    fn letters_print_the_currency_in_front() {
        assert_eq!(chf(6200), "CHF 62.00");
        assert_eq!(chf(123_450), "CHF 1 234.50");
    }
}
