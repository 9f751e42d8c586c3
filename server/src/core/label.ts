import type { Clause } from './clauses';
import { splitClauses } from './clauses';
import { noHits, type Hit, type Matcher } from './matcher';
import type { Focus, Language, Perspective, Reason, SignalName, Valence } from './types';
import { polarity } from './polarity';
import { decideSignals } from './signals';
import { tokenize, type Token } from './words';
import { sentenceFeatures, type Features } from './learned/features';
import { neutralByKind } from './logistics';
import { genericSubject, singleQuoteSpans, speakerOfLine } from './speech';

/** The matchers of one language: valence, focus and signal lexicons. */
export interface Matchers {
  valence: Matcher;
  focus: Matcher;
  signals: Matcher;
}

/** What the labeller knows beyond the sentence itself. */
export interface LabelContext {
  language: Language;
  matchers: Matchers;
  perspective: Perspective;
  /** Lower-case names that stand for the coachee or people in their world. */
  names: ReadonlySet<string>;
  /** The sentence before this one in the report, if any. */
  previous?: string;
}

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

type Person = 'coach' | 'coachee' | 'third' | 'shared';

interface Parsed {
  text: string;
  tokens: Token[];
  valence: Hit[];
  focus: Hit[];
  signals: Hit[];
  clauses: Clause[];
  /** Token indices inside quotation marks, and who speaks them (rule 27). */
  quoted: ReadonlySet<number>;
  speaker: Person;
}

/** Labels one sentence: valence, focus and signals, each with the words that decided it. */
export function labelSentence(text: string, context: LabelContext): Labels {
  const tokens = tokenize(text, context.language);
  const focusHits = context.matchers.focus.find(tokens);
  const parsed: Parsed = {
    text,
    tokens,
    valence: longestOnly(context.matchers.valence.find(tokens)),
    focus: focusHits,
    signals: context.matchers.signals.find(tokens),
    clauses: splitClauses(tokens, (cls) => (focusHits.some((hit) => hit.cls === cls) ? focusHits.filter((hit) => hit.cls === cls) : noHits)),
    quoted: quotedTokens(text, tokens),
    speaker: 'coachee',
  };
  // A dialogue line belongs to the speaker its label names: the coachee's words are a quotation.
  const line = speakerOfLine(tokens, focusHits, context.names);
  if (line?.person === 'coachee') parsed.quoted = new Set(tokens.map((_, i) => i).filter((i) => i > line.last));
  parsed.speaker = line?.person ?? speakerOf(parsed);
  const generic = line ? null : genericSubject(focusHits, tokens);
  const focus = decideFocus(parsed, context);
  if (line) {
    focus.focus = line.person;
    focus.reason = { rule: 'speaker label', words: [line.label] };
  } else if (generic) {
    focus.focus = generic.own ? 'coach' : 'neutral';
    focus.reason = { rule: generic.own ? 'the coach’s view on coaching' : 'a remark about coaching in general', words: [words(parsed, generic.hit)] };
  }
  const valence = decideValence(parsed, context, focus.effective, focus.focus);
  const actorAt = (token: number): 'coach' | 'coachee' | 'other' => {
    const clause = parsed.clauses.findIndex((c) => token >= c.first && token <= c.last);
    const person = focus.effective[clause];
    return person === 'coach' ? 'coach' : person === 'coachee' || person === 'third' ? 'coachee' : 'other';
  };
  const signals = decideSignals({
    text,
    tokens,
    hits: parsed.signals,
    negations: parsed.focus.filter((hit) => hit.cls === 'negator' || hit.cls === 'no-longer'),
    actorAt,
    quoted: parsed.quoted,
    focus: focus.focus,
    imperative: focus.reason.rule === 'imperative',
    addressed:
      context.perspective === 'addressed' ||
      /:\s*$/u.test(context.previous ?? '') ||
      parsed.focus.some((hit) => hit.cls === 'addressee' && !parsed.quoted.has(hit.first)),
  });
  // A greeting or sign-off ("Thank you.", "Hartelijke groet,") is neutral by kind and signals nothing (rule 6).
  if (focus.reason.rule === 'salutation' && tokens.length <= 3) {
    for (const name of Object.keys(signals) as SignalName[]) delete signals[name];
    valence.valence = 'neutral';
    valence.reason = { rule: 'greeting or sign-off', words: focus.reason.words };
  }
  // A sign-off with a name, a line of logistics: neutral by kind as well (rule 6).
  const byKind = line || generic ? null : neutralByKind(text, tokens, focusHits, { neutral: valence.valence === 'neutral', signals: Object.keys(signals).length > 0 }, (hit) => words(parsed, hit));
  if (byKind) {
    for (const name of Object.keys(signals) as SignalName[]) delete signals[name];
    valence.valence = 'neutral';
    valence.reason = { rule: byKind.rule, words: byKind.words };
    focus.focus = 'neutral';
    focus.reason = { rule: byKind.rule, words: byKind.words };
  }
  // A remark about coaching in general is about nobody's matter and signals nothing.
  if (generic && !generic.own) {
    for (const name of Object.keys(signals) as SignalName[]) delete signals[name];
    valence.valence = 'neutral';
    valence.reason = { rule: 'a remark about coaching in general', words: [words(parsed, generic.hit)] };
  }
  // Praise and thanks for the coach are neutral, whatever else they reveal (rule 16).
  if (signals.appreciation) {
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
    perspective: context.perspective,
    rules: { valence: valence.valence, focus: focus.focus, signals: signalNames, valenceRule: valence.reason.rule, focusRule: focus.reason.rule },
  });
  return {
    valence: valence.valence,
    focus: focus.focus,
    signals: signalNames,
    why: { valence: valence.reason, focus: focus.reason, signals },
    tools: toolsBrought(parsed, focus.focus, signals),
    features,
  };
}

