//! The draft's way to the server. A typed answer takes one path: the form writes it into
//! `answers`; a moment after typing stops it is kept on the device (`local_copy`) and saved,
//! one save at a time on the version the previous one returned, and the device copy follows
//! the server's reply. Offline the answers wait on the device and go when the network is
//! back; when another device changed the draft the citizen chooses whose answers stay; the
//! submission ends it all. The page says where the citizen is and how to get somewhere
//! (`PageHooks`); this decides when to save and what the answer means.

use crate::api::{self, ApiError};
use crate::i18n::{format_time_now, use_i18n};
use crate::routes::WizardAt;
use crate::wizard::local_copy::{self, Restored};
use guichet_model::api::{Draft, SaveDraft, Submission, CHECK_ANSWERS};
use guichet_model::form::Answers;
use guichet_model::problem::{ErrorCode, FieldError};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// How long after the last keystroke the answers are saved.
const AUTOSAVE_DELAY_MS: u64 = 1200;

/// Where the answers stand, for the citizen to see and a screen reader to hear politely.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveStatus {
    Idle,
    Saving,
    /// Saved on the server at this time of day.
    Saved(String),
    /// Not reachable: kept on this device.
    Offline,
    Failed,
}

/// What the sync needs from the page, which knows the URLs and where errors show.
#[derive(Clone, Copy)]
pub struct PageHooks {
    /// Goes to a position of the application; `true` replaces the current history entry.
    pub go: Callback<(WizardAt, bool)>,
    /// Shows the server's refusal of the answers.
    pub refused: Callback<Vec<FieldError>>,
}

/// A save: the position the citizen goes to, and whether to go there once it is saved.
type SaveRequest = (WizardAt, bool);
/// Its answer, with the answers it sent.
type SaveReply = (WizardAt, bool, Answers, Result<Draft, ApiError>);

/// One application's answers and their state on the server; `Copy`, so views and handlers
/// take it as it is.
#[derive(Clone, Copy)]
pub struct DraftSync {
    draft: StoredValue<String>,
    /// What the citizen typed, shared with the form.
    pub answers: RwSignal<Answers>,
    /// The server version the answers are typed on.
    version: RwSignal<u32>,
    status: RwSignal<SaveStatus>,
    /// The server's version when a save met a newer one (another device or tab): the citizen
    /// chooses; nothing is overwritten silently.
    conflict: RwSignal<Option<Draft>>,
    online: RwSignal<bool>,
    /// The case the draft became, once submitted (here or elsewhere): then nothing is saved.
    submitted_case: RwSignal<Option<String>>,
    submission: RwSignal<Option<Submission>>,
    /// The last save or submission that failed for a reason worth telling.
    failure: RwSignal<Option<ApiError>>,
    at: Memo<WizardAt>,
    save: Action<SaveRequest, SaveReply>,
    /// One save at a time: the next one waits here; a step change waiting behind an autosave
    /// keeps its place.
    queued: StoredValue<Option<SaveRequest>>,
    /// Until its answer is handled, not merely received: between the two the action is no
    /// longer pending but the version is still the old one, and a save sent then would get 409.
    in_flight: StoredValue<bool>,
    /// Counts changes and saves, so only a pause after the last of them autosaves.
    typed: StoredValue<u32>,
    fetch_current: Action<(), Result<Draft, ApiError>>,
    submit: Action<(), Result<Submission, ApiError>>,
    /// Saves unsaved answers now rather than after the typing pause (the form's `save_now`).
    pub save_now: Trigger,
}

