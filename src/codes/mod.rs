//! CAMEO and PLOVER: event codes for statements and threats.
//!
//! The CAMEO event table (codes, names, Goldstein scores, PLOVER types) is
//! compiled in from `data/cameo_events.tsv`; see that file for its sources
//! (GDELT's CAMEO lookups, openeventdata/PLOVER's CAMEO2PLOVER table).
//!
//! Statements are coded by their speech act and, where it decides, their
//! content; threats by the kind of action threatened. Where neither
//! determines a code, there is none: never a silent default.
//!
//! | speech act | CAMEO | refined by content |
//! | --- | --- | --- |
//! | claim, belief, announcement | 010 make statement | |
//! | warning | 012 make pessimistic comment | |
//! | appeal | 020 appeal | 023 aid, 025 yield, 026 meet or negotiate, 027 settle dispute (ceasefire, peace), 028 mediation |
//! | demand | 100 demand | 103 aid, 105 yield, 106 meeting, 107 settle dispute, 108 mediation |
//! | promise | 030 express intent to cooperate | |
//! | agreement | 019 express accord | |
//! | praise | 051 praise or endorse | |
//! | criticism | 111 criticize or denounce | |
//! | accusation | 112 accuse | |
//! | rejection | 120 reject | 125 negotiations, 126 mediation, 127 plan or agreement |
//! | threat | 130 threaten | by action kind, as for threats |
//! | proposal, question, denial | none | |
//!
//! | threatened action | CAMEO |
//! | --- | --- |
//! | reduce aid | 1311 |
//! | sanction, tariff, embargo | 1312 |
//! | reduce relations, withdraw from an alliance | 1313 |
//! | punishment (prosecute, ban, arrest) | 132 |
//! | halt negotiations | 134 |
//! | expel, halt international involvement | 136 |
//! | military force | 138 (1381 blockade, 1382 occupation, 1384 attack, 1385 weapons of mass destruction) |
//! | unspecified ("will pay a price"), other | 130 |

use once_cell::sync::Lazy;

use crate::model::{ActionKind, CameoCode, EventCoding, Goldstein, PloverEvent, SpeechAct};

/// One entry of the CAMEO event table.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct CameoEvent {
    /// The code ("1311").
    pub code: CameoCode,
    /// Its name ("Threaten to reduce or stop aid").
    pub name: &'static str,
    /// Its Goldstein score.
    pub goldstein: Goldstein,
    /// Its PLOVER event type, where PLOVER has one.
    pub plover: Option<PloverEvent>,
}

impl CameoEvent {
    /// The coding of this event: code, Goldstein score, PLOVER type.
    pub fn coding(&self) -> EventCoding {
        EventCoding::new(self.code, self.goldstein, self.plover)
    }
}

static TABLE: Lazy<Vec<CameoEvent>> = Lazy::new(|| {
    let mut v: Vec<CameoEvent> = include_str!("../../data/cameo_events.tsv")
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let mut f = l.split('\t');
            let code = f.next()?.parse().ok()?;
            let goldstein = f.next()?.parse().ok()?;
            let plover = match f.next()? {
                "-" => None,
                p => Some(p.parse().ok()?),
            };
            let name = f.next()?;
            Some(CameoEvent {
                code,
                name,
                goldstein,
                plover,
            })
        })
        .collect();
    v.sort_by(|a, b| a.code.as_str().cmp(b.code.as_str()));
    v
});

/// The CAMEO table entry for `code` ("0256", "1311"), if the code exists.
///
/// ```
/// use news_model::codes;
/// let e = codes::cameo_event("1311").unwrap();
/// assert_eq!(e.name, "Threaten to reduce or stop aid");
/// assert_eq!(e.goldstein.to_string(), "-5.8");
/// assert_eq!(e.plover.map(|p| p.to_string()).as_deref(), Some("THREATEN"));
/// assert!(codes::cameo_event("1399").is_none());
/// ```
pub fn cameo_event(code: &str) -> Option<&'static CameoEvent> {
    let t = &*TABLE;
    t.binary_search_by(|e| e.code.as_str().cmp(code))
        .ok()
        .map(|i| &t[i])
}

/// Every entry of the CAMEO table, in code order.
pub fn cameo_events() -> impl Iterator<Item = &'static CameoEvent> {
    TABLE.iter()
}

