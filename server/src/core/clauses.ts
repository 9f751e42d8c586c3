import type { Hit } from './matcher';
import type { Token } from './words';

/** A stretch of a sentence between clause boundaries, with the word that opened it. */
export interface Clause {
  first: number;
  last: number;
  /** The conjunction that opens the clause, lower case, or '' for none. */
  conjunction: string;
  kind: 'main' | 'subordinate' | 'contrast' | 'concessive';
}

// Words that open a subordinate clause only when they do not start the sentence
// ("Dat was slim" is a main clause; "Ik zag dat ..." opens one).
const weakSubordinators = new Set([
  'dat', 'of', 'wat', 'die', 'welke', 'hoe', 'waarom', 'om', 'that', 'which', 'who', 'what', 'whether', 'how', 'why',
  'where', 'to', 'waardoor', 'waarin', 'waarbij', 'waarop',
]);

/** Cuts a sentence's tokens into clauses at punctuation and conjunctions. */
export function splitClauses(tokens: readonly Token[], hitsByClass: (cls: string) => Hit[]): Clause[] {
  const starts = new Map<number, { word: string; kind: Clause['kind'] }>();
  const mark = (cls: string, kind: Clause['kind']): void => {
    for (const hit of hitsByClass(cls)) {
      if (hit.first === 0 && kind === 'subordinate' && weakSubordinators.has(tokens[0]!.norm)) continue;
      if (!starts.has(hit.first)) starts.set(hit.first, { word: tokens.slice(hit.first, hit.last + 1).map((t) => t.norm).join(' '), kind });
    }
  };
  mark('contrast', 'contrast');
  mark('concessive', 'concessive');
  mark('subordinator', 'subordinate');
  mark('coordinator', 'main');
  const clauses: Clause[] = [];
  let current: Clause = { first: 0, last: -1, conjunction: '', kind: 'main' };
  for (let i = 0; i < tokens.length; i++) {
    const opener = starts.get(i);
    const previous = tokens[i - 1];
    const punctuationBreak = previous !== undefined && /[,;:()–—]|\s-\s?/u.test(previous.after);
    if (i > 0 && (opener || punctuationBreak)) {
      clauses.push(current);
      current = { first: i, last: i - 1, conjunction: '', kind: 'main' };
    }
    if (opener && i === current.first) {
      current.conjunction = opener.word;
      current.kind = opener.kind;
    }
    current.last = i;
  }
  if (current.last >= current.first) clauses.push(current);
  return clauses;
}
