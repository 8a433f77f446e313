//! A map kept as a sorted `Vec` of pairs, for the scenario's small maps.
//!
//! The scenario's maps (levers, targets, shapes, milestones, actuals,
//! uncertainty spreads…) hold a few dozen entries at most. std's `BTreeMap`
//! is built for any size, and each key and value type links its own copy of
//! the B-tree code into the Wasm. A sorted `Vec` with binary search is as
//! fast at this size and a small fraction of that code: the swap took
//! 68.6 kB off the optimised Wasm, 21.8 kB of its gzip (measured 2026-11-28).
//!
//! [`SortedMap`] behaves as `BTreeMap` does where the app relies on it:
//! iteration in key order, `insert` returning the replaced value, the same
//! `Debug` output, and serde that writes the same JSON and reads a repeated
//! key as `BTreeMap` does (the later value wins).
//!
//! Inserting a key above the largest is a push; any other insert moves the
//! entries after it, so filling a map in descending key order is quadratic.
//! That stays cheap where the maps are filled: lever and indicator keys are
//! a few dozen at most; what the app writes and reads back is in key order;
//! a file is read through `serde_json::Value`, whose objects iterate in key
//! order; a link's years have four digits, at most 10,000 per indicator (a
//! 1 MB link of 40,000 actuals in descending years read 0.15 s slower than
//! in ascending ones, natively). Stored data is read straight into these
//! maps, in whatever order the text has; a tampered store could hold
//! hundreds of thousands of keys in descending order, so a map read by
//! serde refuses more than [`MAX_READ_ENTRIES`] (no map the app writes comes
//! near it) rather than hang the page. Sorting out-of-order input in
//! O(n log n) instead was measured at +2.8 kB of gzip.

use std::borrow::Borrow;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{Error as _, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A map from `K` to `V` kept as a `Vec` of pairs sorted by key, each key
/// once. The methods are named and behave as `BTreeMap`'s.
#[derive(Clone, PartialEq, Eq)]
pub struct SortedMap<K, V> {
    /// Sorted by key, strictly increasing.
    entries: Vec<(K, V)>,
}

impl<K, V> SortedMap<K, V> {
    /// An empty map (allocates nothing).
    pub const fn new() -> Self {
        Self { entries: Vec::new() }
    }

    /// The number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the map has no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Removes every entry.
    pub fn clear(&mut self) {
        self.entries.clear();
    }

    /// The entries in key order.
    pub fn iter(&self) -> Iter<'_, K, V> {
        Iter(self.entries.iter())
    }

    /// The entries in key order, values mutable.
    pub fn iter_mut(&mut self) -> IterMut<'_, K, V> {
        IterMut(self.entries.iter_mut())
    }

    /// The keys in order.
    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &K> + ExactSizeIterator + Clone {
        self.entries.iter().map(|(key, _)| key)
    }

    /// The values in key order.
    pub fn values(&self) -> impl DoubleEndedIterator<Item = &V> + ExactSizeIterator + Clone {
        self.entries.iter().map(|(_, value)| value)
    }

    /// Keeps only the entries for which `keep` returns true, in order.
    pub fn retain(&mut self, mut keep: impl FnMut(&K, &mut V) -> bool) {
        self.entries.retain_mut(|(key, value)| keep(key, value));
    }
}

impl<K: Ord, V> SortedMap<K, V> {
    /// Where `key` is (`Ok`) or would go (`Err`).
    fn search<Q>(&self, key: &Q) -> Result<usize, usize>
    where
        K: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.entries.binary_search_by(|(k, _)| k.borrow().cmp(key))
    }

    /// The value for `key`, if any.
    pub fn get<Q>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.search(key).ok().map(|index| &self.entries[index].1)
    }

    /// The value for `key`, mutable, if any.
    pub fn get_mut<Q>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.search(key).ok().map(|index| &mut self.entries[index].1)
    }

    /// Whether the map has an entry for `key`.
    pub fn contains_key<Q>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.search(key).is_ok()
    }

    /// Sets `key` to `value`. Returns the value it replaces, if any; as with
    /// `BTreeMap`, a replaced entry keeps its original key.
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.search(&key) {
            Ok(index) => Some(std::mem::replace(&mut self.entries[index].1, value)),
            Err(index) => {
                self.entries.insert(index, (key, value));
                None
            }
        }
    }

    /// Removes the entry for `key` and returns its value, if there was one.
    pub fn remove<Q>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.search(key).ok().map(|index| self.entries.remove(index).1)
    }

    /// The entry for `key`, to read or fill in place.
    pub fn entry(&mut self, key: K) -> Entry<'_, K, V> {
        let index = self.search(&key);
        Entry { map: self, index, key }
    }
}

