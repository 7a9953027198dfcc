/** A version's text in a page's language: the original, and the translation there when there is one. */
export interface TextChoice<T> {
  original: T;
  translated: T | undefined;
}

/**
 * The texts a redline compares: both translations when both versions have one in the page's
 * language, else both originals, never a translation against an original. The static redlines
 * and the compare page in the browser both ask this.
 */
export function comparedPair<T>(from: TextChoice<T>, to: TextChoice<T>): [T, T] {
  return from.translated !== undefined && to.translated !== undefined
    ? [from.translated, to.translated]
    : [from.original, to.original];
}
