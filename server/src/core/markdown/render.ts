// Phrasing content to plain text, every character keeping its source offset; logistics lines dropped.
import type { Nodes, PhrasingContent } from 'mdast';
import { isSpace } from '../words';
import { OffsetWriter, type Prose } from './types';
import { functionWords } from '../../lexicons';

// A field label (lexicons: metadataFields), a colon, its value.
const logisticsField = new RegExp(
  `^(?:${[...functionWords.metadataFields]
    .map((field) => field.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
    .join('|')})\\s*:\\s*(.*)$`,
  'iu',
);

export function startOf(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}

export function endOf(node: Nodes): number {
  return node.position?.end.offset ?? 0;
}

/** Renders phrasing content to plain text; each character keeps its source offset. */
export function render(children: readonly PhrasingContent[], source: string): Prose {
  const span = children.length > 0 ? endOf(children[children.length - 1]!) - startOf(children[0]!) : 0;
  const out: Rendering = { text: '', offsets: new OffsetWriter(span) };
  // An explicit stack instead of recursion: nesting depth never costs call stack.
  const stack: PhrasingContent[] = [...children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        align(node.value, source, startOf(node), endOf(node), out);
        break;
      case 'break':
        out.text += '\n';
        out.offsets.push(startOf(node));
        break;
      case 'html':
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
        break;
      default:
        if ('children' in node)
          for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as PhrasingContent);
    }
  }
  return { text: out.text, offsets: out.offsets.done() };
}

interface Rendering {
  text: string;
  offsets: OffsetWriter;
}

/**
 * Maps each character of a node's value onto its source slice. The value is the
 * source minus syntax (escapes, block-quote markers, indentation), so a greedy
 * walk finds every character in one pass; one that cannot be found (an entity) keeps the
 * current source position.
 */
function align(value: string, source: string, start: number, end: number, out: Rendering): void {
  let cursor = start;
  const fallback = Math.max(start, end - 1);
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    let found = -1;
    // Within a line only escapes and entities hide source characters; at a line start
    // a container prefix (quote markers, list indentation) can be any length but never
    // holds a line end, so the search runs to the next one.
    const lineStart = i > 0 && value.charCodeAt(i - 1) === 10;
    const limit = lineStart ? end : Math.min(end, cursor + 16);
    for (let j = cursor; j < limit; j++) {
      const at = source.charCodeAt(j);
      if (at === code || (code === 10 && at === 13)) {
        found = j;
        break;
      }
      if (lineStart && (at === 10 || at === 13)) break;
    }
    if (found >= 0) {
      out.offsets.push(found);
      cursor = found + 1;
      if (code === 10 && source.charCodeAt(found) === 13 && source.charCodeAt(found + 1) === 10) cursor++;
    } else {
      out.offsets.push(Math.min(cursor, fallback));
    }
  }
  out.text += value;
}

/** Drops lines that only carry logistics ("Datum: 12 maart", "Coach: M. Verhoef"). */
export function withoutMetadataLines(prose: Prose): Prose {
  const lines = prose.text.split('\n');
  if (!lines.some(isMetadataLine)) return prose;
  const offsets = new Int32Array(prose.offsets.length);
  let length = 0;
  const kept: string[] = [];
  let lineStart = 0;
  for (const line of lines) {
    const end = Math.min(lineStart + line.length + 1, prose.text.length);
    if (!isMetadataLine(line)) {
      kept.push(prose.text.slice(lineStart, end));
      offsets.set(prose.offsets.subarray(lineStart, end), length);
      length += end - lineStart;
    }
    lineStart += line.length + 1;
  }
  return { text: kept.join(''), offsets: offsets.subarray(0, length) };
}

const speechPronouns = functionWords.speechPronouns;

/** A logistics field followed by a short value: a name, date, time, place or number. */
export function isMetadataLine(line: string): boolean {
  const match = logisticsField.exec(line.trim());
  if (!match) return false;
  const value = match[1]!.trim();
  const words = value.split(/\s+/u).filter(Boolean);
  if (words.length === 0) return true;
  if (words.length > 8) return false;
  // "Coach: Wat zou je helpen?", "Cliënt: Ik voel me leeg.", "Coach: Wat zou helpen?": speech after a speaker
  // label, not a field; no name, date, place or number ends in a question or exclamation mark.
  if (
    words.some((word) => speechPronouns.has(word.toLowerCase())) ||
    /[?!]["'”’]?$/u.test(value) ||
    (words.length >= 4 && /[.]["'”’]?$/u.test(value))
  )
    return false;
  // "Coach: book the room for session 4" is an action line, not a field.
  return /\d/u.test(value) || /^[\p{Lu}]/u.test(value) || words.length <= 3;
}

/** Folds every run of white space to one space and trims, keeping offsets. */
export function fold(prose: Prose): Prose {
  const offsets = new Int32Array(prose.text.length);
  let length = 0;
  const chunks: string[] = [];
  let runStart = -1;
  let pendingSpace = -1;
  const flush = (end: number): void => {
    if (runStart >= 0) chunks.push(prose.text.slice(runStart, end));
    runStart = -1;
  };
  for (let i = 0; i < prose.text.length; i++) {
    const code = prose.text.charCodeAt(i);
    if (isSpace(code)) {
      flush(i);
      if (pendingSpace < 0) pendingSpace = prose.offsets[i]!;
      continue;
    }
    if (pendingSpace >= 0 && length > 0) {
      chunks.push(' ');
      offsets[length++] = pendingSpace;
    }
    pendingSpace = -1;
    if (runStart < 0) runStart = i;
    offsets[length++] = prose.offsets[i]!;
  }
  flush(prose.text.length);
  return { text: chunks.join(''), offsets: offsets.subarray(0, length) };
}
