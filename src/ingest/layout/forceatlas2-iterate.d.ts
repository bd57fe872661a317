// The package's per-iteration step, used directly on flat matrices (no graphology Graph:
// building one with 700,000 edges costs seconds and hundreds of megabytes at field scale).
declare module 'graphology-layout-forceatlas2/iterate.js' {
  export default function iterate(
    settings: Record<string, unknown>,
    nodes: Float32Array,
    edges: Float32Array,
  ): void;
}