impl DraftSync {
    /// Starts from the server's draft, with what this device still holds of it; `at` is where
    /// the citizen is.
    pub fn new(draft: &Draft, at: Memo<WizardAt>, hooks: PageHooks) -> Self {
        let i18n = use_i18n();
        let draft_id = StoredValue::new(draft.id.clone());
        let answers = RwSignal::new(draft.answers.clone());
        let version = RwSignal::new(draft.version);
        let conflict = RwSignal::new(None::<Draft>);
        // Answers typed on this server version and never confirmed (a reload, a lost network,
        // an ended session) come back from the device's copy and are saved again.
        let unsaved = match local_copy::restore(draft) {
            Restored::Ahead(copy) => {
                answers.set(copy);
                true
            }
            // Typed here on an older version that another device has since changed: ask, as
            // for a live save, with this device's answers shown meanwhile.
            Restored::Behind { base_version, answers: copy } => {
                version.set(base_version);
                answers.set(copy);
                conflict.set(Some(draft.clone()));
                true
            }
            Restored::Nothing => false,
        };
        let status = RwSignal::new(SaveStatus::Idle);
        // Saves the answers with the position the citizen goes to; the server checks the way.
        let save = Action::new_local(move |(target, navigate_after): &SaveRequest| {
            let (target, navigate_after) = (target.clone(), *navigate_after);
            let body = SaveDraft {
                answers: answers.get_untracked(),
                position: match &target {
                    WizardAt::Step(step) => step.clone(),
                    _ => CHECK_ANSWERS.to_owned(),
                },
                base_version: version.get_untracked(),
            };
            status.set(SaveStatus::Saving);
            local_copy::sending(&draft_id.get_value(), body.base_version, &body.answers);
            async move {
                let result = api::drafts::save(&draft_id.get_value(), &body).await;
                (target, navigate_after, body.answers, result)
            }
        });
        // One key for this page: any number of clicks and retries submit once.
        let idempotency_key = StoredValue::new(random_key());
        let submit = Action::new_local(move |_: &()| {
            let key = idempotency_key.get_value();
            let lang = i18n.lang_untracked();
            async move { api::drafts::submit(&draft_id.get_value(), lang, &key).await }
        });
        let sync = DraftSync {
            draft: draft_id,
            answers,
            version,
            status,
            conflict,
            online: RwSignal::new(window().navigator().on_line()),
            submitted_case: RwSignal::new(draft.case_id.clone()),
            submission: RwSignal::new(None),
            failure: RwSignal::new(None),
            at,
            save,
            queued: StoredValue::new(None),
            in_flight: StoredValue::new(false),
            typed: StoredValue::new(0),
            fetch_current: Action::new_local(move |_: &()| async move { api::drafts::get(&draft_id.get_value()).await }),
            submit,
            save_now: Trigger::new(),
        };
        sync.handle_replies(hooks);
        sync.autosave(unsaved);
        sync.follow_network();
        sync
    }

    /// Where the citizen is, unless the application is done.
    fn position(self) -> Option<WizardAt> {
        Some(self.at.get_untracked()).filter(|at| *at != WizardAt::Done)
    }

    /// Saves the answers with the position the citizen goes to, and goes there once saved if
    /// `navigate_after`; behind a save on its way, waits its turn. Nothing is saved while a
    /// conflict waits for the citizen's choice, nor after the submission.
    pub fn request_save(self, target: WizardAt, navigate_after: bool) {
        if self.conflict.with_untracked(Option::is_some) || self.submitted_case.with_untracked(Option::is_some) {
            return;
        }
        // This save sends the answers as they are when it goes: a pending autosave has nothing
        // left to do, and fired later (say, once "submit" is on its way) it would meet 409.
        self.typed.update_value(|n| *n += 1);
        if self.in_flight.get_value() {
            self.queued.update_value(|q| {
                if !q.as_ref().is_some_and(|(_, nav)| *nav && !navigate_after) {
                    *q = Some((target, navigate_after));
                }
            });
        } else {
            self.in_flight.set_value(true);
            self.save.dispatch((target, navigate_after));
        }
    }

    /// Saves the answers with the position the citizen is at, staying there.
    fn save_here(self) {
        if let Some(at) = self.position() {
            self.request_save(at, false);
        }
    }

    /// "Try again" after a failed save sends the answers again, from where the citizen is.
    pub fn retry(self) {
        self.failure.set(None);
        self.save_here();
    }

    /// The conflict's choice: this device's answers, saved over the newer version.
    pub fn keep_mine(self) {
        if let Some(current) = self.conflict.get_untracked() {
            self.version.set(current.version);
            self.conflict.set(None);
            self.save_here();
        }
    }

    /// The conflict's choice: the newer version's answers, and this device's copy goes.
    pub fn use_theirs(self) {
        if let Some(current) = self.conflict.get_untracked() {
            self.version.set(current.version);
            self.answers.set(current.answers);
            local_copy::clear(&self.draft.get_value());
            self.conflict.set(None);
        }
    }

    /// Saves at once when focus leaves the form (a link, another tab or window); moving between
    /// its fields is left to the typing pause, so a save never races the next field.
    pub fn save_on_leaving(self, ev: &leptos::ev::FocusEvent) {
        let form = ev.current_target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
        let to = ev.related_target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
        if form.is_some_and(|form| !form.contains(to.as_ref())) {
            self.save_now.notify();
        }
    }

    /// Submits the application, once however often it is asked.
    pub fn submit(self) {
        if !self.submit.pending().get_untracked() {
            self.submit.dispatch(());
        }
    }

    pub fn submitting(self) -> bool {
        self.submit.pending().get()
    }

    pub fn saving(self) -> bool {
        self.save.pending().get()
    }

    pub fn status(self) -> ReadSignal<SaveStatus> {
        self.status.read_only()
    }

    pub fn online(self) -> ReadSignal<bool> {
        self.online.read_only()
    }

    pub fn conflict(self) -> ReadSignal<Option<Draft>> {
        self.conflict.read_only()
    }

    pub fn failure(self) -> ReadSignal<Option<ApiError>> {
        self.failure.read_only()
    }

    pub fn submitted_case(self) -> ReadSignal<Option<String>> {
        self.submitted_case.read_only()
    }

    /// The submission made on this page, if any (after a reload the page fetches it).
    pub fn submission(self) -> Option<Submission> {
        self.submission.get_untracked()
    }

