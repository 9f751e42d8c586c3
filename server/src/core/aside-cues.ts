import type { Hit } from './matcher';
import type { SignalInput } from './signals';
import { functionWords, isFeelingState } from '../lexicons';
import { behaviourClasses, firstNamedBefore, jointProposal, judgedByPointer, lastNamedBefore } from './signal-guards';
import { courtesyWish, patternBroken, wantsOfSession } from './cue-objects';

const coachWords = functionWords.coachPronouns;
const reflexivePronouns = functionWords.reflexivePronouns;
const prepositions = functionWords.prepositions;
const reportingVerbs = functionWords.reportingVerbs;

/**
 * Whether an interpretation cue is a frame of the coach's own opinion ("I think", "volgens mij", "my gut says")
 * around something that is not about the coachee: "I think the session went well", "Ik vraag me af of ik te
 * sturend was". Such a frame interprets no coachee (rule 33).
 */
export function frameAside(input: Pick<SignalInput, 'tokens' | 'personAt' | 'actorAt' | 'valence'>, hit: Hit): boolean {
  const frame = input.tokens.slice(hit.first, hit.last + 1).some((token) => coachWords.has(token.norm));
  return frame && !aboutCoachee(input, hit);
}

/**
 * The signal cues the mechanisms set aside, for the learned layer: frames of an opinion not about the coachee, an
 * ask of the coach in the coach's own line or quotation ("Me: What would you like …?") or with the coach asking
 * ("Ik vroeg me af of …": wondering), the coach's behaviour judged through a pointer ("Misschien is dat te
 * sturend", rule 29), advice that proposes joint work ("I suggested we look at it together", rule 32), worrying
 * taken for making sure ("maak me zorgen dat") and wishes of the session itself (rule 36), and a pattern or silence
 * broken through taken for a blockage (rule 35).
 */
export function asideCues(
  input: Pick<SignalInput, 'tokens' | 'personAt' | 'actorAt' | 'speaker' | 'quoted' | 'valence'>,
  hits: readonly Hit[],
): ReadonlySet<Hit> {
  // Most sentences have neither: one empty set for them all, none made per sentence.
  const judged = (hit: Hit): boolean => behaviourClasses.has(hit.cls) && judgedByPointer(input.tokens, hit);
  const joint = (hit: Hit): boolean =>
    (hit.cls === 'expert-role' || hit.cls === 'advice') && jointProposal(input.tokens, hit);
  const worry = (hit: Hit): boolean =>
    hit.cls === 'outcome-responsibility' &&
    (worried(input.tokens, hit) || wantsOfSession(input.tokens, hit) || courtesyWish(input.tokens, hit));
  const pattern = (hit: Hit): boolean => hit.cls === 'resistance-framing' && patternBroken(input.tokens, hit);
  if (
    !hits.some(
      (hit) =>
        hit.cls === 'interpretation' ||
        hit.cls === 'expert-ask' ||
        judged(hit) ||
        joint(hit) ||
        worry(hit) ||
        pattern(hit),
    )
  )
    return noCues;
  return new Set(
    hits.filter(
      (hit) =>
        (hit.cls === 'interpretation' && frameAside(input, hit)) ||
        (hit.cls === 'expert-ask' && (coachSpeaks(input, hit) || input.actorAt(hit.first) === 'coach')) ||
        judged(hit) ||
        joint(hit) ||
        worry(hit) ||
        pattern(hit),
    ),
  );
}

/** The coach speaks the cue: the sentence is the coach's dialogue line, or the cue stands in the coach's quotation. */
export function coachSpeaks(input: Pick<SignalInput, 'speaker' | 'quoted'>, hit: Hit): boolean {
  return input.speaker === 'coach' && (input.quoted.size === 0 || input.quoted.has(hit.first));
}

const noCues: ReadonlySet<Hit> = new Set();

