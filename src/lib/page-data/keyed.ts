/**
 * A part of a page's data that is costly to make (a redline read back from the cache, say), named by
 * everything it is made from. The page's cache key (src/lib/build/data-key.ts) counts the name
 * instead of the value, so a rebuild knows which pages changed without making their costly parts;
 * a page that renders makes the value on first use.
 */
const NAME = Symbol.for('privacy-center.keyed');

export interface Keyed<T> {
  readonly [NAME]: string;
  readonly value: T;
}

/**
 * `name` must change whenever the value would: it names the inputs (content hashes, language) and
 * the code the value is made with, beyond what the page's own code already covers.
 */
export function keyed<T>(name: string, make: () => T): Keyed<T> {
  let made: { value: T } | undefined;
  return {
    [NAME]: name,
    get value() {
      made ??= { value: make() };
      return made.value;
    },
  };
}

/**
 * A part of a page's data that its key leaves out: the day the page was made, which a page linked
 * from an earlier build (src/lib/build/kept-files.ts) still shows truly, since nothing else it shows
 * has changed since. Never for what a page says about the content or its statuses.
 */
export const unkeyed = <T>(value: T): Keyed<T> => keyed('unkeyed', () => value);

/** The name a keyed part stands for, or undefined for any other value. */
export function keyedName(value: object): string | undefined {
  const name = (value as Partial<Keyed<unknown>>)[NAME];
  return typeof name === 'string' ? name : undefined;
}
