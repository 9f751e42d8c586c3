import { recordAfterColon } from './recorded-evidence';
import type { Hit } from './matcher';
import type { Token } from './words';
import type { SignalInput } from './signals';
import { functionWords } from '../lexicons';
import { noteArrow } from './clauses';

// What keeps a cue of a signal from counting: the coach refraining, an ask denied, a cue pointing back at
// behaviour told elsewhere, a negation, grounds named (rules 29-35).

const backPointers = functionWords.backPointers;
const countWords = functionWords.countWords;
const subjectPronouns = functionWords.subjectPronouns;
// The classes that tell the coach's own behaviour: a cue of theirs that points back only comments on it.
export const behaviourClasses = new Set(['expert-role', 'advice', 'working-hard', 'intervention-focus']);

/**
 * "Waarom schreef ik die laatste twee tips op?", "that advice came too early": a one-word cue, the behaviour
 * named as a thing, points back (rule 29). Not "die vraag beantwoord" (the act told here) nor "that she should".
 */
export function pointsBack(tokens: readonly Token[], hit: Hit): boolean {
  if (hit.first !== hit.last || subjectPronouns.has(tokens[hit.first]!.norm)) return false;
  for (let i = hit.first - 1; i >= Math.max(0, hit.first - 4); i--) {
    const word = tokens[i]!.norm;
    if (backPointers.has(word)) return true;
    if (!countWords.has(word) && !/^\d+$/u.test(word)) return false;
  }
  return false;
}

const copulas = functionWords.copulasAfterPointing;

/**
 * "Misschien is dat te sturend", "That was too directive": the behaviour judged as what a pointer names, a
 * comment on behaviour told elsewhere or only weighed (rule 29), not the behaviour itself.
 */
export function judgedByPointer(tokens: readonly Token[], hit: Hit): boolean {
  const before = tokens.slice(Math.max(0, hit.first - 3), hit.first).map((token) => token.norm);
  return before.some((word) => backPointers.has(word)) && before.some((word) => copulas.has(word));
}

const spokenGrounds = functionWords.spokenGrounds;
const adviceNouns = functionWords.adviceNouns;
const givingParticiples = functionWords.givingParticiples;
const adviceTopics = functionWords.adviceTopicPrepositions;
const andCoordinators = functionWords.andCoordinators;
const answerWords = functionWords.answerWords;
const { regardVerbs, regardedAsMarkers } = functionWords;
const jointSubjects = functionWords.jointSubjects;
const complementizers = functionWords.complementizers;

/**
 * "Ze vroeg me geen enkele keer wat …", "vroeg niet meer om advies": a Dutch ask denied by a negation just
 * after its verb, before the question it asks opens, did not happen (rules 10, 15).
 */
export function askDenied(negations: readonly Hit[], ask: Hit, opens: readonly Hit[]): boolean {
  const question = opens.find((o) => o.first > ask.first)?.first ?? Infinity;
  return negations.some((n) => n.first > ask.first && n.first <= ask.first + 3 && n.first < question);
}

/** A cue with a negation right before it ("niets aangeraden", "did not advise") does not count. */
export function negated(input: SignalInput, hit: Hit): boolean {
  // Not across a comma: "Hij wil niet veranderen, denk ik" frames the negation, it does not deny the frame.
  // Inside a split cue, a negation that is not the cue's own word denies it ("een vraag die ik niet beantwoord").
  const own = hit.term.split(/\s+/u);
  // "could not resist telling her", "kon het niet laten": the negation of giving in does the deed, no denial.
  const gaveIn = (n: Hit): boolean =>
    input.hits.some((g) => g.cls === 'gave-in' && g.first <= n.first && g.last >= n.last);
  return input.negations.some(
    (n) =>
      !gaveIn(n) &&
      ((n.last < hit.first &&
        hit.first - n.last <= 2 &&
        !input.tokens.slice(n.last, hit.first).some((token) => /[,;:]/u.test(token.after))) ||
        (n.first > hit.first && n.last < hit.last && !own.includes(input.tokens[n.first]!.norm)) ||
        givenNot(input.tokens, hit, n)),
  );
}

