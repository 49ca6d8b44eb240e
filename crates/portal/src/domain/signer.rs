//! Signs values with a key kept in the database (so every instance shares it): the anonymous
//! CSRF token is `value.signature`, checked without storing anything. A second key names
//! people in the security log.

use crate::store::{self, ids::hex};
use base64::Engine;
use sha2::Sha256;

pub struct Signer {
    key: Vec<u8>,
    log_key: Vec<u8>,
}

impl Signer {
    /// The portal's signing keys, created on first start.
    pub async fn load(db: &crate::store::Db) -> anyhow::Result<Signer> {
        let key = store::secrets::get_or_create(db, "csrf").await?.into_bytes();
        let log_key = store::secrets::get_or_create(db, "log").await?.into_bytes();
        Ok(Signer { key, log_key })
    }

    fn hmac(key: &[u8], value: &str) -> Vec<u8> {
        use hmac::Mac;
        let mut mac = hmac::Hmac::<Sha256>::new_from_slice(key).expect("any key length");
        mac.update(value.as_bytes());
        mac.finalize().into_bytes().to_vec()
    }

    fn mac(&self, value: &str) -> String {
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(Self::hmac(&self.key, value))
    }

    /// A name for someone in the security log: the same person always gets the same one, and
    /// without the portal's secret no list of usernames turns it back.
    pub fn pseudonym(&self, value: &str) -> String {
        hex(&Self::hmac(&self.log_key, value)[..6])
    }

    pub fn sign(&self, value: &str) -> String {
        format!("{value}.{}", self.mac(value))
    }

    pub fn verifies(&self, signed: &str) -> bool {
        signed.rsplit_once('.').is_some_and(|(value, mac)| constant_time_eq(mac.as_bytes(), self.mac(value).as_bytes()))
    }
}

/// Compares in a time that says nothing about where the first difference is.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constant_time_comparison() {
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"ab"));
    }
}