/// One key's place in a [`SortedMap`], filled or not (from
/// [`SortedMap::entry`]).
pub struct Entry<'a, K, V> {
    map: &'a mut SortedMap<K, V>,
    /// The search result for `key`: found at, or to be inserted at.
    index: Result<usize, usize>,
    key: K,
}

impl<'a, K, V> Entry<'a, K, V> {
    /// The value, inserting `make()` first if the key has none.
    pub fn or_insert_with(self, make: impl FnOnce() -> V) -> &'a mut V {
        let index = match self.index {
            Ok(index) => index,
            Err(index) => {
                self.map.entries.insert(index, (self.key, make()));
                index
            }
        };
        &mut self.map.entries[index].1
    }

    /// The value, inserting `value` first if the key has none.
    pub fn or_insert(self, value: V) -> &'a mut V {
        self.or_insert_with(|| value)
    }

    /// The value, inserting `V::default()` first if the key has none.
    pub fn or_default(self) -> &'a mut V
    where
        V: Default,
    {
        self.or_insert_with(V::default)
    }
}

impl<K, V> Default for SortedMap<K, V> {
    fn default() -> Self {
        Self::new()
    }
}

/// Written as `BTreeMap` writes itself: `{key: value, …}` in key order.
impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for SortedMap<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

/// `map[&key]`, as with `BTreeMap`.
///
/// # Panics
/// If the map has no entry for `key`: for keys known to be there.
impl<K: Ord + Borrow<Q>, Q: Ord + ?Sized, V> std::ops::Index<&Q> for SortedMap<K, V> {
    type Output = V;

    fn index(&self, key: &Q) -> &V {
        self.get(key).expect("no entry found for key")
    }
}

impl<K: Ord, V> FromIterator<(K, V)> for SortedMap<K, V> {
    /// Inserts the pairs one by one (a later repeated key replaces the
    /// value), as `BTreeMap` does. No sort: that would link std's sort into
    /// the Wasm (see `model::small_sort`).
    fn from_iter<I: IntoIterator<Item = (K, V)>>(pairs: I) -> Self {
        let mut map = Self::new();
        map.extend(pairs);
        map
    }
}

impl<K: Ord, V> Extend<(K, V)> for SortedMap<K, V> {
    fn extend<I: IntoIterator<Item = (K, V)>>(&mut self, pairs: I) {
        for (key, value) in pairs {
            self.insert(key, value);
        }
    }
}

/// The entries of a [`SortedMap`] in key order (from [`SortedMap::iter`]).
#[derive(Clone)]
pub struct Iter<'a, K, V>(std::slice::Iter<'a, (K, V)>);

impl<'a, K, V> Iterator for Iter<'a, K, V> {
    type Item = (&'a K, &'a V);

    fn next(&mut self) -> Option<Self::Item> {
        self.0.next().map(|(key, value)| (key, value))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.0.size_hint()
    }
}

impl<K, V> DoubleEndedIterator for Iter<'_, K, V> {
    fn next_back(&mut self) -> Option<Self::Item> {
        self.0.next_back().map(|(key, value)| (key, value))
    }
}

impl<K, V> ExactSizeIterator for Iter<'_, K, V> {}

/// The entries of a [`SortedMap`] in key order, values mutable (from
/// [`SortedMap::iter_mut`]).
pub struct IterMut<'a, K, V>(std::slice::IterMut<'a, (K, V)>);

