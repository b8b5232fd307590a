use serde::{Deserialize, Serialize};

use super::country::CountryCode;
use super::id::ActorId;
use super::kinds::ActorKind;
use super::span::Span;
use super::values::{CameoActorCode, Role};

/// A person, state, organisation or group that acts, speaks, holds a
/// position, threatens or is threatened in an article.
///
/// One actor per real-world entity per article: "Moscow", "the Kremlin"
/// and "Russia" are one state; "Zelensky", "President Zelensky" and
/// "Volodymyr Zelenskyy" one person.
///
/// ```
/// use news_model::{Actor, ActorId, ActorKind, CountryCode};
/// let putin = Actor::new(ActorId::new(1), "Vladimir Putin", ActorKind::Person)
///     .with_country("RUS".parse::<CountryCode>()?)
///     .with_alias("Putin");
/// assert_eq!(putin.aliases, ["Putin"]);
/// assert!(putin.answers_to("putin"));
/// # Ok::<(), news_model::ValueError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Actor {
    /// Identity within the analysis.
    pub id: ActorId,
    /// Canonical name: full personal name, short state name ("Russia",
    /// "United States"), common organisation name ("NATO").
    pub name: String,
    /// Person, state, organisation or group.
    pub kind: ActorKind,
    /// Other forms the text uses for the actor (surnames, titles with
    /// names, role descriptions, metonyms); pronouns never.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// The state the actor belongs to.
    #[serde(default)]
    pub country: Option<CountryCode>,
    /// Offices and functions ("President@USA", "Spokesperson@Kremlin").
    #[serde(default)]
    pub roles: Vec<Role>,
    /// CAMEO actor code, where known.
    #[serde(default)]
    pub cameo: Option<CameoActorCode>,
    /// Every place the text names the actor, in text order.
    #[serde(default)]
    pub mentions: Vec<Span>,
}

impl Actor {
    /// An actor with the required fields; the rest empty.
    pub fn new(id: ActorId, name: impl Into<String>, kind: ActorKind) -> Actor {
        Actor {
            id,
            name: name.into(),
            kind,
            aliases: Vec::new(),
            country: None,
            roles: Vec::new(),
            cameo: None,
            mentions: Vec::new(),
        }
    }

    /// Adds an alias (ignored when it repeats the name or another alias).
    pub fn with_alias(mut self, alias: impl Into<String>) -> Actor {
        self.add_alias(alias);
        self
    }

    /// Adds an alias in place (ignored when it repeats the name or another
    /// alias, case-insensitively, or is blank).
    pub fn add_alias(&mut self, alias: impl Into<String>) {
        let alias = alias.into();
        if !alias.trim().is_empty() && !self.answers_to(&alias) {
            self.aliases.push(alias);
        }
    }

    /// Sets the country.
    pub fn with_country(mut self, country: CountryCode) -> Actor {
        self.country = Some(country);
        self
    }

    /// Adds a role.
    pub fn with_role(mut self, role: Role) -> Actor {
        if !self.roles.contains(&role) {
            self.roles.push(role);
        }
        self
    }

    /// Sets the CAMEO actor code.
    pub fn with_cameo(mut self, code: CameoActorCode) -> Actor {
        self.cameo = Some(code);
        self
    }

    /// Adds a mention.
    pub fn with_mention(mut self, span: Span) -> Actor {
        self.mentions.push(span);
        self
    }

    /// True when `name` is the actor's name or one of its aliases,
    /// compared case-insensitively.
    pub fn answers_to(&self, name: &str) -> bool {
        let name = name.trim();
        self.name.trim().eq_ignore_ascii_case(name)
            || self
                .aliases
                .iter()
                .any(|a| a.trim().eq_ignore_ascii_case(name))
    }
}
