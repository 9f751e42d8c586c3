import type { Hit } from './matcher';
import type { DialogueLetters } from './dialogue-letters';
import type { Token } from './words';
import { functionWords } from '../lexicons';

/** Whose words a sentence is by its opening, and the focus rule that says so. */
export interface SpeakerLine {
  person: 'coach' | 'coachee';
  label: string;
  last: number;
  rule: typeof labelRule | typeof viewRule;
}
const labelRule = 'speaker label' as const;
// A reported view covers its own sentence only: the sentences after it go on no labelled line (DialogueLine).
const viewRule = 'a view reported by its source' as const;

/**
 * Who speaks a dialogue line ("C: ik weet het niet", "Coach: What would help?", "Sanne: …"): the
 * person its opening label names, when the label is one word or two before a colon (rules 2, 25, 27).
 */
export function speakerOfLine(
  tokens: readonly Token[],
  focus: readonly Hit[],
  names: ReadonlySet<string>,
  carried?: 'coach' | 'coachee',
  letters?: DialogueLetters,
): SpeakerLine | null {
  const labelEnd = tokens[0]?.after.includes(':') ? 0 : tokens[1]?.after.includes(':') ? 1 : -1;
  // A sentence that goes on a labelled line is its speaker's too ("Client: I don't know. I just don't have a day.").
  const goesOn: SpeakerLine | null = carried ? { person: carried, label: '', last: -1, rule: labelRule } : null;
  if (labelEnd < 0) return reportedView(tokens, focus) ?? goesOn;
  const label = tokens
    .slice(0, labelEnd + 1)
    .map((t) => t.norm)
    .join(' ');
  const covers = (cls: string): boolean =>
    focus.some((hit) => hit.cls === cls && hit.first === 0 && hit.last === labelEnd);
  // "C:" beside the coachee's initial is the coach, her initial hers (dialogue-letters.ts).
  if (labelEnd === 0 && letters?.coach.has(label)) return { person: 'coach', label, last: labelEnd, rule: labelRule };
  if (labelEnd === 0 && letters?.coachee.has(label))
    return { person: 'coachee', label, last: labelEnd, rule: labelRule };
  if (covers('speaker-coach')) return { person: 'coach', label, last: labelEnd, rule: labelRule };
  if (covers('speaker-coachee') || (labelEnd === 0 && names.has(tokens[0]!.norm)))
    return { person: 'coachee', label, last: labelEnd, rule: labelRule };
  return goesOn;
}

/**
 * "According to him, I am the best coach he has ever had", "Volgens haar, ...": an opening that tells whose view the
 * sentence gives, before a comma, makes the rest the coachee's words, unquoted (rules 27, 16).
 */
function reportedView(tokens: readonly Token[], focus: readonly Hit[]): SpeakerLine | null {
  const view = focus.find((hit) => hit.cls === 'reported-view' && hit.first === 0);
  // "Volgens hem ben ik …", "According to him I …": a source named outright needs no comma; "In her eyes, …" does.
  if (!view || view.last + 1 >= tokens.length) return null;
  if (!sourceWords.has(tokens[0]!.norm) && !tokens[view.last]!.after.includes(',')) return null;
  const label = tokens
    .slice(0, view.last + 1)
    .map((t) => t.norm)
    .join(' ');
  return { person: 'coachee', label, last: view.last, rule: viewRule };
}

const sourceWords = functionWords.reportedViewSources;
const firstPersonObject = functionWords.firstPersonObject;
const nominative = functionWords.nominativePronouns;
const personHeads = functionWords.genericPersonHeads;
const roleNouns = functionWords.coacheeRoleNouns;

/**
 * A remark about coaching in general ("Een coach hoort …", "Good coaching is …"): its generic subject,
 * and whether the coach makes it their own view ("Coaching gaat voor mij …": the coach's, VOICES p6).
 */
export function genericSubject(focus: readonly Hit[], tokens: readonly Token[]): { hit: Hit; own: boolean } | null {
  const opener = focus.find((hit) => hit.cls === 'generic' && hit.first <= 1);
  if (!opener || tokens[opener.last + 1] === undefined) return null;
  // The coachee or a reader addressed in it makes it a sentence about them, not a general remark; a pronoun in its
  // opener or a subject pronoun after it points back to the generic person ("Een goede coach luistert meer dan hij
  // praat", "Je ziet vaak dat …").
  const person = personHeads.has(tokens[opener.last]!.norm);
  // … and "de coachee", "the client" beside "a coach" are anyone coached ("… beter te weten dan de coachee").
  const pointsBack = (hit: Hit): boolean =>
    hit.last <= opener.last ||
    (person &&
      hit.first > opener.last &&
      (nominative.has(tokens[hit.first]!.norm) || roleNouns.has(tokens[hit.last]!.norm)));
  if (focus.some((hit) => (hit.cls === 'coachee' || hit.cls === 'addressee') && !pointsBack(hit))) return null;
  const own =
    focus.some((hit) => hit.cls === 'opinion-frame' || (hit.cls === 'coach' && hit.first > opener.last)) ||
    tokens.some((token, i) => i > opener.last && firstPersonObject.has(token.norm));
  return { hit: opener, own };
}

/**
 * Spans of a text inside single quotation marks (‘…’ or '…'): an opening mark at the start of a word,
 * not an elision ('s avonds, 't, 'n), and a closing mark at the end of one within 400 characters.
 */
export function singleQuoteSpans(text: string): [number, number][] {
  if (!text.includes("'") && !text.includes('‘')) return [];
  const spans: [number, number][] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char !== "'" && char !== '‘') continue;
    const before = text[i - 1];
    if (before !== undefined && !/[\s([:“"—–-]/u.test(before)) continue;
    if (!/\p{L}/u.test(text[i + 1] ?? '') || /^'[stn]\s/u.test(text.slice(i, i + 3))) continue;
    const closer = char === '‘' ? /’(?![\p{L}])/gu : /'(?![\p{L}])/gu;
    closer.lastIndex = i + 2;
    const match = closer.exec(text);
    if (!match || match.index - i > 400) continue;
    spans.push([i, match.index + 1]);
    i = match.index;
  }
  return spans;
}

/** The speaker of the dialogue line a block's sentences go on ("Client: I don't know. I just …") until a line break. */
export class DialogueLine {
  private speaker: 'coach' | 'coachee' | undefined;
  private end = 0;

  constructor(private readonly text: string) {}

  /** Who speaks the line a sentence starting at `start` goes on, if a labelled line has not ended before it. */
  speakerAt(start: number): 'coach' | 'coachee' | undefined {
    if (this.speaker && this.text.slice(this.end, start).includes('\n')) this.speaker = undefined;
    return this.speaker;
  }

  /** A sentence ending at `end` opens or goes on a speaker's line by its labels, or ends it. */
  after(labels: { focus: string; why: { focus: { rule: string } } }, end: number): void {
    const person = labels.focus === 'coach' || labels.focus === 'coachee' ? labels.focus : undefined;
    this.speaker = labels.why.focus.rule === 'speaker label' ? person : undefined;
    this.end = end;
  }
}
