//! Noun phrases that name no one but describe someone: a role's holder
//! ("the Republican nominee"), an institution met before ("the agency"),
//! a document standing for its author ("the report", "polls"), a share of
//! those polled ("Another 19 percent") and a person known by a function
//! ("a spokesman for the mayor").
//!
//! Documents speak for their authors, when the text names them; see
//! "Documents as sources" in the module above.

use super::words::{TitleClass, WORDS};
use super::{ActorIdx, ActorSet, Cand, Gender, Mention, MentionKind, Policy, clean_alias};
use crate::extract::doc::{Doc, TokKind};
use crate::extract::gazetteer::EntryKind;
use crate::model::ActorKind;

/// What a document named as a source ("a new poll", "state records")
/// stands for when the text names no author for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Documents {
    /// Nothing: the guidelines make no document an actor, so a subject
    /// ("The report found ...") is no source.
    AuthorOnly,
    /// A group named by the phrase: "according to a new poll" attributes
    /// its content to the poll and to nothing else.
    Speak,
}

/// How many sentences back a description looks for what it refers to.
const DESCRIPTION_WINDOW: u32 = 40;

/// How many sentences back a generic institution noun ("the agency")
/// looks for an organisation whose name lacks the noun.
pub(super) const INSTITUTION_WINDOW: u32 = 4;

/// Words that open a definite description.
fn definite(w: &str) -> bool {
    matches!(w, "the" | "this" | "that" | "these" | "those")
}

/// Words that open an indefinite description.
fn indefinite(w: &str) -> bool {
    matches!(w, "a" | "an" | "one" | "another")
}

/// Words that may stand between a determiner and a number in a share
/// ("another 19 percent", "only 5 percent").
fn share_word(w: &str) -> bool {
    matches!(
        w,
        "another"
            | "only"
            | "just"
            | "about"
            | "nearly"
            | "roughly"
            | "almost"
            | "some"
            | "around"
            | "over"
            | "under"
            | "a"
            | "an"
            | "the"
            | "full"
            | "fully"
    )
}

/// A number written in words ("twelve", "sixty-three", "half").
fn number_word(w: &str) -> bool {
    !w.is_empty()
        && w.split('-')
            .all(|p| p == "half" || super::words::NUMBER_UNITS.contains(&p))
}

impl ActorSet {
    /// What the phrase `first..=end` with head `first..=head_end`
    /// describes, when it names no one; see the module docs.
    pub(super) fn describe(
        &mut self,
        doc: &Doc<'_>,
        first: usize,
        head_end: usize,
        end: usize,
        documents: Documents,
    ) -> Option<ActorIdx> {
        let head = (first..=head_end)
            .rev()
            .find(|&k| doc.tokens[k].kind == TokKind::Word)?;
        let hk = doc.key(head);
        let opener = doc.key(first);
        if hk == "percent" {
            return self.share(doc, first, head, end);
        }
        if WORDS.documents.contains_key(hk) {
            return self.document(doc, first, head, end, documents);
        }
        if definite(opener) && WORDS.outlet_nouns.contains(hk) {
            // "the newspaper": the outlet named last, else an organisation
            // of the last few sentences ("Politifact ... The website").
            let outlet = self.recent(doc, first, DESCRIPTION_WINDOW, |set, a| {
                set.cands[a]
                    .entry
                    .and_then(|e| set.gaz.entry(e))
                    .is_some_and(|e| e.kind() == EntryKind::Outlet)
            });
            return outlet.or_else(|| {
                self.recent(doc, first, INSTITUTION_WINDOW, |set, a| {
                    set.cands[a].kind == ActorKind::Organization
                })
            });
        }
        if let Some(a) = self.role_holder(doc, first, head, head_end < end) {
            return Some(a);
        }
        if definite(opener) && matches!(hk, "government" | "administration" | "regime" | "cabinet")
        {
            // "the government": the state named last.
            return self.recent(doc, first, DESCRIPTION_WINDOW, |set, a| {
                set.cands[a].kind == ActorKind::State
            });
        }
        if definite(opener) && head == head_end && super::words::is_org_noun(hk) {
            return self.institution(doc, first, head);
        }
        None
    }

