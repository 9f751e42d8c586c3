import { analyzeText, type AnalysisOptions } from './core/pipeline';
import type { Settings } from './core/settings';
import { defaultSettings, skipAbove } from './core/settings';
import type { Analysis, Finding, Fix, Language } from './core/types';
import { ownShareFix, reflectionFix, reframeFix, type FixContext } from './core/fixes';
import { silenceFix } from './core/silence';
import { allReflectionsFix } from './core/reflections';
import { AnalysisSession } from './core/session';
import { FindingMemo } from './rules/findings';
import { runRules } from './rules/run';
import { ruleById, signalDeciders } from './rules';
import { messages } from './core/messages';
import { detectLanguage } from './core/language';
import { paragraphSlices } from './core/slices';
import { balanceOf } from './core/balance';
import { BalanceReading } from './core/balance-reading';

/** What one document being typed keeps between its versions: the analysis's state and its findings'. */
export class ReportSession extends AnalysisSession {
  readonly findings = new FindingMemo();
}

/** How a report is analysed: with its session when it is typed in, without one when it is read once. */
export type ReportOptions = Omit<AnalysisOptions, 'session' | 'signals'> & { session?: ReportSession };

/**
 * Analyses one report: the pure pipeline plus every rule. What the server, the CLI and the tests call;
 * an editor passes the document's session (see AnalysisSession), a text read once none.
 */
export function analyzeReport(
  text: string,
  settings: Settings = defaultSettings,
  options: ReportOptions = {},
): Analysis {
  const {
    markdown: _markdown,
    lines: _lines,
    bySection: _bySection,
    ...analysis
  } = analyzeWithRules(text, settings, options);
  return analysis;
}

/** How much of a report Kracht analyses, by its size in UTF-8 bytes. */
function analysisMode(text: string, settings: Settings): 'full' | 'balance-only' | 'skipped' {
  // A UTF-16 unit is at most 3 UTF-8 bytes: most reports need no count.
  if (text.length * 3 <= Math.min(settings.maxFileSize, skipAbove)) return 'full';
  const bytes = utf8Length(text);
  if (bytes > skipAbove) return 'skipped';
  return bytes > settings.maxFileSize ? 'balance-only' : 'full';
}

/** Whether a report is past the size limit: read only for its balance, or not at all. */
export function pastSizeLimit(text: string, settings: Settings): boolean {
  return analysisMode(text, settings) !== 'full';
}

/**
 * The notice a report past the size limit carries, known before it is read (cheap: its size and the
 * language of its start): the editor shows it at once and the balance when the reading is done.
 */
export function sizeNotice(text: string, settings: Settings): string | undefined {
  const mode = analysisMode(text, settings);
  if (mode === 'full') return undefined;
  return noticeFor(mode, settings.locale ?? detectLanguage(text) ?? 'en', settings);
}

/** What a report read only for its balance, or not at all, says about why. */
function noticeFor(mode: 'balance-only' | 'skipped', locale: Language, settings: Settings): string {
  return mode === 'skipped'
    ? messages[locale].skippedNotice
    : messages[locale].balanceOnlyNotice(`${(settings.maxFileSize / 1_000_000).toLocaleString('en')} MB`);
}

function analyzeWithRules(
  text: string,
  settings: Settings,
  options: ReportOptions,
): ReturnType<typeof analyzeText> & { findings: Finding[] } {
  const mode = analysisMode(text, settings);
  if (mode === 'balance-only') return balanceOnly(text, settings, options);
  const base = analyzeText(mode === 'skipped' ? '' : text, settings, { ...options, signals: signalDeciders });
  const locale: Language = settings.locale ?? base.language;
  if (mode !== 'full') {
    base.problems.push({
      message: noticeFor(mode, locale, settings),
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    });
  }
  if (base.meta.krachtOff || mode === 'skipped') return { ...base, findings: [] };
  return { ...base, findings: runRules(base, settings, text, locale, false, options.session?.findings, options) };
}

/** Characters of a report above the size limit read at a time: what one run of paragraphs holds in memory. */
const sliceChars = 200_000;

