//! The gazetteer: known states, organisations, people, groups, outlets and
//! platforms, with their names, aliases, adjectives, seats of power and
//! offices; read from `data/gazetteer/*.tsv` (format in `data/README.md`)
//! and matched over article text with one Aho-Corasick automaton.

/// Maps keyed by the crate's own vocabularies and indices: a fast hash.
type HashMap<K, V> = std::collections::HashMap<K, V, crate::extract::lexicon::FxBuild>;
use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::{self, contiguous::NFA};
use aho_corasick::{Anchored, Input, MatchKind, PatternID};
use once_cell::sync::Lazy;

use crate::error::{GazetteerError, ValueError};
use crate::model::{ActorKind, CameoActorCode, CountryCode, Date, Role};

/// What a gazetteer [`Entry`] names.
///
/// ```
/// use news_model::extract::EntryKind;
/// assert_eq!("outlet".parse::<EntryKind>()?, EntryKind::Outlet);
/// assert_eq!(EntryKind::State.to_string(), "state");
/// # Ok::<(), news_model::ValueError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EntryKind {
    /// A state or territory.
    State,
    /// An organisation: international body, institution, party, company,
    /// armed or political movement.
    Organization,
    /// A person.
    Person,
    /// A named collective ("Western countries").
    Group,
    /// A news outlet: an actor only when it is itself a source.
    Outlet,
    /// A social platform: an actor only when it acts itself.
    Platform,
}

impl EntryKind {
    /// The name used in the TSV files.
    pub const fn as_str(self) -> &'static str {
        match self {
            EntryKind::State => "state",
            EntryKind::Organization => "organization",
            EntryKind::Person => "person",
            EntryKind::Group => "group",
            EntryKind::Outlet => "outlet",
            EntryKind::Platform => "platform",
        }
    }

    /// The kind of actor an entry of this kind becomes.
    pub const fn actor_kind(self) -> ActorKind {
        match self {
            EntryKind::State => ActorKind::State,
            EntryKind::Person => ActorKind::Person,
            EntryKind::Group => ActorKind::Group,
            EntryKind::Organization | EntryKind::Outlet | EntryKind::Platform => {
                ActorKind::Organization
            }
        }
    }
}

impl fmt::Display for EntryKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for EntryKind {
    type Err = ValueError;
    fn from_str(s: &str) -> Result<EntryKind, ValueError> {
        Ok(match s.trim().to_ascii_lowercase().as_str() {
            "state" => EntryKind::State,
            "organization" | "organisation" => EntryKind::Organization,
            "person" => EntryKind::Person,
            "group" => EntryKind::Group,
            "outlet" => EntryKind::Outlet,
            "platform" => EntryKind::Platform,
            _ => {
                return Err(ValueError::new(
                    "gazetteer entry kind",
                    s,
                    "expected one of: state organization person group outlet platform",
                ));
            }
        })
    }
}

/// An office held over a period: `President@USA` from 2017-01-20 to
/// 2021-01-20.
///
/// ```
/// use news_model::{Date, Role};
/// use news_model::extract::Tenure;
/// let t = Tenure::new("President@USA".parse::<Role>()?)
///     .from("2017-01-20".parse()?)
///     .to("2021-01-20".parse()?);
/// assert!(t.covers("2019-05-01".parse::<Date>()?));
/// assert!(!t.covers("2024-12-09".parse::<Date>()?));
/// # Ok::<(), news_model::ValueError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Tenure {
    role: Role,
    from: Option<Date>,
    to: Option<Date>,
}

impl Tenure {
    /// The office, with no dates: held at any time.
    pub fn new(role: Role) -> Tenure {
        Tenure {
            role,
            from: None,
            to: None,
        }
    }

    /// The same tenure, starting on `date`.
    pub fn from(mut self, date: Date) -> Tenure {
        self.from = Some(date);
        self
    }

    /// The same tenure, ending on `date` (the last day in office).
    pub fn to(mut self, date: Date) -> Tenure {
        self.to = Some(date);
        self
    }

    /// The office.
    pub fn role(&self) -> &Role {
        &self.role
    }

    /// First day in office, if known.
    pub fn start(&self) -> Option<Date> {
        self.from
    }

    /// Last day in office; `None` while in office (or when unknown).
    pub fn end(&self) -> Option<Date> {
        self.to
    }

    /// True when the office was held on `date`.
    pub fn covers(&self, date: Date) -> bool {
        self.from.is_none_or(|f| f <= date) && self.to.is_none_or(|t| date <= t)
    }
}