/** The models and exercises the coach actually brought in: not refrained from, planned, or advised. */
function toolsBrought(parsed: Parsed, focus: Focus, signals: Partial<Record<SignalName, Reason>>): string[] {
  const helper = (cls: string): boolean => parsed.signals.some((hit) => hit.cls === cls);
  if (focus !== 'coach' || helper('refrain') || helper('plan') || signals['expert-role'] || signals['intervention-focus']) return [];
  // "het model van de conflicttrap" is one tool, however many of its words the lexicon knows.
  const mentions: Hit[] = [];
  for (const hit of parsed.valence.filter((h) => h.cls === 'neutralizer')) {
    const previous = mentions.at(-1);
    if (previous && hit.first - previous.last <= 3) previous.last = Math.max(previous.last, hit.last);
    else mentions.push({ ...hit });
  }
  return mentions.map((hit) => words(parsed, hit));
}

function words(parsed: Parsed, hit: { first: number; last: number }): string {
  const start = parsed.tokens[hit.first]!.at;
  const lastToken = parsed.tokens[hit.last]!;
  return parsed.text.slice(start, lastToken.at + lastToken.norm.length);
}

/** Keeps, of overlapping hits of the same group, the longest ("zonder resultaat" over "resultaat"). */
function longestOnly(hits: Hit[]): Hit[] {
  const kept: Hit[] = [];
  for (const hit of hits) {
    if (hit.cls === 'feeling' || hit.cls === 'neutralizer') {
      kept.push(hit);
      continue;
    }
    const covered = kept.some((k) => k.cls !== 'feeling' && k.cls !== 'neutralizer' && k.first <= hit.first && k.last >= hit.last);
    if (!covered) kept.push(hit);
  }
  return kept;
}

function inClause(hit: Hit, clause: Clause): boolean {
  return hit.first >= clause.first && hit.first <= clause.last;
}

function has(hits: Hit[], cls: string): Hit | undefined {
  return hits.find((hit) => hit.cls === cls);
}

// ---------------------------------------------------------------- focus

interface FocusResult {
  focus: Focus;
  reason: Reason;
  /** Per clause, the person acting in it: its own subject, or for a clause without one, the clause it continues. */
  effective: (Person | null)[];
}

