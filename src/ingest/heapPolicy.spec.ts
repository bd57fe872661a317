/**
 * The command lines' heap policy (heapPolicy.ts), each case in a process of its own: it
 * changes V8's flags for the whole process.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const CHILD = path.resolve(__dirname, '../../tests/unit/support/heapPolicyChild.ts');

function run(...args: string[]): { enabled: boolean; waiting: number; after: number } {
  const output = execFileSync(process.execPath, ['--import', 'tsx', CHILD, ...args], {
    encoding: 'utf8',
  });
  return JSON.parse(output.trim().split('\n').pop()!) as ReturnType<typeof run>;
}

describe('the heap policy', () => {
  it('once on, returns the garbage of the stage that ended before the next one starts', () => {
    const on = run('on');
    expect(on.enabled).toBe(true);
    expect(on.waiting - on.after).toBeGreaterThan(30_000_000);
  }, 30_000);

  it('is off unless a command line turns it on: calling the pipeline changes nothing', () => {
    expect(run().enabled).toBe(false);
    expect('gc' in globalThis).toBe(false);
  }, 30_000);
});
