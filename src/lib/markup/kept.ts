/**
 * Values made once per key and kept, the oldest dropped past `limit`: for work that comes back
 * with the same input many times in one build (versions share most of their text). A value is
 * never changed once made. Pure; runs in the browser too.
 */
export function keptValues<V>(limit: number): (key: string, make: () => V) => V {
  const values = new Map<string, V>();
  return (key, make) => {
    const known = values.get(key);
    if (known !== undefined) return known;
    const made = make();
    if (values.size >= limit) values.delete(values.keys().next().value ?? key);
    values.set(key, made);
    return made;
  };
}
