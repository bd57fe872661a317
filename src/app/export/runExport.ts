/**
 * Carries out one export of the current view and hands the file to the reader. Loaded on
 * first use (with graphology-gexf and the CSV writers), so none of it weighs on the page's
 * first load.
 */
import { communityLabel } from '../communities/communities';
import { styleGraph } from '../theme/style';
import { filtersAtYear } from '../timeline/timeline';
import type { Theme } from '../theme/theme';
import type { AtlasStore } from '../state/store.svelte';
import { saveFile } from './download';
import { exportFileName } from './fileName';
import { buildGexf } from './gexf';
import type { ExportSnapshot } from './snapshot';
import { drawingToSvg } from './svg';
import { authorsCsv, collaborationsCsv, papersCsv } from './tables';

export type ExportKind =
  'png' | 'svg' | 'gexf' | 'csv-authors' | 'csv-collaborations' | 'csv-papers' | 'graph';

function snapshotOf(store: AtlasStore): ExportSnapshot {
  const labels = new Map(
    (store.communities.result?.communities ?? []).map((c) => [
      c.slot,
      communityLabel(c, (id) => store.name(id)),
    ]),
  );
  return {
    data: store.data,
    view: store.views.visible,
    counted:
      store.views.year === null
        ? store.settings.filters
        : filtersAtYear(store.settings.filters, store.views.year),
    communities: store.communities.result,
    communityWords: store.communities.words,
    communityLabels: labels,
    state: store.urlState,
  };
}

/** What the picture shows, for its title and alt text. */
function describe(store: AtlasStore): string {
  const owners = [...store.data.owners].map((id) => store.name(id));
  const who = owners.length > 0 ? `${owners.join(', ')} and coauthors` : 'Coauthor network';
  return `${who}: ${store.views.visible.nodes.length} authors, ${store.views.visible.edges.length} links`;
}

/** Exports; resolves to the file name given to the reader. */
export async function runExport(
  kind: ExportKind,
  store: AtlasStore,
  theme: Theme,
): Promise<string> {
  const snapshot = snapshotOf(store);
  const name = (extension: string, suffix?: string) =>
    exportFileName(store.data, snapshot.state, extension, suffix);
  let file: string;
  switch (kind) {
    case 'png': {
      if (!store.requests.mapCapture) throw new Error('the map is not drawn');
      saveFile(await store.requests.mapCapture.png(), (file = name('png')), 'image/png');
      break;
    }
    case 'svg': {
      if (!store.requests.mapCapture) throw new Error('the map is not drawn');
      const drawing = await store.requests.mapCapture.drawing(describe(store));
      saveFile(drawingToSvg(drawing), (file = name('svg')), 'image/svg+xml');
      break;
    }
    case 'gexf': {
      const style = styleGraph(store.data, store.views.visible, store.communities.result, theme, {
        colour: store.settings.colour,
        scaleView: store.views.clusterView,
      });
      const gexf = buildGexf(snapshot, { node: style.node, edge: style.edge });
      saveFile(gexf, (file = name('gexf')), 'application/gexf+xml');
      break;
    }
    case 'csv-authors':
      saveFile(authorsCsv(snapshot), (file = name('csv', 'authors')), 'text/csv;charset=utf-8');
      break;
    case 'csv-collaborations':
      saveFile(
        collaborationsCsv(snapshot),
        (file = name('csv', 'collaborations')),
        'text/csv;charset=utf-8',
      );
      break;
    case 'csv-papers':
      saveFile(papersCsv(snapshot), (file = name('csv', 'papers')), 'text/csv;charset=utf-8');
      break;
    case 'graph':
      file = exportFileName(store.data, { ...snapshot.state, ...WHOLE_FILE }, 'json');
      saveFile(JSON.stringify(store.data.file), file, 'application/json');
      break;
  }
  return file;
}

/** The graph file is the whole graph whatever the view: its name carries no view. */
const WHOLE_FILE = {
  yearFrom: null,
  yearTo: null,
  year: null,
  path: null,
  ego: 0,
  hideOwner: false,
  internalOnly: false,
  counting: 'full',
} as const;
