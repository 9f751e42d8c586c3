import { globProblem } from './glob';
import type { Language, Severity } from './types';
import type { HiddenFinding } from './hidden';

/** Everything a user or a workspace can set; every field is valid after parseSettings. */
export interface Settings {
  /** Language of reports without front matter `lang`: detect, or always one. */
  language: 'auto' | Language;
  /** Language of messages; null follows each report's language. */
  locale: Language | null;
  /** Below these shares a balance diagnostic fires. */
  thresholds: { strengthShare: number; coacheeShare: number };
  /** Minimum words in the counted classes before a balance diagnostic fires. */
  minimumWords: number;
  /** Severity per rule id; rules not named here keep their default. */
  severity: Record<string, Severity>;
  /** Names or pseudonyms that stand for the coachee, besides front matter `coachee`. */
  coacheeNames: string[];
  /** Extra lexicon terms: class name → words and phrases (optional trailing `*`). */
  lexicon: Record<string, string[]>;
  /** Above this many bytes a report gets only its document-level balance; above 10 MB it is skipped. */
  maxFileSize: number;
  /** How a reflection question is inserted: a visible block quote or a hidden HTML comment. */
  reflectionStyle: 'blockquote' | 'comment';
  /** When the editor checks: while typing (debounced), on save, or only on command. */
  run: 'onType' | 'onSave' | 'manual';
  /** No new diagnostics in the paragraph being typed until typing pauses. */
  focusMode: boolean;
  /** Each section's two shares above its heading, a click away from its findings. */
  codeLens: boolean;
  /** Globs (relative to the workspace folder) of Markdown files that are reports. */
  include: string[];
  /** Globs of Markdown files that are not reports, even when included. */
  exclude: string[];
  /** Findings the coach hid, by rule and sentence key, without touching the report (core/hidden.ts). */
  hiddenFindings: HiddenFinding[];
}

/** The defaults: gentle, as a colleague reading along would be. Frozen: every report reads the same ones. */
export const defaultSettings: Settings = deepFreeze({
  language: 'auto',
  locale: null,
  thresholds: { strengthShare: 0.35, coacheeShare: 0.5 },
  minimumWords: 30,
  severity: {},
  coacheeNames: [],
  lexicon: {},
  maxFileSize: 1_000_000,
  reflectionStyle: 'blockquote',
  run: 'onType',
  focusMode: true,
  codeLens: true,
  include: ['**/*.md'],
  exclude: ['**/node_modules/**', '**/README.md', '**/CHANGELOG.md'],
  hiddenFindings: [],
});

/** Freezes a plain value and everything in it. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') for (const inner of Object.values(value)) deepFreeze(inner);
  return Object.freeze(value);
}

/** Reports larger than this are never analysed: 10 MB. */
export const skipAbove = 10_000_000;

const severities = new Set<Severity>(['off', 'hint', 'information', 'warning']);
const maxLexiconEntries = 1000;
const maxEntryLength = 200;

