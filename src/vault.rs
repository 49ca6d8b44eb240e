//! What only this browser holds (unsaved wizard answers, unsent replies), encrypted with
//! AES-GCM through WebCrypto under the signed-in person's key (ASVS 14.3.1, 14.3.3).
//!
//! The portal hands the key out with the session. It is imported as a non-extractable
//! `CryptoKey` and lives in this tab's memory only, so `localStorage` alone reveals nothing:
//! not after an expiry, not to the next person on the device. A copy is stored as
//! `guichet.<kind>.<account>.<id>` = `<expiry>:<iv>:<ciphertext>`: `account` is the portal's
//! random name for the person (no username), the expiry (ms) the end of the copy's keeping
//! period. The name and expiry are bound to the ciphertext as additional data, so neither can
//! be swapped. (No JSON and no map here: every byte of this module is in the first load.)
//!
//! Encryption is asynchronous and the wizard reads synchronously: the pages that keep copies
//! (the wizard, a case's reply) first `open` the vault, which decrypts the person's copies into
//! memory; every change is then written through, encrypted, in the background. Only taking the
//! key and deleting are needed before that, so decrypting and encrypting stay in those pages'
//! wasm chunks, out of the first load. Without a key (signed out, or no WebCrypto outside a
//! secure context) nothing is kept at all.

use guichet_model::api::SessionInfo;
use std::cell::{Cell, RefCell};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::CryptoKey;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Answers of an application, by draft id.
    Draft,
    /// A reply being written, by case id.
    Reply,
}

impl Kind {
    fn prefix(self) -> &'static str {
        match self {
            Kind::Draft => "guichet.draft.",
            Kind::Reply => "guichet.reply.",
        }
    }
}

/// A copy lasts as long as an application nobody touches: the draft it belongs to is gone
/// after that, and an unsent reply is kept as long.
const KEPT_MS: u64 = guichet_model::api::DRAFT_KEPT_DAYS as u64 * 86_400_000;

/// Milliseconds since the epoch, whole: integers only, as float formatting and parsing would
/// add kilobytes to the first load.
fn now() -> u64 {
    js_sys::Date::now() as u64
}

struct Copy {
    /// Its storage name.
    name: String,
    /// Whom the session acted for when it was typed (an organisation's UID, or "" for oneself).
    party: String,
    expires_at: u64,
    text: String,
    /// Tells a background write whether a newer change has overtaken it.
    generation: u32,
}

struct Vault {
    account: String,
    key: CryptoKey,
    party: String,
    /// A handful at most: a list does.
    copies: Vec<Copy>,
    generation: u32,
    /// Whether `copies` holds what storage has (a page that keeps copies has been opened).
    opened: bool,
}

impl Vault {
    fn name(&self, kind: Kind, id: &str) -> String {
        format!("{}{}.{id}", kind.prefix(), self.account)
    }

    fn find(&self, name: &str) -> Option<&Copy> {
        self.copies.iter().find(|c| c.name == name)
    }

    fn remove(&mut self, name: &str) {
        self.copies.retain(|c| c.name != name);
    }

    /// Puts a copy in place of the one of the same name, as the newest change.
    fn insert(&mut self, mut copy: Copy) {
        self.remove(&copy.name);
        self.generation += 1;
        copy.generation = self.generation;
        self.copies.push(copy);
    }

    fn owns(&self, name: &str) -> bool {
        [Kind::Draft, Kind::Reply]
            .iter()
            .any(|kind| name.strip_prefix(kind.prefix()).and_then(|rest| rest.strip_prefix(&self.account)).is_some_and(|rest| rest.starts_with('.')))
    }
}

