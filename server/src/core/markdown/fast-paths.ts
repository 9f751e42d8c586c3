// Chunks read without micromark: front matter alone, and plain paragraphs with no Markdown syntax in them.
import { defuse } from '../guard';
import { OffsetWriter, type HeadingBlock, type Prose, type MarkdownDocument } from './types';
import { inlineRanges } from './plain-inline';
import { frontMatterOpening } from './chunks';
import { addParagraph } from './parse';
import { fold } from './render';

// Characters that can start Markdown syntax anywhere in a line (or, for tabs, change how a line is
// measured), other than the emphasis and link syntax plain-inline.ts reads. Lines may end in LF or CRLF;
// a lone CR leaves the chunk to micromark. A chunk without them, whose lines start plainly, is read
// without micromark. A line's first character is a letter, a quote or a parenthesis, so no paragraph
// opens in bold (a lone bold span would be a heading).
const syntaxCharacter = /[\t\0_<|`~\\&=$]/u;
const loneCarriageReturn = /\r(?!\n)/u;
const plainStart = /[\p{L}"'“‘„(]/u;
const orderedMarker = /^(\d{1,9})\. /u;
const delimiters = /[()\-+!*[\]>]/gu;

/**
 * Reads a chunk that is front matter and nothing else (an opening `---` line, any lines, a closing
 * `---` line, then only blank lines) as micromark's front-matter extension does; null for anything
 * else. Most reports open with such a chunk, and for a one-file run it was the only one that still
 * loaded and ran micromark. A property test holds the result to micromark's.
 */
export function parseFrontMatterChunk(chunk: string): MarkdownDocument | null {
  const opening = frontMatterOpening.exec(chunk);
  // No-break spaces and over-deep structure are the guard's to rewrite before micromark reads them.
  if (!opening || chunk.includes('\u00a0') || defuse(chunk).text !== chunk) return null;
  const valueStart = opening[0].length;
  let lineStart = valueStart;
  while (lineStart <= chunk.length) {
    const ending = /\r\n|\r|\n/gu;
    ending.lastIndex = lineStart;
    const found = ending.exec(chunk);
    const lineEnd = found ? found.index : chunk.length;
    if (/^---[ \t]*$/u.test(chunk.slice(lineStart, lineEnd))) {
      // Only blank lines may follow the closing fence.
      if (!/^[ \t\r\n]*$/u.test(chunk.slice(lineEnd))) return null;
      const value = chunk.slice(valueStart, lineStart).replace(/(?:\r\n|\r|\n)$/u, '');
      return { frontMatter: { value, start: 0, end: lineEnd }, headings: [], blocks: [], comments: [] };
    }
    if (!found) return null;
    lineStart = lineEnd + found[0].length;
  }
  return null;
}

/**
 * Reads a chunk of plain prose: ATX headings, `- ` and `1. ` list items (task items too), block quotes and
 * paragraphs of words and punctuation with simple emphasis, inline links (plain-inline.ts) and hard breaks,
 * indented less than four spaces, no other syntax. Most of a report looks like this, and reading it by hand is
 * several times cheaper than micromark. Returns null for anything else, which micromark then parses; a
 * property test holds both to the same result for every chunk read here.
 */
export function parsePlainChunk(chunk: string): MarkdownDocument | null {
  if (syntaxCharacter.test(chunk) || loneCarriageReturn.test(chunk)) return null;
  const document: MarkdownDocument = { frontMatter: null, headings: [], blocks: [], comments: [] };
  let paragraph: OffsetWriter | null = null;
  let quoted = false;
  // The open paragraph is an ordered list item's.
  let ordered = false;
  let text = '';
  let end = 0;
  let breakAt = 0;
  const close = (): void => {
    if (paragraph) addParagraph(document, { text, offsets: paragraph.done() }, end);
    paragraph = null;
    quoted = false;
    ordered = false;
    text = '';
  };
  let lineStart = 0;
  while (lineStart <= chunk.length) {
    let lineEnd = chunk.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = chunk.length;
    // The line's text ends before its line ending, LF or CRLF.
    const contentEnd = lineEnd > lineStart && chunk.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    let indent = lineStart;
    while (indent < contentEnd && chunk.charCodeAt(indent) === 32) indent++;
    if (indent === contentEnd) {
      close();
      lineStart = lineEnd + 1;
      continue;
    }
    if (indent - lineStart >= 4) return null;
    if (contentEnd - lineStart > 128 && tooManyDelimiters(chunk.slice(lineStart, contentEnd))) return null;
    const first = chunk[indent]!;
    let content = indent;
    if (first === '#') {
      const heading = plainHeading(chunk, indent, contentEnd);
      if (!heading) return null;
      close();
      document.headings.push(heading);
      lineStart = lineEnd + 1;
      continue;
    }
    const numbered = first >= '0' && first <= '9' ? orderedMarker.exec(chunk.slice(indent, indent + 11)) : null;
    // A line that is not a quote's own, right after a quoted paragraph, would continue it lazily.
    if (quoted && first !== '>') return null;
    if (first === '-' || first === '>') {
      content = indent + 2;
      if (chunk[indent + 1] !== ' ') return null;
      if (first === '-' && /^\[[ xX]\] /u.test(chunk.slice(content, content + 4))) content += 4;
      if (!plainStart.test(chunk[content] ?? '')) return null;
      if (first === '-' || !quoted) close();
      quoted = first === '>';
    } else if (numbered) {
      // An item numbered other than 1 cannot interrupt a paragraph: after one that is no ordered item, it continues it.
      if (paragraph && numbered[1] !== '1' && !ordered) return null;
      content = indent + numbered[0].length;
      if (!plainStart.test(chunk[content] ?? '')) return null;
      close();
      ordered = true;
    } else if (!plainStart.test(first)) {
      return null;
    }
    let textEnd = contentEnd;
    while (chunk.charCodeAt(textEnd - 1) === 32) textEnd--;
    const ranges = inlineRanges(chunk, content, textEnd);
    if (!ranges) return null;
    if (paragraph) {
      // A line break where the previous line's text ended (a hard one at its two or more trailing
      // spaces, a soft one at the line ending); the next line's indentation is not text.
      text += '\n';
      (paragraph as OffsetWriter).push(end - breakAt >= 2 ? breakAt : end);
    } else {
      paragraph = new OffsetWriter(contentEnd - content);
    }
    for (let r = 0; r < ranges.length; r += 2) {
      text += chunk.slice(ranges[r], ranges[r + 1]);
      for (let i = ranges[r]!; i < ranges[r + 1]!; i++) (paragraph as OffsetWriter).push(i);
    }
    end = contentEnd;
    breakAt = textEnd;
    lineStart = lineEnd + 1;
  }
  close();
  return document;
}

/** An ATX heading of plain words (no closing hashes, no trailing white space), or null. */
function plainHeading(chunk: string, indent: number, contentEnd: number): HeadingBlock | null {
  let hashes = 0;
  while (chunk[indent + hashes] === '#') hashes++;
  const content = indent + hashes + 1;
  if (
    hashes > 6 ||
    chunk[content - 1] !== ' ' ||
    chunk.charCodeAt(contentEnd - 1) === 32 ||
    !plainStart.test(chunk[content] ?? '') ||
    /[#*[\]]/u.test(chunk.slice(content, contentEnd))
  )
    return null;
  return { text: fold(plainLine(chunk, content, contentEnd)).text, depth: hashes, start: indent, end: contentEnd };
}

/** One line's characters with their offsets. */
function plainLine(chunk: string, start: number, end: number): Prose {
  const offsets = new Int32Array(end - start);
  for (let i = start; i < end; i++) offsets[i - start] = i;
  return { text: chunk.slice(start, end), offsets };
}

/** A long line with more of one delimiter than the guard allows: the guard would change it, so micromark reads it. */
function tooManyDelimiters(line: string): boolean {
  const counts = new Map<string, number>();
  for (const [char] of line.matchAll(delimiters)) {
    const count = (counts.get(char) ?? 0) + 1;
    if (count > 128) return true;
    counts.set(char, count);
  }
  return false;
}
