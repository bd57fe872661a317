/**
 * The help page for a failed load: `rebuild-graph.html`, shipped beside the app (public/), so
 * the link works wherever the built folder is hosted, the element's script folder included.
 */
import type { AtlasLinks } from '../config';

export const HELP_PAGE = 'rebuild-graph.html';

export function rebuildHelpUrl(links: Pick<AtlasLinks, 'pageUrl'> | null): string | null {
  return links ? new URL(HELP_PAGE, links.pageUrl).href : null;
}
