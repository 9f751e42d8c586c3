import { balanceOf } from './balance';
import { readFrontMatter } from './front-matter';
import { blockLanguage, detectLanguage } from './language';
import { labelSentence, type LabelContext, type Matchers } from './label';
import { clearChunkCache, parseMarkdown, type MarkdownDocument } from './markdown';
import { Matcher } from './matcher';
import { LineIndex } from './positions';
import { splitSentences } from './sentences';
import type { Settings } from './settings';
import type { Analysis, Language, Perspective, Sentence } from './types';
import { countWords } from './words';
import { lexicon } from '../lexicons';

const matcherCache = new Map<string, Matchers>();
const lexiconKeys = new WeakMap<Settings['lexicon'], string>();

/** The matchers of a language with the user's extra terms, built once per distinct setting. */
export function matchersFor(language: Language, extra: Settings['lexicon']): Matchers {
  const key = `${language}\u0000${lexiconKey(extra)}`;
  let matchers = matcherCache.get(key);
  if (!matchers) {
    const base = lexicon(language);
    const compounds = language === 'nl' ? new Set(['strength', 'weakness']) : new Set<string>();
    matchers = { valence: new Matcher(language, base.valence, compounds), focus: new Matcher(language, base.focus), signals: new Matcher(language, base.signals) };
    for (const [cls, terms] of Object.entries(extra)) {
      const group = cls in base.focus ? matchers.focus : cls in base.signals ? matchers.signals : matchers.valence;
      for (const term of terms) group.add(cls, userTerm(term));
    }
    if (matcherCache.size > 16) matcherCache.clear();
    matcherCache.set(key, matchers);
  }
  return matchers;
}

// Labels by sentence and context: a keystroke re-labels only the sentence it touches.
const labelCache = new Map<string, ReturnType<typeof labelSentence>>();
const labelCacheSize = 20_000;

/** Empties the parse and label caches: for benchmarks that measure a cold analysis. */
export function clearAnalysisCaches(): void {
  clearChunkCache();
  labelCache.clear();
}

/** Labels a sentence, from the cache when the same text was labelled in the same document context. */
function cachedLabels(text: string, context: LabelContext, documentKey: string): ReturnType<typeof labelSentence> {
  const key = `${documentKey}\u0000${context.language}\u0000${/:\s*$/u.test(context.previous ?? '') ? ':' : ''}\u0000${text}`;
  let labels = labelCache.get(key);
  if (!labels) {
    labels = labelSentence(text, context);
    if (labelCache.size >= labelCacheSize) labelCache.delete(labelCache.keys().next().value!);
    labelCache.set(key, labels);
  }
  // The caller may add a document-level signal: it gets its own signal list, the rest is shared.
  return { ...labels, signals: [...labels.signals], why: { ...labels.why, signals: { ...labels.why.signals } } };
}

/** A stable key for the user's extra lexicon, computed once per settings object. */
function lexiconKey(extra: Settings['lexicon']): string {
  let key = lexiconKeys.get(extra);
  if (key === undefined) {
    key = JSON.stringify(extra);
    lexiconKeys.set(extra, key);
  }
  return key;
}

/** A user's entry is a plain word or phrase with an optional trailing `*`: gaps are not theirs to use. */
function userTerm(term: string): string {
  return term.replace(/\.\.\.|…/gu, ' ').replace(/\*(?=.)/gu, '');
}

