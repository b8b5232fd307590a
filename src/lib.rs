//! # news_model
//!
//! Turns news stories into typed, validated records: the [`Article`], its
//! [`Actor`]s (people, states, organisations, groups), their
//! [`Statement`]s (who said what, to whom, where), their [`Position`]s
//! (for or against what) and their [`Threat`]s (who threatens what action
//! against whom, under which condition). Every extracted record carries the
//! [`Span`]s of text that justify it, and statements and threats carry
//! CAMEO event codes with Goldstein scores and PLOVER event types.
//!
//! ```text
//! raw text ──parse──▶ Article ──extract──▶ Analysis ──validate──▶ JSON / Rust values
//! ```
//!
//! Everything is rules and embedded vocabularies: no model to download, no
//! network, the same input always gives the same bytes of JSON.
//!
//! # A tour, on the article the crate was designed from
//!
//! A Khaama Press story syndicated by MENAFN on 9 December 2024: Donald
//! Trump calls on Vladimir Putin to act for a ceasefire and says he is
//! prepared, if necessary, to reduce military aid to Ukraine and withdraw
//! the U.S. from NATO; the Kremlin's spokesperson answers; Zelensky warns
//! on Telegram.
//!
//! ```
//! use news_model::{ActionKind, Validate, analyze};
//!
//! let text = include_str!("../examples/data/khaama-2024-12-09.txt");
//! let analysis = analyze(text)?;
//!
//! // The article: header, date, outlet, sentences, all spans into the text.
//! let article = &analysis.article;
//! assert_eq!(article.published.map(|d| d.to_string()).as_deref(), Some("2024-12-09"));
//! assert_eq!(article.source.outlet.as_deref(), Some("Khaama Press"));
//! assert_eq!(article.source.syndicator.as_deref(), Some("MENAFN"));
//!
//! // One actor per entity: "Russian President Vladimir" is Vladimir Putin,
//! // Moscow and the Kremlin are Russia.
//! let putin = analysis.actor_named("Russian President Vladimir").unwrap();
//! assert_eq!(putin.name, "Vladimir Putin");
//! assert_eq!(analysis.actor_named("Moscow").unwrap().name, "Russia");
//!
//! // Who said what, to whom, where.
//! let call = &analysis.statements[0];
//! assert_eq!(analysis.text(call.cue), "called on");
//! assert_eq!(analysis.actor(call.speaker).unwrap().name, "Donald Trump");
//! assert_eq!(analysis.actor(call.addressees[0]).unwrap().name, "Vladimir Putin");
//! assert_eq!(call.channel.as_ref().unwrap().label(), "Truth Social");
//!
//! // Both conditional threats, with their evidence and CAMEO codes.
//! let aid = &analysis.threats[0];
//! assert_eq!(analysis.text(aid.action), "reduce military aid to Ukraine");
//! assert_eq!(aid.kind, ActionKind::ReduceAid);
//! assert_eq!(analysis.text(aid.condition.unwrap().span()), "if necessary");
//! assert_eq!(aid.coding.unwrap().cameo().as_str(), "1311");
//!
//! // Every invariant holds, and the JSON reads back to the same value.
//! analysis.validate()?;
//! let json = analysis.to_json();
//! assert_eq!(news_model::Analysis::from_json(&json)?, analysis);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Entry points
//!
//! * [`analyze`]: text in, [`Analysis`] out, with the default [`Extractor`].
//! * [`Article::parse`] and [`parse::Parser`]: raw text to an [`Article`]
//!   (headers, datelines, bylines, dates, paragraphs, sentences), with a
//!   reference date for year-less datelines and a length limit.
//! * [`Extractor`]: the stages, with the embedded [`Gazetteer`] or one a
//!   [`GazetteerBuilder`] extended with your own names, roles and aliases.
//! * [`Validate`]: every invariant of an analysis, every violation reported
//!   at once with its path (`statements[3].speaker`).
//! * [`Analysis::to_json`] / [`Analysis::from_json`]: the versioned
//!   interchange format ([`SCHEMA_VERSION`]).
//! * [`batch`]: many articles in parallel, and streaming JSON Lines in a
//!   bounded memory window.
//! * [`codes`]: the CAMEO event table, Goldstein scores and PLOVER types.
//!
//! # Errors
//!
//! One type per failure domain: [`ValueError`] (a value type rejected its
//! input), [`ParseError`] (the input holds no article: empty, blank, binary,
//! not UTF-8), [`JsonError`] (JSON that is not an analysis of this schema
//! version), [`ValidationErrors`] (the broken invariants of an analysis) and
//! [`GazetteerError`] (a gazetteer file with a bad line). No function panics
//! on any input.
//!
//! # Crate features
//!
//! * `parallel` (default): [`batch`] runs on all cores with rayon; without
//!   it, batches run on the calling thread with the same results.
//!
//! # Data
//!
//! The vocabularies under `data/` are compiled in and parsed once per
//! process. The embedded gazetteer (`data/gazetteer/*.tsv`) holds every UN
//! member and observer state, Taiwan, Kosovo, common territories and the
//! U.S. states; international organisations, national institutions,
//! parties, companies and armed and political movements; heads of state
//! and government, ministers, spokespeople, IGO leaders and U.S. political
//! figures with dated offices (current to early 2026); named groups; news
//! outlets and platforms. Country names, ISO and CAMEO codes come from
//! openeventdata/CountryInfo (public codes); names, spellings, dated offices
//! and CAMEO actor codes to about 2017 from the Phoenix actor dictionaries
//! of openeventdata/petrarch2 (MIT); everything later is general knowledge
//! checked by the authors. The reporting cues were counted on PolNeAR's
//! training split (Newell, Margolin & Ruths 2018); the CAMEO event table
//! comes from GDELT's CAMEO lookups and PLOVER's CAMEO mapping (CC BY-SA
//! 4.0). Channel, threat, stance and polarity words are the authors' own.
//! `data/README.md` gives the sources file by file.

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

/// The README's examples, compiled and run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