/** Turns whatever arrives (JSON, a configuration answer, null) into valid settings; never throws. */
export function parseSettings(raw: unknown, problems: string[] = []): Settings {
  const input = isRecord(raw) ? raw : {};
  const settings: Settings = structuredClone(defaultSettings);
  if (input.language === 'auto' || input.language === 'nl' || input.language === 'en')
    settings.language = input.language;
  else if (input.language !== undefined) problems.push(`kracht.language: expected "auto", "nl" or "en"`);
  if (input.locale === 'nl' || input.locale === 'en') settings.locale = input.locale;
  else if (typeof input.locale === 'string')
    settings.locale = input.locale.toLowerCase().startsWith('nl') ? 'nl' : 'en';
  if (isRecord(input.thresholds)) {
    for (const key of ['strengthShare', 'coacheeShare'] as const) {
      const value = input.thresholds[key];
      if (typeof value === 'number' && value >= 0 && value <= 1) settings.thresholds[key] = value;
      else if (value !== undefined) problems.push(`kracht.thresholds.${key}: expected a number from 0 to 1`);
    }
  }
  if (typeof input.minimumWords === 'number' && input.minimumWords >= 0) settings.minimumWords = input.minimumWords;
  if (typeof input.maxFileSize === 'number' && input.maxFileSize > 0)
    settings.maxFileSize = Math.min(input.maxFileSize, skipAbove);
  else if (input.maxFileSize !== undefined) problems.push('kracht.maxFileSize: expected a positive number of bytes');
  if (isRecord(input.severity)) {
    for (const [rule, value] of Object.entries(input.severity)) {
      if (typeof value === 'string' && severities.has(value as Severity)) settings.severity[rule] = value as Severity;
      else problems.push(`kracht.severity.${rule}: expected off, hint, information or warning`);
    }
  }
  if (input.reflectionStyle === 'blockquote' || input.reflectionStyle === 'comment')
    settings.reflectionStyle = input.reflectionStyle;
  if (input.run === 'onType' || input.run === 'onSave' || input.run === 'manual') settings.run = input.run;
  if (typeof input.focusMode === 'boolean') settings.focusMode = input.focusMode;
  if (typeof input.codeLens === 'boolean') settings.codeLens = input.codeLens;
  for (const key of ['include', 'exclude'] as const) {
    const value = input[key];
    if (!Array.isArray(value)) continue;
    settings[key] = value
      .filter((glob): glob is string => typeof glob === 'string' && glob.length > 0 && glob.length <= 500)
      .slice(0, 100);
    if (settings[key].length < value.length)
      problems.push(`kracht.${key}: only the first 100 non-empty globs of up to 500 characters are used`);
    for (const glob of settings[key]) {
      const problem = globProblem(glob);
      if (problem) problems.push(`kracht.${key}: "${glob}": ${problem}`);
    }
  }
  if (Array.isArray(input.coacheeNames)) {
    settings.coacheeNames = input.coacheeNames
      .filter((name): name is string => typeof name === 'string' && name.trim() !== '')
      .slice(0, 100);
  }
  if (isRecord(input.lexicon)) {
    let count = 0;
    for (const [cls, terms] of Object.entries(input.lexicon)) {
      if (!Array.isArray(terms)) continue;
      const kept = terms.filter(
        (term): term is string => typeof term === 'string' && term.length > 0 && term.length <= maxEntryLength,
      );
      const room = maxLexiconEntries - count;
      if (kept.length > room) problems.push(`kracht.lexicon: only the first ${maxLexiconEntries} entries are used`);
      settings.lexicon[cls] = kept.slice(0, Math.max(0, room));
      count += settings.lexicon[cls].length;
    }
  }
  if (Array.isArray(input.hiddenFindings)) settings.hiddenFindings = parseHidden(input.hiddenFindings, problems);
  else if (input.hiddenFindings !== undefined)
    problems.push('kracht.hiddenFindings: expected a list of { rule, sentence }');
  return settings;
}

const maxHidden = 1000;

/** Hidden findings: a rule id and an eight-digit key each, the first thousand. */
function parseHidden(list: unknown[], problems: string[]): HiddenFinding[] {
  const kept: HiddenFinding[] = [];
  for (const entry of list) {
    const valid =
      isRecord(entry) &&
      typeof entry.rule === 'string' &&
      entry.rule.length <= 100 &&
      typeof entry.sentence === 'string' &&
      /^[0-9a-f]{8}$/u.test(entry.sentence);
    if (!valid) {
      problems.push('kracht.hiddenFindings: an entry needs a rule id and an eight-digit sentence key; skipped');
      continue;
    }
    kept.push({
      rule: entry.rule as string,
      sentence: entry.sentence as string,
      ...(typeof entry.file === 'string' ? { file: entry.file.slice(0, 500) } : {}),
    });
  }
  if (kept.length > maxHidden) problems.push(`kracht.hiddenFindings: only the first ${maxHidden} are used`);
  return kept.slice(0, maxHidden);
}

/** Layers settings: later sources override earlier ones field by field (workspace file, then user). */
export function mergeSettings(...sources: unknown[]): unknown {
  const merged: Record<string, unknown> = {};
  for (const source of sources) {
    if (!isRecord(source)) continue;
    for (const [key, value] of Object.entries(source)) {
      if (value === undefined || value === null) continue;
      const previous = merged[key];
      merged[key] = isRecord(previous) && isRecord(value) ? { ...previous, ...value } : value;
    }
  }
  return merged;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
