import type { Clause } from './clauses';
import { splitClauses } from './clauses';
import type { Hit, Matcher } from './matcher';
import type { Focus, Language, Perspective, Reason, SignalName, Valence } from './types';
import { signalNames } from './types';
import { tokenize, type Token } from './words';

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
}

/** A sentence's labels and the reasons behind them. */
export interface Labels {
  valence: Valence;
  focus: Focus;
  signals: SignalName[];
  why: { valence: Reason; focus: Reason; signals: Partial<Record<SignalName, Reason>> };
}

type Person = 'coach' | 'coachee' | 'third' | 'shared';

interface Parsed {
  text: string;
  tokens: Token[];
  valence: Hit[];
  focus: Hit[];
  signals: Hit[];
  clauses: Clause[];
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
    clauses: splitClauses(tokens, (cls) => focusHits.filter((hit) => hit.cls === cls)),
  };
  const focus = decideFocus(parsed, context);
  const valence = decideValence(parsed, context, focus.subjects);
  const signals = decideSignals(parsed, focus.focus);
  return {
    valence: valence.valence,
    focus: focus.focus,
    signals: Object.keys(signals) as SignalName[],
    why: { valence: valence.reason, focus: focus.reason, signals },
  };
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
  /** Per clause, the person its subject is, if any. */
  subjects: (Person | null)[];
}

