/**
 * The build step's stages, by the names the progress lines, the report and the benchmark's
 * stage shares use. Each pure stage returns its value and the problems it found.
 */
import type { ReportIssue } from './report/types';

export const STAGES = [
  'read',
  'parse',
  'resolve papers',
  'resolve people',
  'build graph',
  'layout',
  'report',
  'write',
] as const;

export type StageName = (typeof STAGES)[number];

export interface StageOutput<T> {
  value: T;
  problems: ReportIssue[];
}

/** Told when a stage starts (`detail`: what it works on, for a person watching). */
export type ProgressListener = (stage: StageName, detail?: string) => void;
