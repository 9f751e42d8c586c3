import type { FixContext } from './fixes';
import type { Fix } from './types';
import { messages } from './messages';

const listOrQuote = /^\s*(?:[-*+]|\d{1,9}[.)])(?:\s|$)|^\s*>/u;
const atxHeading = /^ {0,3}#{1,6}(?:\s|$)/u;

/**
 * Silences one rule on the finding's line, reshaping nothing. A line that starts a block of its own (a
 * heading, a paragraph's first line) gets `<!-- kracht-disable-next-line RULE -->` above it; any other
 * line (mid-paragraph, a list item, a quotation, a table row) gets `<!-- kracht-disable-line RULE -->`
 * at the end of its text, since a comment line there would end the paragraph or split the list.
 */
export function silenceFix(context: Pick<FixContext, 'lines' | 'locale' | 'eol'>, ruleId: string, line: number): Fix {
  const start = context.lines.offset({ line, character: 0 });
  const text = context.lines.lineText(line);
  const before = line > 0 ? context.lines.lineText(line - 1) : '';
  const title = messages[context.locale].silenceTitle(ruleId);
  const startsBlock =
    (before.trim() === '' || atxHeading.test(text)) && !listOrQuote.test(text) && !text.trimStart().startsWith('|');
  if (startsBlock) {
    const indent = /^[ \t]*/u.exec(text)![0];
    const at = context.lines.position(start);
    return {
      kind: 'silence',
      title,
      edits: [
        {
          range: { start: at, end: at },
          newText: `${indent}<!-- kracht-disable-next-line ${ruleId} -->${context.eol}`,
        },
      ],
    };
  }
  const place = inlinePlace(text);
  const at = context.lines.position(start + place);
  // Right before a closing backslash, no space: a literal one would read "tips. \" instead of "tips.\".
  const space = text[place] === '\\' ? '' : ' ';
  return {
    kind: 'silence',
    title,
    edits: [{ range: { start: at, end: at }, newText: `${space}<!-- kracht-disable-line ${ruleId} -->` }],
  };
}

/**
 * Where on a line an inline comment changes nothing the line renders: after its text, before trailing
 * white space (a hard break), a closing backslash (a hard break) or a table row's last pipe.
 */
function inlinePlace(line: string): number {
  let end = line.trimEnd().length;
  if (line.slice(0, end).trimStart().startsWith('|') && line[end - 1] === '|') end--;
  else if (line[end - 1] === '\\') return end - 1;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  return end;
}
