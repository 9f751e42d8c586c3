/** A run of whole paragraphs of a text: where it starts, in characters and in lines. */
export interface Slice {
  text: string;
  start: number;
  line: number;
}

/**
 * A long text in runs of whole paragraphs of about `size` characters, each cut at a blank line outside a
 * fenced code block, so that every run reads as Markdown as it would in the whole. A run grows past
 * `size` where no such line comes sooner. The runs together are the text.
 */
export function paragraphSlices(text: string, size: number): Slice[] {
  const slices: Slice[] = [];
  let start = 0;
  let line = 0;
  while (start < text.length) {
    const end = cutAfter(text, start, start + size);
    const piece = text.slice(start, end);
    slices.push({ text: piece, start, line });
    line += countNewlines(piece);
    start = end;
  }
  return slices;
}

/**
 * The first blank-line boundary at or after `from`, outside a fence opened since `start`; the text's end without one.
 */
function cutAfter(text: string, start: number, from: number): number {
  if (from >= text.length) return text.length;
  let fenced = false;
  let at = start;
  while (at < text.length) {
    const next = text.indexOf('\n', at);
    const lineEnd = next === -1 ? text.length : next;
    const content = text.slice(at, lineEnd);
    if (/^ {0,3}(?:```|~~~)/u.test(content)) fenced = !fenced;
    const blank = content.trim() === '';
    if (blank && !fenced && at >= from) return next === -1 ? text.length : next + 1;
    if (next === -1) return text.length;
    at = next + 1;
  }
  return text.length;
}

function countNewlines(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}