impl<'a, K, V> Iterator for IterMut<'a, K, V> {
    type Item = (&'a K, &'a mut V);

    fn next(&mut self) -> Option<Self::Item> {
        self.0.next().map(|(key, value)| (&*key, value))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.0.size_hint()
    }
}

impl<K, V> DoubleEndedIterator for IterMut<'_, K, V> {
    fn next_back(&mut self) -> Option<Self::Item> {
        self.0.next_back().map(|(key, value)| (&*key, value))
    }
}

impl<K, V> ExactSizeIterator for IterMut<'_, K, V> {}

impl<'a, K, V> IntoIterator for &'a SortedMap<K, V> {
    type Item = (&'a K, &'a V);
    type IntoIter = Iter<'a, K, V>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<'a, K, V> IntoIterator for &'a mut SortedMap<K, V> {
    type Item = (&'a K, &'a mut V);
    type IntoIter = IterMut<'a, K, V>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter_mut()
    }
}

impl<K, V> IntoIterator for SortedMap<K, V> {
    type Item = (K, V);
    type IntoIter = std::vec::IntoIter<(K, V)>;

    /// The entries in key order, by value.
    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter()
    }
}

/// Written as serde writes a `BTreeMap`: a map in key order.
impl<K: Serialize, V: Serialize> Serialize for SortedMap<K, V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter())
    }
}

/// The most entries a map read by serde may have: the app's largest holds
/// a few dozen, and inserting this many in the worst order stays well under
/// a second.
pub const MAX_READ_ENTRIES: usize = 4096;

