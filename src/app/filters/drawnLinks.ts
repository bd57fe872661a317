/**
 * How many of the visible links the map draws. A department's map has hundreds of thousands
 * of links, nine in ten of them one joint paper; drawing them all makes a grey wash, and in
 * software WebGL each redraw of 713,018 links takes 11–27 s, so the map stops answering
 * whenever the camera rests. Above a budget, the map therefore draws its strongest links
 * (as bibliometric maps do: VOSviewer draws the 1,000 strongest lines by default): those with
 * at least `floor` joint papers, the lowest floor that fits the budget. The links not drawn
 * still count everywhere else: communities, link weights, panels, paths, exports of tables.
 * The reader can ask for every link (`links=all`).
 */
import type { VisibleEdge } from './filters';

export type LinksDrawn = 'strongest' | 'all';

/**
 * Links drawn at most when the map draws its strongest: what software WebGL on two cores
 * redraws in about half a second (the M benchmark's 70,000 links: p95 495 ms per frame).
 */
export const DRAWN_LINKS_BUDGET = 100_000;

export interface LinkDrawing {
  /** Joint papers (in the year range) of the weakest drawn link; 1 draws every visible link. */
  floor: number;
  /** Links drawn. */
  drawn: number;
  /** Links visible (what the filters leave). */
  visible: number;
}

/** The lowest floor whose links fit `budget`, counting links per joint-paper count in one pass. */
export function linkDrawing(
  edges: readonly Pick<VisibleEdge, 'papers'>[],
  mode: LinksDrawn,
  budget: number = DRAWN_LINKS_BUDGET,
): LinkDrawing {
  const visible = edges.length;
  if (mode === 'all' || visible <= budget) return { floor: 1, drawn: visible, visible };
  const withPapers: number[] = [];
  for (const edge of edges) withPapers[edge.papers] = (withPapers[edge.papers] ?? 0) + 1;
  // From the strongest down: the floor stops where one more step would pass the budget. The
  // strongest links are drawn even when they alone pass it: a map without links says nothing.
  let floor = withPapers.length - 1;
  let drawn = withPapers[floor] ?? 0;
  for (let papers = floor - 1; papers >= 1; papers--) {
    const more = withPapers[papers] ?? 0;
    if (more === 0) continue;
    if (drawn + more > budget) break;
    drawn += more;
    floor = papers;
  }
  return { floor, drawn, visible };
}

const count = (n: number) => n.toLocaleString('en');

/** What the map says while it leaves weak links out; null when it draws every visible link. */
export function drawingNotice(drawing: LinkDrawing): string | null {
  if (drawing.drawn === drawing.visible) return null;
  const papers = drawing.floor === 1 ? '1 joint paper' : `${drawing.floor}+ joint papers`;
  return `Drawing the ${count(drawing.drawn)} strongest of ${count(drawing.visible)} links (${papers})`;
}

/** What the Filters' choice says about the links drawn (offered only above the budget). */
export function drawingHint(drawing: LinkDrawing): string {
  const floor = drawing.floor > 1 ? `, those with ${drawing.floor} or more joint papers` : '';
  return `${count(drawing.drawn)} of ${count(drawing.visible)} links are drawn${floor}.`;
}