function subjectOf(parsed: Parsed, clause: Clause, context: LabelContext): { person: Person; word: string } | null {
  const { tokens } = parsed;
  const limit = Math.min(clause.last, clause.first + 6);
  for (let i = clause.first; i <= limit; i++) {
    const token = tokens[i]!;
    const hits = parsed.focus.filter((hit) => hit.first === i);
    const cls = (name: string): boolean => hits.some((hit) => hit.cls === name);
    const first = i === clause.first || (i === clause.first + 1 && clause.conjunction !== '');
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

function decideFocus(parsed: Parsed, context: LabelContext): FocusResult {
  const { clauses, focus: hits } = parsed;
  const subjects = clauses.map((clause) => subjectOf(parsed, clause, context));
  const reason = (rule: string, ...found: string[]): Reason => ({ rule, words: found });
  const opinion = has(hits, 'opinion-frame');
  const contrastIndex = findLastIndex(clauses, (clause, i) => clause.kind === 'contrast' && subjects[i] !== null);
  if (has(hits, 'salutation') && hits.find((hit) => hit.cls === 'salutation')!.first === 0 && parsed.tokens.length <= 6) {
    return { focus: 'neutral', reason: reason('salutation', words(parsed, has(hits, 'salutation')!)), subjects: subjects.map((s) => s?.person ?? null) };
  }
  const persons = subjects.map((s) => s?.person ?? null);
  if (contrastIndex >= 0) {
    const subject = subjects[contrastIndex]!;
    return { focus: personFocus(subject.person), reason: reason(`subject after “${clauses[contrastIndex]!.conjunction}”`, subject.word), subjects: persons };
  }
  if (opinion) return { focus: 'coach', reason: reason('opinion frame', words(parsed, opinion)), subjects: persons };
  // A perception frame hands focus to what it introduces.
  const perception = has(hits, 'perception-frame');
  let considered = clauses.map((_, i) => i);
  if (perception) {
    const frameClause = clauses.findIndex((clause) => inClause(perception, clause));
    const after = considered.filter((i) => i > frameClause && subjects[i] !== null);
    if (after.length > 0) {
      const subject = subjects[after[0]!]!;
      const focus = subject.person === 'coach' ? 'coach' : personFocus(subject.person);
      return { focus, reason: reason('perception frame', words(parsed, perception), subject.word), subjects: persons };
    }
    considered = considered.filter((i) => i !== frameClause);
  }
  const main = considered.filter((i) => clauses[i]!.kind !== 'subordinate' && clauses[i]!.kind !== 'concessive' && subjects[i] !== null);
  const pool = main.length > 0 ? main : considered.filter((i) => subjects[i] !== null);
  const found = pool.map((i) => subjects[i]!);
  const coach = found.find((s) => s.person === 'coach');
  const coachee = found.find((s) => s.person === 'coachee');
  if (coach && coachee) return { focus: 'neutral', reason: reason('coach and coachee clauses', coach.word, coachee.word), subjects: persons };
  if (coach) return { focus: 'coach', reason: reason('subject', coach.word), subjects: persons };
  if (coachee) return { focus: 'coachee', reason: reason('subject', coachee.word), subjects: persons };
  const third = found.find((s) => s.person === 'third');
  if (third) return { focus: 'coachee', reason: reason('third party in the coachee’s situation', third.word), subjects: persons };
  const shared = found.find((s) => s.person === 'shared');
  if (shared) return { focus: 'neutral', reason: reason('shared subject', shared.word), subjects: persons };
  return { ...subjectless(parsed), subjects: persons };
}

/** Notes without a subject take the implied one (labelling rules 23, 25, 26). */
function subjectless(parsed: Parsed): { focus: Focus; reason: Reason } {
  const { focus: hits, tokens } = parsed;
  const first = tokens[0];
  if (first && hits.some((hit) => hit.cls === 'imperative' && hit.first === 0) && !/\p{Lu}{2}/u.test(parsed.text.slice(0, 2))) {
    return { focus: 'coach', reason: { rule: 'imperative', words: [first.norm] } };
  }
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

function decideValence(parsed: Parsed, context: LabelContext, subjects: (Person | null)[]): { valence: Valence; reason: Reason } {
  const { clauses, tokens } = parsed;
  const negators = parsed.focus.filter((hit) => hit.cls === 'negator');
  const noLonger = parsed.focus.filter((hit) => hit.cls === 'no-longer');
  const feelings = parsed.valence.filter((hit) => hit.cls === 'feeling');
  const scored: { clause: number; score: number; words: string[] }[] = clauses.map((_, i) => ({ clause: i, score: 0, words: [] }));
  for (const hit of parsed.valence) {
    if (hit.cls !== 'strength' && hit.cls !== 'weakness' && hit.cls !== 'goal') continue;
    const clauseIndex = clauses.findIndex((clause) => inClause(hit, clause));
    const clause = clauses[clauseIndex]!;
    // The coach's own feelings are neutral (labelling rule 8).
    const isFeeling = feelings.some((f) => f.first === hit.first);
    if (isFeeling && subjects[clauseIndex] === 'coach') continue;
    let sign = hit.cls === 'strength' ? 1 : -1;
    let label = words(parsed, hit);
    const gone = noLonger.find((n) => n.first >= clause.first && n.last <= clause.last && Math.abs(n.first - hit.first) <= 4);
    const negated = negators.find(
      (n) =>
        (n.first < hit.first || n.first > hit.last) &&
        n.first >= clause.first &&
        n.first <= clause.last &&
        n.first >= hit.first - 3 &&
        n.first <= hit.last + (context.language === 'nl' ? 3 : 0),
    );
    if (gone) {
      sign = 1;
      label = `${words(parsed, gone)} … ${label}`;
    } else if (negated && hit.cls !== 'goal') {
      sign = -sign;
      label = `${tokens[negated.first]!.norm} … ${label}`;
    }
    scored[clauseIndex]!.score += sign;
    scored[clauseIndex]!.words.push(label);
  }
  const decisive = (indices: number[]): { clause: number; score: number; words: string[] } | undefined =>
    indices.map((i) => scored[i]!).filter((s) => s.score !== 0).at(-1);
  const contrast = findLastIndex(clauses, (clause, i) => clause.kind === 'contrast' && scored[i]!.score !== 0);
  let chosen = contrast >= 0 ? scored[contrast] : undefined;
  let rule = contrast >= 0 ? `clause after “${clauses[contrast]!.conjunction}”` : 'words';
  if (!chosen) {
    const concessive = clauses.some((clause) => clause.kind === 'concessive');
    const mainClauses = clauses.map((_, i) => i).filter((i) => clauses[i]!.kind !== 'concessive');
    chosen = (concessive ? decisive(mainClauses) : undefined) ?? decisive(clauses.map((_, i) => i));
    if (concessive) rule = 'main clause of a concession';
  }
  if (!chosen) return { valence: 'neutral', reason: { rule: 'no strength or weakness words', words: [] } };
  const sign = Math.sign(chosen.score);
  const agreeing = scored.filter((s) => s !== chosen && Math.sign(s.score) === sign).flatMap((s) => s.words);
  return { valence: sign > 0 ? 'strength' : 'weakness', reason: { rule, words: [...chosen.words, ...agreeing] } };
}

// ---------------------------------------------------------------- signals

const coachSignals = new Set<SignalName>(['working-hard', 'intervention-focus', 'outcome-responsibility']);

function decideSignals(parsed: Parsed, focus: Focus): Partial<Record<SignalName, Reason>> {
  const found: Partial<Record<SignalName, Reason>> = {};
  const helper = (cls: string): Hit | undefined => has(parsed.signals, cls);
  const coachPresent = parsed.focus.some((hit) => hit.cls === 'coach' || (hit.cls === 'imperative' && hit.first === 0)) || focus === 'coach';
  const refrain = helper('refrain');
  for (const name of signalNames) {
    const hits = parsed.signals.filter((hit) => hit.cls === name);
    if (hits.length === 0) continue;
    if (coachSignals.has(name) && !coachPresent) continue;
    if (refrain && (name === 'working-hard' || name === 'intervention-focus' || name === 'expert-role')) continue;
    if (name === 'appreciation' && helper('credit')) continue;
    if (name === 'resistance-framing' && helper('explore')) continue;
    if (name === 'outcome-responsibility' && helper('process')) continue;
    if (name === 'ungrounded-interpretation' && (helper('ground') || focus === 'coach' && !parsed.focus.some((hit) => hit.cls === 'opinion-frame'))) continue;
    found[name] = { rule: name, words: hits.map((hit) => words(parsed, hit)) };
  }
  return found;
}
