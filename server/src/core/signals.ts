import { deliveredProducts } from './deliverables';
import { conditionAt } from './if-then';
import { noHits, type Hit } from './matcher';
import type { Reason, SignalName } from './types';
import type { Token } from './words';
import { functionWords } from '../lexicons';
import { behaviourClasses, judgedByPointer, negated, pointsBack } from './signal-guards';
import { othersInfinitive } from './infinitive-subjects';
import { refrainsIn } from './refrains';

/** What the signal rules need to know about a labelled sentence. */
export interface SignalInput {
  text: string;
  tokens: readonly Token[];
  /** Hits of the signal lexicon. */
  hits: readonly Hit[];
  /** The valence lexicon's hits: a feeling or state named in what a frame says tells whose it is. */
  valence: readonly Hit[];
  /** Negation hits (negator, no-longer) of the focus lexicon. */
  negations: readonly Hit[];
  /** Where clauses open by a conjunction (subordinators): a question an ask asks starts there. */
  opens: readonly Hit[];
  /** The person acting in the clause of a token: the coach, the coachee, or someone else. */
  actorAt: (token: number) => 'coach' | 'coachee' | 'other';
  /** The person a token itself names (a pronoun, a name, "de cliënt", "her manager"), or null for any other word. */
  personAt: (token: number) => 'coach' | 'coachee' | 'other' | null;
  quoted: ReadonlySet<number>;
  /** Who speaks the sentence's quotations (see speakerOf). */
  speaker: 'coach' | 'coachee' | 'other';
  focus: 'coach' | 'coachee' | 'neutral';
  /** The sentence opens with an imperative: the coach telling someone what to do. */
  imperative: boolean;
  /**
   * The report or the sentence speaks to the coachee ("je", "you"), or the sentence follows an announcement ("tips:").
   */
  addressed: boolean;
  /** An item of a list of tips: the item is the coach's advice whatever its form (rules 29, 32). */
  adviceItem: boolean;
  /** A sentence under a heading of the coach's interpretations: about the coachee, it is one (rule 33). */
  interpretationItem: boolean;
}

/** What a signal's decision reads of a sentence, with the tests every signal shares (rules 29-36). */
export interface SignalContext {
  input: SignalInput;
  /** Whether the sentence has a hit of the signal-lexicon class. */
  any(cls: string): boolean;
  /** The hits of a class that tell the behaviour: not quoted, not negated, not pointing back at it. */
  cues(cls: string): Hit[];
  /** The coach acts in the cue's clause, or the sentence is about the coach. */
  byCoach(hit: Hit): boolean;
  /** The coach acts in the cue's clause, or a note without a subject is the coach's. */
  coachActs(hit: Hit): boolean;
  /** A cue that names the coach in its own words ("mostly me", "kept me awake"). */
  firstPerson(hit: Hit): boolean;
  /** An act the coach only weighs ("of ik al iets moest aanreiken", "whether to give her tips"): not done. */
  weighed(hit: Hit): boolean;
  /** The coach noticing an urge and refraining, or resolving to stop, is not the behaviour (rule 29). */
  refrains: boolean;
  /** An imperative that speaks to the coachee, or an item of a list of tips: its first word (rules 26, 32). */
  imperative: string[];
  /** Ready-made products the coach delivered ("herschreef haar cv", "built the forecast for him"; rule 32). */
  delivered: Hit[];
}

/** A signal's decision: the cues that tell it in a sentence, and words of its own that name it, or null. */
export interface SignalDecider {
  signal: SignalName;
  decide(context: SignalContext): { hits: readonly Hit[]; extra?: readonly string[] } | null;
}

/** Decides the sentence's signals, each with the words that fired it, by each signal rule's decision. */
export function decideSignals(
  input: SignalInput,
  deciders: readonly SignalDecider[],
): Partial<Record<SignalName, Reason>> {
  const found: Partial<Record<SignalName, Reason>> = {};
  // Without a cue word only an imperative addressed to the coachee can signal: most sentences end here.
  if (
    input.hits.length === 0 &&
    !(input.imperative && input.addressed) &&
    !input.adviceItem &&
    !input.interpretationItem &&
    conditionAt(input.tokens) < 0
  )
    return found;
  const context = signalContext(input);
  const span = (first: number, last: number): string =>
    input.text.slice(input.tokens[first]!.at, input.tokens[last]!.at + input.tokens[last]!.norm.length);
  // A term with a gap ("bel ... om te vragen of je") is named by its own words, not by all it spans.
  const text = (hit: Hit): string => {
    const ends = gapEnds(hit);
    if (!ends) return span(hit.first, hit.last);
    return `${span(hit.first, hit.first + ends.head - 1)} … ${span(hit.last - ends.tail + 1, hit.last)}`;
  };
  for (const { signal, decide } of deciders) {
    const decided = decide(context);
    if (!decided) continue;
    const words = [...decided.hits.map(text), ...(decided.extra ?? [])];
    // Overlapping cues ("moet ervoor zorgen dat", "ervoor zorgen dat") are named once, by the longest.
    const unique = [...new Set(words)];
    const named = unique.filter((word) => !unique.some((other) => other !== word && other.includes(word)));
    if (named.length > 0) found[signal] = { rule: signal, words: named };
  }
  return found;
}

