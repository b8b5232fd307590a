//! Resolution on demand, for the later stages: noun phrases (a
//! statement's source, an addressee, a position holder, a threat target)
//! and pronouns.

use super::describe::{Documents, INSTITUTION_WINDOW};
use super::words::{GroupClass, WORDS, class, initials, key};
use super::{ActorIdx, ActorSet, Cand, Gender, Mention, MentionKind, Policy, ikey};
use crate::extract::doc::{Doc, TokKind};
use crate::model::ActorKind;

/// What a pronoun can stand for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PronounClass {
    He,
    She,
    It,
    They,
}

fn pronoun_class(word: &str) -> Option<PronounClass> {
    // "he'd", "they're": the pronoun of a contraction.
    let word = crate::extract::words::contracted_pronoun(word).unwrap_or(word);
    Some(match word {
        "he" | "him" | "his" | "himself" => PronounClass::He,
        "she" | "her" | "hers" | "herself" => PronounClass::She,
        "it" | "its" | "itself" => PronounClass::It,
        "they" | "them" | "their" | "theirs" | "themselves" => PronounClass::They,
        _ => return None,
    })
}

/// True when most words of the sentence holding `tok` are capitalised.
pub(super) fn title_case(doc: &Doc<'_>, tok: usize) -> bool {
    let Some(sent) = doc.tokens.get(tok).map(|t| t.sent as usize) else {
        return false;
    };
    let Some(range) = doc.sentences.get(sent) else {
        return false;
    };
    let (mut words, mut caps) = (0, 0);
    for k in range.clone() {
        if doc.tokens[k].kind != TokKind::Word || doc.tok(k).len() < 4 {
            continue;
        }
        words += 1;
        if doc.is_cap(k) {
            caps += 1;
        }
    }
    words >= 3 && caps * 10 >= words * 8
}