// What most sentences have inside quotation marks: nothing. One set for them all, never to be filled.
const noQuotes: ReadonlySet<number> = new Set();
const quotationMark = /["“„]/u;

/** The indices of tokens that stand inside quotation marks. */
function quotedTokens(text: string, tokens: readonly Token[]): ReadonlySet<number> {
  const singles = singleQuoteSpans(text);
  if (!quotationMark.test(text) && singles.length === 0) return noQuotes;
  const spans: [number, number][] = [...singles];
  const pattern = /"[^"]*"|“[^”]*”|„[^”“]*[”“]/gu;
  for (const match of text.matchAll(pattern)) spans.push([match.index, match.index + match[0].length]);
  const inside = new Set<number>();
  tokens.forEach((token, i) => {
    if (spans.some(([start, end]) => token.at > start && token.at < end)) inside.add(i);
  });
  return inside;
}

/** Who speaks a quotation: the first person outside the quotes; the coachee when none is named. */
function speakerOf(parsed: Parsed): Person {
  if (parsed.quoted.size === 0) return 'coachee';
  for (const hit of parsed.focus) {
    if (parsed.quoted.has(hit.first)) continue;
    if (hit.cls === 'coach' && parsed.tokens[hit.first]!.norm !== 'mijn' && parsed.tokens[hit.first]!.norm !== 'my') return 'coach';
    if (hit.cls === 'coachee' || hit.cls === 'addressee' || hit.cls === 'third') return 'coachee';
  }
  return 'coachee';
}

/** A passive clause names its agent, or implies one by its verb (rule 23); null when it is not passive. */
function passiveAgent(parsed: Parsed, clause: Clause): { person: Person; word: string } | null {
  const inside = (hit: Hit): boolean => hit.first >= clause.first && hit.last <= clause.last;
  const auxiliary = parsed.focus.find((hit) => hit.cls === 'passive-aux' && inside(hit));
  if (!auxiliary) return null;
  const participle = parsed.focus.find((hit) => (hit.cls === 'coach-act' || hit.cls === 'joint-act') && inside(hit) && hit.first > auxiliary.first);
  if (!participle) return null;
  const agent = parsed.focus.find((hit) => hit.cls === 'agent-marker' && inside(hit));
  if (agent) {
    const named = parsed.focus.find((hit) => hit.first > agent.last && hit.first <= agent.last + 2 && (hit.cls === 'coach' || hit.cls === 'coachee'));
    if (named) return { person: named.cls === 'coach' ? 'coach' : 'coachee', word: words(parsed, named) };
    return null;
  }
  return { person: participle.cls === 'coach-act' ? 'coach' : 'shared', word: words(parsed, participle) };
}

function subjectOf(parsed: Parsed, clause: Clause, context: LabelContext): { person: Person; word: string } | null {
  const passive = passiveAgent(parsed, clause);
  if (passive) return passive;
  const { tokens } = parsed;
  const limit = Math.min(clause.last, clause.first + 6);
  for (let i = clause.first; i <= limit; i++) {
    const token = tokens[i]!;
    const cls = (name: string): boolean => focusAt(parsed, i, name);
    const first = i === clause.first || (i === clause.first + 1 && clause.conjunction !== '');
    if (parsed.quoted.has(i) && (cls('coach') || cls('addressee'))) {
      if (cls('coach')) return { person: parsed.speaker, word: token.norm };
      continue;
    }
    // "mijn cliënt", "my client": the coachee, though the phrase opens with the coach's possessive.
    if (cls('coachee') && cls('coach')) return { person: 'coachee', word: token.norm };
    if (cls('coach') && !(token.norm === 'coach' && i > clause.first && tokens[i - 1]!.norm !== 'de' && tokens[i - 1]!.norm !== 'the')) {
      if ((token.norm === 'mijn' || token.norm === 'my') && !first) continue;
      return { person: 'coach', word: token.norm };
    }
    if (cls('coachee') || context.names.has(token.norm)) return { person: 'coachee', word: token.norm };
    if (cls('addressee')) return { person: context.perspective === 'coach' ? 'coachee' : 'coachee', word: token.norm };
    if (cls('shared') && token.norm !== 'ons' && token.norm !== 'us' && token.norm !== 'samen' && token.norm !== 'together') {
      return { person: 'shared', word: token.norm };
    }
    if (cls('possessive-coachee') && first) return { person: 'third', word: token.norm };
    if (cls('third')) return { person: 'third', word: token.norm };
  }
  return null;
}

