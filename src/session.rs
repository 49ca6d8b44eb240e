//! Who is signed in, shared by every page. The server owns the session; this only mirrors it.

use guichet_model::api::Me;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Session {
    pub user: RwSignal<Option<Me>>,
}

impl Session {
    pub fn new(user: Option<Me>) -> Self {
        Session { user: RwSignal::new(user) }
    }

    pub fn is_signed_in(&self) -> bool {
        self.user.with(Option::is_some)
    }
}

pub fn use_session() -> Session {
    expect_context::<Session>()
}
