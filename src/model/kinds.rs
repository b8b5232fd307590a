//! Closed vocabularies: actor kinds, stances, speech acts, channel kinds,
//! threatened-action kinds, condition kinds and PLOVER event types.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::ValueError;

macro_rules! string_enum {
    (
        $(#[$doc:meta])*
        $vis:vis enum $name:ident : $what:literal {
            $( $(#[$vdoc:meta])* $variant:ident = $text:literal $(| $alt:literal)* ),+ $(,)?
        }
    ) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        $vis enum $name {
            $( $(#[$vdoc])* $variant, )+
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The name used in text and JSON.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)+
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = ValueError;
            fn from_str(s: &str) -> Result<Self, ValueError> {
                let t = s.trim();
                $(
                    if t.eq_ignore_ascii_case($text) $(|| t.eq_ignore_ascii_case($alt))* {
                        return Ok($name::$variant);
                    }
                )+
                Err(ValueError::new(
                    $what,
                    s,
                    concat!("expected one of: ", $($text, " "),+).trim_end().to_string(),
                ))
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                s.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}

string_enum! {
    /// What kind of entity an [`Actor`](crate::Actor) is.
    ///
    /// ```
    /// use news_model::ActorKind;
    /// assert_eq!("state".parse::<ActorKind>()?, ActorKind::State);
    /// assert_eq!(ActorKind::Organization.to_string(), "organization");
    /// # Ok::<(), news_model::ValueError>(())
    /// ```
    #[non_exhaustive]
    pub enum ActorKind: "actor kind" {
        /// A named person.
        Person = "person",
        /// A state, under its short name; capitals and seats of power used
        /// for the government are its aliases.
        State = "state",
        /// A named organisation: international body, ministry, agency,
        /// party, company, armed group, news outlet acting as a source.
        Organization = "organization" | "organisation",
        /// A collective or unnamed actor: "analysts", "Western countries".
        Group = "group",
    }
}

string_enum! {
    /// Where a [`Position`](crate::Position) stands on its topic.
    ///
    /// ```
    /// use news_model::Stance;
    /// assert_eq!("oppose".parse::<Stance>()?, Stance::Oppose);
    /// # Ok::<(), news_model::ValueError>(())
    /// ```
    pub enum Stance: "stance" {
        /// For: supports, backs, welcomes, calls for, is open to, needs.
        Support = "support",
        /// Against: opposes, rejects, condemns, is concerned that.
        Oppose = "oppose",
        /// Declared neutrality or abstention.
        Neutral = "neutral",
    }
}

string_enum! {
    /// What a [`Statement`](crate::Statement) does, as its reporting cue tells.
    #[non_exhaustive]
    pub enum SpeechAct: "speech act" {
        /// A neutral assertion: said, stated, noted, indicated.
        Claim = "claim",
        /// A communicated belief: believes, thinks, expects, fears.
        Belief = "belief",
        /// An appeal or call on someone: called on, urged, asked.
        Appeal = "appeal",
        /// A demand: demanded, insisted.
        Demand = "demand",
        /// A warning: warned, cautioned.
        Warning = "warning",
        /// A threat: threatened.
        Threat = "threat",
        /// A proposal: proposed, suggested, offered.
        Proposal = "proposal",
        /// A promise: promised, vowed, pledged.
        Promise = "promise",
        /// A denial: denied.
        Denial = "denial",
        /// A rejection: rejected, refused, ruled out.
        Rejection = "rejection",
        /// Criticism: criticised, condemned, denounced.
        Criticism = "criticism",
        /// An accusation: accused, blamed, alleged.
        Accusation = "accusation",
        /// Praise: praised, welcomed, hailed.
        Praise = "praise",
        /// Agreement or acknowledgement: agreed, admitted, confirmed.
        Agreement = "agreement",
        /// A question: asked whether, questioned.
        Question = "question",
        /// An announcement or declaration: announced, declared.
        Announcement = "announcement",
    }
}

string_enum! {
    /// The medium of a statement.
    #[non_exhaustive]
    pub enum ChannelKind: "channel kind" {
        /// A post on a social platform (Truth Social, X, Telegram...).
        SocialPost = "social_post",
        /// An interview with an outlet.
        Interview = "interview",
        /// A press conference or briefing.
        PressConference = "press_conference",
        /// A written or spoken official statement.
        Statement = "statement",
        /// A decree, order or executive act.
        Decree = "decree",
        /// A phone or video call.
        Call = "call",
        /// A speech or address.
        Speech = "speech",
        /// A letter.
        Letter = "letter",
        /// A readout of a call or meeting.
        Readout = "readout",
        /// A meeting or talks.
        Meeting = "meeting",
        /// A report, study or publication.
        Report = "report",
        /// A broadcast appearance (television, radio).
        Broadcast = "broadcast",
        /// Anything else that the text names.
        Other = "other",
    }
}

string_enum! {
    /// The kind of action a [`Threat`](crate::Threat) threatens.
    #[non_exhaustive]
    pub enum ActionKind: "action kind" {
        /// Reduce or stop aid (CAMEO 1311).
        ReduceAid = "reduce_aid",
        /// Sanction, boycott, embargo or tariff (CAMEO 1312).
        Sanction = "sanction",
        /// Reduce or break relations (CAMEO 1313).
        ReduceRelations = "reduce_relations",
        /// Withdraw from an alliance, treaty or organisation (CAMEO 1313).
        WithdrawFromAlliance = "withdraw_from_alliance",
        /// Halt negotiations or mediation (CAMEO 134).
        HaltNegotiations = "halt_negotiations",
        /// Expel people or halt international involvement (CAMEO 136).
        Expel = "expel",
        /// Military force: attack, strike, invade, blockade (CAMEO 138).
        MilitaryForce = "military_force",
        /// Legal or administrative punishment: prosecute, arrest, ban (CAMEO 132).
        Punishment = "punishment",
        /// An unspecified response: "will pay a price", "consequences" (CAMEO 130).
        Unspecified = "unspecified",
        /// Any other harmful action.
        Other = "other",
    }
}

string_enum! {
    /// How a [`Condition`](crate::Condition) is introduced.
    #[non_exhaustive]
    pub enum ConditionKind: "condition kind" {
        /// "if ...", "in case ...", "should ..."
        If = "if",
        /// "if necessary", "if needed", "if need be"
        IfNecessary = "if_necessary",
        /// "unless ...", "or else", "otherwise"
        Unless = "unless",
        /// "until ..."
        Until = "until",
        /// "while ...", "as long as ..."
        While = "while",
        /// Any other conditioning phrase.
        Other = "other",
    }
}

string_enum! {
    /// PLOVER event types (Political Language Ontology for Verifiable Event
    /// Records, openeventdata/PLOVER, CC BY-SA 4.0).
    #[non_exhaustive]
    pub enum PloverEvent: "PLOVER event type" {
        /// Agree.
        Agree = "AGREE",
        /// Consult.
        Consult = "CONSULT",
        /// Support.
        Support = "SUPPORT",
        /// Concede.
        Concede = "CONCEDE",
        /// Cooperate.
        Cooperate = "COOPERATE",
        /// Aid.
        Aid = "AID",
        /// Retreat.
        Retreat = "RETREAT",
        /// Request.
        Request = "REQUEST",
        /// Accuse.
        Accuse = "ACCUSE",
        /// Reject.
        Reject = "REJECT",
        /// Threaten.
        Threaten = "THREATEN",
        /// Protest.
        Protest = "PROTEST",
        /// Sanction.
        Sanction = "SANCTION",
        /// Mobilize.
        Mobilize = "MOBILIZE",
        /// Coerce.
        Coerce = "COERCE",
        /// Assault.
        Assault = "ASSAULT",
    }
}
