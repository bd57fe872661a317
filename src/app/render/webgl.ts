/**
 * Whether this browser can give the map a WebGL context, asked before sigma is created:
 * locked-down machines (WebGL turned off by policy, `--disable-webgl`, a blocklisted GPU) get
 * the list view instead of a map that fails half way. The probe asks for what sigma asks
 * for (WebGL 2, else WebGL 1) on a throwaway canvas and gives the context back at once.
 */

export type MapProblem = 'no-webgl';

/** The notice shown instead of the map when it cannot be drawn. */
export const NO_WEBGL_NOTICE =
  'This browser cannot draw the map (WebGL is off); the list, search, author panels, joint papers, paths and filters still work.';

/** Why PNG and SVG exports are off when there is no map. */
export const NO_MAP_EXPORT_REASON = 'needs the map, which this browser cannot draw (WebGL is off)';

let probed: boolean | null = null;

export function webglAvailable(doc: Document = document): boolean {
  if (probed !== null) return probed;
  let context: WebGLRenderingContext | WebGL2RenderingContext | null;
  try {
    const canvas = doc.createElement('canvas');
    context = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
  } catch {
    context = null;
  }
  // A context can come back already lost (a GPU that is resetting): that is not yet a "no".
  probed = context !== null;
  context?.getExtension('WEBGL_lose_context')?.loseContext();
  return probed;
}
