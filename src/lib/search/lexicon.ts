/**
 * What search knows besides the index: how to fold characters and which words mean the same. The
 * build writes it as one small JSON file (src/lib/build/search-lexicon.ts); the search code loads
 * it with Pagefind. Types and pure helpers only; runs in the browser.
 */
import { makeFold, type Fold } from './fold.ts';

export interface LexiconFile {
  /** Pairs of characters: a form and the form it folds to (traditional → simplified). */
  fold: string;
  /** Groups of words that mean the same, folded. */
  groups: string[][];
  /** Terms the texts define (their glossaries), folded: a query keeps each whole. */
  terms?: string[];
  /**
   * The forms of `fold` the site's texts write (traditional or variant characters): the index holds
   * them as written, so a simplified query is also asked for in them.
   */
  written?: string;
}

export interface Lexicon {
  fold: Fold;
  /** For each folded word, the other words of its groups. */
  related: Map<string, string[]>;
  /** Every word of every group and every defined term, longest first, to find them inside a query. */
  words: string[];
  /** Folded text in the forms the site's texts write (账户 → 帳戶 on a site written in traditional characters). */
  unfold: (folded: string) => string;
}

export function lexiconOf(file: LexiconFile): Lexicon {
  const fold = makeFold(file.fold);
  const related = new Map<string, string[]>();
  for (const group of file.groups) {
    const words = [...new Set(group.map(fold))];
    for (const word of words) {
      const others = related.get(word) ?? [];
      for (const other of words) if (other !== word && !others.includes(other)) others.push(other);
      related.set(word, others);
    }
  }
  const words = [...new Set([...related.keys(), ...(file.terms ?? []).map(fold)])].sort((a, b) => b.length - a.length);
  const writtenAs = new Map<string, string>();
  for (const form of file.written ?? '') if (!writtenAs.has(fold(form))) writtenAs.set(fold(form), form);
  const unfold = (folded: string) => [...folded].map((c) => writtenAs.get(c) ?? c).join('');
  return { fold, related, words, unfold };
}

/** A lexicon that folds only case, width and the built-in variants, and knows no synonyms. */
export const plainLexicon = (): Lexicon => lexiconOf({ fold: '', groups: [] });
