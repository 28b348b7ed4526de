/** A cache's per-key map: the map stored under `key` in `outer`, created empty on first use. */
export function innerMap<K, K2, V>(
  outer: { get(key: K): Map<K2, V> | undefined; set(key: K, value: Map<K2, V>): unknown },
  key: K,
): Map<K2, V> {
  let inner = outer.get(key);
  if (inner === undefined) {
    inner = new Map();
    outer.set(key, inner);
  }
  return inner;
}
