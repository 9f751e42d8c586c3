import { analyzeText, type AnalysisOptions } from './core/pipeline';
import type { Settings } from './core/settings';
import { defaultSettings, skipAbove } from './core/settings';
import type { Analysis, Finding, FixAnchor, Fix, Language, Sentence } from './core/types';
import { ownShareFix, reflectionFix, reframeFix, type FixContext } from './core/fixes';
import { silenceFix } from './core/silence';
import { allReflectionsFix } from './core/reflections';
import { quote, type Match, type Rule } from './rules/rule';
import { readSuppressions } from './core/suppress';
import { ruleById, rules } from './rules';

/**
 * Analyses one report: the pure pipeline plus every rule. What the server, the CLI and the tests call;
 * `{ once: true }` for a text that is read once rather than typed in (see AnalysisOptions).
 */
export function analyzeReport(text: string, settings: Settings = defaultSettings, options: AnalysisOptions = {}): Analysis {
  const { markdown: _markdown, lines: _lines, bySection: _bySection, ...analysis } = analyzeWithRules(text, settings, options);
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

const notices = {
  'balance-only': {
    nl: (limit: string) => `Dit verslag is groter dan ${limit}: Kracht toont alleen de balans van het hele verslag (instelling kracht.maxFileSize).`,
    en: (limit: string) => `This report is larger than ${limit}: Kracht shows only the balance of the whole report (setting kracht.maxFileSize).`,
  },
  skipped: {
    nl: () => 'Dit verslag is groter dan 10 MB en wordt niet geanalyseerd.',
    en: () => 'This report is larger than 10 MB and is not analysed.',
  },
};

function analyzeWithRules(text: string, settings: Settings, options: AnalysisOptions): ReturnType<typeof analyzeText> & { findings: Finding[] } {
  const mode = analysisMode(text, settings);
  const base = analyzeText(mode === 'skipped' ? '' : text, settings, options);
  const locale: Language = settings.locale ?? base.language;
  if (mode !== 'full') {
    const limit = mode === 'skipped' ? '' : `${(settings.maxFileSize / 1_000_000).toLocaleString('en')} MB`;
    base.problems.push({ message: notices[mode][locale](limit), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });
  }
  if (base.meta.krachtOff || mode === 'skipped') return { ...base, findings: [] };
  const suppressions = readSuppressions(base.markdown.comments, base.lines, text);
  const findings: Finding[] = [];
  const input = { ...base, settings };
  for (const rule of rules) {
    options.onProgress?.();
    if (mode === 'balance-only' && !rule.id.startsWith('balance/')) continue;
    const configured = settings.severity[rule.id] ?? rule.severity;
    if (configured === 'off') continue;
    for (const match of rule.check(input)) {
      if (suppressions.silenced(rule.id, match.range.start.line)) continue;
      // Above the size limit only the report as a whole is judged, not each of its sections.
      if (mode === 'balance-only' && match.section !== undefined) continue;
      // A section that tips is worth a look, not a warning: only the whole report warns.
      const severity = match.section !== undefined && configured === 'warning' ? 'information' : configured;
      findings.push(findingOf(rule, match, severity, locale, !options.once));
    }
  }
  findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  // Above the size limit the balance is the result: the sentences it was counted from are not kept,
  // so a multi-megabyte report costs no memory in the editor once it has been read.
  if (mode === 'balance-only') return { ...base, sentences: [], findings };
  return { ...base, findings };
}

// A keystroke leaves every sentence outside the paragraph typed in the same object (the pipeline keeps
// them per paragraph): a finding about such a sentence, with the same cue words and severity, is the
// finding made last time. Kept per rule and locale, weakly, so that it goes with its sentence.
const keptFindings = new Map<Rule, Record<Language, WeakMap<Sentence, Finding>>>();

function findingOf(rule: Rule, match: Match, severity: Finding['severity'], locale: Language, remember: boolean): Finding {
  const { sentence } = match;
  // Only a finding made from its sentence alone: a balance's related sentences or values change with the rest.
  const memo = remember && sentence && !match.related && match.section === undefined && !match.values ? keptOf(rule, locale) : undefined;
  const kept = memo?.get(sentence!);
  if (kept && kept.cues === match.cues && kept.range === match.range && kept.severity === severity) return kept;
  const finding: Finding = {
    ruleId: rule.id,
    severity,
    range: match.range,
    message: messageOf(rule, match, locale, remember),
    cues: match.cues,
    anchor: anchorOf(match),
    related: (match.related ?? []).map((related) => ({ range: related.range, message: relatedNote(related, locale, remember) })),
    ...(match.section !== undefined ? { section: match.section } : {}),
  };
  memo?.set(sentence!, finding);
  return finding;
}

function keptOf(rule: Rule, locale: Language): WeakMap<Sentence, Finding> {
  let byLocale = keptFindings.get(rule);
  if (!byLocale) keptFindings.set(rule, (byLocale = { nl: new WeakMap(), en: new WeakMap() }));
  return byLocale[locale];
}

// A signal's message depends only on its rule and its cue words, and the cue words of an unchanged
// sentence are the same array on every keystroke (they come from the label cache): its message is
// kept with them, in one weak map per rule and locale.
const messages = new Map<Rule, Record<Language, WeakMap<readonly string[], string>>>();

function messageOf(rule: Rule, match: Match, locale: Language, remember: boolean): string {
  // A report read once brings no sentence back: nothing to remember its messages for.
  if (match.values || !remember) return rule.messages[locale](quote(match.cues, locale), match.values ?? {});
  let byLocale = messages.get(rule);
  if (!byLocale) messages.set(rule, (byLocale = { nl: new WeakMap(), en: new WeakMap() }));
  let message = byLocale[locale].get(match.cues);
  if (message === undefined) {
    message = rule.messages[locale](quote(match.cues, locale), {});
    byLocale[locale].set(match.cues, message);
  }
  return message;
}

/** Where a match's fixes would go: two positions, where the fixes themselves are a few hundred characters each. */
function anchorOf(match: Match): FixAnchor {
  const paragraphEnd = match.sentence?.blockEnd ?? match.range.end;
  return match.sentence?.focus === 'coach' ? { paragraphEnd, reframeAfter: match.sentence.range.end } : { paragraphEnd };
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
  if (rule.id.startsWith('balance/')) fixes.push(ownShareFix(context));
  if (finding.anchor.reframeAfter) fixes.push(reframeFix(context, finding.anchor.reframeAfter));
  fixes.push(silenceFix(context, rule.id, finding.range.start.line));
  return fixes;
}

/** Every reflection question of the findings in one fix ("fix all"), or null when none is missing. */
export function allReflectionsFor(findings: readonly Pick<Finding, 'ruleId' | 'anchor'>[], context: FixContext): Fix | null {
  const items = findings.flatMap((finding) => {
    const rule = ruleById(finding.ruleId);
    return rule ? [{ question: rule.question[context.locale], paragraphEnd: finding.anchor.paragraphEnd }] : [];
  });
  return allReflectionsFix(context, items);
}

const valenceNames = { nl: { strength: 'sterkte', weakness: 'zwakte', neutral: 'neutraal' }, en: { strength: 'strength', weakness: 'weakness', neutral: 'neutral' } } as const;
const focusNames = { nl: { coach: 'coach', coachee: 'coachee', neutral: 'neutraal' }, en: { coach: 'coach', coachee: 'coachee', neutral: 'neutral' } } as const;

// A balance finding is made anew on every keystroke (its share moves), but the sentences it points to
// are mostly the ones taken over from the last keystroke: their notes are kept with them.
const relatedNotes: Record<Language, WeakMap<Sentence, string>> = { nl: new WeakMap(), en: new WeakMap() };

/** Why a sentence weighs in a balance: its label and the words behind it. */
function relatedNote(sentence: Sentence, locale: Language, remember: boolean): string {
  let note = remember ? relatedNotes[locale].get(sentence) : undefined;
  if (note === undefined) {
    const words = sentence.why.valence.words.length > 0 ? sentence.why.valence.words : sentence.why.focus.words;
    note = `${valenceNames[locale][sentence.valence]} · ${focusNames[locale][sentence.focus]}${words.length > 0 ? `: ${quote(words, locale)}` : ''}`;
    if (remember) relatedNotes[locale].set(sentence, note);
  }
  return note;
}

export type { Analysis, Finding } from './core/types';
export { parseSettings, defaultSettings, type Settings } from './core/settings';

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
