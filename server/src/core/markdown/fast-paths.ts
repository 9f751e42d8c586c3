// Chunks read without micromark: front matter alone, and plain paragraphs with no Markdown syntax in them.
import { defuse } from '../guard';
import { OffsetWriter, type Prose, type MarkdownDocument } from './types';
import { frontMatterOpening } from './chunks';
import { addParagraph } from './parse';
import { fold } from './render';

// Characters that can start Markdown syntax anywhere in a line (or, for tabs, change how a line is
// measured). Lines may end in LF or CRLF; a lone CR leaves the chunk to micromark. A chunk without
// them, whose lines start plainly, is read without micromark.
const syntaxCharacter = /[\t\0*_[\]<>|`~\\&=$]/u;
const loneCarriageReturn = /\r(?!\n)/u;
const plainStart = /[\p{L}"'“‘„(]/u;
const delimiters = /[()\-+!]/gu;

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
 * Reads a chunk of plain prose: ATX headings, `- ` list items and paragraphs of words and punctuation,
 * indented less than four spaces, no trailing white space, no other syntax. Most of a report looks like
 * this, and reading it by hand is several times cheaper than micromark. Returns null for anything else,
 * which micromark then parses; a property test holds both to the same result for every chunk read here.
 */
export function parsePlainChunk(chunk: string): MarkdownDocument | null {
  if (syntaxCharacter.test(chunk) || loneCarriageReturn.test(chunk)) return null;
  const document: MarkdownDocument = { frontMatter: null, headings: [], blocks: [], comments: [] };
  let paragraph: OffsetWriter | null = null;
  let text = '';
  let end = 0;
  const close = (): void => {
    if (paragraph) addParagraph(document, { text, offsets: paragraph.done() }, end);
    paragraph = null;
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
    } else {
      if (indent - lineStart >= 4 || chunk.charCodeAt(contentEnd - 1) === 32) return null;
      if (contentEnd - lineStart > 128 && tooManyDelimiters(chunk.slice(lineStart, contentEnd))) return null;
      const first = chunk[indent]!;
      let content = indent;
      if (first === '#') {
        let hashes = 0;
        while (chunk[indent + hashes] === '#') hashes++;
        content = indent + hashes + 1;
        if (
          hashes > 6 ||
          chunk[content - 1] !== ' ' ||
          !plainStart.test(chunk[content] ?? '') ||
          chunk.slice(content, contentEnd).includes('#')
        )
          return null;
        close();
        document.headings.push({
          text: fold(plainLine(chunk, content, contentEnd)).text,
          depth: hashes,
          start: indent,
          end: contentEnd,
        });
        lineStart = lineEnd + 1;
        continue;
      }
      if (first === '-') {
        content = indent + 2;
        if (chunk[indent + 1] !== ' ' || !plainStart.test(chunk[content] ?? '')) return null;
        close();
      } else if (!plainStart.test(first)) {
        return null;
      }
      if (paragraph) {
        // A soft line break where the previous line's text ended; the next line's indentation is not text.
        text += '\n';
        (paragraph as OffsetWriter).push(end);
      } else {
        paragraph = new OffsetWriter(contentEnd - content);
      }
      text += chunk.slice(content, contentEnd);
      for (let i = content; i < contentEnd; i++) (paragraph as OffsetWriter).push(i);
      end = contentEnd;
    }
    lineStart = lineEnd + 1;
  }
  close();
  return document;
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
