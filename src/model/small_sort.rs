//! A stable insertion sort for the model's short lists: an indicator's few
//! milestones, a tornado's dozen bars.
//!
//! std's stable sort is built for any length, and each element type links
//! its own copy (several kB) into the Wasm. With `Workspace::take_id`, which
//! no longer collects a `BTreeSet` (that sorts too), no stable sort is left
//! in the Wasm: 6.7 kB less of its gzip size (measured 2026-11-28).

/// Sorts `items` so that `a` comes before `b` whenever `before(a, b)`;
/// items neither before the other keep their order (a stable sort).
/// Quadratic: for lists of tens of items, not thousands.
pub fn sort_small_by<T>(items: &mut [T], before: impl Fn(&T, &T) -> bool) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && before(&items[j], &items[j - 1]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_std_stable_sort() {
        // (key, original position): equal keys must keep their positions' order.
        let mut seed = 12345_u64;
        for len in 0..40 {
            let items: Vec<(u64, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    ((seed >> 60) % 5, i)
                })
                .collect();
            let mut ours = items.clone();
            sort_small_by(&mut ours, |a, b| a.0 < b.0);
            let mut expected = items.clone();
            expected.sort_by_key(|item| item.0);
            assert_eq!(ours, expected, "len {len}");
            sort_small_by(&mut ours, |a, b| a.0 > b.0);
            expected.sort_by_key(|item| std::cmp::Reverse(item.0));
            assert_eq!(ours, expected, "descending, len {len}");
        }
    }
}
