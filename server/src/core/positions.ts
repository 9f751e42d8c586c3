import type { Position, Range } from './types';

/** Converts UTF-16 offsets to LSP positions; CR, LF and CRLF each end a line. */
export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(private readonly text: string) {
    // Most reports end lines in LF alone: the engine's own search finds those several times faster
    // than a loop over every character, and this index is rebuilt on every keystroke.
    if (!text.includes('\r')) {
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.lineStarts.push(i + 1);
      } else if (code === 10 /* \n */) {
        this.lineStarts.push(i + 1);
      }
    }
  }

  // The line of the last look-up: the analysis asks in document order, so the next answer is
  // nearly always on that line or the one after, and needs no search.
  private hint = 0;

  /** The position of an offset, clamped to the text. */
  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.lineStarts;
    const last = starts.length - 1;
    let low = 0;
    let high = last;
    const hint = this.hint;
    if (starts[hint]! <= clamped) {
      if (hint === last || starts[hint + 1]! > clamped) return { line: hint, character: clamped - starts[hint]! };
      low = hint + 1;
    } else {
      high = hint - 1;
    }
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    this.hint = low;
    return { line: low, character: clamped - starts[low]! };
  }

  /** The offset of a position, clamped to its line and the text. */
  offset(position: Position): number {
    const line = Math.max(0, Math.min(position.line, this.lineStarts.length - 1));
    const start = this.lineStarts[line]!;
    const end = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1]! : this.text.length;
    return Math.min(start + Math.max(0, position.character), end);
  }

  /** The range between two offsets. */
  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }

  /** The range of the whole line holding an offset, without its line ending. */
  lineRange(line: number): Range {
    const start = this.lineStarts[Math.min(line, this.lineStarts.length - 1)]!;
    let end = start;
    while (end < this.text.length && this.text[end] !== '\n' && this.text[end] !== '\r') end++;
    return this.range(start, end);
  }

  /** The text of a line, without its line ending. */
  lineText(line: number): string {
    const range = this.lineRange(line);
    return this.text.slice(this.offset(range.start), this.offset(range.end));
  }

  /** Number of lines. */
  get lineCount(): number {
    return this.lineStarts.length;
  }
}

/** True when a position lies within a range, both ends included. */
export function rangeContains(range: Range, position: Position): boolean {
  const afterStart =
    position.line > range.start.line ||
    (position.line === range.start.line && position.character >= range.start.character);
  const beforeEnd =
    position.line < range.end.line || (position.line === range.end.line && position.character <= range.end.character);
  return afterStart && beforeEnd;
}
