// Markdown rendered to HTML as github.com renders job summaries and comments: GitHub Flavored
// Markdown (tables, autolink literals, strikethrough, the tag filter, task lists, footnotes) on
// CommonMark. micromark with micromark-extension-gfm passes the CommonMark and GFM specs' examples,
// runs in process, and comes from npm, so the tests need nothing outside the clone. Against
// cmark-gfm on the hostile corpus it gives the same elements but for two autolinks: it links
// WWW. in capitals (cmark-gfm does not), and not ftp:// (GFM's spec names http and https only;
// cmark-gfm links it), so the corpus test also looks for ftp:// in the text itself.
import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'

/**
 * The HTML of the Markdown. `unsafe` keeps raw HTML, as GitHub does for the elements it allows
 * (our own `<details>`, `<code>`, `<b>` among them), so what a hostile string could inject shows;
 * without it, raw HTML is escaped. The tag filter applies either way.
 */
export function githubHtml(markdown: string, unsafe: boolean): string {
  return micromark(markdown, {
    allowDangerousHtml: unsafe,
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()]
  })
}