thread_local! {
    static VAULT: RefCell<Option<Vault>> = const { RefCell::new(None) };
    static FOLLOWING: Cell<bool> = const { Cell::new(false) };
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn crypto() -> Option<web_sys::Crypto> {
    web_sys::window()?.crypto().ok()
}

/// Bytes as base64 through the browser's `btoa`, so no encoder is compiled in.
fn to_base64(bytes: &[u8]) -> Option<String> {
    web_sys::window()?.btoa(&bytes.iter().map(|&b| char::from(b)).collect::<String>()).ok()
}

fn from_base64(text: &str) -> Option<Vec<u8>> {
    web_sys::window()?.atob(text).ok()?.chars().map(|c| u8::try_from(c).ok()).collect()
}

/// The algorithm with a nonce, bound to where the copy is stored and until when.
fn params(iv: &[u8], name: &str, exp: &str) -> web_sys::AesGcmParams {
    let params = web_sys::AesGcmParams::new("AES-GCM", &js_sys::Uint8Array::from(iv));
    params.set_additional_data(&js_sys::Uint8Array::from(format!("{name}\n{exp}").as_bytes()));
    params
}

async fn settle(promise: Result<js_sys::Promise, wasm_bindgen::JsValue>) -> Option<wasm_bindgen::JsValue> {
    JsFuture::from(promise.ok()?).await.ok()
}

async fn import(raw: &str) -> Option<CryptoKey> {
    let raw = js_sys::Uint8Array::from(from_base64(raw)?.as_slice());
    let usages = js_sys::Array::of2(&"encrypt".into(), &"decrypt".into());
    // Not extractable: script in this page can use the key, never read it out.
    settle(crypto()?.subtle().import_key_with_str("raw", &raw, "AES-GCM", false, &usages)).await?.dyn_into().ok()
}

async fn seal(key: &CryptoKey, copy: (String, String, String)) -> Option<String> {
    let (name, exp, plain) = copy;
    let crypto = crypto()?;
    let mut iv = [0u8; 12];
    crypto.get_random_values_with_u8_array(&mut iv).ok()?;
    let data = settle(crypto.subtle().encrypt_with_object_and_u8_array(&params(&iv, &name, &exp), key, plain.as_bytes())).await?;
    Some(format!("{exp}:{}:{}", to_base64(&iv)?, to_base64(&js_sys::Uint8Array::new(&data).to_vec())?))
}

/// The copy stored as `raw` under `name`, or `None` if this key cannot open it (made under a
/// key the portal has since replaced, or altered).
async fn open_copy(key: &CryptoKey, name: String, raw: &str) -> Option<Copy> {
    let mut parts = raw.split(':');
    let (exp, iv, data) = (parts.next()?, from_base64(parts.next()?)?, from_base64(parts.next()?)?);
    let plain = settle(crypto()?.subtle().decrypt_with_object_and_u8_array(&params(&iv, &name, exp), key, &data)).await?;
    let plain = String::from_utf8(js_sys::Uint8Array::new(&plain).to_vec()).ok()?;
    let (party, text) = plain.split_once('\n')?;
    Some(Copy { name, party: party.to_owned(), expires_at: exp.parse().ok()?, text: text.to_owned(), generation: 0 })
}

/// Storage names and values of the copies of every account, after dropping expired ones and
/// any left in an older, unencrypted form: their keeping period is over, and the expiry is the
/// one thing readable without a key.
fn stored_copies() -> Vec<(String, String)> {
    let Some(storage) = storage() else { return Vec::new() };
    let now = now();
    let names: Vec<String> = (0..storage.length().unwrap_or(0)).filter_map(|i| storage.key(i).ok().flatten()).collect();
    let mut copies = Vec::new();
    for name in names.into_iter().filter(|k| k.starts_with(Kind::Draft.prefix()) || k.starts_with(Kind::Reply.prefix())) {
        let raw = storage.get_item(&name).ok().flatten().unwrap_or_default();
        if raw.split(':').next().and_then(|exp| exp.parse::<u64>().ok()).is_some_and(|exp| exp > now) {
            copies.push((name, raw));
        } else {
            let _ = storage.remove_item(&name);
        }
    }
    copies
}

/// Takes the key from a session answer (every one carries it while signed in). The same person
/// keeps what this tab holds, now under the key given, which may be new (signed out on another
/// device meanwhile); another person starts afresh. An answer without a key (nobody signed in)
/// changes nothing: after an expiry the tab keeps writing what the citizen goes on typing, and
/// storage stays unreadable until they sign in again.
pub async fn take_key(info: &SessionInfo) {
    let Some(device_key) = &info.device_key else { return };
    let Some(key) = import(&device_key.key).await else { return };
    let party = info.user.as_ref().and_then(|u| u.acting_for.as_ref()).map(|p| p.uid.clone()).unwrap_or_default();
    VAULT.with(|current| {
        let mut current = current.borrow_mut();
        match current.as_mut().filter(|v| v.account == device_key.account) {
            Some(vault) => {
                vault.key = key;
                vault.party = party;
            }
            None => *current = Some(Vault { account: device_key.account.clone(), key, party, copies: Vec::new(), generation: 0, opened: false }),
        }
    });
}

/// Decrypts the person's copies on this device into memory, before a page that keeps copies
/// shows. What memory already holds is newer and stays; everything is written again under the
/// current key, and a copy no key opens any more (made under a key since replaced) goes.
pub fn open() -> send_wrapper::SendWrapper<impl std::future::Future<Output = ()>> {
    // `Send` for the router's lazy pages; it only ever runs on the browser's one thread.
    send_wrapper::SendWrapper::new(open_copies())
}

async fn open_copies() {
    let Some((account, key)) = VAULT.with(|v| v.borrow().as_ref().map(|v| (v.account.clone(), v.key.clone()))) else { return };
    let ours: Vec<_> = VAULT.with(|v| v.borrow().as_ref().map(|v| stored_copies().into_iter().filter(|(name, _)| v.owns(name)).collect())).unwrap_or_default();
    let mut found = Vec::new();
    for (name, raw) in ours {
        match open_copy(&key, name.clone(), &raw).await {
            Some(copy) => found.push(copy),
            None => forget(&name),
        }
    }
    let names = VAULT.with(|current| {
        let mut current = current.borrow_mut();
        // Someone else signed in meanwhile: this is not theirs.
        let Some(vault) = current.as_mut().filter(|v| v.account == account) else { return Vec::new() };
        for copy in found {
            if vault.find(&copy.name).is_none() {
                vault.insert(copy);
            }
        }
        vault.opened = true;
        vault.copies.iter().map(|c| c.name.clone()).collect()
    });
    for name in names {
        write_through(name);
    }
    follow_other_tabs();
}

fn forget(name: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(name);
    }
}

