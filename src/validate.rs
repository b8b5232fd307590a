//! The [`Validate`] trait: check every invariant of a record at once.
//!
//! Value types check themselves when built (a [`Date`](crate::Date) is
//! always a real date, a [`CountryCode`](crate::CountryCode) always an
//! assigned code, a [`Span`](crate::Span) always has `start <= end`), and
//! reading JSON rejects bad values with their line and column. What only
//! the whole analysis can tell is checked here:
//!
//! * names, topics and texts are not blank;
//! * every span lies inside the article text and on character boundaries;
//!   evidence, cue, content and action spans are not empty;
//! * paragraphs and sentences are in text order;
//! * ids are unique within their list;
//! * every actor reference (speaker, addressee, holder, issuer, target)
//!   and statement reference resolves;
//! * statements have content, threats an action, and every extracted
//!   record carries evidence.

use std::collections::HashSet;
use std::fmt::Display;
use std::hash::Hash;

use crate::error::{ValidationErrors, Violation, ViolationKind};
use crate::model::{ActorId, Analysis, Article, Span, StatementId};

/// Checks a record's invariants, reporting every violation at once.
pub trait Validate {
    /// `Ok(())` when every invariant holds, else every violation with its
    /// path.
    ///
    /// # Errors
    ///
    /// [`ValidationErrors`] listing each [`Violation`].
    ///
    /// ```
    /// use news_model::{Actor, ActorId, ActorKind, Analysis, Article, Validate};
    /// let mut analysis = Analysis::new(Article::parse("Peskov spoke.")?);
    /// analysis.actors.push(Actor::new(ActorId::new(1), " ", ActorKind::Person));
    /// let err = analysis.validate().unwrap_err();
    /// assert_eq!(err.to_string(), "1 violation: actors[0].name: must not be empty");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    fn validate(&self) -> Result<(), ValidationErrors>;
}

struct Checker<'a> {
    text: &'a str,
    out: Vec<Violation>,
}

impl Checker<'_> {
    fn push(&mut self, path: impl Into<String>, kind: ViolationKind) {
        self.out.push(Violation::new(path, kind));
    }

    fn non_blank(&mut self, path: impl FnOnce() -> String, s: &str) {
        if s.trim().is_empty() {
            self.push(path(), ViolationKind::Empty);
        }
    }

    /// Checks that `span` lies in the text on char boundaries; returns
    /// whether it does.
    fn span(&mut self, path: impl FnOnce() -> String, span: Span) -> bool {
        if span.end() > self.text.len() {
            self.push(
                path(),
                ViolationKind::SpanOutOfBounds {
                    span: span.to_string(),
                    len: self.text.len(),
                },
            );
            false
        } else if !self.text.is_char_boundary(span.start())
            || !self.text.is_char_boundary(span.end())
        {
            self.push(
                path(),
                ViolationKind::SpanNotOnCharBoundary {
                    span: span.to_string(),
                },
            );
            false
        } else {
            true
        }
    }

    /// Like [`Checker::span`], and the span must not be empty.
    fn text_span(&mut self, path: impl Fn() -> String, span: Span) {
        if self.span(&path, span) && span.is_empty() {
            self.push(
                path(),
                ViolationKind::EmptySpan {
                    span: span.to_string(),
                },
            );
        }
    }

    fn ordered(&mut self, list: &str, spans: &[Span]) {
        let mut prev_end = 0;
        for (i, s) in spans.iter().enumerate() {
            self.text_span(|| format!("{list}[{i}]"), *s);
            if s.start() < prev_end {
                self.push(
                    format!("{list}[{i}]"),
                    ViolationKind::SpanOutOfOrder {
                        span: s.to_string(),
                    },
                );
            }
            prev_end = prev_end.max(s.end());
        }
    }

    fn unique<T: Hash + Eq + Display + Copy>(&mut self, list: &str, ids: impl Iterator<Item = T>) {
        let mut seen = HashSet::new();
        for (i, id) in ids.enumerate() {
            if !seen.insert(id) {
                self.push(
                    format!("{list}[{i}].id"),
                    ViolationKind::DuplicateId { id: id.to_string() },
                );
            }
        }
    }

    fn actor_ref(&mut self, actors: &HashSet<ActorId>, path: impl FnOnce() -> String, id: ActorId) {
        if !actors.contains(&id) {
            self.push(path(), ViolationKind::UnknownActor { id: id.to_string() });
        }
    }

    fn statement_ref(
        &mut self,
        statements: &HashSet<StatementId>,
        path: impl FnOnce() -> String,
        id: Option<StatementId>,
    ) {
        if let Some(id) = id
            && !statements.contains(&id)
        {
            self.push(
                path(),
                ViolationKind::UnknownStatement { id: id.to_string() },
            );
        }
    }

    fn article(&mut self, a: &Article, prefix: &str) {
        self.non_blank(|| format!("{prefix}text"), &a.text);
        if let Some(h) = a.headline {
            self.text_span(|| format!("{prefix}headline"), h);
        }
        self.span(|| format!("{prefix}body"), a.body);
        if let Some(d) = &a.dateline {
            self.text_span(|| format!("{prefix}dateline.span"), d.span);
        }
        for (i, name) in a.byline.iter().enumerate() {
            self.non_blank(|| format!("{prefix}byline[{i}]"), name);
        }
        if let Some(o) = &a.source.outlet {
            self.non_blank(|| format!("{prefix}source.outlet"), o);
        }
        if let Some(o) = &a.source.syndicator {
            self.non_blank(|| format!("{prefix}source.syndicator"), o);
        }
        self.ordered(&format!("{prefix}paragraphs"), &a.paragraphs);
        self.ordered(&format!("{prefix}sentences"), &a.sentences);
        self.ordered(&format!("{prefix}boilerplate"), &a.boilerplate);
        for (i, w) in a.warnings.iter().enumerate() {
            self.span(|| format!("{prefix}warnings[{i}].span"), w.span);
        }
    }
}

