//! Article to Analysis: actors, statements, positions and threats, one
//! stage a file, with lexicons loaded once.

mod doc;

use crate::error::ParseError;
use crate::model::{Analysis, Article};

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
    _private: (),
}

impl Extractor {
    /// An extractor with the embedded vocabularies.
    pub fn new() -> Extractor {
        Extractor { _private: () }
    }

    /// Extracts every record from `article`.
    pub fn extract(&self, article: Article) -> Analysis {
        Analysis::new(article)
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
