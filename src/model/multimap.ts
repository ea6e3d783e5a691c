// A map from a key to every value filed under it, in the order they came: the index the gates and
// the reports build once so that each later question is a lookup, not a scan.

/** Files `value` under `key`, after the values already there. */
export function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const values = map.get(key)
  if (values) values.push(value)
  else map.set(key, [value])
}