/** Whether a focus hit of a class starts at a token. The hits are sorted by where they start. */
function focusAt(parsed: Parsed, token: number, cls: string): boolean {
  for (const hit of parsed.focus) {
    if (hit.first > token) return false;
    if (hit.first === token && hit.cls === cls) return true;
  }
  return false;
}

function decideFocus(parsed: Parsed, context: LabelContext): FocusResult {
  const subjects = parsed.clauses.map((clause) => subjectOf(parsed, clause, context));
  // A clause without a subject of its own continues the main clause before it ("... en besloot toen ...").
  const effective: (Person | null)[] = [];
  subjects.forEach((subject, i) => {
    const clause = parsed.clauses[i]!;
    // What follows a colon spells something out; it does not continue the clause before it.
    const afterColon = i > 0 && parsed.tokens[clause.first - 1]!.after.includes(':');
    const continues = i > 0 && clause.kind !== 'subordinate' && !afterColon;
    effective.push(subject?.person ?? (continues ? (effective.slice(0, i).findLast((p) => p !== null) ?? null) : null));
  });
  const imperative = imperativeOf(parsed);
  if (imperative) return { focus: 'coach', reason: { rule: 'imperative', words: [imperative] }, effective: effective.map((p, i) => (i === 0 ? 'coach' : p)) };
  return { ...focusOf(parsed, subjects), effective };
}

/** The verb an imperative sentence opens with ("Plan vaste blokken", "Try counting to three"), if it does. */
function imperativeOf(parsed: Parsed): string | null {
  const [first, second] = parsed.tokens;
  if (!first || /\?\s*$/u.test(parsed.text) || first.after.includes(':')) return null;
  // The verb form itself, not a word sharing its stem ("Planning ...", "Looking back").
  if (!parsed.focus.some((hit) => hit.cls === 'imperative' && hit.first === 0 && hit.last === 0 && hit.term === first.norm)) return null;
  if (second && (notAfterImperative.has(second.norm) || parsed.focus.some((hit) => hit.first === 1 && (hit.cls === 'coachee' || hit.cls === 'coach' || hit.cls === 'shared')))) return null;
  return first.norm;
}

// Words that show a sentence-initial verb form is a noun or a finite verb after all ("Vraag is ...", "Plan van aanpak").
const notAfterImperative = new Set(['is', 'was', 'zijn', 'waren', 'van', 'of', 'are', 'were', 'wordt', 'werd']);

function focusOf(parsed: Parsed, subjects: ({ person: Person; word: string } | null)[]): { focus: Focus; reason: Reason } {
  const { clauses, focus: hits } = parsed;
  const reason = (rule: string, ...found: string[]): Reason => ({ rule, words: found });
  const opinion = has(hits, 'opinion-frame');
  const contrastIndex = findLastIndex(clauses, (clause, i) => clause.kind === 'contrast' && subjects[i] !== null);
  if (has(hits, 'salutation') && hits.find((hit) => hit.cls === 'salutation')!.first === 0 && parsed.tokens.length <= 6) {
    return { focus: 'neutral', reason: reason('salutation', words(parsed, has(hits, 'salutation')!)) };
  }
  if (contrastIndex >= 0) {
    const subject = subjects[contrastIndex]!;
    return { focus: personFocus(subject.person), reason: reason(`subject after “${clauses[contrastIndex]!.conjunction}”`, subject.word) };
  }
  if (opinion) return { focus: 'coach', reason: reason('opinion frame', words(parsed, opinion)) };
  // A perception frame hands focus to what it introduces.
  const perception = has(hits, 'perception-frame');
  let considered = clauses.map((_, i) => i);
  if (perception) {
    const frameClause = clauses.findIndex((clause) => inClause(perception, clause));
    const after = considered.filter((i) => i > frameClause && subjects[i] !== null);
    if (after.length > 0) {
      const subject = subjects[after[0]!]!;
      const focus = subject.person === 'coach' ? 'coach' : personFocus(subject.person);
      return { focus, reason: reason('perception frame', words(parsed, perception), subject.word) };
    }
    considered = considered.filter((i) => i !== frameClause);
  }
  const main = considered.filter((i) => clauses[i]!.kind !== 'subordinate' && clauses[i]!.kind !== 'concessive' && subjects[i] !== null);
  const pool = main.length > 0 ? main : considered.filter((i) => subjects[i] !== null);
  const found = pool.map((i) => subjects[i]!);
  const coach = found.find((s) => s.person === 'coach');
  const coachee = found.find((s) => s.person === 'coachee');
  if (coach && coachee) return { focus: 'neutral', reason: reason('coach and coachee clauses', coach.word, coachee.word) };
  if (coach) return { focus: 'coach', reason: reason('subject', coach.word) };
  if (coachee) return { focus: 'coachee', reason: reason('subject', coachee.word) };
  const third = found.find((s) => s.person === 'third');
  if (third) return { focus: 'coachee', reason: reason('third party in the coachee’s situation', third.word) };
  const shared = found.find((s) => s.person === 'shared');
  if (shared) return { focus: 'neutral', reason: reason('shared subject', shared.word) };
  return subjectless(parsed);
}

