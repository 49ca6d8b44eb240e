//! Ids, tokens and hashes: one way to make each.

use base64::Engine;
use rand::{Rng, RngCore};
use sha2::{Digest, Sha256};

/// A 16-character id without look-alike letters, for rows citizens may see in URLs.
pub fn random_id() -> String {
    random_id_from(&mut rand::thread_rng())
}

/// [`random_id`] from a given generator (the demo seed's is fixed).
pub fn random_id_from(rng: &mut impl Rng) -> String {
    const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyz23456789";
    (0..16).map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char).collect()
}

/// 256 random bits, URL-safe base64: session tokens, CSRF tokens, the portal's secrets.
pub fn random_token() -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(random_bytes::<32>())
}

pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    bytes
}

/// A SHA-256 as lowercase hex: session hashes, and the checksums shown with documents.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
