//! What the threat and position stages ask of the actor set: countries
//! and the state actor of a country.

use super::{ActorIdx, ActorSet};
use crate::extract::gazetteer::EntryKind;
use crate::model::{ActorKind, CountryCode};

impl ActorSet {
    /// The country of an actor.
    pub(crate) fn country_of(&self, idx: ActorIdx) -> Option<CountryCode> {
        self.cands.get(idx).and_then(|c| c.country)
    }

    /// The state actor of `country`: the one the text names, else the
    /// gazetteer's state, added (output only when it takes part).
    pub(crate) fn state_of(&mut self, country: CountryCode) -> Option<ActorIdx> {
        if let Some(i) = self
            .cands
            .iter()
            .position(|c| c.kind == ActorKind::State && c.country == Some(country))
        {
            return Some(i);
        }
        let entry = (0u32..)
            .map_while(|i| self.gaz.entry(i).map(|e| (i, e)))
            .find(|(_, e)| e.kind() == EntryKind::State && e.country() == Some(country))
            .map(|(i, _)| i)?;
        let i = self.actor_for_entry(entry)?;
        if let Some(c) = self.cands.get_mut(i) {
            c.policy = super::Policy::WhenActive;
        }
        Some(i)
    }
}