/// One gazetteer entry: a state, organisation, person, group, outlet or
/// platform with everything the extractor needs to recognise it.
///
/// Built in code with the `with_*` methods, or read from TSV by
/// [`GazetteerBuilder::add_tsv`].
///
/// ```
/// use news_model::{CountryCode, Role};
/// use news_model::extract::{Entry, EntryKind, Tenure};
/// let entry = Entry::new(EntryKind::Person, "Ahmad Yasin")
///     .with_country("JOR".parse::<CountryCode>()?)
///     .with_alias("Yasin")
///     .with_tenure(Tenure::new("Foreign Minister@JOR".parse::<Role>()?));
/// assert_eq!(entry.aliases(), ["Yasin"]);
/// # Ok::<(), news_model::ValueError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    kind: EntryKind,
    name: String,
    country: Option<CountryCode>,
    cameo: Option<CameoActorCode>,
    aliases: Vec<String>,
    adjectives: Vec<String>,
    demonyms: Vec<String>,
    seats: Vec<String>,
    titles: Vec<String>,
    tenures: Vec<Tenure>,
    part_of: Option<CountryCode>,
}

impl Entry {
    /// An entry of `kind` with its canonical `name` and nothing else.
    pub fn new(kind: EntryKind, name: impl Into<String>) -> Entry {
        Entry {
            kind,
            name: name.into().trim().to_string(),
            country: None,
            cameo: None,
            aliases: Vec::new(),
            adjectives: Vec::new(),
            demonyms: Vec::new(),
            seats: Vec::new(),
            titles: Vec::new(),
            tenures: Vec::new(),
            part_of: None,
        }
    }

    /// Sets the state the entry belongs to.
    pub fn with_country(mut self, country: CountryCode) -> Entry {
        self.country = Some(country);
        self
    }

    /// Sets the CAMEO actor code.
    pub fn with_cameo(mut self, code: CameoActorCode) -> Entry {
        self.cameo = Some(code);
        self
    }

    /// Adds another name that refers to the entry ("Putin", "U.S.").
    pub fn with_alias(mut self, alias: impl Into<String>) -> Entry {
        push_unique(&mut self.aliases, alias.into());
        self
    }

    /// Adds an adjective ("Russian"): gives a country to titles, never an
    /// actor mention by itself.
    pub fn with_adjective(mut self, adjective: impl Into<String>) -> Entry {
        push_unique(&mut self.adjectives, adjective.into());
        self
    }

    /// Adds a plural people noun ("Russians").
    pub fn with_demonym(mut self, demonym: impl Into<String>) -> Entry {
        push_unique(&mut self.demonyms, demonym.into());
        self
    }

    /// Adds a capital or seat of power that stands for the government
    /// ("Moscow", "Kremlin").
    pub fn with_seat(mut self, seat: impl Into<String>) -> Entry {
        push_unique(&mut self.seats, seat.into());
        self
    }

    /// Adds a role description that names the person outright ("Kremlin
    /// spokesperson").
    pub fn with_title(mut self, title: impl Into<String>) -> Entry {
        push_unique(&mut self.titles, title.into());
        self
    }

    /// Adds an office held over a period.
    pub fn with_tenure(mut self, tenure: Tenure) -> Entry {
        if !self.tenures.contains(&tenure) {
            self.tenures.push(tenure);
        }
        self
    }

    /// Marks a state as a constituent part of `country` (a U.S. state, a
    /// province): an actor only where it acts, never as a mere place.
    pub fn with_part_of(mut self, country: CountryCode) -> Entry {
        self.part_of = Some(country);
        self
    }

    /// What the entry names.
    pub fn kind(&self) -> EntryKind {
        self.kind
    }

    /// The canonical name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The state the entry belongs to.
    pub fn country(&self) -> Option<CountryCode> {
        self.country
    }

    /// The CAMEO actor code.
    pub fn cameo(&self) -> Option<&CameoActorCode> {
        self.cameo.as_ref()
    }

    /// Other names.
    pub fn aliases(&self) -> &[String] {
        &self.aliases
    }

    /// Adjectives ("Russian").
    pub fn adjectives(&self) -> &[String] {
        &self.adjectives
    }

    /// Plural people nouns ("Russians").
    pub fn demonyms(&self) -> &[String] {
        &self.demonyms
    }

    /// Capitals and seats of power.
    pub fn seats(&self) -> &[String] {
        &self.seats
    }

    /// Role descriptions that name the person outright.
    pub fn titles(&self) -> &[String] {
        &self.titles
    }