    /// The actor of the latest mention before token `before`, within
    /// `window` sentences, that `fits`.
    pub(super) fn recent(
        &self,
        doc: &Doc<'_>,
        before: usize,
        window: u32,
        fits: impl Fn(&ActorSet, ActorIdx) -> bool,
    ) -> Option<ActorIdx> {
        let sent = doc.tokens.get(before)?.sent;
        let upto = self.mentions.partition_point(|m| m.first < before);
        for m in self.mentions[..upto]
            .iter()
            .rev()
            .take(super::resolve::MENTIONS_BACK)
        {
            if m.kind == MentionKind::Pronoun || m.actor >= self.cands.len() {
                continue;
            }
            let s = doc.tokens.get(m.first).map_or(0, |t| t.sent);
            if sent.saturating_sub(s) > window {
                break;
            }
            if fits(self, m.actor) {
                return Some(m.actor);
            }
        }
        None
    }

    /// "Another 19 percent", "63 percent of voters": a group named by the
    /// phrase, the number included.
    fn share(&mut self, doc: &Doc<'_>, first: usize, head: usize, end: usize) -> Option<ActorIdx> {
        let sent = doc.tokens[head].sent as usize;
        let s0 = doc.sentences.get(sent).map_or(0, |r| r.start);
        let mut start = head;
        let mut number = false;
        while start > s0 {
            let k = start - 1;
            let t = &doc.tokens[k];
            let w = doc.key(k);
            if t.kind == TokKind::Number || number_word(w) {
                number = true;
            } else if !(share_word(w) || (t.kind == TokKind::Punct && w == "%")) {
                break;
            }
            start = k;
        }
        if !number {
            return None;
        }
        let start = start.min(first);
        // "Another 19 percent of voters": the whole phrase.
        let last = if end > head && doc.key(head + 1) == "of" {
            end
        } else {
            head
        };
        let name = clean_alias(doc.between(start, last));
        let g = self.group(&name, None);
        self.insert_mention(Mention {
            span: doc.span(start, head),
            first: start,
            last: head,
            actor: g,
            kind: MentionKind::Group,
        });
        Some(g)
    }

    /// A document as a source: its author when the text names one, else,
    /// when `documents` says so, a group named by the phrase.
    fn document(
        &mut self,
        doc: &Doc<'_>,
        first: usize,
        head: usize,
        end: usize,
        documents: Documents,
    ) -> Option<ActorIdx> {
        // "a report by the GAO", "a study from Harvard".
        if let Some(a) = self.author_after(doc, head, end) {
            return Some(a);
        }
        // "an Ipsos poll": a name the text has not met before the noun.
        if let Some(a) = self.author_before(doc, first, head) {
            return Some(a);
        }
        // "the average of recent polls compiled by Real Clear Politics",
        // "the results of the latest Quinnipiac University poll": a
        // document made of another speaks for that one's author.
        if head + 2 <= end
            && doc.key(head + 1) == "of"
            && let Some(inner) = (head + 2..=end.min(head + 7)).find(|&k| {
                doc.tokens[k].kind == TokKind::Word && WORDS.documents.contains_key(doc.key(k))
            })
            && let Some(a) = (head + 2..inner)
                .find_map(|k| {
                    self.mention_at(k)
                        .filter(|m| m.kind == MentionKind::Name)
                        .map(|m| m.actor)
                })
                .or_else(|| self.author_after(doc, inner, end))
                .or_else(|| self.author_before(doc, head + 2, inner))
                .or_else(|| self.named_author_after(doc, inner, end))
        {
            return Some(a);
        }
        // "The statement" refers back to the statement introduced before.
        if definite(doc.key(first))
            && let Some(a) = self.document_author(doc, head)
        {
            return Some(a);
        }
        let start = (first..=head)
            .find(|&k| !matches!(doc.key(k), "the" | "a" | "an"))
            .unwrap_or(head);
        if documents == Documents::AuthorOnly {
            return None;
        }
        let name = clean_alias(doc.between(start, head));
        if name.is_empty() {
            return None;
        }
        let g = self.group(&name, None);
        if let Some(t) = doc.span(first, head).text(doc.text)
            && let Some(c) = self.cands.get_mut(g)
        {
            c.add_alias(t);
        }
        self.insert_mention(Mention {
            span: doc.span(first, head),
            first,
            last: head,
            actor: g,
            kind: MentionKind::Group,
        });
        Some(g)
    }

    /// An unknown capitalised name modifying a document noun at `head`
    /// ("an Ipsos poll", "the Reuters/Ipsos opinion poll"): an
    /// organisation, its author. Not a sentence's first word nor a
    /// headline's capitals ("New Poll Shows").
    fn author_before(&mut self, doc: &Doc<'_>, first: usize, head: usize) -> Option<ActorIdx> {
        let b = (head.saturating_sub(2).max(first)..head)
            .rev()
            .find(|&k| doc.is_cap(k))?;
        let mut a = b;
        while a > first && doc.is_cap(a - 1) {
            a -= 1;
        }
        let s0 = doc.sentences.get(doc.tokens[a].sent as usize)?.start;
        let opens = (s0..a).all(|k| doc.tokens[k].kind != TokKind::Word);
        if opens {
            return None;
        }
        self.unmet_organisation(doc, a, b)
    }

