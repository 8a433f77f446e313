//! Two tabs, one library: how the saved library another tab wrote is merged
//! into this tab's, entry by entry, so that nothing either tab saved is lost.
//!
//! Every tab keeps the whole workspace in memory and writes it to storage;
//! when another tab writes, this tab merges that library into its own (and
//! its next write carries the union back). The merge is a function of the
//! two libraries alone, the same whichever tab runs it, so two tabs that
//! keep exchanging writes agree after one round:
//!
//! - an entry either side has is kept, unless it was deleted at its
//!   revision or later (deletions travel as [`Deleted`] tombstones);
//! - an entry both sides have keeps the higher revision, and on a tie the
//!   same one on both sides (the one whose stored text sorts last);
//! - ids never clash, because each tab draws new ids at random
//!   ([`IdSeed`](crate::workspace::IdSeed)) and never reuses a deleted one.
//!
//! Undo and redo stay local: [`Workspace::carry_history`] turns an undone
//! save into a deletion and an undone deletion into a newer revision, so
//! the merge carries the step to the other tabs instead of reverting it.

use std::collections::BTreeMap;

use crate::workspace::{Deleted, SavedScenario, Workspace};

/// At most this many deletions are remembered (the oldest ids go first).
pub const MAX_DELETED: usize = 500;

impl Workspace {
    /// Merges the saved library of `theirs` (another tab's workspace) into
    /// this one; the scenario on screen, the comparison and the origin stay,
    /// except that links to entries that are gone are dropped.
    pub fn merge_library(&mut self, theirs: &Workspace) {
        let mut deleted: BTreeMap<u32, u32> = BTreeMap::new();
        for tomb in self.deleted.iter().chain(&theirs.deleted) {
            let rev = deleted.entry(tomb.id).or_insert(tomb.rev);
            *rev = (*rev).max(tomb.rev);
        }
        let mut merged: Vec<SavedScenario> = self
            .saved
            .iter()
            .map(|mine| match theirs.saved(mine.id) {
                Some(other) => newer(mine, other).clone(),
                None => mine.clone(),
            })
            .collect();
        merged.extend(theirs.saved.iter().filter(|other| self.saved(other.id).is_none()).cloned());
        merged.retain(|entry| deleted.get(&entry.id).map_or(true, |rev| entry.rev > *rev));
        self.saved = merged;
        self.deleted = deleted.into_iter().map(|(id, rev)| Deleted { id, rev }).collect();
        self.trim_deleted();
        self.next_id = self.next_id.max(theirs.next_id);
        self.normalise();
    }

    /// After undo or redo replaced `left` (the workspace before the step) by
    /// this one: what the step removed from the library becomes a deletion,
    /// and what it brought back gets a revision above its deletion, so that
    /// merging with other tabs keeps the step. The id generator carries on.
    pub fn carry_history(&mut self, left: &Workspace) {
        self.id_seed = left.id_seed;
        let mut deleted = left.deleted.clone();
        for entry in &mut self.saved {
            if let Some(index) = deleted.iter().position(|tomb| tomb.id == entry.id && tomb.rev >= entry.rev)
            {
                entry.rev = deleted[index].rev.saturating_add(1);
                deleted.remove(index);
            }
        }
        for gone in left.saved.iter().filter(|entry| self.saved(entry.id).is_none()) {
            if !deleted.iter().any(|tomb| tomb.id == gone.id) {
                deleted.push(Deleted { id: gone.id, rev: gone.rev });
            }
        }
        self.deleted = deleted;
        self.trim_deleted();
    }

    /// Remembers a deletion.
    pub(crate) fn tombstone(&mut self, tomb: Deleted) {
        self.deleted.retain(|known| known.id != tomb.id);
        self.deleted.push(tomb);
        self.trim_deleted();
    }

    fn trim_deleted(&mut self) {
        if self.deleted.len() > MAX_DELETED {
            let excess = self.deleted.len() - MAX_DELETED;
            self.deleted.drain(..excess);
        }
    }
}

