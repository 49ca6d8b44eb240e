//! Reusable view pieces. They get props and signals and never call the API.

pub mod case_list;
pub mod dialog;
pub mod documents;
pub mod error_panel;
pub mod error_summary;
pub mod file_upload;
pub mod layout;
pub mod localized;
pub mod messages;
pub mod sender;
pub mod session_timeout;
pub mod skeleton;
pub mod status;
pub mod text_field;
pub mod timeline;
