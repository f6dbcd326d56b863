// Memos of the search: a value per key, made the first time the key is asked for.

/** The entry of `key` in `map`, made by `make` and kept if there is none yet. */
export function entryOf<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/** A new, empty Map: the `make` of a map of maps, one function for every call. */
export const newMap = <K, V>(): Map<K, V> => new Map<K, V>();
