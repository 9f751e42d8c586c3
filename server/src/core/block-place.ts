import { functionWords } from '../lexicons';
import type { SectionKind } from './learned/section-kind';

/** What a block's heading or colon line says its sentences are: tips, interpretations, learning points, own notes. */
export interface BlockItems {
  adviceItem: boolean;
  interpretationItem: boolean;
  learningItem: string | undefined;
  ownNote: boolean;
  stepItem: boolean;
  wentWellItem: boolean;
}

/** Where a block stands: under which heading, after which colon line, as a list item or not. */
export interface BlockPlace {
  listItem: boolean;
  /** The colon line the block's list spells out, and its kind, or null. */
  leadIn: string | null;
  leadKind: SectionKind | null;
  sectionKind: SectionKind;
  heading: string | null;
  /** Lower-case names that stand for the coachee or people in their world. */
  names: ReadonlySet<string>;
}

/** What a block's sentences are by the heading or colon line they stand under. */
export function blockItems(place: BlockPlace): BlockItems {
  const { listItem, leadIn, leadKind, sectionKind, heading } = place;
  const ownLead = leadKind === 'reflection' && isOwnHeading(leadIn!, place.names);
  return {
    // A list under tips, by its colon line or its heading ("Tips meegegeven:", "## Advies"), is the coach's advice.
    adviceItem: leadKind === 'advice' || (listItem && leadIn === null && sectionKind === 'advice'),
    // Under "Hypothesen", "My impression", or a colon line that announces one: the coach's interpretation.
    interpretationItem: leadKind === 'interpretation' || (leadIn === null && sectionKind === 'interpretation'),
    // Under "Leerpunten", "Pitfalls", "Objectives", or a colon line that announces them: each item is a learning point
    // or goal (rule 13).
    learningItem:
      (leadKind === 'learning' || (leadKind === 'question' && namesGoals(leadIn!)) ? leadIn : null) ??
      (listItem &&
      leadIn === null &&
      (sectionKind === 'learning' || (sectionKind === 'question' && namesGoals(heading)))
        ? heading
        : null) ??
      undefined,
    // Under "Afspraken", "Homework", or such a colon line: the coachee's steps, whatever their verb (rule 14).
    stepItem: leadKind === 'steps' || (leadIn === null && sectionKind === 'steps'),
    // Under "Wins", "Wat ging goed", or such a colon line: the coachee's doings, whatever their verb (rule 25).
    wentWellItem: leadKind === 'went-well' || (listItem && leadIn === null && sectionKind === 'went-well'),
    // Under "Voor mezelf", "Mijn rol", "Notes to self", or such a colon line: the coach's notes to self (rule 25).
    ownNote:
      ownLead ||
      (leadIn === null && sectionKind === 'reflection' && heading !== null && isOwnHeading(heading, place.names)),
  };
}

const ownWords = new Set([...functionWords.coachHeadingWords, ...functionWords.ownReflectionWords]);
const othersWords = functionWords.othersHeadingWords;

/** Whether a heading of reflection names the coach as its owner and no one else ("Mijn rol", not "Haar rol"). */
function isOwnHeading(heading: string, names: ReadonlySet<string>): boolean {
  const words = heading.toLowerCase().split(/[^\p{L}-]+/u);
  return words.some((word) => ownWords.has(word)) && !words.some((word) => othersWords.has(word) || names.has(word));
}

const goalWords = functionWords.goalHeadingWords;

/** Whether a heading of the coachee's question names goals or questions ("Objectives"), not a context or a topic. */
function namesGoals(heading: string | null): boolean {
  return (
    heading !== null &&
    heading
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .some((word) => goalWords.has(word))
  );
}
