//! # news_model
//!
//! Turns news stories into typed, validated records: the [`Article`], its
//! [`Actor`]s (people, states, organisations, groups), their
//! [`Statement`]s (who said what, to whom, where), their [`Position`]s
//! (for or against what) and their [`Threat`]s (who threatens what action
//! against whom, under which condition). Every extracted record carries the
//! [`Span`]s of text that justify it.
//!
//! ```text
//! raw text ──parse──▶ Article ──extract──▶ Analysis ──validate──▶ JSON / Rust values
//! ```

#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod batch;
pub mod codes;
mod error;
pub mod extract;
pub(crate) mod model;
pub mod parse;
mod validate;

pub use batch::Batch;
pub use error::{
    GazetteerError, JsonError, ParseError, ValidationErrors, ValueError, Violation, ViolationKind,
};
pub use extract::{Extractor, Gazetteer, GazetteerBuilder, analyze};
pub use model::*;
pub use validate::Validate;
