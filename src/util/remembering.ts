/**
 * A pure function of a string that remembers its answers: listings print the same names
 * entry after entry, and several stages ask about each of them. At most `limit` answers are
 * held (then all are forgotten at once), so a long-lived process or a huge build does not keep
 * every string it ever saw.
 */
import { ownCopy } from './ownCopy';

export function remembering<T>(compute: (key: string) => T, limit: number): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    let answer = answers.get(key);
    if (answer === undefined && !answers.has(key)) {
      if (answers.size >= limit) answers.clear();
      // A key sliced from a listing would keep the whole listing's text alive (ownCopy.ts).
      const own = ownCopy(key);
      answer = compute(own);
      answers.set(own, answer);
    }
    return answer as T;
  };
}
