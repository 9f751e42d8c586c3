import { withoutBlockedTime, withoutNounReadings, withoutParticiples, withoutServiceNames } from './homographs';
import { withoutDegreeQuantities } from './degree-quantities';
import { splitClauses } from '../clauses';
import { noHits, type Hit } from '../matcher';
import type { Focus, Reason, SignalName, Valence } from '../types';
import { decideSignals } from '../signals';
import { refrainsIn } from '../refrains';
import { tokenize } from '../words';
import { sentenceFeatures, type Features } from '../learned/features';
import { neutralByKind } from '../logistics';
import { genericSubject, speakerOfLine } from '../speech';
import { decideFocus } from './focus';
import { quotedTokens, speakerOf } from './quotes';
import { longestOnly, opensMainClause, words, type LabelContext, type Parsed } from './parsed';
import { decidedByNegation, decideValence } from './valence';
import { tableRowActor } from './table-row';
import { actorAtOf, personAtOf } from './persons-at';
import { asideCues } from '../aside-cues';
import { askedAbout, endsAsQuestion, isCoachQuestion } from './coach-question';
import { courtesyWish, greetingOnly, opensWithRemark, sendsOnly } from './sign-offs';
import { toolsBrought, withoutToolOffers } from './tools-brought';
import { guessedStates, withGuesses } from './guesses';
import { suggestionRule, withoutSuggestionWords } from './suggestions';
import { coacheesAsk } from './coachee-asks';
import { interpretationLabel } from './learning-label';
import { onlyPointedAt } from './pointed-at';

export type { LabelContext, Matchers } from './parsed';

/** A sentence's labels and the reasons behind them. */
export interface Labels {
  valence: Valence;
  focus: Focus;
  signals: SignalName[];
  why: { valence: Reason; focus: Reason; signals: Partial<Record<SignalName, Reason>> };
  /** Models, exercises and tools the coach brings in this sentence: a run of them is working hard. */
  tools: string[];
  /** What the learned layer reads of the sentence (core/learned). */
  features: Features;
}

const noTokens: ReadonlySet<number> = new Set();
// A suggestion that opens a sentence is a tip as an imperative is (rule 26).
const tipRules: ReadonlySet<string> = new Set(['imperative', suggestionRule]);

