/** Which brands' sites a set of changed files calls for building again. */
export type BrandsToBuild = { all: true; because: string } | { all: false; brands: string[] };

/**
 * The brands whose files changed (`<content>/brands/<brand>/…`, a removed brand too), or all of
 * them when anything else that goes into a build changed: the code, its configuration and
 * packages, or the content's shared files (site.yaml, search vocabulary, checklists). Only prose
 * outside the content (`*.md`) changes no site. `files` and `content` are relative to the
 * repository's root, with `/`; `content` is '' when the content folder is the root.
 */
export function brandsToBuild(files: readonly string[], content: string): BrandsToBuild {
  const prefix = content === '' ? 'brands/' : `${content}/brands/`;
  const inContent = (file: string) => content === '' || file.startsWith(`${content}/`);
  const brands = new Set<string>();
  for (const file of files) {
    if (file.startsWith(prefix)) {
      const [brand, ...rest] = file.slice(prefix.length).split('/');
      if (brand && rest.length > 0) {
        brands.add(brand);
        continue;
      }
    }
    // Prose beside the code changes no site.
    if (file.endsWith('.md') && !inContent(file)) continue;
    return { all: true, because: file };
  }
  return { all: false, brands: [...brands].sort() };
}
