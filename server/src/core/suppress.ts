import type { LineIndex } from './positions';

/** Which rules are silenced on which lines, from `<!-- kracht-... -->` comments. */
export interface Suppressions {
  /** True when the rule's finding starting on this zero-based line is silenced. */
  silenced(ruleId: string, line: number): boolean;
}

const directive = /^<!--\s*kracht-(disable-next-line|disable|enable)((?:\s+[\w/-]+)*)\s*-->$/u;

const inline = /<!--\s*kracht-disable-line((?:\s+[\w/-]+)*)\s*-->/gu;
const fence = /^ {0,3}(`{3,}|~{3,})/u;

/**
 * Reads the directives: `kracht-disable-next-line [RULE...]` silences the next line that has text,
 * `kracht-disable-line [RULE...]` (anywhere on a line, outside fenced code) its own line, `kracht-disable
 * [RULE...]` up to the matching `kracht-enable [RULE...]` or the end; no RULE means all.
 */
export function readSuppressions(
  comments: readonly { value: string; start: number; end: number }[],
  lines: LineIndex,
  text: string,
): Suppressions {
  const nextLine = new Map<number, Set<string> | 'all'>();
  const blocks: { rules: Set<string> | 'all'; from: number; to: number }[] = [];
  const open = new Map<string, number>();
  for (const comment of comments) {
    const match = directive.exec(comment.value.trim());
    if (!match) continue;
    const [, kind, list] = match;
    const rules = list!.trim() === '' ? ['*'] : list!.trim().split(/\s+/u);
    const line = lines.position(comment.end).line;
    if (kind === 'disable-next-line') {
      const target = nextTextLine(lines, line + 1);
      const existing = nextLine.get(target);
      if (rules.includes('*') || existing === 'all') nextLine.set(target, 'all');
      else nextLine.set(target, new Set([...(existing ?? []), ...rules]));
    } else if (kind === 'disable') {
      for (const rule of rules) if (!open.has(rule)) open.set(rule, line);
    } else {
      for (const rule of rules) {
        const keys = rule === '*' ? [...open.keys()] : [rule];
        for (const key of keys) {
          const from = open.get(key);
          if (from === undefined) continue;
          blocks.push({ rules: key === '*' ? 'all' : new Set([key]), from, to: line });
          open.delete(key);
        }
      }
    }
  }
  if (text.includes('kracht-disable-line')) {
    let fenced: string | null = null;
    for (let line = 0; line < lines.lineCount; line++) {
      const content = lines.lineText(line);
      const opening = fence.exec(content)?.[1];
      if (opening && (fenced === null || opening[0] === fenced[0])) fenced = fenced === null ? opening : null;
      if (fenced !== null) continue;
      for (const match of content.matchAll(inline)) {
        const rules = match[1]!.trim() === '' ? ['*'] : match[1]!.trim().split(/\s+/u);
        const existing = nextLine.get(line);
        if (rules.includes('*') || existing === 'all') nextLine.set(line, 'all');
        else nextLine.set(line, new Set([...(existing ?? []), ...rules]));
      }
    }
  }
  for (const [rule, from] of open)
    blocks.push({ rules: rule === '*' ? 'all' : new Set([rule]), from, to: Number.POSITIVE_INFINITY });
  const covers = (rules: Set<string> | 'all', ruleId: string): boolean => rules === 'all' || rules.has(ruleId);
  return {
    silenced(ruleId, line) {
      const next = nextLine.get(line);
      if (next && covers(next, ruleId)) return true;
      return blocks.some((block) => line >= block.from && line <= block.to && covers(block.rules, ruleId));
    },
  };
}

/** The first line from `line` on that holds more than white space. */
function nextTextLine(lines: LineIndex, line: number): number {
  for (let l = line; l < lines.lineCount; l++) {
    if (lines.lineText(l).trim() !== '') return l;
  }
  return line;
}
