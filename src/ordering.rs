//! The one sort the core compiles. Every ordering of the checks (blocks by size, numbers by
//! value) is a list of `u64` keys put in order here: one instantiation of the standard
//! sort instead of one per element type and comparison keeps the WebAssembly module small
//! (each instantiation weighs 2–4 KB).

/// The indices of `keys` in ascending order of key, equal keys in index order (so the
/// order is stable and the same on every platform).
pub(crate) fn sorted_indices(keys: impl IntoIterator<Item = u64>) -> Vec<usize> {
    let mut pairs: Vec<(u64, usize)> = keys
        .into_iter()
        .enumerate()
        .map(|(index, key)| (key, index))
        .collect();
    pairs.sort_unstable();
    pairs.into_iter().map(|(_, index)| index).collect()
}

/// The items of `list` in the order of `indices` (each index taken once).
pub(crate) fn in_order<T>(list: Vec<T>, indices: &[usize]) -> Vec<T> {
    let mut slots: Vec<Option<T>> = list.into_iter().map(Some).collect();
    indices
        .iter()
        .filter_map(|&index| slots.get_mut(index).and_then(Option::take))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_keys_keep_their_order() {
        assert_eq!(sorted_indices([30, 10, 20, 10]), [1, 3, 2, 0]);
        assert_eq!(sorted_indices([u64::MAX, 0]), [1, 0]);
        assert!(sorted_indices([]).is_empty());
    }

    #[test]
    fn a_list_is_put_in_the_order_given() {
        assert_eq!(in_order(vec!["a", "b", "c"], &[2, 0, 1]), ["c", "a", "b"]);
    }
}
