use serde::{Deserialize, Serialize};

use super::id::{ActorId, StatementId};
use super::kinds::SpeechAct;
use super::span::Span;
use super::values::{Channel, EventCoding};

/// An attribution of speech, writing or communicated belief: who said
/// what, to whom, where.
///
/// ```
/// use news_model::{ActorId, Span, SpeechAct, Statement, StatementId};
/// let text = "Peskov said talks were possible.";
/// let st = Statement::new(
///     StatementId::new(1),
///     ActorId::new(1),
///     Span::new(7, 11)?,
///     vec![Span::new(12, 31)?],
/// )
/// .with_speech_act(SpeechAct::Claim);
/// assert_eq!(st.content[0].text(text), Some("talks were possible"));
/// # Ok::<(), news_model::ValueError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Statement {
    /// Identity within the analysis.
    pub id: StatementId,
    /// Who spoke.
    pub speaker: ActorId,
    /// The words that name the speaker here ("Dmitry Peskov", "He"), when
    /// the sentence has them.
    #[serde(default)]
    pub source: Option<Span>,
    /// The reporting expression ("warned", "called on", "according to").
    pub cue: Span,
    /// What was said, in text order: one span, or several for a quotation
    /// split by "he said" or running over paragraphs.
    pub content: Vec<Span>,
    /// True when the content is a verbatim quotation. A clause that only
    /// holds a quotation ('the cuts were "a betrayal," Roe said') is not:
    /// its content is the whole clause, and `direct` is false.
    #[serde(default)]
    pub direct: bool,
    /// Where it was said, when the text says.
    #[serde(default)]
    pub channel: Option<Channel>,
    /// Who it was addressed to or called upon.
    #[serde(default)]
    pub addressees: Vec<ActorId>,
    /// What the statement does.
    pub speech_act: SpeechAct,
    /// CAMEO and PLOVER codes, where the speech act and content determine
    /// them.
    #[serde(default)]
    pub coding: Option<EventCoding>,
    /// The text that justifies the record: source, cue and content
    /// together (usually the sentence or sentences).
    pub evidence: Span,
}

impl Statement {
    /// A statement with its speaker, cue and content; a [`SpeechAct::Claim`]
    /// until said otherwise, with evidence covering cue and content.
    pub fn new(id: StatementId, speaker: ActorId, cue: Span, content: Vec<Span>) -> Statement {
        let evidence = content.iter().fold(cue, |acc, s| acc.cover(*s));
        Statement {
            id,
            speaker,
            source: None,
            cue,
            content,
            direct: false,
            channel: None,
            addressees: Vec::new(),
            speech_act: SpeechAct::Claim,
            coding: None,
            evidence,
        }
    }

    /// Sets the speech act.
    pub fn with_speech_act(mut self, act: SpeechAct) -> Statement {
        self.speech_act = act;
        self
    }

    /// Sets the source mention, widening the evidence to cover it.
    pub fn with_source(mut self, source: Span) -> Statement {
        self.source = Some(source);
        self.evidence = self.evidence.cover(source);
        self
    }

    /// Marks the statement as a direct quotation (or not).
    pub fn with_direct(mut self, direct: bool) -> Statement {
        self.direct = direct;
        self
    }

    /// Sets the channel.
    pub fn with_channel(mut self, channel: Channel) -> Statement {
        self.channel = Some(channel);
        self
    }

    /// Adds an addressee.
    pub fn with_addressee(mut self, actor: ActorId) -> Statement {
        if !self.addressees.contains(&actor) {
            self.addressees.push(actor);
        }
        self
    }

    /// Sets the event coding.
    pub fn with_coding(mut self, coding: EventCoding) -> Statement {
        self.coding = Some(coding);
        self
    }

    /// Sets the evidence span.
    pub fn with_evidence(mut self, evidence: Span) -> Statement {
        self.evidence = evidence;
        self
    }
}
