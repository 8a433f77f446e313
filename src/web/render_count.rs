//! Counts component renders, for the component test that guards "a lever
//! move re-renders only what shows it". Only debug builds count (the tests
//! run those); in a release build `count` does nothing and costs nothing.

#[cfg(debug_assertions)]
use std::cell::RefCell;
#[cfg(debug_assertions)]
use std::collections::BTreeMap;

#[cfg(debug_assertions)]
thread_local! {
    static COUNTS: RefCell<BTreeMap<String, u32>> = const { RefCell::new(BTreeMap::new()) };
}

/// Notes one render of `component` (with `key` telling apart the instances
/// of a list, empty for a single one).
#[inline]
pub fn count(component: &'static str, key: &str) {
    #[cfg(debug_assertions)]
    COUNTS.with(|counts| {
        *counts.borrow_mut().entry(format!("{component}:{key}")).or_default() += 1;
    });
    #[cfg(not(debug_assertions))]
    let _ = (component, key);
}

/// The renders counted since the last call, as `"Component:key" → renders`,
/// and starts counting afresh.
#[cfg(debug_assertions)]
pub fn take() -> BTreeMap<String, u32> {
    COUNTS.with(|counts| std::mem::take(&mut *counts.borrow_mut()))
}