/// Encrypts the copy's current state and stores it, unless a newer change overtook it.
fn write_through(name: String) {
    let Some((key, generation, copy)) = VAULT.with(|vault| {
        let vault = vault.borrow();
        let vault = vault.as_ref()?;
        let copy = vault.find(&name)?;
        Some((vault.key.clone(), copy.generation, (name.clone(), copy.expires_at.to_string(), format!("{}\n{}", copy.party, copy.text))))
    }) else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let Some(sealed) = seal(&key, copy).await else { return };
        let current = VAULT.with(|vault| vault.borrow().as_ref().and_then(|v| v.find(&name)).is_some_and(|c| c.generation == generation));
        if current {
            if let Some(storage) = storage() {
                let _ = storage.set_item(&name, &sealed);
            }
        }
    });
}

/// The copy of `id`, if this device holds one for the signed-in person.
pub fn get(kind: Kind, id: &str) -> Option<String> {
    let now = now();
    let (name, text) = VAULT.with(|vault| {
        let vault = vault.borrow();
        let vault = vault.as_ref()?;
        let copy = vault.find(&vault.name(kind, id))?;
        Some((copy.name.clone(), (copy.expires_at > now).then(|| copy.text.clone())))
    })?;
    if text.is_none() {
        remove_named(&name);
    }
    text
}

/// Keeps `text` as the copy of `id`, for as long as an application is kept.
pub fn put(kind: Kind, id: &str, text: String) {
    let name = VAULT.with(|vault| {
        let mut vault = vault.borrow_mut();
        let vault = vault.as_mut()?;
        let name = vault.name(kind, id);
        let copy = Copy { name: name.clone(), party: vault.party.clone(), expires_at: now() + KEPT_MS, text, generation: 0 };
        vault.insert(copy);
        Some(name)
    });
    if let Some(name) = name {
        write_through(name);
    }
}

pub fn remove(kind: Kind, id: &str) {
    if let Some(name) = VAULT.with(|vault| vault.borrow().as_ref().map(|v| v.name(kind, id))) {
        remove_named(&name);
    }
}

fn remove_named(name: &str) {
    VAULT.with(|vault| vault.borrow_mut().as_mut().map(|v| v.remove(name)));
    forget(name);
}

/// The ids of the person's copies of one kind, each with whether `get` can read it here and it
/// was made for the party the session acts for now; before `open`, none can be read.
pub fn ids(kind: Kind) -> Vec<(String, bool)> {
    VAULT.with(|vault| {
        let vault = vault.borrow();
        let Some(vault) = vault.as_ref() else { return Vec::new() };
        let prefix = vault.name(kind, "");
        if !vault.opened {
            return stored_copies().into_iter().filter_map(|(name, _)| Some((name.strip_prefix(&prefix)?.to_owned(), false))).collect();
        }
        vault.copies.iter().filter_map(|copy| Some((copy.name.strip_prefix(&prefix)?.to_owned(), copy.party == vault.party))).collect()
    })
}

/// At sign-out: every copy of this person goes from the device, drafts and replies, and the
/// key from memory. Other people's copies stay, unread.
pub fn forget_account() {
    let Some(vault) = VAULT.with(|vault| vault.borrow_mut().take()) else { return };
    for (name, _) in stored_copies().into_iter().filter(|(name, _)| vault.owns(name)) {
        forget(&name);
    }
}

/// Another tab of the same person typed or saved: this tab's memory follows, so neither
/// brings back what the other has already sent.
fn follow_other_tabs() {
    if FOLLOWING.with(|f| f.replace(true)) {
        return;
    }
    let listener = leptos::prelude::window_event_listener(leptos::ev::storage, |event| {
        let Some(name) = event.key() else { return };
        let Some(key) = VAULT.with(|vault| vault.borrow().as_ref().filter(|v| v.owns(&name)).map(|v| v.key.clone())) else { return };
        VAULT.with(|vault| vault.borrow_mut().as_mut().map(|v| v.remove(&name)));
        let Some(raw) = event.new_value() else { return };
        wasm_bindgen_futures::spawn_local(async move {
            if let Some(copy) = open_copy(&key, name, &raw).await {
                VAULT.with(|vault| vault.borrow_mut().as_mut().map(|v| v.insert(copy)));
            }
        });
    });
    // For the life of the tab.
    std::mem::forget(listener);
}
