//! The one place that talks HTTP. `client` performs every request; the modules below it name
//! the portal's resources. Nothing here renders anything.

pub mod cases;
pub mod client;
pub mod documents;
pub mod drafts;
pub mod json;
pub mod messages;
pub mod services;
pub mod session;

pub use client::ApiError;
