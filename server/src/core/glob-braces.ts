/** At most this many patterns from one glob's braces: `{a,b}{c,d}…` grows exponentially. */
export const maxAlternatives = 256;
const maxRange = 1000;

/**
 * The patterns a glob's braces stand for, as picomatch expands them: `{a,b}`, nested `{a,{b,c}}`,
 * ranges `{1..3}` and `{a..c}`; `{a}` and an unclosed brace are literal, `\{` is escaped. `truncated`
 * when there were more than {@link maxAlternatives}.
 */
export function expandBraces(pattern: string): { alternatives: string[]; truncated: boolean } {
  const alternatives: string[] = [];
  let truncated = false;
  const expand = (text: string, from: number): void => {
    if (alternatives.length >= maxAlternatives) {
      truncated = true;
      return;
    }
    const open = nextOpen(text, from);
    const close = open < 0 ? -1 : matchingClose(text, open);
    if (close < 0) {
      alternatives.push(text);
      return;
    }
    const head = text.slice(0, open);
    const tail = text.slice(close + 1);
    const parts = topLevelParts(text.slice(open + 1, close));
    const choices = parts.length > 1 ? parts : range(parts[0]!);
    // "{a}": literal braces; look for the next brace after this one.
    if (!choices) return expand(text, open + 1);
    for (const choice of choices) expand(head + choice + tail, head.length);
  };
  expand(pattern, 0);
  return { alternatives, truncated };
}

/** The first unescaped `{` at or after `from`, outside a `[…]` class. */
function nextOpen(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '[') {
      const close = text.indexOf(']', i + 2);
      if (close > 0) i = close;
    } else if (text[i] === '{') return i;
  }
  return -1;
}

function matchingClose(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** The comma-separated parts of a brace's inside, not splitting inside nested braces or extglob groups. */
function topLevelParts(inside: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inside.length; i++) {
    const char = inside[i];
    if (char === '\\') i++;
    else if (char === '{' || char === '(') depth++;
    else if (char === '}' || char === ')') depth--;
    else if (char === ',' && depth === 0) {
      parts.push(inside.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(inside.slice(start));
  return parts;
}

/** `1..3` → 1, 2, 3 and `a..c` → a, b, c (either way round); null for anything else. */
function range(inside: string): string[] | null {
  const numbers = /^(-?\d+)\.\.(-?\d+)$/u.exec(inside);
  const letters = /^([a-zA-Z])\.\.([a-zA-Z])$/u.exec(inside);
  if (!numbers && !letters) return null;
  const [from, to] = numbers
    ? [Number(numbers[1]), Number(numbers[2])]
    : [letters![1]!.charCodeAt(0), letters![2]!.charCodeAt(0)];
  if (Math.abs(to - from) >= maxRange) return null;
  const out: string[] = [];
  for (let v = from; from <= to ? v <= to : v >= to; v += from <= to ? 1 : -1)
    out.push(numbers ? String(v) : String.fromCharCode(v));
  return out;
}