/** Labels one sentence: valence, focus and signals, each with the words that decided it. */
export function labelSentence(text: string, context: LabelContext): Labels {
  const tokens = tokenize(text, context.language);
  const focusHits = withoutServiceNames(tokens, withoutDegreeQuantities(tokens, context.matchers.focus.find(tokens)));
  const parsed: Parsed = {
    text,
    tokens,
    valence: longestOnly(context.matchers.valence.find(tokens)),
    focus: focusHits,
    signals: withoutServiceNames(tokens, context.matchers.signals.find(tokens)),
    clauses: splitClauses(tokens, (cls) =>
      focusHits.some((hit) => hit.cls === cls) ? focusHits.filter((hit) => hit.cls === cls) : noHits,
    ),
    quoted: quotedTokens(text, tokens, focusHits),
    speaker: 'coachee',
    adviceItem: context.adviceItem === true && !endsAsQuestion(text),
    interpretationItem:
      (context.interpretationItem === true || interpretationLabel(tokens, text)) && !endsAsQuestion(text),
    ownNote: context.ownNote === true,
  };
  const cleaned = <H extends Hit>(hits: H[]): H[] => withoutSuggestionWords(parsed, withoutBlockedTime(parsed, hits));
  parsed.valence = cleaned(withoutNounReadings(tokens, withoutParticiples(parsed, parsed.valence)));
  parsed.signals = withoutToolOffers(parsed, cleaned(withGuesses(parsed.signals, guessedStates(parsed))));
  // A dialogue line belongs to the speaker its label names: the coachee's words are a quotation.
  const line = speakerOfLine(tokens, focusHits, context.names, context.lineSpeaker, context.letters);
  if (line?.person === 'coachee') parsed.quoted = new Set(tokens.map((_, i) => i).filter((i) => i > line.last));
  parsed.speaker = line?.person ?? speakerOf(parsed);
  // A block quote in the first person, without marks of its own, is the coachee's words (rule 27).
  const blockQuoted = !line && context.quoteBlock === true && parsed.quoted.size === 0;
  if (blockQuoted) {
    parsed.quoted = new Set(tokens.map((_, i) => i));
    parsed.speaker = 'coachee';
  }
  const generic = line ? null : genericSubject(focusHits, tokens);
  const focus = decideFocus(parsed, context);
  const asked = line?.person === 'coach' ? askedAbout(parsed, focus.effective, line.last) : null;
  if (line) {
    focus.focus = line.person;
    focus.reason = { rule: line.rule, words: line.label ? [line.label] : [] };
  } else if (blockQuoted) {
    focus.focus = 'coachee';
    focus.reason = { rule: 'the coachee’s words in a block quote', words: [] };
    focus.effective = focus.effective.map((p) => (p === 'coach' ? 'coachee' : p));
  } else if (generic) {
    focus.focus = generic.own ? 'coach' : 'neutral';
    focus.reason = {
      rule: generic.own ? 'the coach’s view on coaching' : 'a remark about coaching in general',
      words: [words(parsed, generic.hit)],
    };
  }
  const valence = decideValence(
    parsed,
    context,
    focus.effective,
    asked ?? (line || blockQuoted || generic ? focus.focus : (focus.beforeColonRule ?? focus.focus)),
  );
  const actorAt = actorAtOf(parsed, focus.effective);
  const personAt = personAtOf(parsed, context.names);
  const speaker = parsed.speaker === 'coach' ? 'coach' : parsed.speaker === 'coachee' ? 'coachee' : 'other';
  const negations = parsed.focus.filter((hit) => hit.cls === 'negator' || hit.cls === 'no-longer');
  const opens = parsed.focus.filter((hit) => hit.cls === 'subordinator');
  const signals = decideSignals(
    {
      text,
      tokens,
      hits: parsed.signals,
      valence: parsed.valence,
      negations,
      opens,
      actorAt,
      personAt,
      quoted: parsed.quoted,
      speaker,
      focus: focus.focus,
      imperative: tipRules.has(focus.reason.rule) && !opensWithRemark(focusHits),
      adviceItem: parsed.adviceItem,
      interpretationItem: parsed.interpretationItem,
      addressed:
        context.perspective === 'addressed' ||
        context.afterColon === true ||
        parsed.focus.some((hit) => hit.cls === 'addressee' && !parsed.quoted.has(hit.first)),
    },
    context.signals,
  );
  // A table row is the person's its cells name, or nobody's (rules 25, 37).
  const row = line ? undefined : tableRowActor(text, focusHits, tokens, context.names);
  if (row) {
    const { actor } = row;
    // No cell names anyone: a row that names nobody in its words either, and no problem or strength, is nobody's;
    // its verb is a task, not the coach speaking ("Confirm dates for sessions 2 to 6 | ASAP").
    const unnamed = focus.reason.rule === 'note about the coachee' || focus.reason.rule === 'imperative';
    const nobody = actor === null && unnamed && valence.valence === 'neutral';
    const rowFocus: Focus =
      actor === 'coach' || actor === 'coachee' ? actor : actor === 'shared' || nobody ? 'neutral' : focus.focus;
    if (rowFocus !== focus.focus) focus.reason = { rule: 'table row', words: row.cells };
    focus.focus = rowFocus;
  } else if (!line && !generic && focus.focus !== 'coach' && isCoachQuestion(text, parsed.quoted.size)) {
    // A question written into the report, unquoted and unreported, is the coach asking (rule 26 by analogy).
    focus.focus = 'coach';
    focus.reason = { rule: 'the coach’s question', words: [words(parsed, { first: 0, last: 0 })] };
  }
  // A greeting, sign-off or courtesy wish ("Thank you.", "Good luck!") is neutral by kind, signals nothing (rule 6).
  if (greetingOnly(parsed, focus.reason.rule) || courtesyWish(parsed)) {
    focus.focus = 'neutral';
    for (const name of Object.keys(signals) as SignalName[]) delete signals[name];
    valence.valence = 'neutral';
    valence.reason = { rule: 'greeting or sign-off', words: focus.reason.words };
  }
  // "Hierbij stuur ik je het verslag van ons gesprek": sending the report itself delivers nothing (rules 6, 32).
  if (signals['expert-role'] && focusHits.some((hit) => hit.cls === 'report-remark') && sendsOnly(parsed))
    delete signals['expert-role'];
  // A sign-off with a name, a line of logistics: neutral by kind as well (rule 6).
  const byKind =
    line || generic
      ? null
      : neutralByKind(
          text,
          tokens,
          focusHits,
          { neutral: valence.valence === 'neutral', signals: Object.keys(signals).length > 0 },
          (hit) => words(parsed, hit),
          (hit) => opensMainClause(parsed, hit),
          context.names,
        );
  if (byKind) {
    for (const name of Object.keys(signals) as SignalName[]) delete signals[name];
    valence.valence = 'neutral';
    valence.reason = { rule: byKind.rule, words: byKind.words };
    focus.focus = 'neutral';
    focus.reason = { rule: byKind.rule, words: byKind.words };
  }
  // A remark about coaching in general is about nobody's matter and signals nothing; the coach's own view on coaching
  // ("Good coaching is mostly listening, and I was mostly planning") tells no strength or problem either (rules 4, 8).
  if (generic) {
    if (!generic.own) for (const name of Object.keys(signals) as SignalName[]) delete signals[name];
    valence.valence = 'neutral';
    valence.reason = { rule: focus.reason.rule, words: [words(parsed, generic.hit)] };
  }
  // The coachee's not going along, framed as a wall ("digging his heels in", "blokkeert"), tells a problem
  // of theirs, also in the coach's sentence (rules 8, 35): a neutral sentence is weakness with it.
  if (signals['resistance-framing'] && valence.valence === 'neutral' && !onlyPointedAt(parsed)) {
    valence.valence = 'weakness';
    valence.reason = { rule: 'resistance framed as a wall', words: signals['resistance-framing'].words };
  }
  const refrained = refrainsIn(parsed.signals, actorAt, parsed.tokens);
  const ask = coacheesAsk(parsed, signals, actorAt, { negations, opens, refrained, focus: focus.focus });
  if (ask.words && valence.valence !== 'weakness' && !valence.reason.rule.startsWith('clause after')) {
    valence.valence = 'weakness';
    valence.reason = { rule: 'the coachee asks the coach what to do', words: ask.words };
  }
  // Praise and thanks for the coach are neutral, whatever else they reveal (rule 16), but not beside an
  // outright ask of the coach (rule 15; "jij weet hoe het werkt" alone is praise).
  if (signals.appreciation && !(ask.words && ask.outright)) {
    valence.valence = 'neutral';
    valence.reason = { rule: 'praise for the coach', words: signals.appreciation.words };
  }
  const signalNames = Object.keys(signals) as SignalName[];
  const features = sentenceFeatures({
    language: context.language,
    text,
    tokens,
    valenceHits: parsed.valence,
    focusHits: parsed.focus,
    signalHits: parsed.signals,
    clauses: parsed.clauses,
    persons: focus.effective,
    quoted: parsed.quoted.size > 0,
    // The coach's own quotation is the coach's words: its cues count as the coach's acts.
    quotedTokens: parsed.speaker === 'coach' ? noTokens : parsed.quoted,
    asideCues: asideCues(
      { tokens, personAt, actorAt, speaker, quoted: parsed.quoted, valence: parsed.valence },
      parsed.signals,
    ),
    perspective: context.perspective,
    rules: {
      valence: valence.valence,
      focus: focus.focus,
      signals: signalNames,
      valenceRule: valence.reason.rule,
      focusRule: focus.reason.rule,
      valenceNegated: decidedByNegation(valence.reason),
    },
  });
  return {
    valence: valence.valence,
    focus: focus.focus,
    signals: signalNames,
    why: { valence: valence.reason, focus: focus.reason, signals },
    tools: toolsBrought(parsed, focus.focus, signals, refrained),
    features,
  };
}