/** Notes without a subject take the implied one (labelling rules 23, 25, 26). */
function subjectless(parsed: Parsed): { focus: Focus; reason: Reason } {
  const { focus: hits } = parsed;
  const agent = has(hits, 'agent-marker');
  if (agent) {
    const next = hits.find((hit) => hit.first > agent.first && hit.first <= agent.first + 2 && (hit.cls === 'coach' || hit.cls === 'coachee'));
    if (next) return { focus: next.cls === 'coach' ? 'coach' : 'coachee', reason: { rule: 'passive agent', words: [words(parsed, next)] } };
  }
  const coachAct = has(hits, 'coach-act');
  if (coachAct) return { focus: 'coach', reason: { rule: 'coach’s act without subject', words: [words(parsed, coachAct)] } };
  const joint = has(hits, 'joint-act') ?? has(hits, 'session') ?? has(hits, 'salutation');
  if (joint) return { focus: 'neutral', reason: { rule: 'joint work or session', words: [words(parsed, joint)] } };
  return { focus: 'coachee', reason: { rule: 'note about the coachee', words: [] } };
}

function personFocus(person: Person): Focus {
  if (person === 'coach') return 'coach';
  if (person === 'shared') return 'neutral';
  return 'coachee';
}

function findLastIndex<T>(items: readonly T[], predicate: (item: T, index: number) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (predicate(items[i]!, i)) return i;
  return -1;
}

// ---------------------------------------------------------------- valence

const valenceClasses = new Set(['strength', 'weakness', 'goal', 'agency', 'asks-coach', 'option']);
// A clause that only gives the reason, time or condition of the coach's act does not count (rule 8).
const circumstantial = new Set(['omdat', 'want', 'toen', 'als', 'wanneer', 'doordat', 'because', 'when', 'if', 'since', 'as', 'whenever']);

interface ClauseScore {
  score: number;
  words: string[];
}

