// Hostile Markdown (100,000 nested block quotes, brackets or emphasis markers) makes a CommonMark
// parser's work grow far faster than the text. Before parsing, structure deeper than Kracht reads is
// turned into no-break spaces, one for each character it replaces: text to a Markdown parser, white
// space to Kracht's reader. Every offset, and so every range, stays where it was.

/** How deep Kracht reads nested structure; anything deeper is plain text. */
export const maxDepth = 64;

// Per line, more of one inline delimiter than any report needs.
const maxDelimitersPerLine = 128;
// Leading indentation beyond this many columns cannot open more structure.
const maxIndent = maxDepth * 2;
// Reports nest two or three levels. Structure deeper than `shallow` costs the parser on every line it
// spans, so over the whole document it gets a budget; once spent, such structure is plain text.
const shallow = 4;
const deepBudget = 4096;

/** Returns the text with over-deep structure neutralised (same length), and whether anything changed. */
export function defuse(text: string): { text: string; changed: boolean } {
  let changed = false;
  const budget = { deep: deepBudget };
  const lines = text.split(/(\r\n|\r|\n)/u);
  for (let i = 0; i < lines.length; i += 2) {
    const line = lines[i]!;
    // Most lines open no structure and hold few delimiters: leave them without a second look.
    if (line.length <= maxDelimitersPerLine && !/^[ \t>+*\-\d]/u.test(line)) continue;
    const fixed = defuseLine(line, budget);
    if (fixed !== line) {
      lines[i] = fixed;
      changed = true;
    }
  }
  return changed ? { text: lines.join(''), changed } : { text, changed };
}

function defuseLine(line: string, budget: { deep: number }): string {
  let out = line;
  // Container markers at the start of the line: block quotes and list bullets.
  const prefix = /^(?:[ \t]*(?:>|[-+*][ \t]|\d{1,9}[.)][ \t]))+/u.exec(out);
  if (prefix) {
    let depth = 0;
    let cut = -1;
    const pattern = /[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t]))/gu;
    for (const match of prefix[0].matchAll(pattern)) {
      depth++;
      if (depth > shallow) budget.deep--;
      if (depth > maxDepth || (depth > shallow && budget.deep < 0)) {
        cut = match.index;
        break;
      }
    }
    // The markers past the limit become no-break spaces: text to a Markdown parser, white space to the reader.
    if (cut >= 0) out = out.slice(0, cut) + '\u00a0'.repeat(prefix[0].length - cut) + out.slice(prefix[0].length);
  }
  const indent = /^[ \t]*/u.exec(out)![0].length;
  if (indent > shallow * 2) budget.deep -= Math.floor(indent / 2) - shallow;
  if (indent > maxIndent || (indent > shallow * 2 && budget.deep < 0))
    out = '\u00a0'.repeat(indent) + out.slice(indent);
  if (out.length > maxDelimitersPerLine) out = capDelimiters(out);
  return out;
}

/** Turns every delimiter past the per-line cap into a no-break space. */
function capDelimiters(line: string): string {
  const counts = new Map<string, number>();
  return line.replace(/[>[\]()*_`<\-+~|!]/gu, (char) => {
    const count = (counts.get(char) ?? 0) + 1;
    counts.set(char, count);
    return count > maxDelimitersPerLine ? '\u00a0' : char;
  });
}