impl Validate for Article {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut c = Checker {
            text: &self.text,
            out: Vec::new(),
        };
        c.article(self, "");
        finish(c)
    }
}

fn finish(c: Checker<'_>) -> Result<(), ValidationErrors> {
    if c.out.is_empty() {
        Ok(())
    } else {
        Err(ValidationErrors::new(c.out))
    }
}

impl Validate for Analysis {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut c = Checker {
            text: &self.article.text,
            out: Vec::new(),
        };
        c.article(&self.article, "article.");

        let actor_ids: HashSet<ActorId> = self.actors.iter().map(|a| a.id).collect();
        let statement_ids: HashSet<StatementId> = self.statements.iter().map(|s| s.id).collect();

        c.unique("actors", self.actors.iter().map(|a| a.id));
        for (i, a) in self.actors.iter().enumerate() {
            c.non_blank(|| format!("actors[{i}].name"), &a.name);
            for (j, alias) in a.aliases.iter().enumerate() {
                c.non_blank(|| format!("actors[{i}].aliases[{j}]"), alias);
            }
            for (j, m) in a.mentions.iter().enumerate() {
                c.text_span(|| format!("actors[{i}].mentions[{j}]"), *m);
            }
        }

        c.unique("statements", self.statements.iter().map(|s| s.id));
        for (i, s) in self.statements.iter().enumerate() {
            c.actor_ref(&actor_ids, || format!("statements[{i}].speaker"), s.speaker);
            for (j, a) in s.addressees.iter().enumerate() {
                c.actor_ref(
                    &actor_ids,
                    || format!("statements[{i}].addressees[{j}]"),
                    *a,
                );
            }
            if let Some(src) = s.source {
                c.text_span(|| format!("statements[{i}].source"), src);
            }
            c.text_span(|| format!("statements[{i}].cue"), s.cue);
            if s.content.is_empty() {
                c.push(
                    format!("statements[{i}].content"),
                    ViolationKind::MissingContent,
                );
            }
            for (j, sp) in s.content.iter().enumerate() {
                c.text_span(|| format!("statements[{i}].content[{j}]"), *sp);
            }
            if let Some(ch) = &s.channel
                && let Some(sp) = ch.span()
            {
                c.text_span(|| format!("statements[{i}].channel.span"), sp);
            }
            evidence(&mut c, || format!("statements[{i}].evidence"), s.evidence);
        }

        c.unique("positions", self.positions.iter().map(|p| p.id));
        for (i, p) in self.positions.iter().enumerate() {
            c.actor_ref(&actor_ids, || format!("positions[{i}].holder"), p.holder);
            c.non_blank(|| format!("positions[{i}].topic"), &p.topic);
            if let Some(t) = p.topic_span {
                c.text_span(|| format!("positions[{i}].topic_span"), t);
            }
            if let Some(cond) = p.condition {
                c.text_span(|| format!("positions[{i}].condition.span"), cond.span());
            }
            evidence(&mut c, || format!("positions[{i}].evidence"), p.evidence);
            c.statement_ref(
                &statement_ids,
                || format!("positions[{i}].statement"),
                p.statement,
            );
        }

        c.unique("threats", self.threats.iter().map(|t| t.id));
        for (i, t) in self.threats.iter().enumerate() {
            c.actor_ref(&actor_ids, || format!("threats[{i}].issuer"), t.issuer);
            for (j, a) in t.targets.iter().enumerate() {
                c.actor_ref(&actor_ids, || format!("threats[{i}].targets[{j}]"), *a);
            }
            c.text_span(|| format!("threats[{i}].action"), t.action);
            if let Some(cond) = t.condition {
                c.text_span(|| format!("threats[{i}].condition.span"), cond.span());
            }
            evidence(&mut c, || format!("threats[{i}].evidence"), t.evidence);
            c.statement_ref(
                &statement_ids,
                || format!("threats[{i}].statement"),
                t.statement,
            );
        }
        finish(c)
    }
}

fn evidence(c: &mut Checker<'_>, path: impl Fn() -> String, span: Span) {
    if c.span(&path, span) && (span.is_empty() || c.text[span.range()].trim().is_empty()) {
        c.push(path(), ViolationKind::MissingEvidence);
    }
}