/// Read as serde reads a `BTreeMap`: from a map, a later repeated key
/// replacing the earlier value; more than [`MAX_READ_ENTRIES`] keys are an
/// error.
impl<'de, K: Ord + Deserialize<'de>, V: Deserialize<'de>> Deserialize<'de> for SortedMap<K, V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MapVisitor<K, V>(PhantomData<(K, V)>);

        impl<'de, K: Ord + Deserialize<'de>, V: Deserialize<'de>> Visitor<'de> for MapVisitor<K, V> {
            type Value = SortedMap<K, V>;

            fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
                // The words serde uses for a `BTreeMap`, so error messages stay the same.
                formatter.write_str("a map")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
                let mut map = SortedMap::new();
                while let Some((key, value)) = access.next_entry()? {
                    map.insert(key, value);
                    if map.len() > MAX_READ_ENTRIES {
                        return Err(A::Error::custom(format_args!(
                            "more than {MAX_READ_ENTRIES} entries in one map"
                        )));
                    }
                }
                Ok(map)
            }
        }

        deserializer.deserialize_map(MapVisitor(PhantomData))
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    #[test]
    fn a_read_map_of_more_than_the_cap_is_refused_not_slow() {
        // Keys in descending order, the slowest order to insert.
        let json = |n: usize| {
            let body: Vec<String> = (0..n).rev().map(|k| format!("\"{k:06}\":{k}")).collect();
            format!("{{{}}}", body.join(","))
        };
        let full: SortedMap<String, u32> = serde_json::from_str(&json(MAX_READ_ENTRIES)).unwrap();
        assert_eq!(full.len(), MAX_READ_ENTRIES);
        assert_eq!(full.keys().next().map(String::as_str), Some("000000"));
        let error = serde_json::from_str::<SortedMap<String, u32>>(&json(MAX_READ_ENTRIES + 1)).unwrap_err();
        assert!(error.to_string().starts_with("more than 4096 entries in one map"), "{error}");
        // The cap counts keys, not entries read: a repeated key adds none.
        let repeated = format!("{{{}}}", vec!["\"a\":1"; MAX_READ_ENTRIES + 10].join(","));
        assert_eq!(serde_json::from_str::<SortedMap<String, u32>>(&repeated).unwrap().len(), 1);
    }

    fn pairs<K: Clone, V: Clone>(map: &SortedMap<K, V>) -> Vec<(K, V)> {
        map.iter().map(|(k, v)| (k.clone(), v.clone())).collect()
    }

    #[test]
    fn insert_keeps_keys_in_order_and_replaces() {
        let mut map = SortedMap::new();
        assert!(map.is_empty());
        assert_eq!(map.insert(2030_u16, 1.0), None);
        assert_eq!(map.insert(2026, 2.0), None);
        assert_eq!(map.insert(2028, 3.0), None);
        assert_eq!(map.insert(2026, 4.0), Some(2.0));
        assert_eq!(pairs(&map), vec![(2026, 4.0), (2028, 3.0), (2030, 1.0)]);
        assert_eq!(map.len(), 3);
        assert_eq!(map.get(&2028), Some(&3.0));
        assert_eq!(map.get(&2027), None);
        assert!(map.contains_key(&2030));
        assert!(!map.contains_key(&2031));
        *map.get_mut(&2030).unwrap() += 0.5;
        assert_eq!(map[&2030], 1.5);
        assert_eq!(map.keys().copied().collect::<Vec<_>>(), vec![2026, 2028, 2030]);
        assert_eq!(map.values().copied().collect::<Vec<_>>(), vec![4.0, 3.0, 1.5]);
        assert_eq!(format!("{map:?}"), "{2026: 4.0, 2028: 3.0, 2030: 1.5}");
    }

    #[test]
    fn string_keys_are_looked_up_by_str() {
        let mut map: SortedMap<String, String> = SortedMap::new();
        map.insert("title".into(), "Chào".into());
        assert_eq!(map.get("title").map(String::as_str), Some("Chào"));
        assert_eq!(map.remove("title"), Some("Chào".into()));
        assert!(map.is_empty());
    }

    #[test]
    fn remove_returns_the_value_and_keeps_order() {
        let mut map: SortedMap<u16, u16> = [(3, 30), (1, 10), (2, 20)].into_iter().collect();
        assert_eq!(map.remove(&2), Some(20));
        assert_eq!(map.remove(&2), None);
        assert_eq!(pairs(&map), vec![(1, 10), (3, 30)]);
    }

    #[test]
    fn entry_fills_in_place_or_reads_what_is_there() {
        let mut map: SortedMap<&str, Vec<u16>> = SortedMap::new();
        map.entry("b").or_default().push(1);
        map.entry("a").or_insert_with(|| vec![7]).push(2);
        map.entry("b").or_insert_with(|| unreachable!("b is there")).push(3);
        *map.entry("c").or_insert(vec![9]) = vec![];
        assert_eq!(pairs(&map), vec![("a", vec![7, 2]), ("b", vec![1, 3]), ("c", vec![])]);
    }

    #[test]
    fn retain_and_iter_mut_see_every_entry_in_order() {
        let mut map: SortedMap<u16, u16> = (1..=6).map(|k| (k, k * 10)).collect();
        let mut seen = Vec::new();
        map.retain(|k, v| {
            seen.push(*k);
            *v += 1;
            k % 2 == 0
        });
        assert_eq!(seen, vec![1, 2, 3, 4, 5, 6]);
        for (_, v) in &mut map {
            *v *= 2;
        }
        assert_eq!(pairs(&map), vec![(2, 42), (4, 82), (6, 122)]);
        assert_eq!(map.into_iter().rev().map(|(k, _)| k).collect::<Vec<_>>(), vec![6, 4, 2]);
    }

    #[test]
    fn serde_writes_the_same_json_as_btreemap() {
        let entries = [(2029_u16, 0.1 + 0.2), (2026, 15.0), (2027, -0.0)];
        let ours: SortedMap<_, _> = entries.into_iter().collect();
        let theirs: BTreeMap<_, _> = entries.into_iter().collect();
        let json = serde_json::to_string(&ours).unwrap();
        assert_eq!(json, serde_json::to_string(&theirs).unwrap());
        assert_eq!(serde_json::from_str::<SortedMap<u16, f64>>(&json).unwrap(), ours);
        let nested: SortedMap<String, SortedMap<u16, f64>> =
            [("b".to_owned(), ours.clone()), ("a".into(), ours)].into_iter().collect();
        let nested_btree: BTreeMap<String, BTreeMap<u16, f64>> =
            [("b".to_owned(), theirs.clone()), ("a".into(), theirs)].into_iter().collect();
        assert_eq!(serde_json::to_string(&nested).unwrap(), serde_json::to_string(&nested_btree).unwrap());
        let empty: SortedMap<u16, f64> = SortedMap::new();
        assert_eq!(serde_json::to_string(&empty).unwrap(), "{}");
    }

    #[test]
    fn a_repeated_key_reads_as_btreemap_reads_it() {
        let text = r#"{"b": 1, "a": 2, "b": 3, "a": 4, "c": 5}"#;
        let ours: SortedMap<String, u8> = serde_json::from_str(text).unwrap();
        let theirs: BTreeMap<String, u8> = serde_json::from_str(text).unwrap();
        assert_eq!(pairs(&ours), theirs.into_iter().collect::<Vec<_>>());
        // And the same error where a map is expected.
        let ours = serde_json::from_str::<SortedMap<String, u8>>("[1]").unwrap_err();
        let theirs = serde_json::from_str::<BTreeMap<String, u8>>("[1]").unwrap_err();
        assert_eq!(ours.to_string(), theirs.to_string());
    }
}

