import { isReflectionLine, reflectionBody, reflectionOffset, type FixContext } from './fixes';
import type { Fix, Position } from './types';

/**
 * Every reflection question of a report in one fix ("fix all"): each question once below its paragraph,
 * questions for the same paragraph together in the order given, none that is already there (run twice,
 * it adds nothing). Null when there is nothing to add.
 */
export function allReflectionsFix(
  context: FixContext,
  items: readonly { question: string; paragraphEnd: Position }[],
): Fix | null {
  const byOffset = new Map<number, string[]>();
  for (const { question, paragraphEnd } of items) {
    const offset = reflectionOffset(context, paragraphEnd);
    const questions = byOffset.get(offset) ?? [];
    if (!questions.includes(question)) questions.push(question);
    byOffset.set(offset, questions);
  }
  const edits: Fix['edits'] = [];
  let count = 0;
  for (const [offset, questions] of [...byOffset].sort(([a], [b]) => a - b)) {
    const present = reflectionsAfter(context.text, offset);
    const bodies = questions.map((question) => reflectionBody(context, question)).filter((body) => !present.has(body));
    if (bodies.length === 0) continue;
    count += bodies.length;
    const position = context.lines.position(offset);
    edits.push({
      range: { start: position, end: position },
      newText: bodies.map((body) => `${context.eol}${context.eol}${body}`).join(''),
    });
  }
  if (edits.length === 0) return null;
  const title =
    context.locale === 'nl'
      ? `Voeg alle reflectievragen van dit verslag toe (${count})`
      : `Add all reflection questions in this report (${count})`;
  return { kind: 'reflection', title, edits };
}

/** The reflection lines that already follow an offset: blank lines and reflections, up to other text. */
function reflectionsAfter(text: string, offset: number): Set<string> {
  const found = new Set<string>();
  for (const line of text
    .slice(offset)
    .split(/\r\n|\r|\n/u)
    .slice(1)) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    if (!isReflectionLine(trimmed)) break;
    found.add(trimmed);
  }
  return found;
}