    /// Offices held.
    pub fn tenures(&self) -> &[Tenure] {
        &self.tenures
    }

    /// The country a constituent state or province belongs to.
    pub fn part_of(&self) -> Option<CountryCode> {
        self.part_of
    }
}

fn push_unique(list: &mut Vec<String>, s: String) {
    let s = s.trim();
    if !s.is_empty() && s != "-" && !list.iter().any(|x| x == s) {
        list.push(s.to_string());
    }
}

/// How a surface form names its entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Form {
    Name,
    Alias,
    Adjective,
    Demonym,
    Seat,
    Title,
}

/// One reading of a surface form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Target {
    pub entry: u32,
    pub form: Form,
}

/// A gazetteer form found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    pub start: usize,
    pub end: usize,
    /// Index into `Gazetteer::targets_of`.
    pub pattern: u32,
}

/// A canonical title (lower case) and the key of its place, if any.
pub(crate) type TitleKey = (String, Option<String>);

#[derive(Debug)]
struct Inner {
    entries: Vec<Entry>,
    /// Leftmost-longest automaton over every surface form (and its
    /// curly-apostrophe, capitalised and upper-case variants).
    automaton: Option<NFA>,
    patterns: Vec<String>,
    targets: Vec<Vec<Target>>,
    /// Canonical title (lower case) and place (ISO code or lower-case
    /// organisation name) to the entries that held it, with the tenure.
    roles: HashMap<String, HashMap<String, Vec<(u32, usize)>>>,
    /// Canonical title (lower case) to entries holding it anywhere.
    titles_anywhere: HashMap<String, Vec<(u32, usize)>>,
    /// The lower-case first words (up to the first character that is no
    /// letter or digit) of the forms that do not start with a capital
    /// ("the" of "the West"): where else a form may start.
    lower_starts: std::collections::HashSet<String, crate::extract::lexicon::FxBuild>,
    /// For each entry, the keys under which an article's actor set
    /// indexes it (computed on first use, then shared).
    index_keys: Vec<std::sync::OnceLock<Vec<u64>>>,
    /// For each entry, the title keys of its offices (computed on first
    /// use, then shared).
    title_keys: Vec<std::sync::OnceLock<Vec<TitleKey>>>,
    /// For each first byte of a word in `lower_starts`, the lengths in
    /// bytes (bit `len`, 31 for longer) such words have: a cheap first
    /// test.
    lower_lens: Box<[u32; 256]>,
    /// The (first, sovereign) state entry of each country code.
    states: HashMap<CountryCode, u32>,
}

/// The known actors: states, organisations, people, groups, outlets and
/// platforms, with names, aliases, adjectives, seats of power and offices.
///
/// [`Gazetteer::embedded`] (also `Default`) is the one compiled into the
/// crate from `data/gazetteer/*.tsv`, parsed once per process; cloning is
/// cheap (the data is shared). Extend it with a [`GazetteerBuilder`].
///
/// The embedded entries: every UN member and observer state, Taiwan,
/// Kosovo, the common territories and the U.S. states; international
/// organisations, national institutions, parties, companies and armed and
/// political movements; heads of state and government, ministers,
/// spokespeople, IGO leaders and U.S. political figures with their offices
/// and dates (current to early 2026); named groups; news outlets and
/// platforms. Sources: country names and CAMEO codes from
/// openeventdata/CountryInfo; names, spellings, dated offices and CAMEO
/// actor codes to about 2017 from the Phoenix actor dictionaries of
/// openeventdata/petrarch2 (MIT); everything later from general knowledge,
/// checked by the authors (details in `data/README.md`).
///
/// ```
/// use news_model::Gazetteer;
/// let gazetteer = Gazetteer::embedded();
/// let russia = gazetteer.find("Kremlin").next().unwrap();
/// assert_eq!(russia.name(), "Russia");
/// assert_eq!(russia.country().map(|c| c.to_string()).as_deref(), Some("RUS"));
/// ```
#[derive(Clone)]
pub struct Gazetteer {
    inner: Arc<Inner>,
}

impl fmt::Debug for Gazetteer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Gazetteer")
            .field("entries", &self.inner.entries.len())
            .field("forms", &self.inner.patterns.len())
            .finish()
    }
}

/// The embedded data files, in load order.
const EMBEDDED: [(&str, &str); 5] = [
    (
        "states.tsv",
        include_str!("../../data/gazetteer/states.tsv"),
    ),
    (
        "organizations.tsv",
        include_str!("../../data/gazetteer/organizations.tsv"),
    ),
    (
        "groups.tsv",
        include_str!("../../data/gazetteer/groups.tsv"),
    ),
    ("media.tsv", include_str!("../../data/gazetteer/media.tsv")),
    (
        "people.tsv",
        include_str!("../../data/gazetteer/people.tsv"),
    ),
];

