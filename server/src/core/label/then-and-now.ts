import { functionWords } from '../../lexicons';
import type { Scored } from './past-background';
import type { Parsed } from './parsed';

const pastMarkers = [...functionWords.pastTimeMarkers].map((marker) => ` ${marker} `);
const spans = [...functionWords.spansOfTime].map((marker) => ` ${marker} `);
const actPointers = functionWords.actPointers;

/**
 * "Ze zei nee tegen de extra dienst, terwijl ze daar vorige maand nog van wakker lag", "which she would never have
 * dared a year ago": a problem a later clause places in the past, beside a strength now, is what the strength is
 * told against (rule 10). The indices of the scored words of such a clause, when a word before it is a strength;
 * otherwise none. A sentence that only tells a past problem keeps it.
 */
export function pastAgainstNow(parsed: Parsed, scored: readonly Scored[]): Set<number> {
  // After "maar"/"but" the part after the turn decides (rule 9), past or not.
  return pastProblems(parsed, scored, (c) => scored.some((word) => word.sign > 0 && word.first < c.first));
}

/**
 * "In juni begint ze aan haar eerste project, iets wat ze een jaar geleden nog had afgehouden", "something she avoided
 * a year ago": a clause of the coachee's after a comma that places a problem in the past, beside a clause that tells
 * what she does now in words no lexicon marks, tells the change itself (rule 10): progress. The indices of the scored
 * words that so turn; none where anything before it has a sign of its own (pastAgainstNow reads that).
 */
export function changeAgainstPast(
  parsed: Parsed,
  scored: readonly Scored[],
  effective: readonly (string | null)[],
): Set<number> {
  const { clauses, tokens } = parsed;
  return pastProblems(parsed, scored, (clause, c) => {
    if (effective[c] !== 'coachee' || scored.some((word) => word.sign !== 0 && word.first < clause.first)) return false;
    // The clause, or the pointer before it ("iets", "something"), follows a comma.
    const opener = clauses[c - 1]!.last === clauses[c - 1]!.first && c > 1 ? clauses[c - 1]! : clause;
    return /,/u.test(tokens[opener.first - 1]?.after ?? '');
  });
}

/** The problem words of every clause after the first, not after a turn, that a past marker places in the past. */
function pastProblems(
  parsed: Parsed,
  scored: readonly Scored[],
  beside: (clause: Parsed['clauses'][number], index: number) => boolean,
): Set<number> {
  const { clauses, tokens } = parsed;
  const past = new Set<number>();
  clauses.forEach((clause, c) => {
    if (c === 0 || clause.kind === 'contrast') return;
    const end = c + 1 < clauses.length ? clauses[c + 1]!.first : tokens.length;
    const inside = (word: Scored): boolean => word.first >= clause.first && word.first < end;
    // The words' signs first: the clause's text is put together only for a problem where it may count.
    if (!scored.some((word) => word.sign < 0 && inside(word)) || !beside(clause, c)) return;
    const textOf = (last: number): string =>
      ` ${tokens
        .slice(clause.first, last + 1)
        .map((token) => token.norm)
        .join(' ')} `;
    const text = textOf(clause.last);
    // A span a problem lasted places it in the past only where the clause points back at the act before it.
    const before = clauses[c - 1]!;
    const pointed =
      actPointers.has(tokens[clause.first]!.norm) ||
      (before.first === before.last && actPointers.has(tokens[before.first]!.norm));
    // "something he had put off since the summer": a span split off as a clause of its own still dates it.
    const next = clauses[c + 1];
    const spanText =
      pointed && next?.kind === 'subordinate' && next.first === clause.last + 1 ? textOf(next.last) : text;
    const dated =
      pastMarkers.some((marker) => text.includes(marker)) ||
      (pointed && spans.some((marker) => spanText.includes(marker)));
    if (!dated) return;
    scored.forEach((word, i) => {
      if (word.sign < 0 && inside(word)) past.add(i);
    });
  });
  return past;
}
