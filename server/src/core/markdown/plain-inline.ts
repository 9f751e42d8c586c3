// The inline syntax coaches sprinkle in plain prose, read without micromark: `*emphasis*`, `**strong**`
// and `[inline links](url)` in their simplest, unambiguous forms. Anything else is left to micromark.

const asterisk = 42;
const openBracket = 91;
const closeBracket = 93;
const letter = /\p{L}/u;
const letterOrDigit = /[\p{L}\p{N}]/u;
// What may follow a closing emphasis run so that it closes and opens nothing (CommonMark flanking rules).
const afterCloser = /[ .,;:!?)]/u;
// A link destination without spaces, brackets, angle brackets, escapes or emphasis markers.
const plainDestination = /^[^\s()<>\\[\]*]+$/u;

/**
 * The source ranges of a line's text once its emphasis markers and link syntax are left out, as flat
 * [from, to) pairs; null when the line holds a bracket or asterisk in any other form. Emphasis opens
 * after a space, `(` or the line start before a letter and closes, on the same line, after a letter or
 * digit before a space, punctuation or the line end: such runs are left- and right-flanking as they
 * must be, so micromark reads them as emphasis whatever the rest of the line holds.
 */
export function inlineRanges(source: string, start: number, end: number): number[] | null {
  const ranges: number[] = [];
  let keep = start;
  let i = start;
  while (i < end) {
    const code = source.charCodeAt(i);
    if (code === asterisk) {
      const close = emphasisClose(source, start, end, i);
      if (close < 0) return null;
      const run = source.charCodeAt(i + 1) === asterisk ? 2 : 1;
      ranges.push(keep, i, i + run, close);
      keep = i = close + run;
    } else if (code === openBracket) {
      const link = inlineLink(source, start, end, i);
      if (!link) return null;
      ranges.push(keep, i, i + 1, link.textEnd);
      keep = i = link.end;
    } else if (code === closeBracket) {
      return null;
    } else {
      i++;
    }
  }
  ranges.push(keep, end);
  return ranges;
}

/** Where the emphasis opened at `open` closes (the closing run's first marker), or -1. */
function emphasisClose(source: string, lineStart: number, end: number, open: number): number {
  const run = source.charCodeAt(open + 1) === asterisk ? 2 : 1;
  if (source.charCodeAt(open + run) === asterisk) return -1;
  const before = open === lineStart ? ' ' : source[open - 1]!;
  if ((before !== ' ' && before !== '(') || !letter.test(source[open + run] ?? '')) return -1;
  const close = source.indexOf('*', open + run);
  if (close < 0 || close + run > end) return -1;
  for (let k = 1; k < run; k++) if (source.charCodeAt(close + k) !== asterisk) return -1;
  if (close + run < end && !afterCloser.test(source[close + run]!)) return -1;
  if (!letterOrDigit.test(source[close - 1]!)) return -1;
  const inner = source.slice(open + run, close);
  return inner.includes('[') || inner.includes(']') ? -1 : close;
}

/** An inline link `[text](destination)` opening at `open`: where its text ends and the link ends. */
function inlineLink(
  source: string,
  lineStart: number,
  end: number,
  open: number,
): { textEnd: number; end: number } | null {
  if (open > lineStart && source[open - 1] === '!') return null;
  const textEnd = source.indexOf(']', open + 1);
  if (textEnd < 0 || textEnd >= end || source[textEnd + 1] !== '(' || !letter.test(source[open + 1] ?? '')) return null;
  const text = source.slice(open + 1, textEnd);
  if (text.includes('[') || text.includes('*')) return null;
  const destinationEnd = source.indexOf(')', textEnd + 2);
  if (destinationEnd < 0 || destinationEnd >= end) return null;
  return plainDestination.test(source.slice(textEnd + 2, destinationEnd)) ? { textEnd, end: destinationEnd + 1 } : null;
}