static EMBEDDED_ENTRIES: Lazy<Vec<Entry>> = Lazy::new(|| {
    let mut out = Vec::new();
    for (_, text) in EMBEDDED {
        // The embedded files are checked by tests; a bad line is skipped
        // rather than failing at run time.
        parse_tsv(text, &mut out, true).ok();
    }
    out
});

static EMBEDDED_GAZETTEER: Lazy<Gazetteer> =
    Lazy::new(|| Gazetteer::from_entries(EMBEDDED_ENTRIES.clone()));

impl Default for Gazetteer {
    fn default() -> Gazetteer {
        Gazetteer::embedded()
    }
}

impl Gazetteer {
    /// The gazetteer compiled into the crate (built once per process).
    pub fn embedded() -> Gazetteer {
        EMBEDDED_GAZETTEER.clone()
    }

    /// A builder starting from the embedded entries.
    pub fn builder() -> GazetteerBuilder {
        GazetteerBuilder::embedded()
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.inner.entries.len()
    }

    /// True when the gazetteer has no entries.
    pub fn is_empty(&self) -> bool {
        self.inner.entries.is_empty()
    }

    /// Every entry, in load order.
    pub fn entries(&self) -> impl Iterator<Item = &Entry> + '_ {
        self.inner.entries.iter()
    }

    /// The entries that `name` refers to as an actor (canonical name,
    /// alias, seat or title; adjectives and demonyms not), compared
    /// exactly.
    pub fn find<'a>(&'a self, name: &str) -> impl Iterator<Item = &'a Entry> + 'a {
        let name = name.trim();
        let found: Vec<u32> = match self.inner.patterns.iter().position(|p| p == name) {
            Some(i) => self.inner.targets[i]
                .iter()
                .filter(|t| !matches!(t.form, Form::Adjective | Form::Demonym))
                .map(|t| t.entry)
                .collect(),
            None => Vec::new(),
        };
        found
            .into_iter()
            .filter_map(move |i| self.inner.entries.get(i as usize))
    }

    /// The state entry of `country` (the sovereign one, not a part).
    pub(crate) fn state_entry(&self, country: CountryCode) -> Option<u32> {
        self.inner.states.get(&country).copied()
    }

    pub(crate) fn entry(&self, idx: u32) -> Option<&Entry> {
        self.inner.entries.get(idx as usize)
    }

    pub(crate) fn targets_of(&self, pattern: u32) -> &[Target] {
        self.inner
            .targets
            .get(pattern as usize)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// Every gazetteer form in `text` (leftmost-longest, on word
    /// boundaries, case-sensitive except for a capitalised first letter
    /// and all-capital text).
    #[allow(dead_code)] // the reference for `scan_at`; used by tests
    pub(crate) fn scan(&self, text: &str) -> Vec<Hit> {
        let Some(nfa) = &self.inner.automaton else {
            return Vec::new();
        };
        let Ok(matches) = nfa.try_find_iter(Input::new(text)) else {
            return Vec::new();
        };
        matches
            .filter(|m| on_boundaries(text, m.start(), m.end()))
            .map(|m| Hit {
                start: m.start(),
                end: m.end(),
                pattern: m.pattern().as_u32(),
            })
            .collect()
    }

    /// The gazetteer forms that start at the byte offsets `starts` of
    /// `text` (ascending): at each, the longest form, on word boundaries,
    /// skipping offsets inside a form already found. Where every place a
    /// form may start is given (see [`Gazetteer::may_start_lower`]), this
    /// finds what [`Gazetteer::scan`] finds while reading only the text at
    /// those places.
    pub(crate) fn scan_at(&self, text: &str, starts: &[usize]) -> Vec<Hit> {
        let Some(nfa) = &self.inner.automaton else {
            return Vec::new();
        };
        let Ok(start) = nfa.start_state(Anchored::Yes) else {
            return Vec::new();
        };
        let bytes = text.as_bytes();
        let mut out = Vec::with_capacity(starts.len());
        let mut resume = 0;
        for &s in starts {
            if s < resume || s >= bytes.len() {
                continue;
            }
            // An anchored walk of the trie: the longest form starting at
            // `s` (a match state may also carry a form that starts later).
            let mut sid = start;
            let mut found: Option<(PatternID, usize)> = None;
            for (k, &b) in bytes[s..].iter().enumerate() {
                sid = nfa.next_state(Anchored::Yes, sid, b);
                if nfa.is_special(sid) {
                    if nfa.is_dead(sid) {
                        break;
                    }
                    if nfa.is_match(sid) {
                        let pid = nfa.match_pattern(sid, 0);
                        let end = s + k + 1;
                        if end - nfa.pattern_len(pid) == s {
                            found = Some((pid, end));
                        }
                    }
                }
            }
            let Some((pid, end)) = found else {
                continue;
            };
            resume = end;
            if on_boundaries(text, s, end) {
                out.push(Hit {
                    start: s,
                    end,
                    pattern: pid.as_u32(),
                });
            }
        }
        out
    }

    /// True when some form starts with the lower-case word `prefix` (the
    /// token's letters and digits up to its first other character).
    pub(crate) fn may_start_lower(&self, prefix: &str) -> bool {
        let Some(&b) = prefix.as_bytes().first() else {
            return false;
        };
        self.inner.lower_lens[b as usize] & (1 << prefix.len().min(31)) != 0
            && self.inner.lower_starts.contains(prefix)
    }

    /// The index keys of entry `idx`, computed by `compute` the first
    /// time they are asked for.
    pub(crate) fn index_keys(&self, idx: u32, compute: impl FnOnce(&Entry) -> Vec<u64>) -> &[u64] {
        let (Some(cell), Some(e)) = (
            self.inner.index_keys.get(idx as usize),
            self.inner.entries.get(idx as usize),
        ) else {
            return &[];
        };
        cell.get_or_init(|| compute(e))
    }

    /// The title keys of entry `idx`'s offices, computed by `compute`
    /// the first time they are asked for.
    pub(crate) fn title_keys(
        &self,
        idx: u32,
        compute: impl FnOnce(&Entry) -> Vec<TitleKey>,
    ) -> &[TitleKey] {
        let (Some(cell), Some(e)) = (
            self.inner.title_keys.get(idx as usize),
            self.inner.entries.get(idx as usize),
        ) else {
            return &[];
        };
        cell.get_or_init(|| compute(e))
    }

    /// True when some lower-case form starts with the byte `b`.
    pub(crate) fn may_start_lower_byte(&self, b: u8) -> bool {
        self.inner.lower_lens[b as usize] != 0
    }

    /// Entries that held the office `title` (canonical, any case) for
    /// `place` (ISO code or organisation name), with the tenure index.
    pub(crate) fn holders(&self, title: &str, place: Option<&str>) -> &[(u32, usize)] {
        let title = lower(title);
        let found = match place {
            Some(p) => self
                .inner
                .roles
                .get(title.as_ref())
                .and_then(|by_place| by_place.get(lower(p).as_ref())),
            None => self.inner.titles_anywhere.get(title.as_ref()),
        };
        found.map(Vec::as_slice).unwrap_or(&[])
    }

    fn from_entries(entries: Vec<Entry>) -> Gazetteer {
        let mut index: HashMap<String, usize> = HashMap::default();
        let mut patterns: Vec<String> = Vec::new();
        let mut targets: Vec<Vec<Target>> = Vec::new();
        let mut add = |surface: &str, t: Target| {
            for v in variants(surface) {
                let i = *index.entry(v.clone()).or_insert_with(|| {
                    patterns.push(v);
                    targets.push(Vec::new());
                    patterns.len() - 1
                });
                if !targets[i].contains(&t) {
                    targets[i].push(t);
                }
            }
        };
        let mut roles: HashMap<String, HashMap<String, Vec<(u32, usize)>>> = HashMap::default();
        let mut titles_anywhere: HashMap<String, Vec<(u32, usize)>> = HashMap::default();
        let mut states: HashMap<CountryCode, u32> = HashMap::default();
        for (i, e) in entries.iter().enumerate() {
            let entry = i as u32;
            if e.kind == EntryKind::State
                && e.part_of.is_none()
                && let Some(c) = e.country
            {
                states.entry(c).or_insert(entry);
            }
            add(
                &e.name,
                Target {
                    entry,
                    form: Form::Name,
                },
            );
            for a in &e.aliases {
                add(
                    a,
                    Target {
                        entry,
                        form: Form::Alias,
                    },
                );
            }
            for a in &e.adjectives {
                add(
                    a,
                    Target {
                        entry,
                        form: Form::Adjective,
                    },
                );
            }
            for a in &e.demonyms {
                add(
                    a,
                    Target {
                        entry,
                        form: Form::Demonym,
                    },
                );
            }
            for a in &e.seats {
                add(
                    a,
                    Target {
                        entry,
                        form: Form::Seat,
                    },
                );
            }
            for a in &e.titles {
                add(
                    a,
                    Target {
                        entry,
                        form: Form::Title,
                    },
                );
            }
            for (k, t) in e.tenures.iter().enumerate() {
                for (title, place) in
                    crate::extract::actors::title_keys(t.role.title(), t.role.of())
                {
                    if let Some(place) = place {
                        let list = roles
                            .entry(title.clone())
                            .or_default()
                            .entry(place)
                            .or_default();
                        if !list.contains(&(entry, k)) {
                            list.push((entry, k));
                        }
                    }
                    let list = titles_anywhere.entry(title).or_default();
                    if !list.contains(&(entry, k)) {
                        list.push((entry, k));
                    }
                }
            }
        }
        let automaton = nfa::contiguous::Builder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .ok();
        let lower_starts: std::collections::HashSet<String, crate::extract::lexicon::FxBuild> =
            patterns.iter().filter_map(|p| lower_start(p)).collect();
        let mut lower_lens = Box::new([0u32; 256]);
        for w in &lower_starts {
            if let Some(&b) = w.as_bytes().first() {
                lower_lens[b as usize] |= 1 << w.len().min(31);
            }
        }
        let entries_len = entries.len();
        Gazetteer {
            inner: Arc::new(Inner {
                entries,
                automaton,
                patterns,
                targets,
                roles,
                titles_anywhere,
                states,
                lower_starts,
                lower_lens,
                index_keys: (0..entries_len)
                    .map(|_| std::sync::OnceLock::new())
                    .collect(),
                title_keys: (0..entries_len)
                    .map(|_| std::sync::OnceLock::new())
                    .collect(),
            }),
        }
    }
}