/** "Ik heb mijn mening niet gegeven": Dutch denies the giving after what was given, before its participle. */
export function givenNot(tokens: readonly Token[], hit: Hit, negation: Hit): boolean {
  return (
    negation.first === hit.last + 1 &&
    !/[,;:]/u.test(tokens[hit.last]!.after) &&
    tokens.slice(negation.last + 1, negation.last + 3).some((token) => givingParticiples.has(token.norm))
  );
}

/** The person the first word before `at` that names one names (a pronoun, a name), or null. */
export function firstNamedBefore(
  input: Pick<SignalInput, 'personAt'>,
  at: number,
): 'coach' | 'coachee' | 'other' | null {
  for (let t = 0; t < at; t++) {
    const person = input.personAt(t);
    if (person !== null) return person;
  }
  return null;
}

/** The person the last word before `at` that names one names ("his director is resistant"), or null. */
export function lastNamedBefore(
  input: Pick<SignalInput, 'personAt'>,
  at: number,
): 'coach' | 'coachee' | 'other' | null {
  for (let t = at - 1; t >= 0; t--) {
    const person = input.personAt(t);
    if (person !== null) return person;
  }
  return null;
}

/** Whether the sentence opens with a word pointing at what was just said ("Dat", "That", "Daarom"). */
export function opensWithPointer(hits: readonly Hit[]): boolean {
  return hits.some((hit) => hit.cls === 'pointer' && hit.first === 0);
}

/**
 * A judgement is grounded when the sentence names what it rests on (because, shown by, toen ze ...),
 * not merely a speculative cause, or when it opens with a word pointing at what was just said.
 */
export function isGrounded(input: SignalInput): boolean {
  if (opensWithPointer(input.hits) && input.tokens.length > 1) return true;
  // A note's "what I saw → what I make of it": the arrow names the observation the reading rests on.
  if (input.tokens.some((token, i) => i > 0 && noteArrow.test(token.after))) return true;
  if (recordAfterColon(input.tokens)) return true;
  const speculative = input.hits.filter((hit) => hit.cls === 'speculative');
  // A ground's word inside the frame of a hunch ("my gut said") is the hunch speaking, not a ground.
  const frames = input.hits.filter((hit) => hit.cls === 'interpretation');
  const inFrame = (hit: Hit): boolean => frames.some((frame) => frame.first <= hit.first && frame.last >= hit.last);
  // The coach saying it ("Ik zei tegen haar dat …") is the reading itself, not what it rests on.
  const coachSays = (hit: Hit): boolean =>
    spokenGrounds.has(input.tokens[hit.first]!.norm) && input.actorAt(hit.first) === 'coach';
  // "iemand die moeilijk nee zegt", "says yes to everything": refusing or agreeing, no words a reading rests on.
  const answers = (hit: Hit): boolean =>
    spokenGrounds.has(input.tokens[hit.first]!.norm) &&
    [hit.first - 1, hit.last + 1].some((t) => answerWords.has(input.tokens[t]?.norm ?? ''));
  // "dat hij zich niet gezien voelt", "I had not seen it", "she doesn't even see it": an observation denied is none.
  const denied = (hit: Hit): boolean =>
    input.negations.some(
      (n) => n.last === hit.first - 1 || (n.last === hit.first - 2 && !/[,;:]/u.test(input.tokens[n.last]!.after)),
    );
  // "I think he is afraid his team will see him as less technical": seeing someone as something, inside the reading, is
  // what it reads, not what was observed.
  const regards = (hit: Hit): boolean =>
    frames.some((frame) => frame.last < hit.first) &&
    regardVerbs.has(input.tokens[hit.first]!.norm) &&
    input.tokens.slice(hit.last + 1, hit.last + 4).some((token) => regardedAsMarkers.has(token.norm));
  return input.hits.some(
    (hit) =>
      hit.cls === 'ground' &&
      !denied(hit) &&
      !speculative.some((s) => s.last === hit.first - 1) &&
      !inFrame(hit) &&
      !coachSays(hit) &&
      !answers(hit) &&
      !regards(hit),
  );
}

/**
 * "Ik heb hem tips gegeven.", "For weeks I gave him suggestions, and …": advice named but nothing it says, which
 * only announces it (rule 33: expert-role alone, no interpretation to ground).
 */