    /// What the server answered to a save, to the newer version a conflict found, and to the
    /// submission.
    fn handle_replies(self, hooks: PageHooks) {
        let DraftSync { draft, answers, version, status, conflict, submitted_case, failure, save, queued, in_flight, fetch_current, submit, .. } = self;
        let i18n = use_i18n();
        Effect::new(move |_| {
            let Some((target, navigate_after, sent, result)) = save.value().get() else { return };
            in_flight.set_value(false);
            match result {
                Ok(saved) => {
                    version.set(saved.version);
                    failure.set(None);
                    status.set(SaveStatus::Saved(format_time_now(i18n.lang_untracked())));
                    local_copy::saved(&draft.get_value(), saved.version, &sent, answers.get_untracked());
                    if navigate_after {
                        hooks.go.run((target, false));
                    }
                    let queued = queued.try_update_value(Option::take).flatten().filter(|_| submitted_case.with_untracked(Option::is_none));
                    if let Some(next) = queued {
                        in_flight.set_value(true);
                        save.dispatch(next);
                    }
                }
                // Offline: the answers wait on the device and the citizen goes on; they are
                // saved when the network is back.
                Err(ApiError::Network | ApiError::Timeout) => {
                    status.set(SaveStatus::Offline);
                    queued.set_value(None);
                    if navigate_after {
                        hooks.go.run((target, false));
                    }
                }
                Err(ApiError::Invalid(errors)) => {
                    status.set(SaveStatus::Idle);
                    hooks.refused.run(errors);
                }
                Err(ApiError::Refused(ErrorCode::Conflict)) => {
                    status.set(SaveStatus::Idle);
                    queued.set_value(None);
                    fetch_current.dispatch(());
                }
                Err(error) => {
                    status.set(SaveStatus::Failed);
                    failure.set(Some(error));
                }
            }
        });
        Effect::new(move |_| match fetch_current.value().get() {
            Some(Ok(current)) if current.case_id.is_some() => {
                // Submitted elsewhere: there is nothing left to save here.
                submitted_case.set(current.case_id);
                hooks.go.run((WizardAt::Done, true));
            }
            Some(Ok(current)) => conflict.set(Some(current)),
            Some(Err(error)) => failure.set(Some(error)),
            None => {}
        });
        Effect::new(move |_| match submit.value().get() {
            Some(Ok(done)) => {
                failure.set(None);
                // A submitted application leaves the device nothing to keep, whatever a save or
                // a background write still had on its way.
                local_copy::clear(&draft.get_value());
                submitted_case.set(Some(done.case_id.clone()));
                self.submission.set(Some(done));
                hooks.go.run((WizardAt::Done, false));
            }
            Some(Err(ApiError::Invalid(errors))) => hooks.refused.run(errors),
            Some(Err(error)) => failure.set(Some(error)),
            None => {}
        });
    }

    /// A moment after the citizen stops typing, and at once when asked (`save_now`); what was
    /// restored from the device (`unsaved`) is saved without waiting for a keystroke.
    fn autosave(self, unsaved: bool) {
        let DraftSync { draft, answers, version, online, submitted_case, at, typed, save_now, .. } = self;
        Effect::new(move |first: Option<()>| {
            let snapshot = answers.get();
            if first.is_none() && !unsaved {
                return;
            }
            if submitted_case.with_untracked(Option::is_some) {
                return;
            }
            local_copy::typed(&draft.get_value(), version.get_untracked(), snapshot);
            typed.update_value(|n| *n += 1);
            let this = typed.get_value();
            set_timeout(
                move || {
                    // The page may be gone by now (the citizen submitted or left): then nothing to do.
                    if typed.try_get_value() == Some(this) && online.try_get_untracked() == Some(true) {
                        if let Some(at) = at.try_get_untracked().filter(|at| *at != WizardAt::Done) {
                            self.request_save(at, false);
                        }
                    }
                },
                std::time::Duration::from_millis(AUTOSAVE_DELAY_MS),
            );
        });
        Effect::new(move |first: Option<()>| {
            save_now.track();
            if first.is_none() || !local_copy::holds(&draft.get_value()) || !online.get_untracked() {
                return;
            }
            self.save_here();
        });
    }

    /// Follows the network: back online, what waits on the device is saved.
    fn follow_network(self) {
        let on_network = move |up: bool| {
            self.online.set(up);
            if up && local_copy::holds(&self.draft.get_value()) {
                self.save_here();
            }
        };
        let online_listener = window_event_listener(leptos::ev::online, move |_| on_network(true));
        let offline_listener = window_event_listener(leptos::ev::offline, move |_| on_network(false));
        on_cleanup(move || {
            online_listener.remove();
            offline_listener.remove();
        });
    }
}

/// A random key for the `Idempotency-Key` header.
fn random_key() -> String {
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.random_uuid())
        .unwrap_or_else(|| format!("{:x}{:x}", (js_sys::Math::random() * 1e15) as u64, js_sys::Date::now() as u64))
}
