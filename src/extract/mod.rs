//! Article to Analysis: actors, statements, positions and threats, one
//! stage a file, with lexicons loaded once.

pub(crate) mod actors;
mod channels;
mod context;
mod doc;
mod gazetteer;
mod lexicon;
mod positions;
mod quotes;
mod statements;
mod threats;
mod words;

use crate::error::ParseError;
use crate::model::{Analysis, Article, SpeechAct};

pub use gazetteer::{Entry, EntryKind, Gazetteer, GazetteerBuilder, Tenure};
pub(crate) use lexicon::FxBuild;

/// Extracts actors, statements, positions and threats from articles.
///
/// Building an extractor is cheap after the first one: the embedded
/// vocabularies are parsed once per process and shared.
///
/// ```
/// use news_model::{Article, Extractor};
/// let extractor = Extractor::new();
/// let analysis = extractor.extract(Article::parse("Peskov said talks were possible.")?);
/// assert_eq!(analysis.article.sentences.len(), 1);
/// # Ok::<(), news_model::ParseError>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct Extractor {
    gazetteer: Gazetteer,
}

impl Extractor {
    /// An extractor with the embedded vocabularies.
    pub fn new() -> Extractor {
        Extractor {
            gazetteer: Gazetteer::embedded(),
        }
    }

    /// An extractor that knows the actors of `gazetteer` (build one with
    /// [`GazetteerBuilder`] to add entries to the embedded ones).
    ///
    /// ```
    /// use news_model::{Extractor, GazetteerBuilder};
    /// let mut builder = GazetteerBuilder::embedded();
    /// builder.add_tsv("organization\tAcme Widgets\tUSA\t-\tAcme\t-")?;
    /// let extractor = Extractor::with_gazetteer(builder.build());
    /// let analysis = extractor.analyze("Acme warned of higher prices.")?;
    /// assert_eq!(analysis.actors[0].name, "Acme Widgets");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn with_gazetteer(gazetteer: Gazetteer) -> Extractor {
        Extractor { gazetteer }
    }

    /// The gazetteer the extractor uses.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// Extracts every record from `article`.
    pub fn extract(&self, article: Article) -> Analysis {
        let doc = doc::Doc::new(&article);
        let (quotes, inside) = quotes::find(&doc);
        let mut actor_set =
            actors::ActorSet::find_quoted(&doc, &article, &self.gazetteer, inside.clone());
        let mut drafts = statements::extract(&doc, &quotes, &inside, &mut actor_set);
        let first_ctx = context::Ctx::new(&doc, &drafts);
        let author = threats::author(&first_ctx, &mut actor_set);
        let owners = first_ctx.into_owners();
        let drafts_before = drafts.len();
        // A first-person official text's own stances ("The United States
        // condemns ...") are positions, not statements.
        if let Some(author) = author {
            drafts.retain(|d| {
                !(d.speaker == author
                    && matches!(
                        d.act,
                        SpeechAct::Criticism
                            | SpeechAct::Praise
                            | SpeechAct::Rejection
                            | SpeechAct::Agreement
                    ))
            });
        }
        // The same statements have the same owners: computed again only
        // when some were dropped.
        let ctx = if drafts.len() == drafts_before {
            context::Ctx::with_owners(&doc, &drafts, owners)
        } else {
            context::Ctx::new(&doc, &drafts)
        };
        let threat_drafts = threats::extract(&ctx, author, &mut actor_set);
        let position_drafts = positions::extract(&ctx, author, &mut actor_set);
        drop(ctx);
        // A statement that makes a threat is a threat.
        for t in &threat_drafts {
            if let Some(d) = t.statement.and_then(|k| drafts.get_mut(k))
                && matches!(
                    d.act,
                    SpeechAct::Claim | SpeechAct::Warning | SpeechAct::Announcement
                )
            {
                d.act = SpeechAct::Threat;
            }
        }
        for d in &drafts {
            actor_set.mark_active(d.speaker);
            for a in &d.addressees {
                actor_set.mark_active(*a);
            }
        }
        for t in &threat_drafts {
            actor_set.mark_active(t.issuer);
            for a in &t.targets {
                actor_set.mark_active(*a);
            }
        }
        for p in &position_drafts {
            actor_set.mark_active(p.holder);
        }
        let (actors, actor_ids) = actor_set.finish();
        let (statements, statement_ids) =
            statements::build(&doc, drafts, &actor_ids, &threat_drafts);
        let threats = threats::build(&doc, &threat_drafts, &actor_ids, &statement_ids);
        let positions = positions::build(&doc, &position_drafts, &actor_ids, &statement_ids);
        drop(doc);
        let mut analysis = Analysis::new(article);
        analysis.actors = actors;
        analysis.statements = statements;
        analysis.positions = positions;
        analysis.threats = threats;
        analysis
    }

    /// Parses `text` and extracts every record from it.
    ///
    /// # Errors
    ///
    /// When the text holds no article; see [`Article::parse`].
    pub fn analyze(&self, text: &str) -> Result<Analysis, ParseError> {
        Ok(self.extract(Article::parse(text)?))
    }
}

/// Parses `text` and extracts everything from it with the default
/// [`Extractor`]: the one-call entry point.
///
/// # Errors
///
/// When the text holds no article (empty, blank or binary); see
/// [`Article::parse`].
///
/// ```
/// let analysis = news_model::analyze("Peskov said talks were possible.")?;
/// println!("{}", analysis.to_json_pretty());
/// # Ok::<(), news_model::ParseError>(())
/// ```
pub fn analyze(text: &str) -> Result<Analysis, ParseError> {
    Extractor::new().analyze(text)
}