function decideValence(parsed: Parsed, context: LabelContext, effective: (Person | null)[], focus: Focus): { valence: Valence; reason: Reason } {
  const { clauses, tokens } = parsed;
  const negators = parsed.focus.filter((hit) => hit.cls === 'negator');
  const noLonger = parsed.focus.filter((hit) => hit.cls === 'no-longer');
  const feelings = parsed.valence.filter((hit) => hit.cls === 'feeling');
  const neutralizer = has(parsed.valence, 'neutralizer');
  if (neutralizer && focus === 'coach') return { valence: 'neutral', reason: { rule: 'a model or exercise is neutral', words: [words(parsed, neutralizer)] } };
  const covered = new Uint8Array(tokens.length);
  interface Item {
    clause: number;
    first: number;
    last: number;
    sign: number;
    weight: number;
    word: string;
    /** The lexicon term, to tell a negation inside a split expression from one that is part of the term. */
    term: string;
    goal?: boolean;
    flips: boolean;
    negatedBy?: Hit;
  }
  const items: Item[] = [];
  const ignored = (clauseIndex: number): boolean => focus === 'coach' && circumstantial.has(clauses[clauseIndex]!.conjunction);
  for (const hit of parsed.valence) {
    if (!valenceClasses.has(hit.cls)) continue;
    covered.fill(1, hit.first, hit.last + 1);
    const clauseIndex = clauses.findIndex((clause) => inClause(hit, clause));
    if (ignored(clauseIndex)) continue;
    const subject = effective[clauseIndex];
    // The coach's own side is neutral (rule 8): only what a sentence says about the coachee counts.
    const feeling = feelings.some((f) => f.first === hit.first);
    // What the coach says of the coachee's own matter ("haar gebrek aan inzet") still counts.
    // So does a problem or quality the coach points back to ("that resistance", "die kracht").
    const pointsBack = hit.first > 0 && demonstratives.has(parsed.tokens[hit.first - 1]!.norm) && (hit.cls === 'strength' || hit.cls === 'weakness');
    const ofCoachee = pointsBack || (hit.first > 0 && parsed.focus.some((p) => p.cls === 'possessive-coachee' && p.last === hit.first - 1));
    if (!ofCoachee && ((subject === 'coach' && (focus === 'coach' || feeling)) || (subject === null && focus === 'coach' && feeling))) continue;
    if (hit.cls === 'agency' && (subject === 'coach' || subject === 'shared' || (subject === null && focus !== 'coachee'))) continue;
    // Asking the coach: the coachee asks, or a quotation (the coachee's words) asks "what would you do?".
    if (hit.cls === 'asks-coach' && subject !== 'coachee' && !parsed.quoted.has(hit.first)) continue;
    if (hit.cls === 'agency' && passiveBefore(parsed, hit)) continue;
    // A choice, idea or plan is a strength when it is the coachee's, not when the coach brings it up.
    if (hit.cls === 'option' && focus === 'coach') continue;
    const sign = hit.cls === 'strength' || hit.cls === 'agency' || hit.cls === 'option' ? 1 : -1;
    // "zelf", "herself" alone say less than a verb of the coachee's own doing: half weight.
    const weight = hit.cls === 'asks-coach' ? 2 : hit.cls === 'option' || reflexive.has(hit.term) ? 0.5 : 1;
    items.push({ clause: clauseIndex, first: hit.first, last: hit.last, sign, weight, word: words(parsed, hit), term: hit.term, flips: hit.cls !== 'goal' && hit.cls !== 'asks-coach', goal: hit.cls === 'goal' });
  }
  // Tokens that name a person or an act of one: marked in place rather than listed in a set.
  const personal = new Uint8Array(tokens.length);
  for (const hit of parsed.focus) if (hit.cls !== 'negator' && hit.cls !== 'no-longer') personal.fill(1, hit.first, hit.last + 1);
  for (let t = 0; t < tokens.length; t++) {
    if (covered[t] === 1 || personal[t] === 1 || context.names.has(tokens[t]!.norm)) continue;
    const score = polarity(tokens[t]!, context.language);
    if (score === 0) continue;
    const clauseIndex = clauses.findIndex((clause) => t >= clause.first && t <= clause.last);
    if (ignored(clauseIndex) || effective[clauseIndex] === 'coach' || focus === 'coach') continue;
    items.push({ clause: clauseIndex, first: t, last: t, sign: Math.sign(score), weight: 0.5, word: tokens[t]!.norm, term: tokens[t]!.norm, flips: true });
  }
  // Each negation binds to the nearest word it can reach: after it, or in Dutch also just before it
  // ("twijfelde niet"). "niet meer"/"no longer" counts once, not also as its "niet"/"no".
  const negations = [...noLonger, ...negators.filter((n) => !noLonger.some((l) => n.first >= l.first && n.first <= l.last))];
  for (const negation of negations) {
    const clause = clauses.findIndex((c) => negation.first >= c.first && negation.first <= c.last);
    const reachable = items.filter((item) => item.flips && item.clause === clause && !item.negatedBy);
    // A negation inside a split expression negates it ("gaf hij het niet op").
    const negator = parsed.tokens[negation.first]!.norm;
    const within = reachable.find((item) => item.first < negation.first && item.last > negation.last && !item.term.split(/\s+/u).includes(negator));
    // "zonder"/"without" govern only the phrase right after them ("zonder veel discussie").
    const reach = shortReach.has(parsed.tokens[negation.first]!.norm) ? 2 : 4;
    const after = reachable.filter((item) => item.first > negation.last && item.first - negation.last <= reach).sort((a, b) => a.first - b.first)[0];
    // Dutch puts "niet" late in the clause ("durft ze haar team niet los te laten"); "zonder" only looks ahead.
    const looksBack = context.language === 'nl' && !forwardOnly.has(parsed.tokens[negation.first]!.norm);
    const before = looksBack ? reachable.filter((item) => item.last < negation.first && negation.first - item.last <= 5).sort((a, b) => b.last - a.last)[0] : undefined;
    const target = within ?? after ?? before;
    if (target) target.negatedBy = negation;
    // "durft geen grenzen te stellen": the verb right before the negation is negated with what follows.
    if (target === after && before && negation.first - before.last === 1 && context.language === 'nl') before.negatedBy = negation;
  }
  const scored: ClauseScore[] = clauses.map(() => ({ score: 0, words: [] }));
  for (const item of items) {
    const sign = item.negatedBy ? -item.sign : item.sign;
    scored[item.clause]!.score += sign * item.weight;
    scored[item.clause]!.words.push(item.negatedBy ? `${words(parsed, item.negatedBy)} … ${item.word}` : item.word);
  }
  const decisive = (indices: number[]): ClauseScore | undefined => indices.map((i) => scored[i]!).filter((s) => s.score !== 0).at(-1);
  const contrast = findLastIndex(clauses, (clause, i) => clause.kind === 'contrast' && scored[i]!.score !== 0);
  let chosen = contrast >= 0 ? scored[contrast] : undefined;
  let rule = contrast >= 0 ? `clause after “${clauses[contrast]!.conjunction}”` : 'words';
  if (!chosen) {
    const concessive = clauses.some((clause) => clause.kind === 'concessive');
    const mainClauses = clauses.map((_, i) => i).filter((i) => clauses[i]!.kind !== 'concessive');
    // The coachee's question or goal counts as weakness whatever its topic (rule 13).
    const goal = items.find((item) => item.goal && !item.negatedBy);
    chosen = (goal ? scored[goal.clause] : undefined) ?? (concessive ? decisive(mainClauses) : undefined) ?? strongest(scored, clauses);
    if (concessive) rule = 'main clause of a concession';
  }
  if (!chosen) return { valence: 'neutral', reason: { rule: 'no strength or weakness words', words: [] } };
  const sign = Math.sign(chosen.score);
  const agreeing = scored.filter((s) => s !== chosen && Math.sign(s.score) === sign).flatMap((s) => s.words);
  return { valence: sign > 0 ? 'strength' : 'weakness', reason: { rule, words: [...chosen.words, ...agreeing] } };
}