/// True when the match `s..e` of `text` stands on word boundaries: no
/// letter or digit glued before or after it; "U.S." inside "U.S.-led" is
/// fine, a name glued to a following apostrophe-letter ("Trump'll") is
/// not.
fn on_boundaries(text: &str, s: usize, e: usize) -> bool {
    let word_char = |c: char| c.is_alphanumeric() || c == '_';
    if text[..s].chars().next_back().is_some_and(word_char)
        || text[e..].chars().next().is_some_and(word_char)
    {
        return false;
    }
    let bytes = text.as_bytes();
    !(e < bytes.len()
        && bytes[e] == b'\''
        && text[e + 1..].starts_with(|c: char| c.is_alphabetic() && c != 's'))
}

/// The lower-case first word of a form that does not start with a capital
/// ("the" of "the West"), if it does not.
fn lower_start(form: &str) -> Option<String> {
    if form.chars().next().is_none_or(char::is_uppercase) {
        return None;
    }
    let word = form.split(|c: char| !c.is_alphanumeric()).next()?;
    Some(word.to_lowercase())
}

/// The forms a surface form is matched in: as written, with curly
/// apostrophes, with a capital first letter, and in capitals.
fn variants(s: &str) -> Vec<String> {
    let s = s.trim();
    let mut out: Vec<String> = Vec::with_capacity(4);
    let mut push = |v: String| {
        if !v.is_empty() && !out.contains(&v) {
            out.push(v);
        }
    };
    if s.is_empty() {
        return out;
    }
    let base = [s.to_string(), s.replace('\'', "\u{2019}")];
    for b in base {
        let mut cs = b.chars();
        if let Some(c) = cs.next()
            && c.is_lowercase()
        {
            push(c.to_uppercase().chain(cs).collect());
        }
        // All-capital text (headlines, datelines), for forms long
        // enough not to collide with ordinary words.
        if b.chars().filter(|c| c.is_alphabetic()).count() >= 4 {
            push(b.to_uppercase());
        }
        push(b);
    }
    out
}