/// A word in capitals in title case ("WALLACE" gives "Wallace",
/// "O'REILLY" gives "O'Reilly").
fn title_word(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut upper = true;
    for c in word.chars() {
        if upper {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        upper = matches!(c, '\'' | '\u{2019}' | '-');
    }
    out
}

/// How many mentions back a pronoun or a description looks at most, so
/// that a text without sentence breaks stays linear.
pub(super) const MENTIONS_BACK: usize = 600;

/// How many sentences back "he" and "she" look for their person.
const PERSON_WINDOW: u32 = 30;

/// How many sentences back an epithet ("the candidate") looks for the
/// person it stands for.
const EPITHET_WINDOW: u32 = 3;

/// Prepositions that end the head of a noun phrase.
const PREPOSITIONS: &[&str] = &[
    "in", "at", "from", "of", "for", "with", "on", "near", "across", "over", "under", "into", "by",
    "inside", "outside", "within", "among", "between", "against",
];

/// Words that end the head of a noun phrase.
const NP_BREAKS: &[&str] = &[",", "(", ";", "who", "which", "\u{2014}", "\u{2013}", ":"];

impl ActorSet {
    /// Resolves a noun phrase given by its token range: the head mention
    /// inside it; else a group noun phrase (created on first use and
    /// reused); else an unknown capitalised name (a new person or
    /// organisation); else what a description stands for (see the
    /// `describe` module). `None` when nothing names an actor. A group's
    /// or a description's phrase as written becomes an alias of what it
    /// resolved to.
    pub(crate) fn resolve_np(
        &mut self,
        doc: &Doc<'_>,
        first: usize,
        last: usize,
    ) -> Option<ActorIdx> {
        self.resolve_np_with(doc, first, last, Documents::AuthorOnly)
    }

    /// [`ActorSet::resolve_np`] for the source of "according to": a
    /// document with no author named stands for itself.
    pub(crate) fn resolve_source(
        &mut self,
        doc: &Doc<'_>,
        first: usize,
        last: usize,
    ) -> Option<ActorIdx> {
        self.resolve_np_with(doc, first, last, Documents::Speak)
    }

    fn resolve_np_with(
        &mut self,
        doc: &Doc<'_>,
        first: usize,
        last: usize,
        documents: Documents,
    ) -> Option<ActorIdx> {
        let r = self.resolve_phrase(doc, first, last, documents);
        if let Some(a) = r {
            self.alias_description(doc, a, first, last);
        }
        r
    }

    fn resolve_phrase(
        &mut self,
        doc: &Doc<'_>,
        first: usize,
        last: usize,
        documents: Documents,
    ) -> Option<ActorIdx> {
        let n = doc.tokens.len();
        if first > last || last >= n {
            return None;
        }
        // "He's claiming": the contraction's own word is the source.
        if first == last && matches!(doc.key(first), "'s" | "'re" | "'ve" | "'d" | "'ll") {
            let p = first.checked_sub(1)?;
            if doc.tokens[p].kind != TokKind::Word || doc.tokens[p].sent != doc.tokens[first].sent {
                return None;
            }
            return self.resolve_phrase(doc, p, p, documents);
        }
        // "The agency isn't": a negated auxiliary is no part of the phrase.
        let mut last = last;
        while last > first && doc.key(last).ends_with("n't") {
            last -= 1;
        }
        if doc.key(last).ends_with("n't") {
            return None;
        }
        let mut end = last;
        for k in first + 1..=last {
            if NP_BREAKS.contains(&doc.key(k)) {
                end = k - 1;
                break;
            }
        }
        // The head ends before a preposition outside any mention
        // ("leaders in New York", "critics of the plan"); what follows is
        // used only when the head names nothing.
        let mut head_end = end;
        for k in first + 1..=end {
            if PREPOSITIONS.contains(&doc.key(k)) && self.mention_at(k).is_none() {
                head_end = k - 1;
                break;
            }
        }
        if let Some(a) = self.campaign(doc, first, head_end) {
            return Some(a);
        }
        if let Some(a) = self.resolve_head(doc, first, head_end) {
            return Some(a);
        }
        if let Some(a) = self.describe(doc, first, head_end, end, documents) {
            return Some(a);
        }
        // "officials at the ministry" may name the ministry; "leaders in
        // New York" does not name New York.
        if head_end < end && matches!(doc.key(head_end + 1), "at" | "of" | "from" | "for") {
            return self.resolve_head(doc, first, end);
        }
        None
    }

    /// "Stein's campaign", "the Stein campaign", "her campaign", "the
    /// campaign": the campaign organisation of the person named, meant or
    /// in focus, when the find pass has not already named it. "The
    /// campaign" is the campaign organisation named last, if any.
    fn campaign(&mut self, doc: &Doc<'_>, first: usize, head: usize) -> Option<ActorIdx> {
        if doc.key(head) != "campaign" || head == first || head - first > 4 {
            return None;
        }
        if let Some(m) = self.mention_at(head) {
            return Some(m.actor);
        }
        let k = head - 1;
        let person = if matches!(doc.key(k), "'s" | "'") {
            self.mention_at(k.checked_sub(1)?)
                .filter(|m| m.kind != MentionKind::Pronoun)
                .map(|m| m.actor)
        } else if let Some(m) = self.mention_at(k) {
            (m.kind != MentionKind::Pronoun && m.last == k).then_some(m.actor)
        } else if k == first && matches!(doc.key(k), "his" | "her") {
            self.resolve_pronoun(doc, k)
        } else if k == first && doc.key(k) == "the" {
            let named = self.recent(doc, first, INSTITUTION_WINDOW, |set, a| {
                let c = &set.cands[a];
                c.kind == ActorKind::Organization
                    && c.name
                        .get(c.name.len().saturating_sub(9)..)
                        .is_some_and(|t| t.eq_ignore_ascii_case(" campaign"))
            });
            if named.is_some() {
                return named;
            }
            self.person_in_focus(doc, first, Gender::Unknown)
        } else {
            None
        }?;
        if self.cands.get(person)?.kind != ActorKind::Person {
            return None;
        }
        let a = self.campaign_org(person, Policy::WhenActive)?;
        self.insert_mention(Mention {
            span: doc.span(head, head),
            first: head,
            last: head,
            actor: a,
            kind: MentionKind::Name,
        });
        Some(a)
    }

    /// Keeps a group's or a description's phrase as written as an alias
    /// of what it resolved to ("Several experts", "Many of his
    /// supporters", "The Republican nominee"): the words that identify
    /// the source in the text.
    fn alias_description(&mut self, doc: &Doc<'_>, a: ActorIdx, first: usize, last: usize) {
        let mut end = last;
        for k in first + 1..=last {
            if NP_BREAKS.contains(&doc.key(k)) || doc.tokens[k].kind == TokKind::Quote {
                end = k - 1;
                break;
            }
        }
        if end - first > 8 || pronoun_class(doc.key(first)).is_some() && first == end {
            return;
        }
        let Some(c) = self.cands.get(a) else { return };
        let w = doc.key(end);
        let describes = match c.kind {
            // "Several experts", not "diplomats almost universally" nor a
            // part of the name ("percent" of "Another 19 percent").
            ActorKind::Group => {
                (WORDS.group_nouns.contains_key(w) || w == "percent" || doc.is_cap(end))
                    && doc
                        .span(first, end)
                        .text(doc.text)
                        .is_none_or(|t| t.len() >= c.name.len() || !c.name.ends_with(t))
            }
            // A description, not a name of the actor: no mention of it in
            // the phrase other than a role, and not a document that speaks
            // for it ("the statement").
            _ => {
                !WORDS.documents.contains_key(w)
                    && !(first..=end).any(|k| {
                        self.mention_at(k)
                            .is_some_and(|m| m.actor == a && m.kind != MentionKind::Role)
                    })
            }
        };
        if !describes || !(first..=end).any(|k| doc.tokens[k].kind == TokKind::Word) {
            return;
        }
        if let Some(t) = doc.span(first, end).text(doc.text)
            && let Some(c) = self.cands.get_mut(a)
        {
            c.add_alias(t);
        }
    }

    /// Resolves the head `first..=end` of a noun phrase.
    fn resolve_head(&mut self, doc: &Doc<'_>, first: usize, end: usize) -> Option<ActorIdx> {
        // Mentions overlapping the head.
        let lo = self.mentions.partition_point(|m| m.last < first);
        let hi = self.mentions.partition_point(|m| m.first <= end);
        if let Some(ms) = self.mentions.get(lo..hi.max(lo))
            && let Some(last) = ms.last()
        {
            let possessive = |m: &Mention| {
                m.last < end && matches!(doc.tok(m.last + 1), "'s" | "\u{2019}s" | "'")
            };
            if let Some(h) = ms.iter().rev().find(|m| !possessive(m)) {
                return Some(h.actor);
            }
            let last = last.actor;
            // Only possessive modifiers: "Trump's aides" is a group.
            if let Some(g) = self.group_np(doc, first, end) {
                return Some(g);
            }
            return Some(last);
        }
        if first == end && pronoun_class(doc.key(first)).is_some() {
            return self.resolve_pronoun(doc, first);
        }
        if let Some(g) = self.group_np(doc, first, end) {
            return Some(g);
        }
        self.name_np(doc, first, end)
    }

    /// A group noun phrase inside `first..=end`.
    fn group_np(&mut self, doc: &Doc<'_>, first: usize, end: usize) -> Option<ActorIdx> {
        let mut k = first;
        let mut owner: Option<String> = None;
        while k <= end {
            let w = doc.key(k);
            if WORDS.owners.contains(w) {
                owner = self
                    .resolve_pronoun(doc, k)
                    .and_then(|a| self.short_name(a));
            } else if matches!(w, "'s" | "'") && k > first {
                if let Some(m) = self.mention_at(k - 1) {
                    owner = self.short_name(m.actor);
                }
            } else if !(WORDS.quants.contains(w)
                || doc.tokens[k].kind != TokKind::Word
                || self.mention_at(k).is_some())
            {
                break;
            }
            k += 1;
        }
        let start = k;
        let is_noun = |j: usize| {
            doc.tokens[j].kind == TokKind::Word && WORDS.group_nouns.contains_key(doc.key(j))
        };
        let mut head = (start..=end).find(|&j| is_noun(j))?;
        // "Police officials": the last of two group nouns heads the phrase.
        while head < end && is_noun(head + 1) {
            head += 1;
        }
        // The head noun must end the phrase or be followed by "of", "in"...
        if head < end
            && !matches!(
                doc.key(head + 1),
                "of" | "in" | "at" | "from" | "for" | "with" | "on"
            )
        {
            return None;
        }
        let noun = WORDS.group_nouns.get(doc.key(head))?;
        // Modifiers kept in the name: listed ones, capitalised words,
        // numbers and hyphenated compounds ("Iranian-backed"); others are
        // dropped.
        let opener = |j: usize| {
            doc.tokens
                .get(j)
                .and_then(|t| doc.sentences.get(t.sent as usize))
                .is_some_and(|r| r.start == j)
        };
        let kept: Vec<&str> = (start..head)
            .filter(|&j| {
                let w = doc.tok(j);
                let k = key(w);
                WORDS.group_mods.contains(k.as_ref())
                    || (w.starts_with(char::is_uppercase)
                        && !super::words::is_not_name(w)
                        && (!opener(j) || WORDS.group_nouns.contains_key(k.as_ref())))
                    || w.contains('-')
                    || w.chars().all(|c| c.is_ascii_digit())
            })
            .map(|j| doc.tok(j))
            .collect();
        if kept.is_empty() && owner.is_none() {
            if noun.class == GroupClass::States {
                return None;
            }
            // "the union", "the company": an organisation met before (see
            // `describe`), not a group.
            if start > 0
                && matches!(doc.key(start - 1), "the" | "this" | "that")
                && super::words::is_org_noun(doc.key(head))
                && !doc.key(head).ends_with('s')
            {
                return None;
            }
            if matches!(
                doc.key(head),
                "members"
                    | "member"
                    | "leaders"
                    | "leader"
                    | "state"
                    | "group"
                    | "groups"
                    | "partners"
                    | "allies"
            ) {
                return None;
            }
        }
        let mut name = String::new();
        if let Some(o) = &owner {
            name.push_str(o);
            name.push_str("'s ");
        }
        for w in &kept {
            name.push_str(w);
            name.push(' ');
        }
        name.push_str(&noun.plural);
        let g = match (kept.is_empty() && owner.is_none())
            .then(|| self.group_with_head(&noun.plural))
            .flatten()
        {
            Some(g) => g,
            None => self.group(&name, None),
        };
        // The phrase as written is an alias ("Several experts", "Clinton
        // supporters").
        if let Some(t) = doc.span(first, head).text(doc.text)
            && !t.contains(',')
            && let Some(c) = self.cands.get_mut(g)
        {
            c.add_alias(t);
        }
        self.insert_mention(Mention {
            span: doc.span(start.min(head), head),
            first: start.min(head),
            last: head,
            actor: g,
            kind: MentionKind::Group,
        });
        Some(g)
    }

    /// A short name for an owner: a person's surname, else the name.
    pub(super) fn short_name(&self, a: ActorIdx) -> Option<String> {
        let c = self.cands.get(a)?;
        Some(if c.kind == ActorKind::Person {
            c.name_words
                .last()
                .cloned()
                .unwrap_or_else(|| c.name.clone())
        } else {
            c.name.clone()
        })
    }

    /// True when token `k` is a transcript's speaker: a word in capitals
    /// of four letters or more opening its sentence, before a colon
    /// ("WALLACE: ...").
    fn transcript_speaker(&self, doc: &Doc<'_>, k: usize) -> bool {
        let letters = doc.tok(k).chars().filter(|c| c.is_alphabetic()).count();
        let opens = doc
            .sentences
            .get(doc.tokens[k].sent as usize)
            .is_some_and(|r| (r.start..k).all(|j| doc.tokens[j].kind != TokKind::Word));
        letters >= 4 && opens && k + 1 < doc.tokens.len() && doc.tok(k + 1) == ":"
    }

    /// The person a transcript names by the surname in capitals at `k`:
    /// the one met with that surname, else a new person under the name
    /// in title case ("Wallace").
    fn speaker_in_capitals(&mut self, doc: &Doc<'_>, k: usize) -> Option<ActorIdx> {
        let word = doc.tok(k);
        let known = self.indexed(ikey('P', word)).find(|&a| {
            self.cands.get(a).is_some_and(|c| {
                c.kind == ActorKind::Person
                    && c.name_words
                        .last()
                        .is_some_and(|w| w.to_uppercase() == word)
            })
        });
        let actor = match known {
            Some(a) => a,
            None => {
                let name = title_word(word);
                let key = name.to_lowercase();
                match self.by_name.get(&key) {
                    Some(&a) if self.cands[a].kind == ActorKind::Person => a,
                    _ => {
                        let mut c = Cand::new(name.clone(), ActorKind::Person, Policy::WhenActive);
                        c.name_words = vec![name];
                        self.push_cand(c)
                    }
                }
            }
        };
        if let Some(c) = self.cands.get_mut(actor) {
            c.add_alias(word);
        }
        self.insert_mention(Mention {
            span: doc.span(k, k),
            first: k,
            last: k,
            actor,
            kind: MentionKind::Name,
        });
        Some(actor)
    }

    /// An unknown capitalised name inside `first..=end`.
    fn name_np(&mut self, doc: &Doc<'_>, first: usize, end: usize) -> Option<ActorIdx> {
        let start =
            (first..=end).find(|&k| doc.is_cap(k) && !super::words::is_not_name(doc.tok(k)))?;
        let mut last = start;
        while last < end
            && (doc.is_cap(last + 1)
                || (WORDS.particles.contains(doc.key(last + 1))
                    && last + 2 <= end
                    && doc.is_cap(last + 2)))
        {
            last += 1;
        }
        // A title in quotation marks ("Nightly News") names a work.
        let quote = |k: usize| doc.tokens.get(k).is_some_and(|t| t.kind == TokKind::Quote);
        if start > 0
            && quote(start - 1)
            && (quote(last + 1)
                || (matches!(
                    doc.tokens.get(last + 1).map(|_| doc.tok(last + 1)),
                    Some("." | ",")
                ) && quote(last + 2)))
        {
            return None;
        }
        // "Affordable Care Act": a thing, not an actor.
        if WORDS.things.contains(doc.tok(last)) {
            return None;
        }
        // "Hewlett-Packard CEO": a role description, not a name.
        if (start..=last).any(|k| {
            matches!(WORDS.titles.longest(doc, k, last + 1), Some((info, _)) if info.class != super::words::TitleClass::Pre)
        }) {
            return None;
        }
        let name = doc.between(start, last).to_string();
        let lower = name.to_lowercase();
        let org = (start..=last).any(|k| {
            WORDS.org_words.contains(doc.tok(k))
                || WORDS
                    .org_suffixes
                    .contains(doc.tok(k).trim_end_matches('.'))
        });
        let caps = |t: &str| {
            t.chars()
                .all(|c| c.is_uppercase() || c == '.' || c == '&' || c == '-')
        };
        let acronym = start == last && {
            let t = doc.tok(start);
            (2..=5).contains(&t.chars().filter(|c| c.is_alphabetic()).count()) && caps(t)
        };
        if start == last && caps(doc.tok(start)) && self.transcript_speaker(doc, start) {
            return self.speaker_in_capitals(doc, start);
        }
        if start == last && !acronym && caps(doc.tok(start)) {
            // A shouted word: a known surname in capitals, or nothing.
            let word = doc.tok(start);
            return self.indexed(ikey('P', word)).find(|&a| {
                self.cands.get(a).is_some_and(|c| {
                    c.kind == ActorKind::Person
                        && c.name_words.len() >= 2
                        && c.name_words
                            .last()
                            .is_some_and(|w| w.to_uppercase() == word)
                })
            });
        }
        if !self.by_name.contains_key(&lower) {
            // A lone unknown word is a surname met before, an acronym, or
            // nothing (a place, a sentence opener); a generic organisation
            // word alone ("the Department") names nothing new; a
            // title-case run is a headline.
            let linked = start == last
                && self
                    .indexed(ikey('p', &super::fold(doc.tok(start))))
                    .any(|a| {
                        self.cands.get(a).is_some_and(|c| {
                            c.kind == ActorKind::Person
                                && c.name_words.len() >= 2
                                && c.name_words
                                    .last()
                                    .is_some_and(|w| super::same_word(w, doc.tok(start)))
                        })
                    });
            if start == last && !linked && !acronym {
                return None;
            }
            if start == last && org && !acronym {
                return None;
            }
            // An unknown person's name: two or three words (a known given
            // name for three), heading the phrase.
            let given = WORDS.given.contains_key(doc.tok(start));
            // A middle initial or a suffix ("Vann R. Newkirk II") is no
            // word of its own.
            let middle = (start + 1..=last)
                .filter(|&k| {
                    initials(doc.tok(k))
                        || doc.classes.get(k).is_some_and(|c| c & class::SUFFIX != 0)
                })
                .count();
            let span = last - start - middle;
            let heads = last == end
                || !doc
                    .tokens
                    .get(last + 1)
                    .is_some_and(|t| t.kind == TokKind::Word);
            if !org
                && !acronym
                && !linked
                && (title_case(doc, start) || span > 2 || (span == 2 && !given) || !heads)
            {
                return None;
            }
        }
        let actor = match self.by_name.get(&lower) {
            Some(&a) => a,
            None => {
                // A surname of a person already met.
                let words: Vec<String> = (start..=last).map(|k| doc.tok(k).to_string()).collect();
                let linked = (!org && words.len() == 1)
                    .then(|| {
                        let last = words.last()?;
                        self.indexed(ikey('p', &super::fold(last))).find(|&a| {
                            self.cands.get(a).is_some_and(|c| {
                                c.kind == ActorKind::Person
                                    && c.name_words.len() >= 2
                                    && c.name_words
                                        .last()
                                        .is_some_and(|w| super::same_word(w, last))
                            })
                        })
                    })
                    .flatten();
                match linked {
                    Some(a) => a,
                    None => {
                        let kind = if org || acronym {
                            ActorKind::Organization
                        } else {
                            ActorKind::Person
                        };
                        let mut c = Cand::new(name, kind, Policy::WhenActive);
                        if kind == ActorKind::Person {
                            c.gender = WORDS
                                .given
                                .get(words[0].as_str())
                                .copied()
                                .unwrap_or(Gender::Unknown);
                            c.name_words = words;
                        }
                        self.push_cand(c)
                    }
                }
            }
        };
        let span = doc.span(start, last);
        if let Some(c) = self.cands.get_mut(actor) {
            c.strong = true;
            if let Some(t) = span.text(doc.text) {
                c.add_alias(t);
            }
        }
        self.insert_mention(Mention {
            span,
            first: start,
            last,
            actor,
            kind: MentionKind::Name,
        });
        Some(actor)
    }

    /// Resolves a pronoun to the most salient preceding actor of a
    /// fitting kind: the subject (first fitting mention) of its own
    /// sentence before it, else of the nearest sentence before that has
    /// one. `we`, `I` and other pronouns give `None`.
    pub(crate) fn resolve_pronoun(&self, doc: &Doc<'_>, tok: usize) -> Option<ActorIdx> {
        let class = pronoun_class(doc.key(tok))?;
        let fits = |a: ActorIdx| {
            let Some(c) = self.cands.get(a) else {
                return false;
            };
            match class {
                PronounClass::He => c.kind == ActorKind::Person && c.gender != Gender::Female,
                PronounClass::She => c.kind == ActorKind::Person && c.gender != Gender::Male,
                PronounClass::It => matches!(c.kind, ActorKind::State | ActorKind::Organization),
                PronounClass::They => c.kind != ActorKind::Person || c.plural,
            }
        };
        // How far back to look, in sentences: a person stays the topic over
        // paragraphs; "it" and "they" name something just mentioned.
        let window = match class {
            PronounClass::He | PronounClass::She => PERSON_WINDOW,
            PronounClass::They => 4,
            PronounClass::It => 3,
        };
        self.in_focus(doc, tok, window, fits)
    }

    /// The person a definite epithet at token `tok` ("the candidate", "the
    /// billionaire businessman") stands for: the one a pronoun of the
    /// epithet's gender there would stand for, within a few sentences.
    pub(super) fn person_in_focus(
        &self,
        doc: &Doc<'_>,
        tok: usize,
        gender: Gender,
    ) -> Option<ActorIdx> {
        let fits = |a: ActorIdx| {
            self.cands.get(a).is_some_and(|c| {
                c.kind == ActorKind::Person
                    && (gender == Gender::Unknown
                        || c.gender == Gender::Unknown
                        || c.gender == gender)
            })
        };
        self.in_focus(doc, tok, EPITHET_WINDOW, fits)
    }

    /// The actor that `fits` of the earliest mention in the nearest
    /// sentence before token `tok` (within `window` sentences) that has
    /// one: the subject in focus there.
    fn in_focus(
        &self,
        doc: &Doc<'_>,
        tok: usize,
        window: u32,
        fits: impl Fn(ActorIdx) -> bool,
    ) -> Option<ActorIdx> {
        let t = doc.tokens.get(tok)?;
        let quote = self.quote_of(tok);
        let before = self.mentions.partition_point(|m| m.first < tok);
        let sent = t.sent;
        let mut best: Option<(u32, usize)> = None;
        for m in self.mentions[..before].iter().rev().take(MENTIONS_BACK) {
            if m.kind == MentionKind::Pronoun || !fits(m.actor) {
                continue;
            }
            let s = doc.tokens.get(m.first).map_or(0, |x| x.sent);
            if sent.saturating_sub(s) > window {
                break;
            }
            // A name quoted is someone spoken about, not the speaker a
            // pronoun outside the quotation stands for.
            if quote.is_none() && self.quote_of(m.first).is_some() {
                continue;
            }
            match best {
                Some((bs, _)) if s < bs => break,
                _ => best = Some((s, m.actor)),
            }
        }
        best.map(|(_, a)| a)
    }
}
