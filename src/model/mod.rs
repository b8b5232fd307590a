//! The records and value types: data and invariants only.
//!
//! Nothing here depends on the rest of the crate; parsing, extraction,
//! validation and coding all build or read these types.

mod actor;
mod analysis;
mod article;
mod country;
pub(crate) mod date;
mod id;
mod kinds;
mod position;
mod span;
mod statement;
mod threat;
mod values;

pub use actor::Actor;
pub use analysis::{Analysis, SCHEMA_VERSION};
pub use article::{Article, Dateline, ParseWarning, ParseWarningKind, Source};
pub use country::CountryCode;
pub use date::Date;

pub use id::{ActorId, PositionId, StatementId, ThreatId};
pub use kinds::{
    ActionKind, ActorKind, ChannelKind, ConditionKind, PloverEvent, SpeechAct, Stance,
};
pub use position::Position;
pub use span::Span;
pub use statement::Statement;
pub use threat::Threat;
pub use values::{
    CameoActorCode, CameoCode, Channel, Condition, EventCoding, Goldstein, Language, Role,
};
