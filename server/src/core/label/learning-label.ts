import { functionWords } from '../../lexicons';
import { sectionKind } from '../learned/section-kind';
import { words, type Parsed } from './parsed';
import { isCoachQuestion } from './coach-question';

// How many words a label before its colon may have: "Learning point:", "Mijn grootste valkuil:".
const labelReach = 4;
const questionLabels = functionWords.questionLabels;
const copulas = functionWords.copulas;
const learningNouns = functionWords.learningLabelNouns;
const coachHeadingWords = functionWords.coachHeadingWords;

/**
 * "Learning point: giving feedback without apologising", "Valkuil: alles zelf willen doen", "Zijn vraag voor vandaag:
 * …", "Her development point is to …": a line labelled as a learning point, pitfall, problem or the coachee's question
 * is one, whatever its topic (rule 13). The label's words, or null.
 */
export function learningLabel(parsed: Parsed): string | null {
  const { tokens } = parsed;
  if (parsed.quoted.has(0)) return null;
  const colon = labelColon(tokens);
  // "Her development point is to ask for help more often", "Zijn valkuil is dat …": the label before a copula.
  if (colon < 0) return learningBeforeCopula(parsed);
  if (colon === tokens.length - 1) return null;
  const label = words(parsed, { first: 0, last: colon });
  const kind = sectionKind(label);
  const asks = kind === 'question' && tokens.slice(0, colon + 1).some((token) => questionLabels.has(token.norm));
  return kind === 'learning' || asks ? label : null;
}

/** A learning point named as the subject of a copula in the sentence's first words, or null. */
function learningBeforeCopula(parsed: Parsed): string | null {
  const copula = parsed.tokens.findIndex((token, i) => i > 0 && i <= labelReach && copulas.has(token.norm));
  if (copula < 0 || copula === parsed.tokens.length - 1) return null;
  if (parsed.tokens.slice(0, copula).some((token) => /[,;:.!?]/u.test(token.after))) return null;
  // A point, goal or pitfall named: a problem as subject is told of, no label ("De klachten zijn weg").
  if (!parsed.tokens.slice(0, copula).some((token) => learningNouns.has(token.norm))) return null;
  const label = words(parsed, { first: 0, last: copula - 1 });
  return sectionKind(label) === 'learning' ? label : null;
}

/**
 * An item of a list under learning points ("## Leerpunten", "Pitfalls:") is one, whatever its topic (rule 13): the
 * heading's words, or null for the coach's own ("Mijn leerpunten als coach"), a quotation or the coach's question.
 */
export function learningItem(parsed: Parsed, heading: string | undefined): string | null {
  if (heading === undefined || parsed.quoted.has(0) || isCoachQuestion(parsed.text, parsed.quoted.size)) return null;
  const own = heading
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((word) => coachHeadingWords.has(word));
  return own ? null : heading.replace(/:\s*$/u, '').trim();
}

/**
 * "Coach's assessment: C. is highly conscientious", "Mijn indruk: ze is conflictvermijdend": a sentence labelled as
 * the coach's interpretation is one, as an item under such a heading is (rule 33).
 */
export function interpretationLabel(tokens: Parsed['tokens'], text: string): boolean {
  const colon = labelColon(tokens);
  if (colon < 0 || colon === tokens.length - 1) return false;
  return sectionKind(text.slice(0, tokens[colon]!.at + tokens[colon]!.norm.length)) === 'interpretation';
}

/** Where a label's colon stands in the sentence's first words ("Learning point:", "Coach's assessment:"), or -1. */
function labelColon(tokens: Parsed['tokens']): number {
  return tokens.findIndex((token, i) => i < labelReach && token.after.includes(':'));
}