/** The analysis without findings: sentences, labels, sections and balance. */
export function analyzeText(text: string, settings: Settings): Omit<Analysis, 'findings'> & { markdown: MarkdownDocument; lines: LineIndex } {
  const lines = new LineIndex(text);
  const markdown = parseMarkdown(text);
  const problems: Analysis['problems'] = [];
  const front = readFrontMatter(markdown.frontMatter?.value ?? null);
  if (front.problem && markdown.frontMatter) {
    problems.push({ message: front.problem, range: lines.range(markdown.frontMatter.start, markdown.frontMatter.start + 3) });
  }
  const meta = front.meta;
  const prose = markdown.blocks.map((block) => block.text).join('\n');
  const language: Language = meta.lang ?? (settings.language !== 'auto' ? settings.language : detectLanguage(prose) ?? 'nl');
  const perBlock = !meta.lang && settings.language === 'auto';
  const names = collectNames(markdown, meta.coachee, settings.coacheeNames);
  const perspective = meta.perspective ?? detectPerspective(prose);
  const sentences: Sentence[] = [];
  let toolsSoFar = 0;
  // What every sentence's labels depend on besides its own text, computed once per document.
  const documentKey = [perspective, [...names].join(' '), lexiconKey(settings.lexicon)].join('\u0000');
  for (const block of markdown.blocks) {
    const blockLang = perBlock ? blockLanguage(block.text, language) : language;
    for (const raw of splitSentences(block, block.base)) {
      const context = { language: blockLang, matchers: matchersFor(blockLang, settings.lexicon), perspective, names, previous: sentences.at(-1)?.text };
      const { tools, ...labels } = cachedLabels(raw.text, context, documentKey);
      // The first model or exercise alone is not working hard; the second and later in a row are (rule 30).
      if (tools.length > 0 && toolsSoFar + tools.length >= 2 && !labels.signals.includes('working-hard')) {
        labels.signals.push('working-hard');
        labels.why.signals['working-hard'] = { rule: 'one model or exercise after another', words: tools };
      }
      toolsSoFar += tools.length;
      sentences.push({
        text: raw.text,
        range: lines.range(raw.start, raw.end),
        offsets: { start: raw.start, end: raw.end },
        words: countWords(raw.text),
        language: blockLang,
        ...labels,
        section: block.section,
        blockEnd: lines.position(block.blockEnd),
      });
    }
  }
  const sections: Analysis['sections'] = [
    { heading: null, depth: 0, range: lines.lineRange(markdown.frontMatter ? lines.position(markdown.frontMatter.end).line + 1 : 0), balance: balanceOf(sentences.filter((s) => s.section === 0)) },
    ...markdown.headings.map((heading, i) => ({
      heading: heading.text,
      depth: heading.depth,
      range: lines.range(heading.start, heading.end),
      balance: balanceOf(sentences.filter((s) => s.section === i + 1)),
    })),
  ];
  return { language, meta, sentences, sections, balance: balanceOf(sentences), problems, markdown, lines };
}

const notNames = new Set(['i', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'english', 'dutch']);

/**
 * Names the report uses for people: the coachee from front matter and settings,
 * and words written with a capital inside sentences that never appear in lower case.
 */
function collectNames(markdown: MarkdownDocument, coachee: string | undefined, configured: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const name of [coachee ?? '', ...configured]) for (const part of name.toLowerCase().match(/\p{L}+/gu) ?? []) names.add(part);
  const capitalised = new Set<string>();
  const lower = new Set<string>();
  const texts = [...markdown.blocks.map((b) => b.text), ...markdown.headings.map((h) => h.text)];
  for (const text of texts) {
    for (const match of text.matchAll(/([^.!?:"“]\s+|[(])(\p{Lu}\p{Ll}+)/gu)) capitalised.add(match[2]!.toLowerCase());
    for (const [word] of text.matchAll(/\p{L}+/gu)) if (word === word.toLowerCase()) lower.add(word);
  }
  for (const word of capitalised) if (!lower.has(word) && !notNames.has(word) && word.length > 1) names.add(word);
  return names;
}

/** A report addressed to the coachee uses "je"/"you" more than third-person pronouns. */
function detectPerspective(prose: string): Perspective {
  const count = (pattern: RegExp): number => prose.match(pattern)?.length ?? 0;
  const second = count(/\b(je|jij|jouw|you|your)\b/giu);
  const third = count(/\b(hij|zij|ze|haar|hem|he|she|her|him)\b/giu);
  if (second > third && second >= 3) return 'addressed';
  return count(/\b(ik|I)\b/gu) > 0 ? 'coach' : 'third-person';
}
