import { deliveredProducts, homeworkDone } from './deliverables';
import { conditionAt, ifThenPlan } from './if-then';
import { noHits, type Hit } from './matcher';
import type { Reason, SignalName } from './types';
import type { Token } from './words';
import { functionWords } from '../lexicons';
import { opensWithWritersThanks } from './writers-thanks';
import { askDenied, behaviourClasses, isGrounded, negated, pointsBack, refrainsIn } from './signal-guards';

/** What the signal rules need to know about a labelled sentence. */
export interface SignalInput {
  text: string;
  tokens: readonly Token[];
  /** Hits of the signal lexicon. */
  hits: readonly Hit[];
  /** Negation hits (negator, no-longer) of the focus lexicon. */
  negations: readonly Hit[];
  /** Where clauses open by a conjunction (subordinators): a question an ask asks starts there. */
  opens: readonly Hit[];
  /** The person acting in the clause of a token: the coach, the coachee, or someone else. */
  actorAt: (token: number) => 'coach' | 'coachee' | 'other';
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
}

/** Decides the sentence's signals, each with the words that fired it (labelling rules 29-36). */
export function decideSignals(input: SignalInput): Partial<Record<SignalName, Reason>> {
  const found: Partial<Record<SignalName, Reason>> = {};
  // Without a cue word only an imperative addressed to the coachee can signal: most sentences end here.
  if (
    input.hits.length === 0 &&
    !(input.imperative && input.addressed) &&
    !input.adviceItem &&
    conditionAt(input.tokens) < 0
  )
    return found;
  const any = (cls: string): boolean => input.hits.some((hit) => hit.cls === cls);
  // Most classes have no hit in a sentence: those return one shared empty list rather than a new one.
  const cues = (cls: string): Hit[] =>
    any(cls)
      ? input.hits.filter(
          (hit) =>
            hit.cls === cls &&
            !input.quoted.has(hit.first) &&
            !negated(input, hit) &&
            !(behaviourClasses.has(cls) && pointsBack(input.tokens, hit)),
        )
      : noHits;
  const span = (first: number, last: number): string =>
    input.text.slice(input.tokens[first]!.at, input.tokens[last]!.at + input.tokens[last]!.norm.length);
  // A term with a gap ("bel ... om te vragen of je") is named by its own words, not by all it spans.
  const text = (hit: Hit): string => {
    const segments = hit.term.split(/\s*(?:\.\.\.|…)\s*/u).filter((segment) => segment !== '');
    if (segments.length < 2) return span(hit.first, hit.last);
    const head = segments[0]!.split(/\s+/u).length;
    const tail = segments[segments.length - 1]!.split(/\s+/u).length;
    if (head + tail >= hit.last - hit.first + 1) return span(hit.first, hit.last);
    return `${span(hit.first, hit.first + head - 1)} … ${span(hit.last - tail + 1, hit.last)}`;
  };
  const byCoach = (hit: Hit): boolean => input.actorAt(hit.first) === 'coach' || input.focus === 'coach';
  // The coach's own behaviour: the coach acts in the cue's clause, or a note without a subject is the coach's.
  const coachActs = (hit: Hit): boolean =>
    input.actorAt(hit.first) === 'coach' || (input.actorAt(hit.first) === 'other' && input.focus === 'coach');
  const firstPerson = (hit: Hit): boolean =>
    input.tokens.slice(hit.first, hit.last + 1).some((t) => coachPronouns.has(t.norm));
  const add = (name: SignalName, hits: Hit[], extra: string[] = []): void => {
    const words = [...hits.map(text), ...extra];
    // Overlapping cues ("moet ervoor zorgen dat", "ervoor zorgen dat") are named once, by the longest.
    const unique = [...new Set(words)];
    const named = unique.filter((word) => !unique.some((other) => other !== word && other.includes(word)));
    if (named.length > 0) found[name] = { rule: name, words: named };
  };
  // The coach noticing an urge and refraining, or resolving to stop, is not the behaviour (rule 29).
  const refrains = refrainsIn(input.hits, input.actorAt);

  // An offer told from the coachee's side ("Hij mag me altijd bellen") names the coach in its own words.
  // An act the coach only weighs ("of ik al iets moest aanreiken", "whether to give her tips") was not done.
  const weighed = (hit: Hit): boolean =>
    input.opens.some(
      (o) =>
        o.last < hit.first &&
        weighingOpeners.has(input.tokens[o.first]!.norm) &&
        !input.tokens.slice(o.last, hit.first).some((t) => /[,;:.]/u.test(t.after)),
    );
  const giving = cues('expert-role').filter((hit) => (byCoach(hit) || firstPerson(hit)) && !weighed(hit));
  const asking = cues('expert-ask').filter(
    (hit) => input.actorAt(hit.first) === 'coachee' && !askDenied(input.negations, hit, input.opens),
  );
  // The coachee asking in their own words ("Wat zou jij doen?", "Just tell me"): only inside their quotation (rule 32).
  const askedInQuote =
    input.speaker === 'coachee' && any('asks-in-quote')
      ? input.hits.filter((hit) => hit.cls === 'asks-in-quote' && input.quoted.has(hit.first) && !negated(input, hit))
      : noHits;
  // An imperative is a tip only when it speaks to the coachee; otherwise it is a note to self (rule 26).
  const imperative =
    (input.imperative && input.addressed) || (input.adviceItem && input.tokens.length > 0)
      ? [input.tokens[0]!.norm]
      : [];
  // A subjectless clause of the coach's sentence is the coach's making too ("... and built the forecast for him"),
  // but not an infinitive: "asked her to send the plan" hands the task to the coachee.
  const infinitive = (hit: Hit): boolean => toInfinitive.has(input.tokens[hit.first - 1]?.norm ?? '');
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
  const delivered = deliveredProducts(
    input.hits,
    input.tokens,
    (hit) => !input.quoted.has(hit.first) && !negated(input, hit),
    madeByCoach,
  );
  if (!refrains) add('expert-role', [...giving, ...asking, ...askedInQuote, ...delivered], imperative);

  const grounded = isGrounded(input);
  const announcesOnly = /:\s*$/u.test(input.text);
  const advice = cues('advice').filter((hit) => byCoach(hit) && !weighed(hit));
  const interpretation = cues('interpretation').filter((hit) => input.focus !== 'neutral' || byCoach(hit));
  if (!grounded && !announcesOnly && input.quoted.size < input.tokens.length / 2) {
    add(
      'ungrounded-interpretation',
      refrains ? interpretation : [...advice, ...interpretation],
      refrains ? [] : imperative,
    );
  }

  // A cue that names the coach in its own words ("mostly me", "kept me awake") is the coach's, whoever the subject.
  if (!refrains)
    add('working-hard', [
      ...cues('working-hard').filter((hit) => (coachActs(hit) || firstPerson(hit)) && !weighed(hit)),
      ...homeworkDone(delivered, input.hits),
    ]);
  if (!refrains)
    add(
      'intervention-focus',
      cues('intervention-focus').filter(
        (hit) => coachActs(hit) || (input.focus === 'coach' && input.actorAt(hit.first) !== 'coachee'),
      ),
      ifThenPlan(input),
    );

  // "Dank je wel voor het fijne gesprek", "Thank you for a great session": the writer's thanks, and praise.
  // "Op de vraag wat haar heeft geholpen": help asked about is no praise (rule 35).
  // The clause the cue stands in is the last one opened before it, with no stop between.
  const asked = (hit: Hit): boolean => {
    const open = input.opens.filter((o) => o.last < hit.first).at(-1);
    return (
      open !== undefined &&
      interrogatives.has(input.tokens[open.first]!.norm) &&
      !input.tokens.slice(open.last, hit.first).some((t) => /[,;:.!?]/u.test(t.after))
    );
  };
  const praise = opensWithWritersThanks(input.tokens, input.quoted)
    ? noHits
    : input.hits.filter((hit) => hit.cls === 'appreciation' && !asked(hit));
  const praised = input.hits.some((hit) => hit.cls === 'appreciation-object');
  if (praise.length > 0 && praised && !any('credit') && input.focus !== 'coach') add('appreciation', praise);

  if (!any('explore'))
    add(
      'resistance-framing',
      cues('resistance-framing').filter(
        (hit) => input.actorAt(hit.first) !== 'coach' || input.focus !== 'coach' || any('interpretation'),
      ),
    );

  if (!any('process'))
    add(
      'outcome-responsibility',
      cues('outcome-responsibility').filter((hit) => byCoach(hit) || firstPerson(hit)),
    );
  return found;
}

const coachPronouns = functionWords.coachPronouns;
const interrogatives = functionWords.interrogatives;
const weighingOpeners = functionWords.weighingOpeners;
const coachSubjects = functionWords.coachSubjectPronouns;
const otherSubjects = functionWords.otherSubjectPronouns;
const toInfinitive = functionWords.toInfinitive;
