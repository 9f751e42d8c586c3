import type { Valence, Focus } from '../types';
import type { Features } from './features';
import { sectionKind, type SectionKind } from './section-kind';

export { sectionKind, type SectionKind };

/** Where a sentence stands in its report: its section's kind, a colon before it, a run of models. */
export interface SentenceContext {
  section: SectionKind;
  afterColon: boolean;
  /** What the colon line a list spells out announces, by the words of a heading (core/lead-in.ts). */
  leadIn: SectionKind | null;
  toolRun: boolean;
  rules: { valence: Valence; focus: Focus };
  /** The rules' labels of the sentence before it in the report, if any. */
  previous: { valence: Valence; focus: Focus } | null;
}

// A neighbour's labels say what a paragraph is about: a problem told over two sentences, the coach's
// turn running on. Names made once, not per sentence.
const previousValence = {
  strength: 'prev:rv:strength',
  weakness: 'prev:rv:weakness',
  neutral: 'prev:rv:neutral',
} as const;
const previousFocus = { coach: 'prev:rf:coach', coachee: 'prev:rf:coachee', neutral: 'prev:rf:neutral' } as const;

const leadInNames: Readonly<Record<SectionKind, string>> = {
  learning: 'lead:learning',
  'went-well': 'lead:went-well',
  question: 'lead:question',
  steps: 'lead:steps',
  advice: 'lead:advice',
  reflection: 'lead:reflection',
  interpretation: 'lead:interpretation',
  observations: 'lead:observations',
  other: 'lead:other',
};

// A section's names with the rules' labels, made once: a name made per sentence is hashed anew at each look-up.
const valences: readonly Valence[] = ['strength', 'weakness', 'neutral'];
const foci: readonly Focus[] = ['coach', 'coachee', 'neutral'];
const sectionNames = Object.fromEntries(
  (Object.keys(leadInNames) as SectionKind[]).map((kind) => {
    const section = `sec:${kind}`;
    return [
      kind,
      {
        section,
        valence: Object.fromEntries(valences.map((v) => [v, `${section}|rv:${v}`])) as Record<Valence, string>,
        focus: Object.fromEntries(foci.map((f) => [f, `${section}|rf:${f}`])) as Record<Focus, string>,
      },
    ];
  }),
) as Record<SectionKind, { section: string; valence: Record<Valence, string>; focus: Record<Focus, string> }>;

/** A sentence's own features with those of where it stands (its own lists shared, not copied). */
export function withContext(features: Features, context: SentenceContext): Features {
  const named = sectionNames[context.section];
  const names = [named.section, named.valence[context.rules.valence], named.focus[context.rules.focus]];
  if (context.afterColon) names.push('after-colon');
  if (context.leadIn !== null) names.push(leadInNames[context.leadIn]);
  if (context.toolRun) names.push('tool-run');
  // Nothing for a report's first sentence: alone, it reads as anywhere else (an opening weighed as an
  // intro cost first sentences their signals, for no held-out gain but p8's focus).
  if (context.previous) names.push(previousValence[context.previous.valence], previousFocus[context.previous.focus]);
  // Fields named rather than spread: this runs for every sentence.
  return {
    names: features.names,
    nameSpans: features.nameSpans,
    parts: features.parts,
    partSpans: features.partSpans,
    text: features.text,
    tokens: features.tokens,
    wordsAfter: features.wordsAfter,
    context: names,
  };
}