/// Of two versions of one entry, the one both tabs keep.
fn newer<'a>(mine: &'a SavedScenario, theirs: &'a SavedScenario) -> &'a SavedScenario {
    if mine.rev != theirs.rev {
        return if mine.rev > theirs.rev { mine } else { theirs };
    }
    let text = |entry: &SavedScenario| serde_json::to_string(entry).unwrap_or_default();
    if mine == theirs || text(mine) >= text(theirs) {
        mine
    } else {
        theirs
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::levers::LeverId;
    use crate::scenario::Scenario;
    use crate::workspace::IdSeed;

    fn tab(seed: u64) -> Workspace {
        Workspace { id_seed: IdSeed(seed), ..Workspace::default() }
    }

    fn named(name: &str) -> Scenario {
        let mut scenario = Scenario { name: name.into(), ..Scenario::default() };
        scenario.set_whole(LeverId::GrdpGrowth, 12.0);
        scenario
    }

    fn names(ws: &Workspace) -> Vec<String> {
        let mut names: Vec<String> = ws.saved.iter().map(|s| s.scenario.name.clone()).collect();
        names.sort();
        names
    }

    /// Each tab writes, then takes in what the other wrote, as storage events do.
    fn exchange(a: &mut Workspace, b: &mut Workspace) {
        let (from_a, from_b) = (a.clone(), b.clone());
        a.merge_library(&from_b);
        b.merge_library(&from_a);
    }

    #[test]
    fn two_tabs_saving_at_once_keep_both_with_different_ids() {
        let (mut a, mut b) = (tab(1), tab(2));
        a.working = named("A");
        b.working = named("B");
        let (id_a, id_b) = (a.save_as_new(), b.save_as_new());
        assert_ne!(id_a, id_b);
        exchange(&mut a, &mut b);
        assert_eq!(names(&a), ["A", "B"]);
        assert_eq!(names(&b), ["A", "B"]);
        assert_eq!(a.origin, Some(id_a), "each tab's scenario stays its own");
        assert_eq!(b.origin, Some(id_b));
    }

    #[test]
    fn a_deletion_travels_and_an_undone_deletion_comes_back() {
        let (mut a, mut b) = (tab(3), tab(4));
        a.working = named("A");
        let id = a.save_as_new();
        exchange(&mut a, &mut b);
        let before = a.clone();
        a.delete(id);
        exchange(&mut a, &mut b);
        assert!(b.saved.is_empty(), "the deletion reached the other tab");
        // Undo in tab A: the workspace before the delete comes back.
        let left = std::mem::replace(&mut a, before);
        a.carry_history(&left);
        exchange(&mut a, &mut b);
        assert_eq!(names(&b), ["A"], "the undone deletion reached the other tab");
        assert_eq!(names(&a), ["A"]);
    }

    #[test]
    fn the_later_revision_wins_and_ties_agree() {
        let (mut a, mut b) = (tab(5), tab(6));
        a.working = named("A");
        let id = a.save_as_new();
        exchange(&mut a, &mut b);
        a.rename(id, "A2");
        exchange(&mut a, &mut b);
        assert_eq!(names(&b), ["A2"]);
        a.rename(id, "X");
        b.rename(id, "Y");
        exchange(&mut a, &mut b);
        assert_eq!(a.saved, b.saved, "both tabs keep the same one of two equal revisions");
    }

    #[test]
    fn merging_is_idempotent_and_keeps_deleted_ids_unused() {
        let mut a = tab(7);
        a.working = named("A");
        let id = a.save_as_new();
        a.delete(id);
        for _ in 0..100 {
            let fresh = a.save_as_new();
            assert_ne!(fresh, id);
        }
        let copy = a.clone();
        a.merge_library(&copy);
        assert_eq!((&a.saved, &a.deleted), (&copy.saved, &copy.deleted));
        let once = a.clone();
        a.merge_library(&once);
        assert_eq!(a, once);
    }
}
