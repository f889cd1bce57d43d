/**
 * A map that keeps at most `max` entries, dropping the oldest first: for values worth remembering
 * across requests (opened session cookies, checked numbers) without letting traffic grow memory.
 */
export function recentValues<Key, Value>(max: number) {
  const entries = new Map<Key, Value>();
  return {
    get: (key: Key) => entries.get(key),
    set(key: Key, value: Value) {
      entries.set(key, value);
      if (entries.size > max) {
        const oldest = entries.keys().next();
        if (!oldest.done) entries.delete(oldest.value);
      }
    },
    get size() {
      return entries.size;
    },
  };
}
