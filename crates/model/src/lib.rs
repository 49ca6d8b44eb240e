//! The pure model shared by the guichet browser app and the reference portal: API types,
//! error codes, languages, the route table, validators and Swiss formats. No web or database
//! dependencies.

pub mod api;
pub mod form;
pub mod journey;
pub mod lang;
pub mod problem;
pub mod routes;
pub mod search;
pub mod swiss;
pub mod validate;

pub use lang::Lang;
