import { functionWords } from '../../lexicons';
import { sectionKind } from '../learned/section-kind';
import { words, type Parsed } from './parsed';

// How many words a label before its colon may have: "Learning point:", "Mijn grootste valkuil:".
const labelReach = 4;
const questionLabels = functionWords.questionLabels;

/**
 * "Learning point: giving feedback without apologising", "Valkuil: alles zelf willen doen", "Zijn vraag voor vandaag:
 * …": a line labelled as a learning point, pitfall, problem or the coachee's question is one, whatever its topic
 * (rule 13). The label's words, or null.
 */
export function learningLabel(parsed: Parsed): string | null {
  const { tokens } = parsed;
  const colon = tokens.findIndex((token, i) => i < labelReach && token.after.includes(':'));
  if (colon < 0 || colon === tokens.length - 1 || parsed.quoted.has(0)) return null;
  const label = words(parsed, { first: 0, last: colon });
  const kind = sectionKind(label);
  const asks = kind === 'question' && tokens.slice(0, colon + 1).some((token) => questionLabels.has(token.norm));
  return kind === 'learning' || asks ? label : null;
}