/** An English passive right before an action verb ("is being arranged"): not the coachee's own doing. */
function passiveBefore(parsed: Parsed, hit: Hit): boolean {
  return parsed.focus.some((aux) => aux.cls === 'passive-aux' && aux.last < hit.first && hit.first - aux.last <= 2 && englishPassive.has(parsed.tokens[aux.first]!.norm));
}

const englishPassive = new Set(['was', 'were', 'been', 'being', 'is', 'are']);

/**
 * Between clauses of opposite sign the last decides (rule 9), unless the last rests only on general
 * polarity (weight below 1) and an earlier clause has a word from Kracht's own lexicon.
 */
function strongest(scored: ClauseScore[], clauses: Clause[]): ClauseScore | undefined {
  // A relative clause describes a person or thing ("her sister, who often asks for help"): it decides
  // only when nothing else in the sentence does.
  const candidates = scored.filter((s, i) => s.score !== 0 && !relativePronouns.has(clauses[i]!.conjunction));
  const nonZero = candidates.length > 0 ? candidates : scored.filter((s) => s.score !== 0);
  const last = nonZero.at(-1);
  if (!last || Math.abs(last.score) >= 1) return last;
  return nonZero.findLast((s) => Math.sign(s.score) !== Math.sign(last.score) && Math.abs(s.score) >= 1) ?? last;
}

const relativePronouns = new Set(['who', 'which', 'whose', 'whom', 'waarin', 'waarbij', 'waarop', 'waardoor']);

const forwardOnly = new Set(['zonder', 'in']);
const shortReach = new Set(['zonder', 'without']);
const demonstratives = new Set(['that', 'this', 'those', 'these', 'die', 'deze', 'dat', 'dit']);
const reflexive = new Set(['zelf', 'herself', 'himself', 'themselves', 'yourself', 'her own', 'his own', 'their own', 'your own']);
