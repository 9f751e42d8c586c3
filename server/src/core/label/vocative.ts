import type { Clause } from '../clauses';
import type { LabelContext, Parsed, Person } from './parsed';

/**
 * "Ik wil echt dat dit je lukt, Mehmet.", "Sara, I am proud of you.": a name set off by a comma at either end
 * of the sentence addresses the coachee; who acts is told in the rest (rule 18), where the rest has a subject
 * ("Goed gedaan, Mehmet!" is about him).
 */
export function unlessAddressed<S extends { person: Person } | null>(
  parsed: Parsed,
  context: LabelContext,
  subjects: S[],
): (S | null)[] {
  return subjects.map((subject, i) =>
    subject !== null &&
    subjects.some((other, j) => j !== i && other !== null) &&
    addressedByName(parsed, parsed.clauses[i]!, context)
      ? null
      : subject,
  );
}

function addressedByName(parsed: Parsed, clause: Clause, context: LabelContext): boolean {
  const { tokens } = parsed;
  if (parsed.clauses.length < 2 || clause.last - clause.first > 1) return false;
  for (let i = clause.first; i <= clause.last; i++) if (!context.names.has(tokens[i]!.norm)) return false;
  const opens = clause.first === 0 && tokens[clause.last]!.after.includes(',');
  const closes = clause.last === tokens.length - 1 && (tokens[clause.first - 1]?.after.includes(',') ?? false);
  return opens || closes;
}