/// Builds a [`Gazetteer`] from the embedded entries or from nothing, with
/// entries added from code or from TSV text in the format of the crate's
/// `data/gazetteer` files.
///
/// ```
/// use news_model::{Extractor, GazetteerBuilder, analyze};
/// let mut builder = GazetteerBuilder::embedded();
/// builder.add_tsv("person\tAhmad Yasin\tJOR\t-\tYasin\trole=Foreign Minister@JOR:2024-01-01..")?;
/// let extractor = Extractor::with_gazetteer(builder.build());
/// let analysis = extractor.analyze("Yasin said the talks would go on.")?;
/// assert_eq!(analysis.actors[0].name, "Ahmad Yasin");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct GazetteerBuilder {
    entries: Vec<Entry>,
}

impl GazetteerBuilder {
    /// A builder with no entries.
    pub fn new() -> GazetteerBuilder {
        GazetteerBuilder::default()
    }

    /// A builder holding the embedded entries.
    pub fn embedded() -> GazetteerBuilder {
        GazetteerBuilder {
            entries: EMBEDDED_ENTRIES.clone(),
        }
    }

    /// Adds an entry.
    pub fn add_entry(&mut self, entry: Entry) -> &mut GazetteerBuilder {
        if !entry.name.is_empty() {
            self.entries.push(entry);
        }
        self
    }

