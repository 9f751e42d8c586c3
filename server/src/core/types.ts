/** The two languages Kracht reads and writes. */
export type Language = 'nl' | 'en';

/** Where a sentence puts its attention: the coachee's potential or their problems. */
export type Valence = 'strength' | 'weakness' | 'neutral';

/** Whose actions and inner world a sentence is about. */
export type Focus = 'coach' | 'coachee' | 'neutral';

/** The alarm signals of an unbalanced coaching relationship: one per signal rule, listed by scripts/rule-lists.mjs. */
export { signalNames } from './signal-names';
import { signalNames } from './signal-names';

/** One of the alarm signals. */
export type SignalName = (typeof signalNames)[number];

/** A zero-based line and UTF-16 character, as in the Language Server Protocol. */
export interface Position {
  line: number;
  character: number;
}

/** A half-open span between two positions. */
export interface Range {
  start: Position;
  end: Position;
}

/** Why a sentence got a label: the rule of thumb and the words that decided it. */
export interface Reason {
  rule: string;
  words: string[];
}

/** One analysed sentence of the report. */
export interface Sentence {
  text: string;
  range: Range;
  words: number;
  language: Language;
  valence: Valence;
  focus: Focus;
  signals: SignalName[];
  why: { valence: Reason; focus: Reason; signals: Partial<Record<SignalName, Reason>> };
  /**
   * How sure the analysis is: the learned layer's probability of each class, and of each signal shown;
   * `precision`: of the signals the model showed at that probability on held-out voices, the share the
   * labellers gave too (what a coach can expect of a warning like it).
   */
  probability: {
    valence: Partial<Record<Valence, number>>;
    focus: Partial<Record<Focus, number>>;
    signals: Partial<Record<SignalName, number>>;
    precision?: Partial<Record<SignalName, number>>;
  };
  /** Index into Analysis.sections. */
  section: number;
  /** Where the sentence's paragraph ends: a follow-up (a reflection question) goes there. */
  blockEnd: Position;
}

/** Word counts per class and the two shares that the article asks about. */
export interface Balance {
  strengthWords: number;
  weaknessWords: number;
  coachWords: number;
  coacheeWords: number;
  /** strength / (strength + weakness), null when both are zero. */
  strengthShare: number | null;
  /** coachee / (coach + coachee), null when both are zero. */
  coacheeShare: number | null;
}

/** A heading and the sentences below it up to the next heading of any level. */
export interface Section {
  heading: string | null;
  depth: number;
  /** The heading's range, or the document's first line for the part before any heading. */
  range: Range;
  balance: Balance;
}

/** How loudly a finding is shown. */
export type Severity = 'off' | 'hint' | 'information' | 'warning';

/** A change to the report's text: replace `range` with `newText` (an insertion when the range is empty). */
export interface TextEdit {
  range: Range;
  newText: string;
}

/** A quick fix: plain text edits, worked out when the editor asks (see fixesFor). */
export interface Fix {
  kind: 'reflection' | 'own-share' | 'reframe' | 'silence';
  title: string;
  edits: TextEdit[];
}

/** Something worth a diagnostic: a rule, a place, a message and the words behind it. */
/** What a rule judges: the balance of a report or section, or one signal in a sentence. */
export type RuleKind = 'balance' | 'signal';

export interface Finding {
  ruleId: string;
  kind: RuleKind;
  severity: Exclude<Severity, 'off'>;
  range: Range;
  message: string;
  cues: string[];
  /** Where its quick fixes go. The fixes themselves are worked out only when asked for. */
  anchor: FixAnchor;
  /** For a balance finding: the sentences that weigh most, each with a short note. */
  related: { range: Range; message: string }[];
  /** For a balance finding about one heading section: its index in Analysis.sections. */
  section?: number;
}

/** The places a finding's quick fixes need: enough to build them later from the report's text. */
export interface FixAnchor {
  /** The end of the paragraph the finding is in, where a reflection question goes. */
  paragraphEnd: Position;
  /** The end of a coach-centred sentence behind the finding, where a reframing prompt goes. */
  reframeAfter?: Position;
}

/** Front-matter fields Kracht understands. */
export interface ReportMeta {
  coachee?: string;
  date?: string;
  lang?: Language;
  perspective?: Perspective;
  session?: number;
  krachtOff?: boolean;
}

/** How the coach writes: as "ik", about the coachee, or to the coachee. */
export type Perspective = 'coach' | 'third-person' | 'addressed';

/** Everything Kracht knows about one report. */
export interface Analysis {
  language: Language;
  meta: ReportMeta;
  sentences: Sentence[];
  sections: Section[];
  balance: Balance;
  findings: Finding[];
  /** Problems with the input itself (malformed front matter, skipped content), one line each. */
  problems: { message: string; range: Range }[];
}
