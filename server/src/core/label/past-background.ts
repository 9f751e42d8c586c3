import { functionWords, functionWordsIn } from '../../lexicons';
import type { LabelContext, Parsed } from './parsed';
import { participleLike } from '../clauses';

const subjects = new Set(['coach', 'coachee', 'addressee', 'third', 'shared']);
const fears = functionWords.coachFears;
const phraseVerbs = new Set([...functionWords.perfectAuxiliaries, ...functionWords.infinitiveCopulas]);
const fearObjects = functionWords.fearNonClausal;

/** A valence word as scored: where it starts and which way it counts after negation (0: not at all). */
export interface Scored {
  first: number;
  sign: number;
  /** The word's last token, where known. */
  last?: number;
}

/**
 * "bouwt haar uren weer op, na een periode van overbelasting", "Na de afwijzing krabbelde ze op", "After
 * a period of rest he is exhausted again", "She responds more calmly to criticism": what a phrase opened by
 * "na"/"after", or by "to"/"op" after a verb of responding, names is over or what is responded to, the
 * background of what the rest of the sentence tells (rules 9, 10). The indices of the scored words inside
 * such a phrase, when a scored word stands outside it; otherwise none.
 */
export function backgroundWords(parsed: Parsed, context: LabelContext, scored: readonly Scored[]): Set<number> {
  const { tokens } = parsed;
  const { language } = context;
  const { backgroundOpeners, pointOpeners, responseVerbs, responseTargets, mannerPrepositions } =
    functionWordsIn[language];
  // "responds more calmly to criticism": what a response is to, after its verb and at most two words of manner;
  // "niet meer bang om fouten te maken": what a fear is of, right after the fear.
  const respondedTo = (open: number): boolean =>
    (responseTargets.has(tokens[open]!.norm) &&
      [1, 2, 3].some((back) => responseVerbs.has(tokens[open - back]?.norm ?? ''))) ||
    (fearObjects.has(tokens[open]!.norm) && fears.has(tokens[open - 1]?.norm ?? ''));
  const isSubject = (t: number): boolean =>
    context.names.has(tokens[t]?.norm ?? '') || parsed.focus.some((hit) => hit.first === t && subjects.has(hit.cls));
  const background = new Set<number>();
  for (let open = 0; open < tokens.length; open++) {
    if (!backgroundOpeners.has(tokens[open]!.norm) && !respondedTo(open)) continue;
    // The phrase runs to a comma, semicolon or colon, or to the subject of the clause it opens; a Dutch
    // clause puts its verb before that subject ("Na een periode van twijfel besloot ze").
    let last = open + 1;
    // "voor het eerst sinds de scheiding een weekend alleen": a point in time is a short noun phrase.
    const end = pointOpeners.has(tokens[open]!.norm) ? Math.min(tokens.length - 1, open + 3) : tokens.length - 1;
    // "Hij is sinds zijn promotie gestopt met sporten": a Dutch participle after the phrase is its clause's verb,
    // unless the phrase holds it ("na twee maanden thuis te hebben gezeten").
    const verbNext = (t: number): boolean =>
      language === 'nl' &&
      t > open + 1 &&
      participleLike.test(tokens[t]!.norm) &&
      !phraseVerbs.has(tokens[t - 1]!.norm);
    // "begint na de pauze zonder duidelijke start": how the action goes is no part of the time before it.
    const manner = (t: number): boolean => mannerPrepositions.has(tokens[t]?.norm ?? '');
    while (
      last < end &&
      !/[,;:]/u.test(tokens[last]!.after) &&
      !isSubject(last + 1) &&
      !verbNext(last + 1) &&
      !manner(last + 1)
    )
      last++;
    if (language === 'nl' && isSubject(last + 1) && last > open + 2) last--;
    const inside = (word: Scored): boolean => word.first > open && word.first <= last;
    if (!scored.some((word) => word.sign !== 0 && !inside(word))) continue;
    scored.forEach((word, i) => {
      if (word.sign !== 0 && inside(word)) background.add(i);
    });
  }
  return background;
}
