import { functionWords } from '../../lexicons';
import type { Parsed } from './parsed';

const verbs = functionWords.parentheticalReporting;
const particles = functionWords.parentheticalParticles;
const subjects = functionWords.nominativePronouns;
const others = new Set([...functionWords.subjectPronouns, ...functionWords.objectPronouns]);

/**
 * "Zijn vrouw heeft hem, zo vertelde hij, aangemeld", "She had tried two of my tips, she told me, and
 * dropped both": the clauses that are only a short reporting aside between commas — a reporting verb, its
 * pronoun subject, perhaps "me" or a particle. The sentence goes on past them: a clause after one
 * continues the clause before it (rule 18), not the aside's subject.
 */
export function reportingAsides(parsed: Parsed): ReadonlySet<number> {
  const asides = new Set<number>();
  const { clauses, tokens } = parsed;
  clauses.forEach((clause, i) => {
    if (i === 0 || i === clauses.length - 1 || clause.last - clause.first > 3) return;
    if (!tokens[clause.first - 1]!.after.includes(',') || !tokens[clause.last]!.after.includes(',')) return;
    const norms = tokens.slice(clause.first, clause.last + 1).map((t) => t.norm);
    const fits = norms.every((w) => verbs.has(w) || particles.has(w) || subjects.has(w) || others.has(w));
    if (fits && norms.some((w) => verbs.has(w)) && norms.some((w) => subjects.has(w) || others.has(w))) asides.add(i);
  });
  return asides;
}
