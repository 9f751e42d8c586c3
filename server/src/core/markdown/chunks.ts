// Where a report may be cut: top-level chunks that parse the same alone as together, recut around an edit.
export type Chunk = { start: number; text: string };

/** A text and the chunks it was cut into: what an edited version of it is recut from. */
export interface Chunking {
  text: string;
  chunks: Chunk[];
}

/**
 * Cuts a document into top-level chunks that parse the same alone as together. Given the chunking of
 * the version before an edit, the chunks before and after the edit are taken over (the same strings,
 * so their cached parses are found without hashing their text again) and only those around it are cut anew.
 */
export function topLevelChunks(text: string, previous: Chunking | null = null): Chunk[] {
  return previous ? rechunk(previous, text) : chunkFrom(text, 0, opensFrontMatter(text), []);
}

// The opening fence of front matter, as micromark's extension reads it: `---` at the very start,
// blanks, a line ending.
export const frontMatterOpening = /^---[ \t]*(?:\r\n|\r|\n)/u;

function opensFrontMatter(text: string): boolean {
  return frontMatterOpening.test(text);
}

/**
 * Cuts a text that differs from an earlier one in one region. A chunk boundary depends only on the
 * text before it and the character it starts with, and at a boundary nothing is open (no fence,
 * comment or front matter): so every earlier boundary in the unchanged beginning still holds, and
 * once the new cut reaches a boundary that also began an unchanged chunk of the end, the rest is
 * the old cut, shifted.
 */
function rechunk(previous: { text: string; chunks: Chunk[] }, text: string): Chunk[] {
  const old = previous.chunks;
  const delta = text.length - previous.text.length;
  // Unchanged leading chunks, each followed by the same character (the start of the next one).
  let front = 0;
  while (front < old.length - 1) {
    const chunk = old[front]!;
    const end = chunk.start + chunk.text.length;
    if (!sameAt(text, chunk.start, chunk.text) || text.charCodeAt(end) !== previous.text.charCodeAt(end)) break;
    front++;
  }
  const resumeAt = front > 0 ? old[front]!.start : 0;
  // Unchanged trailing chunks, at their shifted place.
  let back = old.length;
  while (back > front) {
    const chunk = old[back - 1]!;
    const start = chunk.start + delta;
    if (start <= resumeAt || !sameAt(text, start, chunk.text)) break;
    back--;
  }
  const chunks = old.slice(0, front);
  let next = back;
  const joinsOld = (boundary: number): boolean => {
    while (next < old.length && old[next]!.start + delta < boundary) next++;
    if (next >= old.length || old[next]!.start + delta !== boundary) return false;
    for (let i = next; i < old.length; i++)
      chunks.push(delta === 0 ? old[i]! : { start: old[i]!.start + delta, text: old[i]!.text });
    return true;
  };
  return chunkFrom(
    text,
    resumeAt,
    resumeAt === 0 && opensFrontMatter(text),
    chunks,
    back < old.length ? joinsOld : undefined,
  );
}

/**
 * Whether `part` stands in `text` at `start`. A slice compared whole is a memory compare; `startsWith` went character
 * by character, ten times slower.
 */
function sameAt(text: string, start: number, part: string): boolean {
  return text.slice(start, start + part.length) === part;
}

/**
 * Cuts chunks from `from` (the start of the text or a chunk boundary) onwards, appending to `chunks`.
 * `joinsOld` is asked at every new boundary; when it answers true it has appended the rest itself.
 */
function chunkFrom(
  text: string,
  from: number,
  inFrontMatterAtStart: boolean,
  chunks: Chunk[],
  joinsOld?: (boundary: number) => boolean,
): Chunk[] {
  let chunkStart = from;
  let lineStart = from;
  let fence: string | null = null;
  let inComment = false;
  let inFrontMatter = inFrontMatterAtStart;
  let previousBlank = false;
  let first = from === 0;
  const cursor = { end: 0, next: 0 };
  for (;;) {
    // Most lines are prose: look at their characters in place, and cut a line out only when it may hold syntax.
    const shape = scanLine(text, lineStart, cursor);
    const lineEnd = cursor.end;
    const line = shape === 'prose' || shape === 'blank' ? '' : text.slice(lineStart, lineEnd);
    if (inFrontMatter) {
      if (!first && /^(---|\.\.\.)[ \t]*$/u.test(text.slice(lineStart, lineEnd))) inFrontMatter = false;
    } else if (fence) {
      if (line && new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \t]*$`, 'u').test(line))
        fence = null;
    } else if (inComment) {
      if (text.slice(lineStart, lineEnd).includes('-->')) inComment = false;
    } else {
      // A chunk starts at a line flush left after a blank line: nothing before it can continue into it.
      if (previousBlank && shape !== 'blank' && !/\s/u.test(text[lineStart] ?? ' ') && lineStart > chunkStart) {
        chunks.push({ start: chunkStart, text: text.slice(chunkStart, lineStart) });
        chunkStart = lineStart;
        if (joinsOld?.(lineStart)) return chunks;
      }
      const opening = line ? /^ {0,3}(`{3,}|~{3,})/u.exec(line) : null;
      if (opening) fence = opening[1]!;
      else if (line && line.lastIndexOf('<!--') > line.lastIndexOf('-->')) inComment = true;
    }
    previousBlank = shape === 'blank' || (shape === 'other' && line.trim() === '');
    first = false;
    if (cursor.next < 0) break;
    lineStart = cursor.next;
  }
  if (chunkStart < text.length || chunks.length === 0) chunks.push({ start: chunkStart, text: text.slice(chunkStart) });
  return chunks;
}

/**
 * Reads one line in a single pass: where it ends (`cursor.end`), where the next begins (`cursor.next`,
 * -1 after the last; CR, LF and CRLF end a line), and how it may matter to chunking: blank (spaces
 * and tabs only), prose (ASCII text with no `<` and no fence character after its indentation), or
 * other (everything else, looked at closely).
 */
function scanLine(text: string, start: number, cursor: { end: number; next: number }): 'blank' | 'prose' | 'other' {
  const length = text.length;
  let i = start;
  while (i < length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  let shape: 'blank' | 'prose' | 'other' = 'blank';
  if (i < length) {
    const first = text.charCodeAt(i);
    if (first !== 10 && first !== 13) shape = first === 96 || first === 126 ? 'other' : 'prose';
  }
  for (; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) break;
    if (shape === 'prose' && (code === 60 || code > 127 || code < 32)) shape = 'other';
  }
  cursor.end = i;
  cursor.next = i >= length ? -1 : text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  return shape;
}
