import { fold } from './fold';

/** A readable id from a name: folded letters and digits joined by dashes. */
export function slugify(name: string): string {
  return (
    fold(name)
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'author'
  );
}
