/** A file served as-is: its URL path, media type and bytes (produced only when written). */
export interface SiteFile {
  path: string;
  type: string;
  body: () => Buffer;
  /**
   * What the body is made from, when that is known without making it (a text's SHA-256): a rebuild
   * links a file whose key is unchanged from the published site (src/lib/build/kept-files.ts). The
   * code and settings are not part of it; a change to those makes every file again.
   */
  key?: string;
}
