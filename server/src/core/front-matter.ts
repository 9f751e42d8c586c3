import { parseDocument } from 'yaml';
import type { Language, Perspective, ReportMeta } from './types';

const maxBytes = 64 * 1024;

// The last block read: while a coach types, the front matter stays the same from keystroke to
// keystroke, and parsing YAML was a tenth of the time of re-analysing a 2,000-word report.
let last: { source: string; result: { meta: ReportMeta; problem: string | null } } | null = null;

/** Reads the front-matter fields Kracht uses; a bad block gives a problem, never a throw. */
export function readFrontMatter(source: string | null): { meta: ReportMeta; problem: string | null } {
  if (source === null) return { meta: {}, problem: null };
  if (last?.source !== source) last = { source, result: readFresh(source) };
  // A copy: what a caller does with its meta never reaches the next report.
  return { meta: { ...last.result.meta }, problem: last.result.problem };
}

function readFresh(source: string | null): { meta: ReportMeta; problem: string | null } {
  if (source === null || source.trim() === '') return { meta: {}, problem: null };
  if (source.length > maxBytes) return { meta: {}, problem: 'Front matter is larger than 64 KB and was not read.' };
  let data: unknown;
  try {
    const document = parseDocument(source, { customTags: [], schema: 'core', prettyErrors: false, uniqueKeys: false, logLevel: 'silent' });
    const error = document.errors[0];
    if (error) throw error;
    // A tag the core schema does not know (`!!js/function`) is refused, never resolved to anything.
    const tag = document.warnings.find((warning) => warning.code === 'TAG_RESOLVE_FAILED');
    if (tag) throw new Error('custom tags are not allowed');
    data = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { meta: {}, problem: `Front matter could not be read: ${reason}` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { meta: {}, problem: null };
  const record = data as Record<string, unknown>;
  const meta: ReportMeta = {};
  const text = (value: unknown): string | undefined =>
    typeof value === 'string' && value.trim() !== '' ? value.trim() : typeof value === 'number' ? String(value) : undefined;
  const coachee = text(record.coachee ?? record.client ?? record.cliënt);
  if (coachee) meta.coachee = coachee;
  const date = record.date instanceof Date ? record.date.toISOString().slice(0, 10) : text(record.date ?? record.datum);
  if (date) meta.date = date;
  const lang = text(record.lang ?? record.language)?.toLowerCase();
  if (lang === 'nl' || lang === 'en') meta.lang = lang as Language;
  else if (lang?.startsWith('nl')) meta.lang = 'nl';
  else if (lang?.startsWith('en')) meta.lang = 'en';
  const perspective = text(record.perspective);
  if (perspective === 'coach' || perspective === 'third-person' || perspective === 'addressed') meta.perspective = perspective as Perspective;
  if (typeof record.session === 'number') meta.session = record.session;
  if (record.kracht === 'off' || record.kracht === false) meta.krachtOff = true;
  return { meta, problem: null };
}
