import type { Language, Perspective, ReportMeta } from './types';

const maxBytes = 64 * 1024;

/**
 * The last block a document's front matter read: while a coach types, it stays the same from keystroke
 * to keystroke, and parsing YAML was a tenth of the time of re-analysing a 2,000-word report.
 */
export interface FrontMatterMemo {
  last: { source: string; result: { meta: ReportMeta; problem: string | null } } | null;
}

/** Reads the front-matter fields Kracht uses; a bad block gives a problem, never a throw. */
export function readFrontMatter(
  source: string | null,
  memo: FrontMatterMemo = { last: null },
): { meta: ReportMeta; problem: string | null } {
  if (source === null) return { meta: {}, problem: null };
  if (memo.last?.source !== source) memo.last = { source, result: readFresh(source) };
  // A copy: what a caller does with its meta never reaches the next version.
  return { meta: { ...memo.last.result.meta }, problem: memo.last.result.problem };
}

/**
 * The front matter as data: a block of plain `key: value` lines is read here (see `plainMapping`),
 * anything else by the yaml library. `shortcut: false` always asks the library (for the test that
 * holds the two to each other).
 */
export function frontMatterData(source: string, shortcut = true): { data: unknown } | { problem: string } {
  const plain = shortcut ? plainMapping(source) : null;
  if (plain) return { data: plain };
  try {
    // Loaded with the first block that needs it: most reports' front matter is plain lines.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { parseDocument } = require('yaml') as typeof import('yaml');
    const document = parseDocument(source, {
      customTags: [],
      schema: 'core',
      prettyErrors: false,
      uniqueKeys: false,
      logLevel: 'silent',
    });
    const error = document.errors[0];
    if (error) throw error;
    // A tag the core schema does not know (`!!js/function`) is refused, never resolved to anything.
    const tag = document.warnings.find((warning) => warning.code === 'TAG_RESOLVE_FAILED');
    if (tag) throw new Error('custom tags are not allowed');
    return { data: document.toJS({ maxAliasCount: 100 }) };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { problem: `Front matter could not be read: ${reason}` };
  }
}

// A line `key: value` where nothing can mean more than it says in YAML: the key a word, the value
// (if any) starting with a letter, digit, `(`, `.`, `+`, `-` or `~` and holding no quote, comment,
// anchor, alias, tag, block or flow indicator and no `: `. Indented lines (nesting, continued
// scalars), lists, documents markers and everything else go to the yaml library. Key, blanks and
// value are taken apart by hand and each pattern is one anchored class: a line of 64 KB of spaces
// costs linear time (one pattern with a lazy value before optional blanks took quadratic time).
const plainKey = /^[\p{L}][\p{L}\p{N}_-]*:/u;
const plainValue = /^[\p{L}\p{N}(.+~-][\p{L}\p{N}\p{Zs} ._/()+,;~-]*$/u;
const commentOrBlank = /^(?:[ \t]*|#.*)$/u;
const isBlank = (code: number): boolean => code === 32 || code === 9;

/** The mapping of a block of plain `key: value` lines, resolved as YAML's core schema does; null for anything else. */
export function plainMapping(source: string): Record<string, unknown> | null {
  const record: Record<string, unknown> = {};
  // Lines end in LF or CRLF; the yaml library does not end a line at a lone CR, and a line holding
  // one matches no pattern here, so such a block is the library's.
  for (const line of source.split(/\r?\n/u)) {
    if (commentOrBlank.test(line)) continue;
    const key = plainKey.exec(line)?.[0].slice(0, -1);
    if (key === undefined) return null;
    let start = key.length + 1;
    let end = line.length;
    while (start < end && isBlank(line.charCodeAt(start))) start++;
    while (end > start && isBlank(line.charCodeAt(end - 1))) end--;
    // `key:value` without a blank after the colon is one plain scalar in YAML, not a mapping.
    if (start === key.length + 1 && end > start) return null;
    const value = line.slice(start, end);
    if (value !== '' && !plainValue.test(value)) return null;
    if (/^-(?:[ \t]|$)/u.test(value)) return null;
    // A key that YAML reads as something else (`true`, `null`) is the library's to name.
    if (coreScalar(key) !== key) return null;
    record[key] = coreScalar(value);
  }
  // Comments alone are no mapping (YAML reads them as null): the library says so.
  return Object.keys(record).length > 0 ? record : null;
}

/** A plain scalar as YAML 1.2's core schema resolves it: null, a boolean, a number or a string. */
function coreScalar(value: string): unknown {
  if (value === '' || value === '~' || /^(?:null|Null|NULL)$/u.test(value)) return null;
  if (/^(?:true|True|TRUE)$/u.test(value)) return true;
  if (/^(?:false|False|FALSE)$/u.test(value)) return false;
  if (/^[-+]?[0-9]+$/u.test(value)) return Number(value);
  if (/^0o[0-7]+$/u.test(value)) return parseInt(value.slice(2), 8);
  if (/^0x[0-9a-fA-F]+$/u.test(value)) return parseInt(value.slice(2), 16);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/u.test(value)) return Number(value);
  if (/^[-+]?\.(?:inf|Inf|INF)$/u.test(value)) return value.startsWith('-') ? -Infinity : Infinity;
  if (/^\.(?:nan|NaN|NAN)$/u.test(value)) return NaN;
  return value;
}

function readFresh(source: string): { meta: ReportMeta; problem: string | null } {
  if (source.trim() === '') return { meta: {}, problem: null };
  if (source.length > maxBytes) return { meta: {}, problem: 'Front matter is larger than 64 KB and was not read.' };
  const read = frontMatterData(source);
  if ('problem' in read) return { meta: {}, problem: read.problem };
  const data = read.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { meta: {}, problem: null };
  const record = data as Record<string, unknown>;
  const meta: ReportMeta = {};
  const text = (value: unknown): string | undefined =>
    typeof value === 'string' && value.trim() !== ''
      ? value.trim()
      : typeof value === 'number'
        ? String(value)
        : undefined;
  const coachee = text(record.coachee ?? record.client ?? record.cliënt);
  if (coachee) meta.coachee = coachee;
  const date = record.date instanceof Date ? record.date.toISOString().slice(0, 10) : text(record.date ?? record.datum);
  if (date) meta.date = date;
  const lang = text(record.lang ?? record.language)?.toLowerCase();
  if (lang === 'nl' || lang === 'en') meta.lang = lang as Language;
  else if (lang?.startsWith('nl')) meta.lang = 'nl';
  else if (lang?.startsWith('en')) meta.lang = 'en';
  const perspective = text(record.perspective);
  if (perspective === 'coach' || perspective === 'third-person' || perspective === 'addressed')
    meta.perspective = perspective as Perspective;
  if (typeof record.session === 'number') meta.session = record.session;
  if (record.kracht === 'off' || record.kracht === false) meta.krachtOff = true;
  return { meta, problem: null };
}
