use serde::de;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::actor::Actor;
use super::article::Article;
use super::id::{ActorId, StatementId};
use super::position::Position;
use super::statement::Statement;
use super::threat::Threat;
use crate::error::JsonError;

/// The version of the JSON format this crate writes and reads.
///
/// It changes whenever a field is removed, renamed or changes meaning;
/// adding an optional field does not change it (readers ignore unknown
/// fields and default missing optional ones).
pub const SCHEMA_VERSION: u32 = 1;

/// An article with everything extracted from it: the unit that is
/// validated and serialised.
///
/// # JSON
///
/// ```json
/// {
///   "schema_version": 1,
///   "article": { "text": "...", "published": "2024-12-09", "body": [1, 2115], ... },
///   "actors": [ { "id": "a1", "name": "Donald Trump", "kind": "person", ... } ],
///   "statements": [ { "id": "s1", "speaker": "a1", "cue": [120, 129], ... } ],
///   "positions": [ ... ],
///   "threats": [ ... ]
/// }
/// ```
///
/// Spans are `[start, end]` byte offsets into `article.text`; ids are
/// strings (`a1`, `s1`, `p1`, `t1`); dates are `YYYY-MM-DD`; enumerations
/// are lower-case words (`person`, `support`, `if_necessary`). Output is
/// deterministic: the same analysis always gives the same bytes.
///
/// ```
/// use news_model::{Analysis, Article};
/// let analysis = Analysis::new(Article::parse("Peskov said talks were possible.")?);
/// let json = analysis.to_json();
/// assert!(json.starts_with("{\"schema_version\":1,"));
/// assert_eq!(Analysis::from_json(&json)?, analysis);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Analysis {
    /// The article, owner of the text.
    pub article: Article,
    /// Actors, in order of first mention.
    pub actors: Vec<Actor>,
    /// Statements, in text order.
    pub statements: Vec<Statement>,
    /// Positions, in text order.
    pub positions: Vec<Position>,
    /// Threats, in text order.
    pub threats: Vec<Threat>,
}

impl Analysis {
    /// An analysis of `article` with no records yet.
    pub fn new(article: Article) -> Analysis {
        Analysis {
            article,
            actors: Vec::new(),
            statements: Vec::new(),
            positions: Vec::new(),
            threats: Vec::new(),
        }
    }

    /// The actor with `id`.
    pub fn actor(&self, id: ActorId) -> Option<&Actor> {
        self.actors.iter().find(|a| a.id == id)
    }

    /// The first actor whose name or alias is `name` (case-insensitive).
    pub fn actor_named(&self, name: &str) -> Option<&Actor> {
        self.actors.iter().find(|a| a.answers_to(name))
    }

    /// The statement with `id`.
    pub fn statement(&self, id: StatementId) -> Option<&Statement> {
        self.statements.iter().find(|s| s.id == id)
    }

    /// The text a span covers (`""` for a span outside the text).
    pub fn text(&self, span: crate::Span) -> &str {
        self.article.slice(span)
    }

    /// The analysis as compact JSON (one line).
    pub fn to_json(&self) -> String {
        // Room for a typical analysis (about three times the text's
        // length): the buffer is not regrown and copied as it fills.
        let mut out = Vec::with_capacity(self.article.text.len() * 3 + 512);
        // Serialising plain data cannot fail; serde_json writes UTF-8.
        if serde_json::to_writer(&mut out, self).is_err() {
            return String::new();
        }
        String::from_utf8(out).unwrap_or_default()
    }

    /// The analysis as indented JSON.
    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Reads an analysis from JSON written by [`Analysis::to_json`] (or by
    /// hand in the same format).
    ///
    /// Unknown fields are ignored and missing optional fields take their
    /// defaults. Read values are checked (dates, codes, spans with
    /// `start <= end`); cross-record invariants are for
    /// [`Validate::validate`](crate::Validate::validate).
    ///
    /// # Errors
    ///
    /// [`JsonError::MissingSchemaVersion`] or
    /// [`JsonError::UnsupportedSchemaVersion`] when the document is not in
    /// this crate's format version, [`JsonError::Invalid`] (with line and
    /// column) when it is not JSON or a value is wrong.
    pub fn from_json(json: &str) -> Result<Analysis, JsonError> {
        #[derive(Deserialize)]
        struct Probe {
            schema_version: Option<serde_json::Value>,
        }
        let probe: Probe = serde_json::from_str(json).map_err(|e| JsonError::from_serde(&e))?;
        match probe.schema_version {
            None => return Err(JsonError::MissingSchemaVersion),
            Some(v) if v.as_u64() == Some(u64::from(SCHEMA_VERSION)) => {}
            Some(v) => {
                return Err(JsonError::UnsupportedSchemaVersion {
                    found: v.to_string(),
                    supported: SCHEMA_VERSION,
                });
            }
        }
        serde_json::from_str(json).map_err(|e| JsonError::from_serde(&e))
    }
}

#[derive(Serialize)]
struct AnalysisOut<'a> {
    schema_version: u32,
    article: &'a Article,
    actors: &'a [Actor],
    statements: &'a [Statement],
    positions: &'a [Position],
    threats: &'a [Threat],
}

impl Serialize for Analysis {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        AnalysisOut {
            schema_version: SCHEMA_VERSION,
            article: &self.article,
            actors: &self.actors,
            statements: &self.statements,
            positions: &self.positions,
            threats: &self.threats,
        }
        .serialize(s)
    }
}

struct Version;

impl<'de> Deserialize<'de> for Version {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Version, D::Error> {
        let v = u64::deserialize(d)?;
        if v == u64::from(SCHEMA_VERSION) {
            Ok(Version)
        } else {
            Err(de::Error::custom(format!(
                "unsupported schema_version {v} (this version of news_model reads {SCHEMA_VERSION})"
            )))
        }
    }
}

#[derive(Deserialize)]
struct AnalysisIn {
    #[allow(dead_code)]
    schema_version: Version,
    article: Article,
    #[serde(default)]
    actors: Vec<Actor>,
    #[serde(default)]
    statements: Vec<Statement>,
    #[serde(default)]
    positions: Vec<Position>,
    #[serde(default)]
    threats: Vec<Threat>,
}

impl<'de> Deserialize<'de> for Analysis {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Analysis, D::Error> {
        let a = AnalysisIn::deserialize(d)?;
        Ok(Analysis {
            article: a.article,
            actors: a.actors,
            statements: a.statements,
            positions: a.positions,
            threats: a.threats,
        })
    }
}
