import { functionWordsIn } from '../../lexicons';
import type { LabelContext, Parsed } from './parsed';

const subjects = new Set(['coach', 'coachee', 'addressee', 'third', 'shared']);

/** A valence word as scored: where it starts and which way it counts after negation (0: not at all). */
export interface Scored {
  first: number;
  sign: number;
}

/**
 * "bouwt haar uren weer op, na een periode van overbelasting", "Na maanden van twijfel besloot ze …",
 * "After a period of rest he is exhausted again": what a phrase of time that is over ("na"/"after" and a
 * span of time) names is the background of what the rest of the sentence tells (rules 9, 10). The indices
 * of the scored words inside such a phrase, when a scored word stands outside it; otherwise none.
 */
export function backgroundWords(parsed: Parsed, context: LabelContext, scored: readonly Scored[]): Set<number> {
  const { tokens } = parsed;
  const { language } = context;
  const { backgroundOpeners, spansOfTime } = functionWordsIn[language];
  const isSubject = (t: number): boolean => context.names.has(tokens[t]?.norm ?? '') || parsed.focus.some((hit) => hit.first === t && subjects.has(hit.cls));
  const background = new Set<number>();
  for (let open = 0; open < tokens.length; open++) {
    if (!backgroundOpeners.has(tokens[open]!.norm)) continue;
    // "na ruim twee maanden", "after a long period of": the span within four words of the opener.
    const span = tokens.slice(open + 1, open + 5).findIndex((token) => spansOfTime.has(token.norm));
    if (span < 0) continue;
    // The phrase runs to a comma, semicolon or colon, or to the subject of the clause it opens; a Dutch
    // clause puts its verb before that subject ("Na een periode van twijfel besloot ze").
    let last = open + 1 + span;
    while (last < tokens.length - 1 && !/[,;:]/u.test(tokens[last]!.after) && !isSubject(last + 1)) last++;
    if (language === 'nl' && isSubject(last + 1) && last > open + 1 + span) last--;
    const inside = (word: Scored): boolean => word.first > open && word.first <= last;
    if (!scored.some((word) => word.sign !== 0 && !inside(word))) continue;
    scored.forEach((word, i) => {
      if (word.sign !== 0 && inside(word)) background.add(i);
    });
  }
  return background;
}
