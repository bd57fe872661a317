/** The shared contract checker of the build-step issue (read-only, beside the repository). */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../support/seeds';

export function contractChecker(): string {
  const candidates = [
    process.env['CHECK_GRAPH_FILE'],
    path.resolve(REPO_ROOT, '../shared/tools/check-graph-file'),
    '/work/shared/tools/check-graph-file',
  ];
  const found = candidates.find((c): c is string => c !== undefined && existsSync(c));
  if (!found)
    throw new Error(
      `check-graph-file not found (tried ${candidates.filter(Boolean).join(', ')}); set CHECK_GRAPH_FILE`,
    );
  return found;
}