// proptest is a native-only dev-dependency (see Cargo.toml).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use std::collections::BTreeMap;

    use proptest::prelude::*;
    use proptest::test_runner::{RngAlgorithm, RngSeed};

    use super::SortedMap;

    fn config() -> ProptestConfig {
        ProptestConfig {
            cases: 500,
            rng_algorithm: RngAlgorithm::ChaCha,
            rng_seed: RngSeed::Fixed(2030),
            failure_persistence: None,
            ..ProptestConfig::default()
        }
    }

    proptest! {
        #![proptest_config(config())]

        /// Any sequence of inserts and removes leaves the same entries, and
        /// returns the same values on the way, as `BTreeMap`.
        /// Each step inserts (`Some`) or removes (`None`) a key.
        /// Each step inserts (`Some`) or removes (`None`) a key.
        #[test]
        fn behaves_as_btreemap(steps in proptest::collection::vec((0_u8..24, proptest::option::of(any::<u16>())), 0..80)) {
            let mut ours = SortedMap::new();
            let mut theirs = BTreeMap::new();
            for &(key, step) in &steps {
                match step {
                    Some(value) => prop_assert_eq!(ours.insert(key, value), theirs.insert(key, value)),
                    None => prop_assert_eq!(ours.remove(&key), theirs.remove(&key)),
                }
                prop_assert_eq!(ours.len(), theirs.len());
                prop_assert_eq!(ours.get(&key), theirs.get(&key));
            }
            prop_assert!(ours.iter().eq(theirs.iter()));
            prop_assert_eq!(serde_json::to_string(&ours).unwrap(), serde_json::to_string(&theirs).unwrap());
        }

        /// Pairs in any order, keys repeated, collect and read from JSON
        /// to the same map as `BTreeMap`: the later value wins.
        #[test]
        fn collects_and_reads_as_btreemap(pairs in proptest::collection::vec((0_u16..40, any::<u32>()), 0..120)) {
            let ours: SortedMap<u16, u32> = pairs.iter().copied().collect();
            let theirs: BTreeMap<u16, u32> = pairs.iter().copied().collect();
            prop_assert!(ours.iter().eq(theirs.iter()));
            let body: Vec<String> = pairs.iter().map(|(k, v)| format!("\"{k}\": {v}")).collect();
            let text = format!("{{{}}}", body.join(", "));
            let ours: SortedMap<u16, u32> = serde_json::from_str(&text).unwrap();
            let theirs: BTreeMap<u16, u32> = serde_json::from_str(&text).unwrap();
            prop_assert!(ours.iter().eq(theirs.iter()));
        }
    }
}
