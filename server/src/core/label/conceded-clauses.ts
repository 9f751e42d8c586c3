import type { Clause } from '../clauses';

/**
 * Per clause, whether it is a concession or part of one: a clause subordinate to it, and, when the concession follows
 * its main clause, everything after it ("…, even though she'd mentioned, almost in passing, that she had …").
 */
export function concededClauses(clauses: readonly Clause[]): boolean[] {
  let inside = false;
  let trailing = false;
  return clauses.map((clause, i) => {
    if (clause.kind === 'contrast') trailing = false;
    if (clause.kind === 'concessive' && i > 0) trailing = true;
    inside = trailing || clause.kind === 'concessive' || (inside && clause.kind === 'subordinate');
    return inside;
  });
}