    /// An organisation not met before, named by capitalised words after
    /// "compiled by", "conducted by" or "by" right after the document noun
    /// at `head` ("polls compiled by Real Clear Politics").
    fn named_author_after(&mut self, doc: &Doc<'_>, head: usize, end: usize) -> Option<ActorIdx> {
        let n = doc.tokens.len();
        let end = end.min(head + 8).min(n.saturating_sub(1));
        let by = (head + 1..=end.min(head + 3)).find(|&k| doc.key(k) == "by")?;
        if (head + 1..by).any(|k| doc.tokens[k].kind != TokKind::Word) {
            return None;
        }
        let a = by + 1;
        let mut b = a;
        if a > end || !doc.is_cap(a) {
            return None;
        }
        while b < end && b - a < 4 && doc.is_cap(b + 1) {
            b += 1;
        }
        self.unmet_organisation(doc, a, b)
    }

    /// The capitalised words `a..=b`, met as no mention before, as the
    /// name of an organisation (kept when it becomes active); not a
    /// headline's capitals nor words that are no names.
    fn unmet_organisation(&mut self, doc: &Doc<'_>, a: usize, b: usize) -> Option<ActorIdx> {
        if super::resolve::title_case(doc, a)
            || (a..=b)
                .any(|k| super::words::is_not_name(doc.tok(k)) || self.mention_at(k).is_some())
        {
            return None;
        }
        let name = doc.between(a, b).to_string();
        let key = name.to_lowercase();
        let actor = match self.by_name.get(&key) {
            Some(&x) => x,
            None => {
                let c = Cand::new(name, ActorKind::Organization, Policy::WhenActive);
                self.push_cand(c)
            }
        };
        self.insert_mention(Mention {
            span: doc.span(a, b),
            first: a,
            last: b,
            actor,
            kind: MentionKind::Name,
        });
        Some(actor)
    }

    /// The author named by "by X" or "from X" right after a document noun
    /// at `head`, up to token `end`.
    fn author_after(&self, doc: &Doc<'_>, head: usize, end: usize) -> Option<ActorIdx> {
        let n = doc.tokens.len();
        let end = end.min(head + 8).min(n.saturating_sub(1));
        let by = (head + 1..=end).find(|&k| matches!(doc.key(k), "by" | "from"))?;
        (by + 1..=end.min(by + 4)).find_map(|k| self.mention_at(k).map(|m| m.actor))
    }

    /// The author of the document a definite noun at `head` refers back
    /// to: where the same noun appeared before, the actor owning it ("the
    /// union's statement"), naming it ("a Gallup poll"), after "by", or
    /// the first one named in that sentence ("In a statement, the union
    /// said").
    fn document_author(&self, doc: &Doc<'_>, head: usize) -> Option<ActorIdx> {
        let noun = WORDS.documents.get(doc.key(head))?;
        let sent = doc.tokens[head].sent;
        let mut hits = 0;
        for j in (0..head).rev().take(1500) {
            let t = &doc.tokens[j];
            if sent.saturating_sub(t.sent) > DESCRIPTION_WINDOW {
                break;
            }
            let same = t.kind == TokKind::Word
                && WORDS
                    .documents
                    .get(doc.key(j))
                    .is_some_and(|d| d.plural == noun.plural);
            if !same {
                continue;
            }
            hits += 1;
            if hits > 3 {
                break;
            }
            // "a Gallup poll", "the union's statement".
            let mut k = j;
            while k > 0 && doc.tokens[k - 1].kind == TokKind::Word && k + 4 > j {
                k -= 1;
                if let Some(m) = self.mention_at(k)
                    && m.kind != MentionKind::Pronoun
                {
                    return Some(m.actor);
                }
                if matches!(doc.key(k), "the" | "a" | "an" | "in" | "of") {
                    break;
                }
            }
            if let Some(a) = self.author_after(doc, j, j + 6) {
                return Some(a);
            }
            let range = doc.sentences.get(t.sent as usize)?.clone();
            let lo = self.mentions.partition_point(|m| m.first < range.start);
            if let Some(m) = self.mentions[lo..]
                .iter()
                .take(200)
                .take_while(|m| m.first < range.end)
                .find(|m| {
                    m.kind != MentionKind::Pronoun
                        && self.quote_of(m.first).is_none()
                        && m.actor < self.cands.len()
                })
            {
                return Some(m.actor);
            }
        }
        None
    }

