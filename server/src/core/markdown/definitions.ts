// Link reference definitions hold for the whole document, but chunks are parsed apart: each chunk that may
// use one is parsed with the document's definitions after it, where they shift no offset and add no prose.
// A definition-like line inside a fenced block is taken too: it can resolve a reference, never add prose.

/** A whole definition on one line: `[label]: destination "title"`, indented less than four spaces. */
const definitionLine =
  /^ {0,3}\[(?!\s*\])(?:\\.|[^\\[\]]){1,999}\]:[ \t]*(?:<[^<>\n\\]*>|[^\s<>()\\]+)(?:[ \t]+(?:"[^"\\]*"|'[^'\\]*'|\([^()\\]*\)))?[ \t]*$/u;

/** Where a definition may start: the text's start, or a line after a blank one (one cannot interrupt a paragraph). */
const afterBlank = /(?:^|\n[ \t]*\r?\n)(?= {0,3}\[)/gu;

/** The document's definitions, as lines to append; '' when it has none. */
export function linkDefinitions(chunks: readonly { text: string }[]): string {
  const lines: string[] = [];
  for (const { text } of chunks) {
    if (!text.includes('[')) continue;
    for (const found of text.matchAll(afterBlank)) {
      // Line by line, stopping at the first that is not a definition: a long chunk is not split whole.
      for (let start = found.index + found[0].length; start < text.length;) {
        const end = text.indexOf('\n', start);
        const line = text.slice(start, end < 0 ? text.length : end).replace(/\r$/u, '');
        if (!definitionLine.test(line)) break;
        lines.push(line.trim());
        start = end < 0 ? text.length : end + 1;
      }
    }
  }
  return lines.join('\n');
}

/** What to parse for a unit: its text, followed by the definitions where it may refer to one. */
export function withDefinitions(text: string, definitions: string): string {
  return definitions && text.includes(']') ? `${text}\n\n${definitions}\n` : text;
}