export function adviceNamedOnly(tokens: readonly Token[], hit: Hit): boolean {
  if (hit.first !== hit.last || !adviceNouns.has(tokens[hit.first]!.norm)) return false;
  for (let t = hit.last; t < tokens.length; t++) {
    // "three tips for the negotiation": what they are for, to the end of a short sentence, says nothing of them.
    if (t > hit.last && adviceTopics.has(tokens[t]!.norm)) return forOnly(tokens, t);
    if (t > hit.last && !givingParticiples.has(tokens[t]!.norm)) return false;
    const after = tokens[t]!.after;
    if (/[.!?;]/u.test(after)) return true;
    // "tips, and he …", "tips and offered to …": what follows is another act, not what the tips said.
    const next = tokens[t + 1]?.norm ?? '';
    if (andCoordinators.has(next)) return !adviceNouns.has(tokens[t + 2]?.norm ?? '');
    if (after.includes(',')) return false;
  }
  return true;
}

/** "I suggested we look at the pattern together", "Ik stelde voor dat we …": proposing joint work advises nothing. */
export function jointProposal(tokens: readonly Token[], hit: Hit): boolean {
  const next = complementizers.has(tokens[hit.last + 1]?.norm ?? '') ? hit.last + 2 : hit.last + 1;
  return jointSubjects.has(tokens[next]?.norm ?? '');
}

/** Whether the phrase a preposition opens at `at` ends the sentence within three words, giving participles aside. */
function forOnly(tokens: readonly Token[], at: number): boolean {
  for (let t = at + 1; t < tokens.length && t <= at + 4; t++) {
    if (/[,;:]/u.test(tokens[t - 1]!.after)) return false;
    if (t === tokens.length - 1 || /[.!?]/u.test(tokens[t]!.after))
      return t - at <= 3 || givingParticiples.has(tokens[t]!.norm);
  }
  return topicPhrase(tokens, at + 1);
}

const topicDeterminers = new Set([
  ...functionWords.articles,
  ...functionWords.thirdPossessives,
  ...functionWords.addresseePossessives,
]);
const topicPrepositions = functionWords.prepositions;
const purposeOpeners = functionWords.purposeOpeners;

/**
 * "tips for the conversation with her manager", "voor het gesprek met haar leidinggevende": a noun phrase with one
 * phrase of its own after it, to the sentence's end, names an occasion, not what the tips say.
 */
function topicPhrase(tokens: readonly Token[], from: number): boolean {
  let start = from;
  for (let phrase = 0; phrase < 2; phrase++) {
    const end = phraseEnd(tokens, start);
    if (end < 0) return false;
    if (end === tokens.length - 1 || /[.!?]/u.test(tokens[end]!.after)) return true;
    start = end + 2;
  }
  return false;
}

/** The last word of a determiner and at most three words, ending at the sentence's end or before a preposition. */
function phraseEnd(tokens: readonly Token[], start: number): number {
  if (!topicDeterminers.has(tokens[start]?.norm ?? '')) return -1;
  for (let end = start + 1; end <= start + 3 && end < tokens.length; end++) {
    if (/[,;:]/u.test(tokens[end - 1]!.after)) return -1;
    if (end === tokens.length - 1 || /[.!?]/u.test(tokens[end]!.after)) return end;
    const next = tokens[end + 1]!.norm;
    if (topicPrepositions.has(next) && !purposeOpeners.has(next)) return end;
  }
  return -1;
}

const fearWords = functionWords.fearWords;

/**
 * "I explored his fear of making mistakes": a cue opening with a word of fear right after a word of the coachee's
 * (her name, her possessive) is her fear, not the coach's (rule 31). Read by the rules and the learned layer alike.
 */
export function coacheesFear(
  tokens: readonly { norm: string }[],
  hit: Hit,
  coacheeAt: (at: number) => boolean,
): boolean {
  return fearWords.has(tokens[hit.first]!.norm) && coacheeAt(hit.first - 1);
}

/** Whether a word of the coachee's ends at `at` among the focus hits: her name, "zij", or her possessive. */
export function coacheeWordAt(focusHits: readonly Hit[], at: number): boolean {
  return focusHits.some((hit) => (hit.cls === 'coachee' || hit.cls === 'possessive-coachee') && hit.last === at);
}
