/** A file served as-is: its URL path, media type and bytes (produced only when written). */
export interface SiteFile {
  path: string;
  type: string;
  body: () => Buffer;
}