function aboutCoachee(input: Pick<SignalInput, 'tokens' | 'personAt' | 'actorAt' | 'valence'>, hit: Hit): boolean {
  // A frame that labels a note ("My take:", "Mijn indruk:") frames a description of the coachee.
  if (input.tokens[hit.last]!.after.includes(':')) return true;
  // Put after or inside what it frames ("She is, I think, a rescuer"): the person acting in its clause.
  if (input.actorAt(hit.first) === 'coachee') return true;
  // Closing the sentence after a comma ("Hij wil niet veranderen, denk ik"): what the clause before it says.
  const closes = hit.last === input.tokens.length - 1 && /,/u.test(input.tokens[hit.first - 1]?.after ?? '');
  if (closes) return firstNamedBefore(input, hit.first) === 'coachee';
  // Thinking of or about someone ("denk ik aan haar moeder", "I think about her") frames no opinion.
  if (prepositions.has(input.tokens[hit.last + 1]?.norm ?? '')) return false;
  // Else the first person named after it: the coachee, unless the coach comes first ("whether I had pushed her").
  let first: 'coach' | 'coachee' | 'other' | null = null;
  for (let at = hit.last + 1; at < input.tokens.length; at++) {
    const person = input.personAt(at);
    first ??= person;
    if (person === 'coachee' && first !== 'coach') return true;
  }
  // Naming nobody, a feeling or state it says plays a part ("I think guilt plays a big role") is the coachee's.
  return (
    first === null && input.valence.some((v) => v.first > hit.last && (v.cls === 'feeling' || isFeelingState(v.term)))
  );
}

// A Dutch past participle: "gegaan", "gestopt", and without "ge-" after a prefix: "begonnen", "verteld".
const participle = /^(?:ge|be|ver|ont|her|er)\p{L}{2,}(?:d|t|en)$/u;

/**
 * "... en is gewoon begonnen met de vraag": a label cue of a copula ("is gewoon", "is simply") that a past
 * participle follows is a perfect tense, what she did, not what the coach says she is (rule 33).
 */
export function perfectNotLabel(input: Pick<SignalInput, 'tokens'>, hit: Hit): boolean {
  return participle.test(input.tokens[hit.last + 1]?.norm ?? '');
}

/**
 * "He laughed about his own perfectionism", "lachte om zijn eigen perfectionisme": a label named as the coachee's own
 * is how she sees herself, no reading of the coach's (rule 33: not the coachee's own words).
 */
export function ownLabel(input: Pick<SignalInput, 'tokens' | 'personAt'>, hit: Hit): boolean {
  return ownMarkers.has(input.tokens[hit.first - 1]?.norm ?? '') && input.personAt(hit.first - 2) === 'coachee';
}

/**
 * "He is afraid that his manager will think he is lazy", "She says she is lazy": a label in what the coachee or
 * someone else says or thinks is their view reported, no reading of the coach's (rule 33).
 */
export function othersView(input: Pick<SignalInput, 'tokens' | 'personAt'>, hit: Hit): boolean {
  for (let t = hit.first - 1; t >= 0; t--) {
    if (/[.;:!?]/u.test(input.tokens[t]!.after)) return false;
    if (!reportingVerbs.has(input.tokens[t]!.norm)) continue;
    const speaker = lastNamedBefore(input, t);
    return speaker === 'coachee' || speaker === 'other';
  }
  return false;
}

/** "Ik maak me zorgen dat …": "zorgen" after a reflexive pronoun is worrying about her, not making sure of a result. */
export function worried(tokens: readonly { norm: string }[], hit: Hit): boolean {
  return reflexivePronouns.has(tokens[hit.first - 1]?.norm ?? '') && tokens[hit.first]!.norm.startsWith('zorg');
}
const ownMarkers = functionWords.ownMarkers;

const timeSpans = functionWords.timeSpans;
// A compound that ends in one names one too: "werkdag", "workweek"; not "uur", "uren", which end "cultuur", "figuren".
const spanEnds = [...timeSpans].filter((span) => span.length >= 3 && span !== 'uur' && span !== 'uren');

/**
 * "a typical working day", "een typische werkweek": a word of the typical before a span of time describes an ordinary
 * one, no label put on the coachee (rule 33).
 */
export function ordinaryCase(input: Pick<SignalInput, 'tokens'>, hit: Hit): boolean {
  if (hit.first !== hit.last) return false;
  return [hit.last + 1, hit.last + 2].some((t) => {
    const norm = input.tokens[t]?.norm ?? '';
    return timeSpans.has(norm) || spanEnds.some((span) => norm.endsWith(span));
  });
}