function signalContext(input: SignalInput): SignalContext {
  const any = (cls: string): boolean => input.hits.some((hit) => hit.cls === cls);
  // Most classes have no hit in a sentence: those return one shared empty list rather than a new one.
  const cues = (cls: string): Hit[] =>
    any(cls)
      ? input.hits.filter(
          (hit) =>
            hit.cls === cls &&
            !input.quoted.has(hit.first) &&
            !negated(input, hit) &&
            !(
              behaviourClasses.has(cls) &&
              (pointsBack(input.tokens, hit) || judgedByPointer(input.tokens, hit) || othersInfinitive(input, hit))
            ),
        )
      : noHits;
  // Weighed after "whether"/"of", or inside the coach's hindsight right before it ("ik had misschien beter eerst …").
  const weighed = (hit: Hit): boolean =>
    input.opens.some(
      (o) =>
        o.last < hit.first &&
        weighingOpeners.has(input.tokens[o.first]!.norm) &&
        !input.tokens.slice(o.last, hit.first).some((t) => /[,;:.]/u.test(t.after)),
    ) || input.hits.some((h) => h.cls === 'intervention-focus' && h.first < hit.first && h.last >= hit.first - 1);
  // An imperative is a tip only when it speaks to the coachee; otherwise it is a note to self (rule 26).
  const imperative =
    (input.imperative && input.addressed) || (input.adviceItem && input.tokens.length > 0)
      ? [input.tokens[0]!.norm]
      : [];
  // In a tip to the coachee what it names is hers to do ("Read up on situational leadership"), not the coach's act.
  const coachActs = (hit: Hit): boolean =>
    imperative.length === 0 &&
    (input.actorAt(hit.first) === 'coach' || (input.actorAt(hit.first) === 'other' && input.focus === 'coach'));
  return {
    input,
    any,
    cues,
    byCoach: (hit) => input.actorAt(hit.first) === 'coach' || input.focus === 'coach',
    coachActs,
    firstPerson: (hit) => ownTokens(input.tokens, hit).some((t) => coachPronouns.has(t.norm)),
    weighed,
    refrains: refrainsIn(input.hits, input.actorAt, input.tokens),
    imperative,
    delivered: delivered(input, coachActs),
  };
}

/**
 * The tokens a cue is written with, not those its gap skips: "rang … to ask" in "Her manager rang me on Monday to
 * ask" does not name the coach.
 */
function ownTokens(tokens: readonly Token[], hit: Hit): readonly Token[] {
  const span = tokens.slice(hit.first, hit.last + 1);
  const ends = gapEnds(hit);
  return ends ? [...span.slice(0, ends.head), ...span.slice(span.length - ends.tail)] : span;
}

/** How many words a term with a gap ("bel ... om te vragen") has before and after it, where a gap was skipped. */
function gapEnds(hit: Hit): { head: number; tail: number } | null {
  const segments = hit.term.split(/\s*(?:\.\.\.|…)\s*/u).filter((segment) => segment !== '');
  if (segments.length < 2) return null;
  const head = segments[0]!.split(/\s+/u).length;
  const tail = segments[segments.length - 1]!.split(/\s+/u).length;
  return head + tail >= hit.last - hit.first + 1 ? null : { head, tail };
}

/** The products the coach made (rule 32), the coach named as their maker in the clause or before the verb. */
function delivered(input: SignalInput, coachActs: (hit: Hit) => boolean): Hit[] {
  // A subjectless clause of the coach's sentence is the coach's making too ("... and built the forecast for him"),
  // but not an infinitive: "asked her to send the plan" hands the task to the coachee.
  // Handed on only by a verb that hands it ("asked her to send"), not after one that commits the coach ("promised to
  // send her a template"); after the coach's own act it is the coach's purpose ("stayed after school to make …").
  const verbBefore = (hit: Hit, verbs: ReadonlySet<string>): boolean =>
    input.tokens.slice(Math.max(0, hit.first - 6), hit.first - 1).some((token) => verbs.has(token.norm));
  const infinitive = (hit: Hit): boolean =>
    toInfinitive.has(input.tokens[hit.first - 1]?.norm ?? '') &&
    !verbBefore(hit, commitmentVerbs) &&
    verbBefore(hit, handingVerbs);
  // The pronoun right before a verb is its subject, also in a clause without a relative pronoun
  // ("the application I redrafted", "the plan I had drafted for her", "the CV she sent me").
  const subjectBefore = (hit: Hit): 'coach' | 'other' | null => {
    const near = [1, 2]
      .map((back) => input.tokens[hit.first - back]?.norm ?? '')
      .find((word) => coachSubjects.has(word) || otherSubjects.has(word));
    return near === undefined ? null : coachSubjects.has(near) ? 'coach' : 'other';
  };
  const madeByCoach = (hit: Hit): boolean => {
    const subject = subjectBefore(hit);
    return (
      subject === 'coach' ||
      (subject === null && (input.actorAt(hit.first) === 'coach' || (coachActs(hit) && !infinitive(hit))))
    );
  };
  return deliveredProducts(
    input.hits,
    input.tokens,
    (hit) => !input.quoted.has(hit.first) && !negated(input, hit),
    madeByCoach,
  );
}

const coachPronouns = functionWords.coachPronouns;
const weighingOpeners = functionWords.weighingOpeners;
const coachSubjects = functionWords.coachSubjectPronouns;
const otherSubjects = functionWords.otherSubjectPronouns;
const toInfinitive = functionWords.toInfinitive;
const commitmentVerbs = functionWords.commitmentVerbs;
const handingVerbs = functionWords.handingVerbs;