/**
 * A report above the size limit, judged only as a whole: read in runs of paragraphs, keeping of each
 * sentence only what the balance is counted from, so its memory is that of one run, not of the report.
 * Suppressions and front matter are read from the first run, where they stand.
 */
function balanceOnly(
  text: string,
  settings: Settings,
  options: ReportOptions,
): ReturnType<typeof analyzeText> & { findings: Finding[] } {
  // Each run in a session of its own: a sentence repeated within it is labelled once, and what the session
  // keeps (a parse, labels with their features) goes with the run. Shared by all runs, its label cache
  // held 20,000 sentences' labels and a 3 MB report of distinct sentences outgrew the worker's heap.
  const read = (slice: string): ReturnType<typeof analyzeText> =>
    analyzeText(slice, settings, { ...options, signals: signalDeciders, session: new AnalysisSession() });
  const slices = paragraphSlices(text, sliceChars);
  const first = read(slices[0]!.text);
  const reading = new BalanceReading();
  for (const sentence of first.sentences) reading.add(sentence, 0);
  for (const slice of slices.slice(1))
    for (const sentence of read(slice.text).sentences) reading.add(sentence, slice.line);
  const sentences = reading.sentences();
  const base = { ...first, sentences, sections: [], bySection: [], balance: balanceOf(sentences) };
  const locale: Language = settings.locale ?? base.language;
  base.problems.push({
    message: noticeFor('balance-only', locale, settings),
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  });
  if (base.meta.krachtOff) return { ...base, sentences: [], findings: [] };
  const findings = runRules(base, settings, text, locale, true, undefined, options);
  // The balance is the result: the sentences it was counted from are not kept.
  return { ...base, sentences: [], findings };
}

/**
 * A finding's quick fixes: its rule's reflection question after the paragraph, for a balance a
 * prompt for the coachee's own share, after a coach-centred sentence a reframing prompt, and a
 * directive that silences the rule there. Worked out on request, in the context of the text the
 * analysis read (`fixContext`, built once for all findings asked about): while typing, nobody asks.
 */
export function fixesFor(finding: Pick<Finding, 'ruleId' | 'range' | 'anchor'>, context: FixContext): Fix[] {
  const rule = ruleById(finding.ruleId);
  if (!rule) return [];
  const fixes: Fix[] = [reflectionFix(context, rule.question[context.locale], finding.anchor.paragraphEnd)];
  if (rule.kind === 'balance') fixes.push(ownShareFix(context));
  if (finding.anchor.reframeAfter) fixes.push(reframeFix(context, finding.anchor.reframeAfter));
  fixes.push(silenceFix(context, rule.id, finding.range.start.line));
  return fixes;
}

/** Every reflection question of the findings in one fix ("fix all"), or null when none is missing. */
export function allReflectionsFor(
  findings: readonly Pick<Finding, 'ruleId' | 'anchor'>[],
  context: FixContext,
): Fix | null {
  const items = findings.flatMap((finding) => {
    const rule = ruleById(finding.ruleId);
    return rule ? [{ question: rule.question[context.locale], paragraphEnd: finding.anchor.paragraphEnd }] : [];
  });
  return allReflectionsFix(context, items);
}

// What the outer rooms (node/, cli/, lsp/) use of the analysis: they import it from here, never from core/ or rules/.
export type { Analysis, Finding, Fix, FixAnchor, Language, Position } from './core/types';
export { parseSettings, mergeSettings, defaultSettings, skipAbove, type Settings } from './core/settings';
export { summarize, summarizeReport, type ReportSummary, type WorkspaceSummary } from './core/summary';
export { collectContributions, type ContributionSource } from './core/contributions';
export { fixContext, reframeFix, type FixContext } from './core/fixes';
export { ProgressWatchdog } from './core/watchdog';
export { anyGlob } from './core/glob';
export { rangeContains } from './core/positions';
export { sureInWords } from './core/confidence';
export { ruleById } from './rules';
export { sentenceKey, type HiddenFinding } from './core/hidden';
export { messages, type Messages } from './core/messages';
export { MatcherMemo } from './core/label-cache';

/** The UTF-8 size of a text, without encoding it. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
