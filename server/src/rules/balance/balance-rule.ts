import type { Balance, Language, Range, Sentence } from '../../core/types';
import { defineRule, type Rule, type RuleInput } from '../rule';

type Side = { share: keyof Pick<Balance, 'strengthShare' | 'coacheeShare'>; counted: (b: Balance) => number; heavy: (s: Sentence) => boolean };

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
    severity: 'warning',
    description,
    messages,
    question,
    *check(input) {
      const { balance, settings } = input;
      const share = balance[side.share];
      const threshold = settings.thresholds[side.share];
      if (share === null || share >= threshold || side.counted(balance) < settings.minimumWords) return;
      const heaviest = input.sentences.filter(side.heavy).sort((a, b) => b.words - a.words);
      // Valence has cue words; focus is a matter of who acts, so the longest coach sentences speak for it.
      const cues =
        side.share === 'strengthShare'
          ? heaviest.flatMap((s) => s.why.valence.words).slice(0, 4)
          : heaviest.slice(0, 3).map((s) => opening(s.text));
      yield {
        range: firstLine(input),
        cues,
        values: { share: `${Math.round(share * 100)}%`, threshold: `${Math.round(threshold * 100)}%` },
      };
    },
  });
}

/** The report's first heading or, without one, its first line of prose. */
function firstLine(input: RuleInput): Range {
  const starts = [...input.markdown.headings.map((h) => h.start), ...input.markdown.blocks.map((b) => b.offsets[0] ?? 0)];
  const start = starts.reduce((min, offset) => Math.min(min, offset), starts[0] ?? 0);
  return input.lines.lineRange(input.lines.position(start).line);
}

/** The first six words of a sentence, as a recognisable quote. */
function opening(text: string): string {
  const words = text.split(/\s+/u);
  return words.length <= 6 ? text : `${words.slice(0, 6).join(' ')} …`;
}
