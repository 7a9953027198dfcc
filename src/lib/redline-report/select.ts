import type { VersionRecord } from '../content/read.ts';
import { comparedTexts, type Brand, type Catalog, type Policy, type Version } from '../model/catalog.ts';
import type { Locale } from '../../schemas/brand.ts';

/** Two texts of one policy to compare: `from` is undefined for a policy's first version. */
export interface Comparison {
  brand: Brand;
  policy: Policy;
  /** The language compared: both translations when both exist, else the originals. */
  locale: Locale;
  from: VersionRecord | undefined;
  to: VersionRecord;
  /** The newer version, for what its frontmatter says of the change (summary, material). */
  version: Version;
}

/** A problem with what was asked for, said so that the editor can correct it. */
export class SelectionError extends Error {}

/** The policy `<brand>/<policy>` names, or a SelectionError listing what there is. */
export function findPolicy(catalog: Catalog, ref: string): Policy {
  const [brandId, policyId] = ref.split('/');
  const brand = catalog.brands.find((b) => b.id === brandId);
  if (!brand)
    throw new SelectionError(`There is no brand "${brandId}"; brands: ${catalog.brands.map((b) => b.id).join(', ')}.`);
  const policy = brand.policies.find((p) => p.id === policyId);
  if (!policy)
    throw new SelectionError(
      `Brand "${brand.id}" has no policy "${policyId}"; its policies: ${brand.policies.map((p) => p.id).join(', ')}.`,
    );
  return policy;
}

/**
 * The comparison of two dates of a policy, or of one date with the version before it. Dates must
 * name versions, oldest first.
 */
export function compareDates(catalog: Catalog, policy: Policy, dates: readonly string[]): Comparison {
  const versionOn = (date: string) => {
    const found = policy.versions.find((v) => v.date === date);
    if (!found)
      throw new SelectionError(
        `${policy.brand}/${policy.id} has no version of ${date}; its versions: ${policy.versions.map((v) => v.date).join(', ')}.`,
      );
    return found;
  };
  const [first, second] = dates.map(versionOn);
  if (first === undefined) throw new SelectionError('Name a version to compare.');
  if (second === undefined) return comparison(catalog, first.previous, first, first.locale);
  if (second.date <= first.date)
    throw new SelectionError(`Compare an older version with a newer one: ${first.date} is not before ${second.date}.`);
  return comparison(catalog, first, second, first.locale);
}

/**
 * Each version a changed file belongs to (its text, a translation, or a list beside it: the files
 * `brands/<brand>/<policy>/<date>.*`; `files` relative to the content folder), compared with the
 * version before it in the language of each changed text, in catalog order. `policy` keeps those of
 * one policy.
 */
export function compareChanged(catalog: Catalog, files: readonly string[], policy?: Policy): Comparison[] {
  const changed = new Set(files);
  const out: Comparison[] = [];
  for (const brand of catalog.brands)
    for (const p of brand.policies) {
      if (policy !== undefined && p !== policy) continue;
      const folder = `brands/${brand.id}/${p.id}/`;
      const here = files.filter((f) => f.startsWith(folder)).map((f) => f.slice(folder.length));
      for (const version of p.versions) {
        if (!here.some((name) => name.startsWith(`${version.date}.`))) continue;
        const texts = [version, ...Object.values(version.translations)].filter((t) => changed.has(t.file));
        // A list changed alone: the version's own language.
        const locales = new Set((texts.length > 0 ? texts : [version]).map((t) => t.locale));
        for (const locale of locales) out.push(comparison(catalog, version.previous, version, locale));
      }
    }
  return out;
}

function comparison(catalog: Catalog, from: Version | undefined, to: Version, locale: Locale): Comparison {
  const brand = catalog.brands.find((b) => b.id === to.brand)!;
  const policy = brand.policies.find((p) => p.id === to.policy)!;
  if (from === undefined) {
    const text = to.translations[locale] ?? to;
    return { brand, policy, locale: text.locale, from: undefined, to: text, version: to };
  }
  const [a, b] = comparedTexts({ from, to }, locale);
  return { brand, policy, locale: b.locale, from: a, to: b, version: to };
}
