import { signalRule } from './signal-rule';
import { functionWords } from '../../lexicons';
import { noHits, type Hit } from '../../core/matcher';
import { opensWithWritersThanks, opensWithWritersWish } from '../../core/writers-thanks';
import { inQuestionClause } from '../../core/asked-question';

/** The coachee praises or thanks the coach without a word on what they did themselves. */
export default signalRule(
  'appreciation',
  { nl: 'waardering', en: 'appreciation' },
  {
    nl: 'De coachee overlaadt de coach met waardering, zonder te noemen wat hij of zij zelf deed.',
    en: 'The coachee showers the coach with appreciation, without naming what they did themselves.',
  },
  {
    nl: (cues) => `De waardering gaat hier naar jou (${cues}). Wat deed de coachee er zelf mee?`,
    en: (cues) => `The credit goes to you here (${cues}). What did the coachee do with it?`,
  },
  {
    nl: 'Wat heeft de coachee zelf gedaan met wat je aanreikte, en hoe leg je de eer daar terug?',
    en: 'What did the coachee do with what you offered, and how can you hand the credit back?',
  },
  // Praise for the coach that names nothing the coachee did (rule 35).
  (c) => {
    const { input } = c;
    // "Op de vraag wat haar heeft geholpen": help asked about is no praise. The clause the cue stands in is the
    // last one opened before it, with no stop between.
    const asked = (hit: Hit): boolean => inQuestionClause(input, hit) !== null;
    // "Misschien helpt het als je …", "Maybe it helps if you …": help supposed is a suggestion, no praise.
    // Only with no stop between: "Misschien was je moe, maar je zei dat het je had geholpen" is praise.
    const supposed = (hit: Hit): boolean =>
      input.hits.some(
        (h) =>
          h.cls === 'speculative' &&
          h.last < hit.first &&
          !input.quoted.has(h.first) &&
          !input.tokens.slice(h.last, hit.first).some((t) => /[,;:.!?]/u.test(t.after)),
      );
    // "Her manager asked me to help them", "asked me for help": help asked for or meant is no praise.
    // "sent me a card to thank me" still thanks.
    const wanted = (hit: Hit): boolean => {
      const before = input.tokens[hit.first - 1]?.norm ?? '';
      return !thankWords.has(input.tokens[hit.first]!.norm) && (toInfinitive.has(before) || helpAskedFor.has(before));
    };
    // "Dank je wel voor het fijne gesprek", "Thank you for a great session": the writer's thanks, and praise.
    const praise =
      opensWithWritersThanks(input.tokens, input.quoted) || opensWithWritersWish(input.tokens, input.quoted)
        ? noHits
        : input.hits.filter((hit) => hit.cls === 'appreciation' && !asked(hit) && !supposed(hit) && !wanted(hit));
    // "content met hoe het gesprek met haar diensthoofd verliep": a conversation with someone else is not the coach's.
    // In a report addressed to the coachee, "you helped" names her, not the coach: "walking helps you".
    const praised = input.hits.some(
      (hit) =>
        hit.cls === 'appreciation-object' &&
        !withSomeoneElse(input, hit) &&
        !(input.personAt(hit.first) === 'coachee' && !input.quoted.has(hit.first)),
    );
    // "Great session today!": praise that names no one and quotes no one is the writer's own (rules 27, 34).
    const someone =
      input.quoted.size > 0 ||
      input.tokens.some((token, i) => input.personAt(i) !== null || coachObject.has(token.norm));
    if (!someone) return null;
    return praise.length > 0 && praised && !c.any('credit') && input.focus !== 'coach' ? { hits: praise } : null;
  },
);

const toInfinitive = functionWords.toInfinitive;
const helpAskedFor = functionWords.helpAskedFor;
const thankWords = functionWords.thankWords;
const companions = functionWords.companionPrepositions;
const coachWords = functionWords.coachPronouns;

/** Whether the praised thing is a meeting with someone other than the coach ("het gesprek met haar diensthoofd"). */
function withSomeoneElse(input: { tokens: readonly { norm: string }[] }, hit: Hit): boolean {
  if (!companions.has(input.tokens[hit.last + 1]?.norm ?? '')) return false;
  const named = input.tokens.slice(hit.last + 2, hit.last + 4).map((token) => token.norm);
  return !named.some((norm) => coachObject.has(norm) || coachWords.has(norm) || norm === 'coach');
}
// "Bedankte me …": the coach thanked names whoever thanks, implied.
const coachObject = functionWords.coachObjectPronouns;
