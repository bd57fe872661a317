/**
 * What an export describes: the map as it is now (filters, counting, ego network, timeline),
 * gathered once from the store so every export of one moment agrees.
 */
import type { AtlasData } from '../data/atlasData';
import type { CommunityResult } from '../communities/communities';
import type { Filters, VisibleView } from '../filters/filters';
import type { UrlState } from '../params/url';

export interface ExportSnapshot {
  data: AtlasData;
  /** What is drawn. */
  view: VisibleView;
  /** The filters papers were counted under (the timeline's year already applied). */
  counted: Filters;
  communities: CommunityResult | null;
  communityWords: ReadonlyMap<number, readonly string[]>;
  /** Community names as the legend shows them, by slot. */
  communityLabels: ReadonlyMap<number, string>;
  state: UrlState;
}
