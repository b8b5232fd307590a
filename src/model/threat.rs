use serde::{Deserialize, Serialize};

use super::id::{ActorId, StatementId, ThreatId};
use super::kinds::ActionKind;
use super::span::Span;
use super::values::{Condition, EventCoding};

/// Who threatens what action against whom, under which condition.
///
/// ```
/// use news_model::{ActionKind, ActorId, Span, Threat, ThreatId};
/// let text = "he is prepared to reduce military aid to Ukraine";
/// let t = Threat::new(
///     ThreatId::new(1),
///     ActorId::new(1),
///     Span::new(18, 48)?,
///     ActionKind::ReduceAid,
///     Span::new(0, 48)?,
/// )
/// .with_target(ActorId::new(3));
/// assert_eq!(t.action.text(text), Some("reduce military aid to Ukraine"));
/// assert!(!t.is_conditional());
/// # Ok::<(), news_model::ValueError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Threat {
    /// Identity within the analysis.
    pub id: ThreatId,
    /// Who threatens.
    pub issuer: ActorId,
    /// Who would suffer the action.
    #[serde(default)]
    pub targets: Vec<ActorId>,
    /// The threatened action ("reduce military aid to Ukraine").
    pub action: Span,
    /// What kind of action it is.
    pub kind: ActionKind,
    /// The condition ("if necessary", "unless ..."), for a conditional
    /// threat.
    #[serde(default)]
    pub condition: Option<Condition>,
    /// The text that shows the threat: cue, action and condition.
    pub evidence: Span,
    /// The statement it was made in, if any.
    #[serde(default)]
    pub statement: Option<StatementId>,
    /// CAMEO (13x) and PLOVER codes.
    #[serde(default)]
    pub coding: Option<EventCoding>,
}

impl Threat {
    /// A threat with its required fields.
    pub fn new(
        id: ThreatId,
        issuer: ActorId,
        action: Span,
        kind: ActionKind,
        evidence: Span,
    ) -> Threat {
        Threat {
            id,
            issuer,
            targets: Vec::new(),
            action,
            kind,
            condition: None,
            evidence,
            statement: None,
            coding: None,
        }
    }

    /// True when the threat is tied to a condition.
    pub fn is_conditional(&self) -> bool {
        self.condition.is_some()
    }

    /// Adds a target.
    pub fn with_target(mut self, actor: ActorId) -> Threat {
        if !self.targets.contains(&actor) {
            self.targets.push(actor);
        }
        self
    }

    /// Sets the condition.
    pub fn with_condition(mut self, condition: Condition) -> Threat {
        self.condition = Some(condition);
        self
    }

    /// Links the statement it came from.
    pub fn with_statement(mut self, statement: StatementId) -> Threat {
        self.statement = Some(statement);
        self
    }

    /// Sets the event coding.
    pub fn with_coding(mut self, coding: EventCoding) -> Threat {
        self.coding = Some(coding);
        self
    }
}