/// True when `needle` occurs in `hay` at the start of a word.
fn has_word_start(hay: &str, needle: &str) -> bool {
    hay.match_indices(needle).any(|(i, _)| {
        !hay[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
    })
}

/// Content words that refine an appeal or a demand, in order of
/// precedence: mediation, settling the dispute, meeting or negotiating,
/// aid, yielding.
const REFINEMENTS: [&[&str]; 5] = [
    &["mediat"],
    &["ceasefire", "cease-fire", "truce", "peace", "settle"],
    &["negotiat", "talks", "dialogue", "meet"],
    &["aid", "assistance", "help"],
    &[
        "withdraw",
        "release",
        "step down",
        "resign",
        "stop",
        "halt",
        "end ",
    ],
];

/// The code of the first refinement whose words the content has, else
/// `default`.
fn refine(
    has: &dyn Fn(&[&str]) -> bool,
    codes: [&'static str; 5],
    default: &'static str,
) -> &'static str {
    REFINEMENTS
        .iter()
        .zip(codes)
        .find(|(words, _)| has(words))
        .map_or(default, |(_, code)| code)
}

fn coding(code: &str) -> Option<EventCoding> {
    cameo_event(code).map(CameoEvent::coding)
}

/// The coding of a threat of `kind`; `action` (the threatened action's
/// words) refines military force into blockade, occupation, attack or
/// weapons of mass destruction.
///
/// ```
/// use news_model::{ActionKind, codes};
/// let c = codes::threat_coding(ActionKind::ReduceAid, "reduce military aid to Ukraine");
/// assert_eq!(c.map(|c| c.cameo().to_string()).as_deref(), Some("1311"));
/// ```
pub fn threat_coding(kind: ActionKind, action: &str) -> Option<EventCoding> {
    let a = action.to_ascii_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| has_word_start(&a, w));
    let code = match kind {
        ActionKind::ReduceAid => "1311",
        ActionKind::Sanction => "1312",
        ActionKind::ReduceRelations | ActionKind::WithdrawFromAlliance => "1313",
        ActionKind::Punishment => "132",
        ActionKind::HaltNegotiations => "134",
        ActionKind::Expel => "136",
        ActionKind::MilitaryForce => {
            if has(&["blockade"]) {
                "1381"
            } else if has(&["occup", "annex"]) {
                "1382"
            } else if has(&["nuclear", "chemical", "biological", "weapons of mass"]) {
                "1385"
            } else if has(&["attack", "strike", "invade", "invasion", "bomb", "shell"]) {
                "1384"
            } else {
                "138"
            }
        }
        ActionKind::Unspecified | ActionKind::Other => "130",
    };
    coding(code)
}

/// The coding of a statement with speech act `act` and content text
/// `content`, per the table in the [module docs](self); `None` where the
/// speech act determines no code.
///
/// ```
/// use news_model::{SpeechAct, codes};
/// let c = codes::statement_coding(SpeechAct::Appeal, "Putin to take immediate action for a ceasefire");
/// assert_eq!(c.map(|c| c.cameo().to_string()).as_deref(), Some("027"));
/// assert!(codes::statement_coding(SpeechAct::Question, "whether they pay").is_none());
/// ```
pub fn statement_coding(act: SpeechAct, content: &str) -> Option<EventCoding> {
    // Lower-cased only for the speech acts whose code reads the content.
    let lower = std::cell::OnceCell::new();
    let has = |words: &[&str]| {
        let c: &String = lower.get_or_init(|| content.to_ascii_lowercase());
        words.iter().any(|w| has_word_start(c, w))
    };
    let code = match act {
        SpeechAct::Claim | SpeechAct::Belief | SpeechAct::Announcement => "010",
        SpeechAct::Warning => "012",
        SpeechAct::Appeal => refine(&has, ["028", "027", "026", "023", "025"], "020"),
        SpeechAct::Demand => refine(&has, ["108", "107", "106", "103", "105"], "100"),
        SpeechAct::Promise => "030",
        SpeechAct::Agreement => "019",
        SpeechAct::Praise => "051",
        SpeechAct::Criticism => "111",
        SpeechAct::Accusation => "112",
        SpeechAct::Rejection => {
            if has(&["mediat"]) {
                "126"
            } else if has(&["negotiat", "talks", "dialogue", "meet"]) {
                "125"
            } else if has(&["plan", "agreement", "deal", "proposal", "accord"]) {
                "127"
            } else {
                "120"
            }
        }
        SpeechAct::Threat => "130",
        SpeechAct::Proposal | SpeechAct::Question | SpeechAct::Denial => return None,
    };
    coding(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_loads_every_row() {
        let rows = include_str!("../../data/cameo_events.tsv")
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .count();
        assert_eq!(cameo_events().count(), rows);
        assert!(rows > 300);
    }

    #[test]
    fn every_mapped_code_exists() {
        for act in SpeechAct::ALL {
            for content in [
                "",
                "talks",
                "ceasefire",
                "aid",
                "mediation",
                "withdraw",
                "deal",
            ] {
                // A mapped code that is missing from the table would be None.
                let expect_some = !matches!(
                    act,
                    SpeechAct::Proposal | SpeechAct::Question | SpeechAct::Denial
                );
                assert_eq!(
                    statement_coding(*act, content).is_some(),
                    expect_some,
                    "{act} {content}"
                );
            }
        }
        for kind in ActionKind::ALL {
            for action in ["", "blockade", "occupy", "nuclear strike", "attack"] {
                assert!(threat_coding(*kind, action).is_some(), "{kind} {action}");
            }
        }
    }
}
