/** The tool's commands, from argv to an exit status (or a running server for `serve`). */
import { runFetchCli } from '../fetch/cli';
import { USAGE as GRAPH_USAGE } from '../ingest/cli';
import { PACKAGE_USAGE, parsePackageArgs } from './args';
import { explain, loadConfig, planBuild, runBuild, type PackageIo } from './build';
import { DEFAULT_PORT, serve, type Serving } from './serve';

export interface RunIo extends PackageIo {
  env: NodeJS.ProcessEnv;
  version: string;
  temporaryFolder: () => string;
}

export async function runPackage(argv: readonly string[], io: RunIo): Promise<number | Serving> {
  try {
    const args = parsePackageArgs(argv);
    if (args.command === 'version') {
      io.stdout(io.version);
      return 0;
    }
    if (args.command === 'help' || args.help) {
      io.stdout(
        args.help
          ? `${PACKAGE_USAGE}\n\nThe build step's own options:\n${GRAPH_USAGE.split('Options:')[1] ?? ''}`
          : PACKAGE_USAGE,
      );
      return 0;
    }
    if (args.command === 'fetch') return await runFetchCli(args.rest, io);
    const config = loadConfig(args, io.cwd);
    const plan = planBuild(
      args,
      config,
      io.cwd,
      args.command === 'serve' ? io.temporaryFolder : undefined,
    );
    if (args.command === 'build') return runBuild(plan, io);
    return await serve(plan, io, args.port ?? config?.port ?? DEFAULT_PORT);
  } catch (error) {
    return explain(error, io);
  }
}
