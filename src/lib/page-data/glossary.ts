import type { Locale } from '../../schemas/brand.ts';
import { formatDate, messages } from '../i18n/index.ts';
import { policyTitle, textIn, type Policy, type Version } from '../model/catalog.ts';
import type { Term } from '../policy/glossary.ts';
import type { PageRef } from '../routes/pages.ts';
import type { SiteContext } from '../routes/site-context.ts';
import { policyBreadcrumbs, type Link } from './common.ts';

type GlossaryPage = Extract<PageRef, { kind: 'glossary' }>;

/** One term as the glossary shows it: its definition now, and when it was defined and last changed. */
export interface GlossaryEntry {
  term: string;
  definition: string;
  /** The definition in the text it is taken from. */
  href: string;
  /** The version that first defined it (labelled with its date). */
  since: Link;
  /** The latest version that changed the definition (labelled with its date), and its redline. */
  changed: { version: Link; changes: string | undefined } | undefined;
}

export interface GlossaryView {
  breadcrumbs: Link[];
  title: string;
  /** The version the definitions are taken from (the one in force, or the latest announced), labelled as a version. */
  source: Link;
  /** The terms' own language. */
  lang: Locale;
  entries: GlossaryEntry[];
  /** Terms an earlier version defined that the source no longer does, and the version (by date) that dropped each. */
  dropped: { term: string; version: Link }[];
}

/**
 * A policy's glossary in one language: the terms of the version in force (or, before any is, of the
 * latest), each with the version that first defined it and the last that changed its definition,
 * followed from the oldest version to that one in texts of the same language.
 */
export function glossaryView(ctx: SiteContext, page: GlossaryPage): GlossaryView {
  const { brand, policy, locale } = page;
  const t = messages(locale);
  const source = policy.current ?? policy.versions.at(-1)!;
  const lang = textIn(source, locale).locale;
  // A version named by its date, which the view words (自2020年8月20日版起定义).
  const versionLink = (v: Version): Link => ({
    href: ctx.urls.version(brand, policy.id, v.date, locale),
    label: formatDate(v.date, locale),
  });
  const changesTo = (v: Version) => v.previous && ctx.urls.changes(brand, policy.id, v.previous.date, v.date, locale);
  const history = termHistory(policy, source, lang);
  const sourceHref =
    source === policy.current
      ? ctx.urls.policy(brand, policy.id, locale)
      : ctx.urls.version(brand, policy.id, source.date, locale);
  const entries = termsOf(source, lang).map((term) => {
    const h = history.get(term.term)!;
    return {
      term: term.term,
      definition: term.definition,
      href: `${sourceHref}#${term.id}`,
      since: versionLink(h.since),
      changed: h.changed && { version: versionLink(h.changed), changes: changesTo(h.changed) },
    };
  });
  const dropped = [...history]
    .filter(([, h]) => h.dropped !== undefined)
    .map(([term, h]) => ({ term, version: versionLink(h.dropped!) }));
  return {
    breadcrumbs: policyBreadcrumbs(ctx, brand, policy, locale),
    title: t.glossaryOf(policyTitle(policy, locale)),
    source: { href: sourceHref, label: t.versionCrumb(formatDate(source.date, locale)) },
    lang,
    entries,
    dropped,
  };
}

/** The terms a version's text in `lang` defines; none when it has no text in that language. */
function termsOf(version: Version, lang: Locale): Term[] {
  const text = textIn(version, lang);
  return text.locale === lang ? text.text.terms : [];
}

interface TermHistory {
  since: Version;
  changed: Version | undefined;
  /** Set when a version up to the source stopped defining the term and none defined it again. */
  dropped: Version | undefined;
}

/** Each term's history up to `source`: first defined, definition last changed, dropped. */
export function termHistory(policy: Policy, source: Version, lang: Locale): Map<string, TermHistory> {
  const history = new Map<string, TermHistory & { definition: string }>();
  for (const version of policy.versions.slice(0, policy.versions.indexOf(source) + 1)) {
    // A version without a text in this language says nothing about its terms.
    if (textIn(version, lang).locale !== lang) continue;
    const terms = new Map(termsOf(version, lang).map((t) => [t.term, t.definition]));
    for (const [term, definition] of terms) {
      const known = history.get(term);
      if (known === undefined)
        history.set(term, { since: version, changed: undefined, dropped: undefined, definition });
      else if (known.dropped !== undefined)
        Object.assign(known, { since: version, changed: undefined, dropped: undefined, definition });
      else if (known.definition !== definition) Object.assign(known, { changed: version, definition });
    }
    for (const [term, known] of history) if (!terms.has(term) && known.dropped === undefined) known.dropped = version;
  }
  return history;
}