    /// Adds every entry of `tsv`, text in the format of the crate's
    /// `data/gazetteer/*.tsv` files: six TAB-separated columns (kind,
    /// name, country, CAMEO code, aliases, attributes), `-` for an empty
    /// column, `;` between list items, `#` comment lines.
    ///
    /// # Errors
    ///
    /// On the first malformed line, naming its line and column (1-based);
    /// no entry of `tsv` is added then.
    ///
    /// ```
    /// use news_model::GazetteerBuilder;
    /// let err = GazetteerBuilder::new()
    ///     .add_tsv("# people\nperson\tJane Doe\tXYZ\t-\t-\t-")
    ///     .unwrap_err();
    /// assert_eq!(err.line(), 2);
    /// assert_eq!(err.column(), 3);
    /// assert_eq!(
    ///     err.to_string(),
    ///     "gazetteer line 2, column 3: invalid country code \"XYZ\": not an ISO 3166-1 alpha-3 code"
    /// );
    /// ```
    pub fn add_tsv(&mut self, tsv: &str) -> Result<&mut GazetteerBuilder, GazetteerError> {
        let mut new = Vec::new();
        parse_tsv(tsv, &mut new, false)?;
        self.entries.extend(new);
        Ok(self)
    }

    /// Number of entries so far.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when no entry was added.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The gazetteer.
    pub fn build(self) -> Gazetteer {
        Gazetteer::from_entries(self.entries)
    }
}

