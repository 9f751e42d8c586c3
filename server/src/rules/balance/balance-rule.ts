import type { Balance, Language, Range, Sentence } from '../../core/types';
import { defineRule, type Match, type Rule } from '../rule';
import { isSpace } from '../../core/words';
import { shareBelowProbability, sureInWords } from '../../core/confidence';

// A balance diagnostic fires only when the share is this likely below its threshold, given how sure
// the analysis is of each sentence: a wrong warning costs more trust than a missed one (held out by
// voice: 0.7 warned 19 reports, 17 below by their labels; 0.8 warned 15, 14 below).
export const balanceConfidence = 0.8;

type Side = {
  share: keyof Pick<Balance, 'strengthShare' | 'coacheeShare'>;
  counted: (b: Balance) => number;
  heavy: (s: Sentence) => boolean;
};

/** A document-level balance rule: fires on the report's first line when a share falls below its threshold. */
export function balanceRule(
  id: string,
  side: Side,
  description: Record<Language, string>,
  messages: Rule['messages'],
  question: Record<Language, string>,
): Rule {
  return defineRule({
    id,
    kind: 'balance',
    severity: 'warning',
    description,
    messages,
    question,
    check(input) {
      const { settings } = input;
      const threshold = settings.thresholds[side.share];
      const judge = (
        balance: Balance,
        sentences: readonly Sentence[],
        range: Range,
        section?: number,
      ): Match | undefined => {
        const share = balance[side.share];
        if (share === null || share >= threshold || side.counted(balance) < settings.minimumWords) return undefined;
        const below = shareBelowProbability(sentences, side.share, threshold);
        if (below < balanceConfidence) return undefined;
        const heaviest = sentences.filter(side.heavy).sort((a, b) => b.words - a.words);
        // Valence has cue words; focus is a matter of who acts, so the longest coach sentences speak for it.
        const cues =
          side.share === 'strengthShare'
            ? heaviest.flatMap((s) => s.why.valence.words).slice(0, 4)
            : heaviest.slice(0, 3).map((s) => opening(s.text));
        const heading = section === undefined ? '' : (input.sections[section]!.heading ?? '');
        const locale = settings.locale ?? input.language;
        const values = {
          share: `${Math.round(share * 100)}%`,
          threshold: `${Math.round(threshold * 100)}%`,
          heading,
          sure: sureInWords(below, locale),
        };
        return { range, cues, values, related: heaviest.slice(0, 5), section };
      };
      const whole = judge(input.balance, input.sentences, input.firstLine);
      const matches = whole ? [whole] : [];
      // A section that tips on its own gets its own diagnostic on its heading, when it is long enough to judge.
      if (input.sections.length <= 2) return matches;
      for (const [index, section] of input.sections.entries()) {
        if (section.heading === null) continue;
        const match = judge(section.balance, input.bySection[index]!, section.range, index);
        if (match && !(whole && sameRange(match.range, whole.range))) matches.push(match);
      }
      return matches;
    },
  });
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character;
}

/**
 * The first six words of a sentence, as a recognisable quote: read up to the sixth run of white space, not split whole.
 */
export function opening(text: string): string {
  let runs = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isSpace(text.charCodeAt(i))) continue;
    if (++runs === 6) return `${text.slice(0, i).replace(/\s+/gu, ' ')} …`;
    while (i + 1 < text.length && isSpace(text.charCodeAt(i + 1))) i++;
  }
  return text;
}
