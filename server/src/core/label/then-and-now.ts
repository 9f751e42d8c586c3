import { functionWords, functionWordsIn } from '../../lexicons';
import type { Language } from '../types';
import type { Scored } from './past-background';
import type { Clause } from '../clauses';
import type { Parsed } from './parsed';

const pastMarkers = [...functionWords.pastTimeMarkers].map((marker) => ` ${marker} `);
const spans = [...functionWords.spansOfTime].map((marker) => ` ${marker} `);
const neverBefore = [...functionWords.neverBefore].map((phrase) => phrase.split(' … ').map((part) => ` ${part} `));
const actPointers = functionWords.actPointers;
const articles = functionWords.articles;
const objectRelatives = functionWords.objectRelatives;
const nominative = functionWords.nominativePronouns;

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
    if (scored.some((word) => word.sign !== 0 && word.first < clause.first)) return false;
    // The clause, or the pointer before it ("iets", "something", "het gesprek dat ze"), follows a comma.
    const previous = clauses[c - 1]!;
    const pointer = c > 1 && (previous.last === previous.first || namesTheActAgain(tokens, previous));
    const opener = pointer ? previous : clause;
    // A clause without a subject of its own is the coachee's when the phrase pointing back names her.
    const person = effective[c] ?? (pointer ? effective[c - 1] : null);
    return person === 'coachee' && /,/u.test(tokens[opener.first - 1]?.after ?? '');
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
      (before.first === before.last && actPointers.has(tokens[before.first]!.norm)) ||
      namesTheActAgain(tokens, clause) ||
      namesTheActAgain(tokens, before);
    // "something he had put off since the summer": a span split off as a clause of its own still dates it.
    const next = clauses[c + 1];
    const spanText =
      pointed && next?.kind === 'subordinate' && next.first === clause.last + 1 ? textOf(next.last) : text;
    const dated =
      pastMarkers.some((marker) => text.includes(marker)) ||
      // "before" may open a clause of its own: "never managed | before".
      neverBefore.some((parts) => inOrder(next ? textOf(next.last) : text, parts)) ||
      (pointed && spans.some((marker) => spanText.includes(marker)));
    if (!dated) return;
    scored.forEach((word, i) => {
      if (word.sign < 0 && inside(word)) past.add(i);
    });
  });
  return past;
}

/**
 * "Ze had het gesprek gevoerd, het gesprek dat ze sinds januari voor zich uit schoof", "she made the call, the call
 * she had put off for months": after a comma, a phrase with an article names again what was done, and a relative or
 * the coachee's subject right after it opens what is said about it, pointing back at the act as "iets wat" does.
 * The clause that so opens: this one, or the one before when the problem stands in a clause of its own.
 */
function namesTheActAgain(tokens: Parsed['tokens'], clause: Clause): boolean {
  return (
    articles.has(tokens[clause.first]!.norm) &&
    /,/u.test(tokens[clause.first - 1]?.after ?? '') &&
    tokens
      .slice(clause.first + 1, Math.min(clause.first + 4, clause.last + 1))
      .some((token) => nominative.has(token.norm) || objectRelatives.has(token.norm))
  );
}

/** Whether the text holds every part, one after another. */
function inOrder(text: string, parts: readonly string[]): boolean {
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length - 1;
  }
  return true;
}

/**
 * "Where she used to freeze in meetings, she now asks questions", "Waar ze vroeger dichtklapte, stelt ze nu vragen":
 * a sentence that opens with a problem of the past set against what she does now tells the change (rule 10):
 * progress; a strength of the past so set tells a loss. The indices of the scored words of that opening clause, to be
 * turned; none without "now" after it.
 */
export function pastBeforeNow(parsed: Parsed, language: Language, scored: readonly Scored[]): Set<number> {
  const { tokens, clauses } = parsed;
  const turned = new Set<number>();
  const { contrastOpeners, nowMarkers } = functionWordsIn[language];
  if (!contrastOpeners.has(tokens[0]?.norm ?? '')) return turned;
  // The opening clause runs to its comma ("Where she used to freeze in meetings, she now …") or the next clause.
  const comma = tokens.findIndex((token) => /,/u.test(token.after));
  const end = comma >= 0 ? comma + 1 : (clauses[1]?.first ?? tokens.length);
  const opening = ` ${tokens
    .slice(0, end)
    .map((token) => token.norm)
    .join(' ')} `;
  if (!pastMarkers.some((marker) => opening.includes(marker))) return turned;
  if (!tokens.slice(end).some((token) => nowMarkers.has(token.norm))) return turned;
  scored.forEach((word, i) => {
    if (word.sign !== 0 && word.first < end) turned.add(i);
  });
  return turned;
}