/// Parses TSV lines into `out`. With `skip_bad`, malformed lines are left
/// out and the first error is still returned at the end.
fn parse_tsv(text: &str, out: &mut Vec<Entry>, skip_bad: bool) -> Result<(), GazetteerError> {
    let mut first_err = None;
    for (n, line) in text.lines().enumerate() {
        let line_no = n + 1;
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        match parse_line(line, line_no) {
            Ok(e) => out.push(e),
            Err(e) if skip_bad => {
                first_err.get_or_insert(e);
            }
            Err(e) => return Err(e),
        }
    }
    match first_err {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

fn parse_line(line: &str, line_no: usize) -> Result<Entry, GazetteerError> {
    let err = |column: usize, reason: String| GazetteerError::new(line_no, column, reason);
    let cols: Vec<&str> = line.split('\t').collect();
    if cols.len() != 6 {
        return Err(err(
            cols.len().min(6) + usize::from(cols.len() < 6),
            format!("expected 6 TAB-separated columns, found {}", cols.len()),
        ));
    }
    let field = |i: usize| {
        let c = cols[i].trim();
        if c == "-" { "" } else { c }
    };
    let kind: EntryKind = field(0)
        .parse()
        .map_err(|e: ValueError| err(1, e.to_string()))?;
    let name = field(1);
    if name.is_empty() {
        return Err(err(2, "the name is empty".into()));
    }
    let mut entry = Entry::new(kind, name);
    if !field(2).is_empty() {
        entry.country = Some(
            field(2)
                .parse::<CountryCode>()
                .map_err(|e| err(3, e.to_string()))?,
        );
    }
    if !field(3).is_empty() {
        entry.cameo = Some(
            field(3)
                .parse::<CameoActorCode>()
                .map_err(|e| err(4, e.to_string()))?,
        );
    }
    for a in field(4).split(';') {
        push_unique(&mut entry.aliases, a.to_string());
    }
    for attr in field(5).split(';') {
        let attr = attr.trim();
        if attr.is_empty() {
            continue;
        }
        let Some((key, value)) = attr.split_once('=') else {
            return Err(err(6, format!("expected key=value, found {attr:?}")));
        };
        let value = value.trim();
        if value.is_empty() {
            return Err(err(6, format!("empty value for {key:?}")));
        }
        match key.trim() {
            "adj" => push_unique(&mut entry.adjectives, value.to_string()),
            "demonym" => push_unique(&mut entry.demonyms, value.to_string()),
            "seat" => push_unique(&mut entry.seats, value.to_string()),
            "title" => push_unique(&mut entry.titles, value.to_string()),
            "part_of" => {
                entry.part_of = Some(
                    value
                        .parse::<CountryCode>()
                        .map_err(|e| err(6, e.to_string()))?,
                );
            }
            "role" => {
                let t = parse_tenure(value).map_err(|reason| err(6, reason))?;
                entry = entry.with_tenure(t);
            }
            other => {
                return Err(err(
                    6,
                    format!(
                        "unknown attribute {other:?} (expected adj, demonym, seat, title, role or part_of)"
                    ),
                ));
            }
        }
    }
    Ok(entry)
}

/// `TITLE@WHERE:FROM..TO`, dates optional.
fn parse_tenure(s: &str) -> Result<Tenure, String> {
    let (role, dates) = match s.rsplit_once(':') {
        Some((r, d)) if d.contains("..") || d.trim().is_empty() => (r, Some(d)),
        _ => (s, None),
    };
    let role: Role = role.trim().parse().map_err(|e: ValueError| e.to_string())?;
    let mut t = Tenure::new(role);
    if let Some(d) = dates {
        let (from, to) = d
            .split_once("..")
            .ok_or_else(|| format!("invalid role dates {d:?}: expected FROM..TO"))?;
        let date = |x: &str| -> Result<Option<Date>, String> {
            let x = x.trim();
            if x.is_empty() {
                Ok(None)
            } else {
                x.parse::<Date>().map(Some).map_err(|e| e.to_string())
            }
        };
        t.from = date(from)?;
        t.to = date(to)?;
        if let (Some(a), Some(b)) = (t.from, t.to)
            && a > b
        {
            return Err(format!(
                "invalid role dates {d:?}: the start is after the end"
            ));
        }
    }
    Ok(t)
}

/// `s` in lower case, borrowed when it is ASCII without capitals.
fn lower(s: &str) -> std::borrow::Cow<'_, str> {
    if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(s.to_lowercase())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_files_parse_cleanly() {
        for (file, text) in EMBEDDED {
            let mut out = Vec::new();
            if let Err(e) = parse_tsv(text, &mut out, false) {
                panic!("data/gazetteer/{file}: {e}");
            }
            assert!(!out.is_empty() || file == "people.tsv", "{file} is empty");
        }
    }

    #[test]
    fn scan_finds_forms_on_word_boundaries() {
        let g = Gazetteer::embedded();
        let text = "The Kremlin and USA said. Russians, not Russianness. KYIV agreed.";
        let found: Vec<&str> = g.scan(text).iter().map(|h| &text[h.start..h.end]).collect();
        assert_eq!(found, ["Kremlin", "USA", "Russians", "KYIV"]);
    }

    #[test]
    fn scan_at_word_starts_finds_what_scan_finds() {
        let g = Gazetteer::embedded();
        let text = "The West and the United Nations met. Pro-Russian forces left, \
                    U.S.-led talks began, and New York Times reporters waited. \
                    NATOs and Kremlinology are no names; the Kremlin is.";
        let mut starts = Vec::new();
        let mut prev = ' ';
        for (i, c) in text.char_indices() {
            let word_start = !prev.is_alphanumeric() && c.is_alphanumeric();
            let lower_word = text[i..]
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .is_some_and(|w| g.may_start_lower(&w.to_lowercase()));
            if word_start && (c.is_uppercase() || lower_word) {
                starts.push(i);
            }
            prev = c;
        }
        let at: Vec<(usize, usize, u32)> = g
            .scan_at(text, &starts)
            .iter()
            .map(|h| (h.start, h.end, h.pattern))
            .collect();
        let all: Vec<(usize, usize, u32)> = g
            .scan(text)
            .iter()
            .map(|h| (h.start, h.end, h.pattern))
            .collect();
        assert_eq!(at, all);
        assert!(g.may_start_lower("the"));
        assert!(!g.may_start_lower("said"));
    }

    #[test]
    fn tenure_dates() {
        let t = parse_tenure("President@USA:2017-01-20..2021-01-20").unwrap();
        assert_eq!(t.role().to_string(), "President@USA");
        assert!(t.covers("2020-01-01".parse().unwrap()));
        let open = parse_tenure("President@RUS:2012-05-07..").unwrap();
        assert!(open.covers("2025-01-01".parse().unwrap()));
        assert!(parse_tenure("President@USA:2021-01-20..2017-01-20").is_err());
    }
}
