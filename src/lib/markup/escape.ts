/**
 * Text made safe to put between tags or inside a double-quoted attribute, in HTML and in XML
 * (feeds, sitemaps). The one escaper the project's hand-built markup uses; runs in the browser too.
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