    /// "the agency", "the fund", "the campaign": the organisation met
    /// before whose name holds the noun ("International Monetary Fund"),
    /// else the organisation named in the last few sentences.
    fn institution(&mut self, doc: &Doc<'_>, first: usize, head: usize) -> Option<ActorIdx> {
        let stem = super::org_name_words(doc.key(head)).pop()?;
        let named = self.recent(doc, first, DESCRIPTION_WINDOW, |set, a| {
            let c = &set.cands[a];
            c.kind == ActorKind::Organization
                && std::iter::once(&c.name)
                    .chain(c.aliases.iter())
                    .any(|n| super::org_name_words(n).contains(&stem))
        });
        if let Some(a) = named {
            return Some(a);
        }
        self.recent(doc, first, INSTITUTION_WINDOW, |set, a| {
            let c = &set.cands[a];
            c.kind == ActorKind::Organization
                && !c
                    .entry
                    .and_then(|e| set.gaz.entry(e))
                    .is_some_and(|e| matches!(e.kind(), EntryKind::Outlet | EntryKind::Platform))
        })
    }

    /// A role description without a name: the person the text described
    /// with that role before ("Republican nominee Donald Trump" ... "the
    /// Republican presidential nominee"), else the one person named in the
    /// article whose gazetteer office fits. An indefinite one ("a
    /// spokesman for the mayor") is a person known by the description.
    fn role_holder(
        &mut self,
        doc: &Doc<'_>,
        first: usize,
        head: usize,
        complement: bool,
    ) -> Option<ActorIdx> {
        let (k, info) = (first..=head).find_map(|k| {
            let (info, len) = WORDS.titles.longest(doc, k, head + 1)?;
            (k + len - 1 == head
                && matches!(info.class, TitleClass::Office | TitleClass::Function)
                && !info.canonical.is_empty())
            .then_some((k, info))
        })?;
        let opener = doc.key(first);
        if indefinite(opener) {
            // "a spokesman", "a federal judge", "a reporter for USA Today";
            // not "a chair".
            let speaks = info.class == TitleClass::Office || info.canon == "spokesperson";
            if !(complement || speaks) {
                return None;
            }
            let name = self.described_name(doc, first, head, complement);
            return self.described_person(doc, &name, first, head, info.gender);
        }
        // "His lawyer", "Pagliano's lawyer": a person known by a function
        // and whose it is.
        if info.class == TitleClass::Function {
            let owner = if WORDS.owners.contains(opener) {
                self.resolve_pronoun(doc, first)
            } else {
                (first + 1..k)
                    .find(|&j| matches!(doc.key(j), "'s" | "'"))
                    .and_then(|j| self.mention_at(j - 1).map(|m| m.actor))
            };
            if let Some(o) = owner.and_then(|o| self.short_name(o)) {
                let name = format!("{o}'s {}", doc.between(k, head));
                return self.described_person(doc, &name, first, head, info.gender);
            }
        }
        // "current Democratic presidential nominee" after "the former
        // secretary of state and": a definite description too.
        let pre_opener = matches!(
            opener,
            "former" | "current" | "then" | "outgoing" | "incoming"
        );
        if !(definite(opener) || pre_opener) || complement {
            return None;
        }
        let canon = &info.canon;
        // Modifiers that must fit the holder: "Republican", "New York".
        let mods: Vec<String> = (first + 1..k)
            .filter(|&j| {
                doc.tokens[j].kind == TokKind::Word
                    && !matches!(WORDS.titles.longest(doc, j, k), Some((i, _)) if i.class == TitleClass::Pre && !doc.is_cap(j))
                    && !matches!(doc.key(j), "'s" | "former" | "current" | "then")
            })
            .map(|j| doc.key(j).to_string())
            .collect();
        // "nominee" fits "presidential nominee", not "vice presidential
        // nominee".
        let widens = |longer: &str, shorter: &str| {
            longer.strip_suffix(shorter).is_some_and(|r| {
                r.ends_with(' ')
                    && !r.split_whitespace().any(|w| {
                        matches!(w, "vice" | "deputy" | "assistant" | "lieutenant" | "under")
                    })
            })
        };
        let title_fits =
            |t: &str| t == canon || widens(t, canon.as_str()) || widens(canon.as_str(), t);
        let words_in = |hay: &str, needle: &str| {
            hay.split(|c: char| !c.is_alphanumeric() && c != '\'')
                .any(|w| w.eq_ignore_ascii_case(needle))
        };
        let fits = |set: &ActorSet, a: ActorIdx| {
            let c = &set.cands[a];
            c.kind == ActorKind::Person
                && set.titles_of(c).any(|(t, place)| {
                    title_fits(t)
                        && mods.iter().all(|m| {
                            place.as_deref().is_some_and(|p| words_in(p, m))
                                || words_in(&c.name, m)
                                || c.aliases.iter().any(|al| words_in(al, m))
                        })
                })
        };
        if let Some(a) = self.recent(doc, first, DESCRIPTION_WINDOW, fits) {
            return Some(a);
        }
        // The gazetteer's holder among the people the article names.
        let mut found: Option<ActorIdx> = None;
        for (&entry, &a) in &self.by_entry {
            let Some(e) = self.gaz.entry(entry) else {
                continue;
            };
            if e.kind() != EntryKind::Person {
                continue;
            }
            let held = e.tenures().iter().any(|t| {
                self.date.is_none_or(|d| t.covers(d))
                    && super::title_keys(t.role().title(), t.role().of())
                        .iter()
                        .any(|(title, _)| title_fits(title))
                    && mods
                        .iter()
                        .all(|m| t.role().of().is_some_and(|p| self.place_has(p, m)))
            });
            if held {
                if found.is_some_and(|f| f != a) {
                    return None;
                }
                found = Some(a);
            }
        }
        // "The billionaire businessman says ...": an epithet no one in the
        // text holds as a title is the person in focus.
        if found.is_none() && info.epithet {
            return self.person_in_focus(doc, first, info.gender);
        }
        if found.is_none() && (info.class == TitleClass::Office || info.canon == "spokesperson") {
            // "The judge agreed", "the spokesman said": a person known
            // only by the office or as a spokesperson.
            let name = clean_alias(doc.between(first, head));
            return self.described_person(doc, &name, first, head, info.gender);
        }
        found
    }

