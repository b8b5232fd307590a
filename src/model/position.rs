use serde::{Deserialize, Serialize};

use super::id::{ActorId, PositionId, StatementId};
use super::kinds::Stance;
use super::span::Span;
use super::values::Condition;

/// What an actor is for or against.
///
/// ```
/// use news_model::{ActorId, Position, PositionId, Span, Stance};
/// let p = Position::new(
///     PositionId::new(1),
///     ActorId::new(2),
///     "negotiations with Ukraine",
///     Stance::Support,
///     Span::new(0, 10)?,
/// );
/// assert_eq!(p.stance, Stance::Support);
/// # Ok::<(), news_model::ValueError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Position {
    /// Identity within the analysis.
    pub id: PositionId,
    /// Who holds the position.
    pub holder: ActorId,
    /// What it is about, as a short phrase.
    pub topic: String,
    /// The words of the topic in the text, when it is named there.
    #[serde(default)]
    pub topic_span: Option<Span>,
    /// For, against or neutral.
    pub stance: Stance,
    /// The condition the stance is tied to ("while Putin remains in power").
    #[serde(default)]
    pub condition: Option<Condition>,
    /// The shortest text that shows the stance.
    pub evidence: Span,
    /// The statement it was expressed in, if any.
    #[serde(default)]
    pub statement: Option<StatementId>,
}

impl Position {
    /// A position with its required fields.
    pub fn new(
        id: PositionId,
        holder: ActorId,
        topic: impl Into<String>,
        stance: Stance,
        evidence: Span,
    ) -> Position {
        Position {
            id,
            holder,
            topic: topic.into(),
            topic_span: None,
            stance,
            condition: None,
            evidence,
            statement: None,
        }
    }

    /// Sets the span of the topic.
    pub fn with_topic_span(mut self, span: Span) -> Position {
        self.topic_span = Some(span);
        self
    }

    /// Sets the condition.
    pub fn with_condition(mut self, condition: Condition) -> Position {
        self.condition = Some(condition);
        self
    }

    /// Links the statement it came from.
    pub fn with_statement(mut self, statement: StatementId) -> Position {
        self.statement = Some(statement);
        self
    }
}
