/**
 * Stores `value` under `key` in a map that serves as a cache of at most `limit` entries. When the
 * map is full, the entry stored first goes (a `Map` keeps insertion order), so a stream of new keys
 * from outside costs no memory beyond the limit. `evicted` hears of each value that goes.
 */
export function remember<K, V>(cache: Map<K, V>, key: K, value: V, limit: number, evicted?: (value: V) => void): V {
  if (cache.size >= limit && !cache.has(key)) {
    const oldest = cache.entries().next();
    if (oldest.done !== true) {
      cache.delete(oldest.value[0]);
      evicted?.(oldest.value[1]);
    }
  }
  cache.set(key, value);
  return value;
}