    /// True when the place of a role (a country code or an organisation's
    /// name) answers to the word `m` ("republican" for "Republican
    /// Party", "u.s." for "USA").
    fn place_has(&self, place: &str, m: &str) -> bool {
        let has = |hay: &str| {
            hay.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '.')
                .any(|w| w.eq_ignore_ascii_case(m))
        };
        if has(place) {
            return true;
        }
        let Ok(code) = place.parse::<crate::model::CountryCode>() else {
            return false;
        };
        self.gaz
            .state_entry(code)
            .and_then(|e| self.gaz.entry(e))
            .is_some_and(|e| {
                has(e.name())
                    || e.aliases().iter().any(|a| has(a))
                    || e.adjectives().iter().any(|a| has(a))
            })
    }

    /// The name of a person known only by a description: "spokesman for
    /// Mayor Jane Roe" of "a spokesman for Mayor Jane Roe of Springfield".
    fn described_name(&self, doc: &Doc<'_>, first: usize, head: usize, complement: bool) -> String {
        let mut last = head;
        if complement && matches!(doc.key(head + 1), "for" | "of" | "at" | "with") {
            // Up to the end of the first name in the complement, or a few
            // words.
            let sent_end = doc
                .sentences
                .get(doc.tokens[head].sent as usize)
                .map_or(head + 1, |r| r.end);
            let lim = (head + 8).min(sent_end);
            let mut k = head + 2;
            while k < lim && doc.tokens[k].kind == TokKind::Word {
                if let Some(m) = self.mention_at(k) {
                    last = m.last;
                    break;
                }
                last = k;
                k += 1;
            }
        }
        clean_alias(doc.between(first, last))
    }

    /// The person known by the description `name` (tokens `first..=head`
    /// in the text), created on first use.
    fn described_person(
        &mut self,
        doc: &Doc<'_>,
        name: &str,
        first: usize,
        head: usize,
        gender: Gender,
    ) -> Option<ActorIdx> {
        if name.is_empty() {
            return None;
        }
        let key = format!("desc:{}", name.to_lowercase());
        if let Some(&a) = self.by_name.get(&key) {
            return Some(a);
        }
        let mut c = Cand::new(name, ActorKind::Person, Policy::WhenActive);
        c.gender = gender;
        let a = self.cands.len();
        self.cands.push(c);
        self.by_name.insert(key, a);
        self.insert_mention(Mention {
            span: doc.span(first, head),
            first,
            last: head,
            actor: a,
            kind: MentionKind::Role,
        });
        Some(a)
    }
}
