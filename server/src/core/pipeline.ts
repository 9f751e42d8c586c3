import { balanceOf } from './balance';
import { collectNames, evidenceOf, perspectiveOf } from './evidence';
import { readFrontMatter } from './front-matter';
import { blockLanguage, detectLanguage } from './language';
import { labelSentence, type LabelContext, type Labels, type Matchers } from './label';
import { clearChunkCache, parseMarkdown, type MarkdownDocument, type ProseBlock } from './markdown';
import { Matcher } from './matcher';
import { LineIndex } from './positions';
import { splitSentences, type RawSentence } from './sentences';
import type { Settings } from './settings';
import type { Analysis, Language, Sentence } from './types';
import { countWords } from './words';
import { lexicon } from '../lexicons';
import { sectionKind, withContext, type SectionKind } from './learned/context';
import { learned } from './learned/apply';
import type { Features } from './learned/features';
import type { Model } from './learned/model';
import { bundledModel } from './learned/bundled';
import { endsWithColon, isListItem, LeadIns } from './lead-in';

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

// Labels by document context, then by language and what came before, then by sentence text: a
// keystroke re-labels only the sentence it touches. The sentence texts come from the per-block
// sentence cache, so the same string objects return and V8 need not hash them again.
type CachedLabels = ReturnType<typeof labelSentence> & { words: number };
type LabelCache = Map<string, Map<string, CachedLabels>>;
const labelCaches = new Map<string, LabelCache>();
const labelCacheSize = 20_000;

/**
 * How a text is analysed. `once`: the text is read once, not typed in (a workspace summary, the CLI):
 * nothing is looked up in or kept for a next version, which there will not be; hashing every sentence
 * and paragraph into the caches cost a fifth of a cold report.
 */
export interface AnalysisOptions {
  once?: boolean;
  /** The learned layer to apply: the bundled one by default, null for the rules alone (training, scoring). */
  model?: Model | null;
  /** Keep each sentence's features (training and scoring only). */
  features?: boolean;
}

/** Empties the parse and label caches: for benchmarks that measure a cold analysis. */
export function clearAnalysisCaches(): void {
  clearChunkCache();
  labelCaches.clear();
}

/** The label cache for one document context (perspective, names, lexicon). */
function labelCacheFor(documentKey: string): LabelCache {
  let cache = labelCaches.get(documentKey);
  if (!cache) {
    if (labelCaches.size >= 16) labelCaches.delete(labelCaches.keys().next().value!);
    cache = new Map();
    labelCaches.set(documentKey, cache);
  }
  return cache;
}

/**
 * Labels a sentence, from the cache when the same text was labelled in the same context; the full
 * context is built only when the labeller must run. The result is shared: never mutate it.
 */
function cachedLabels(text: string, language: Language, afterColon: boolean, caches: LabelCache, context: () => LabelContext): CachedLabels {
  // The labeller reads a sentence after one that ends in a colon as spelling that one out.
  const variant = afterColon ? variants[language].afterColon : variants[language].plain;
  let cache = caches.get(variant);
  if (!cache) caches.set(variant, (cache = new Map()));
  let labels = cache.get(text);
  if (!labels) {
    labels = labelled(text, context());
    if (cache.size >= labelCacheSize) cache.delete(cache.keys().next().value!);
    cache.set(text, labels);
  }
  return labels;
}

function labelled(text: string, context: LabelContext): CachedLabels {
  return Object.assign(labelSentence(text, context), { words: countWords(text) });
}

// The label cache's variants (see cachedLabels), as constants rather than strings built per sentence.
const variants = { nl: { plain: 'nl', afterColon: 'nl:' }, en: { plain: 'en', afterColon: 'en:' } } as const;


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
export function analyzeText(
  text: string,
  settings: Settings,
  options: AnalysisOptions = {},
): Omit<Analysis, 'findings'> & { markdown: MarkdownDocument; lines: LineIndex; bySection: Sentence[][]; features?: Features[] } {
  const reuse = !options.once;
  const model = options.model === undefined ? bundledModel : options.model;
  const allFeatures: Features[] | undefined = options.features ? [] : undefined;
  const lines = new LineIndex(text);
  const markdown = parseMarkdown(text, reuse);
  const problems: Analysis['problems'] = [];
  const front = readFrontMatter(markdown.frontMatter?.value ?? null);
  if (front.problem && markdown.frontMatter) {
    problems.push({ message: front.problem, range: lines.range(markdown.frontMatter.start, markdown.frontMatter.start + 3) });
  }
  const meta = front.meta;
  const evidence = (markdown.parts ?? [markdown]).map(evidenceOf);
  const language: Language = meta.lang ?? (settings.language !== 'auto' ? settings.language : detectLanguage(opening(markdown)) ?? 'nl');
  const perBlock = !meta.lang && settings.language === 'auto';
  const names = collectNames(evidence, meta.coachee, settings.coacheeNames);
  const perspective = meta.perspective ?? perspectiveOf(evidence);
  const sentences: Sentence[] = [];
  let toolsSoFar = 0;
  // The rules' labels of the sentence before, which the learned layer reads.
  let previousRules: Labels | null = null;
  // What every sentence's labels depend on besides its own text, computed once per document.
  const labelCache = reuse ? labelCacheFor([perspective, [...names].join(' '), lexiconKey(settings.lexicon)].join('\u0000')) : null;
  const matchersOf: Partial<Record<Language, Matchers>> = {};
  // A section's kind is worked out for the blocks that are labelled again, not on every keystroke.
  const sectionKinds: (SectionKind | undefined)[] = [];
  const kindOf = (section: number): SectionKind => (sectionKinds[section] ??= sectionKind(section === 0 ? null : markdown.headings[section - 1]!.text));
  const headingOf = (section: number): string | null => (section === 0 ? null : markdown.headings[section - 1]!.text);
  const leadIns = new LeadIns();
  for (const block of markdown.blocks) {
    const leadIn = leadIns.next(isListItem(text, block), sentences.at(-1)?.text);
    const leadKind = leadIn === null ? null : sectionKind(leadIn);
    const blockLang = !perBlock ? language : reuse ? blockLanguageOf(block, language) : blockLanguage(block.text, language);
    // What a block's kept sentences must have been made with to be taken over (see KeptSentences); a
    // text read once keeps none, and works none of it out.
    const place = reuse ? lines.position(block.base) : null;
    const afterColon = reuse && sentences.length > 0 && endsWithColon(sentences[sentences.length - 1]!.text);
    const toolsBefore = Math.min(toolsSoFar, 2);
    const memo = block.memo as BlockMemo;
    const kept = place ? memo.kept : undefined;
    if (
      kept && kept.line === place!.line && kept.character === place!.character && kept.section === block.section &&
      kept.language === blockLang && kept.labels === labelCache && kept.afterColon === afterColon && kept.leadIn === leadIn &&
      kept.toolsBefore === toolsBefore &&
      sameRules(kept.previousRules, previousRules) &&
      kept.heading === headingOf(block.section) && kept.model === model
    ) {
      for (const sentence of kept.sentences) sentences.push(sentence);
      toolsSoFar += kept.tools;
      previousRules = kept.lastRules;
      continue;
    }
    const toolsAtStart = toolsSoFar;
    const rulesBefore = previousRules;
    const first = sentences.length;
    const matchers = (matchersOf[blockLang] ??= matchersFor(blockLang, settings.lexicon));
    const blockEnd = lines.position(block.blockEnd);
    for (const relative of reuse ? sentencesOf(block) : splitSentences(block)) {
      const start = relative.start + block.base;
      const end = relative.end + block.base;
      const previous = sentences.length > 0 ? sentences[sentences.length - 1]!.text : undefined;
      // Right after a colon, or an item of a list a colon line introduces: it spells that line out.
      const colonBefore = leadIn !== null || (previous !== undefined && endsWithColon(previous));
      const context = (): LabelContext => ({ language: blockLang, matchers, perspective, names, afterColon: colonBefore });
      const labels = labelCache ? cachedLabels(relative.text, blockLang, colonBefore, labelCache, context) : labelled(relative.text, context());
      // The first model or exercise alone is not working hard; the second and later in a row are (rule 30).
      const toolRun = labels.tools.length > 0 && toolsSoFar + labels.tools.length >= 2;
      toolsSoFar += labels.tools.length;
      const features = withContext(labels.features, {
        section: kindOf(block.section),
        afterColon: colonBefore,
        leadIn: leadKind,
        toolRun,
        rules: labels,
        previous: previousRules,
      });
      previousRules = labels;
      allFeatures?.push(features);
      const decided = learned(model, labels, features, toolRun);
      sentences.push({
        text: relative.text,
        range: lines.range(start, end),
        language: blockLang,
        ...decided,
        words: labels.words,
        section: block.section,
        blockEnd,
      });
    }
    if (place && labelCache) {
      memo.kept = {
        line: place.line, character: place.character, section: block.section, language: blockLang, labels: labelCache, afterColon, leadIn,
        toolsBefore, previousRules: rulesBefore, lastRules: previousRules, heading: headingOf(block.section), model,
        sentences: sentences.slice(first), tools: toolsSoFar - toolsAtStart,
      };
    }
  }
  const bySection: Sentence[][] = Array.from({ length: markdown.headings.length + 1 }, () => []);
  for (const sentence of sentences) bySection[sentence.section]!.push(sentence);
  const sections: Analysis['sections'] = [
    { heading: null, depth: 0, range: lines.lineRange(markdown.frontMatter ? lines.position(markdown.frontMatter.end).line + 1 : 0), balance: balanceOf(bySection[0]!) },
    ...markdown.headings.map((heading, i) => ({
      heading: heading.text,
      depth: heading.depth,
      range: lines.range(heading.start, heading.end),
      balance: balanceOf(bySection[i + 1]!),
    })),
  ];
  return { language, meta, sentences, sections, balance: balanceOf(sentences), problems, markdown, lines, bySection, features: allFeatures };
}

/**
 * A block's finished sentences and what they were made with. Its parse (the offsets object) fixes its
 * text; the place of its start fixes every range in it (a unit starts on a line of its own); the rest
 * is what its labels depend on beyond its text: the section, the language, the document context (the
 * label cache), a colon ending the sentence before, and the models and exercises before it (two or
 * more are all alike, rule 30).
 */
interface KeptSentences {
  line: number;
  character: number;
  section: number;
  language: Language;
  labels: LabelCache;
  afterColon: boolean;
  /** The colon line the block's list spells out (core/lead-in.ts). */
  leadIn: string | null;
  toolsBefore: number;
  /** The rules' labels of the sentence before the block, and of its own last sentence. */
  previousRules: Labels | null;
  lastRules: Labels | null;
  /** The heading above the block: what its section's kind is read from. */
  heading: string | null;
  model: Model | null;
  sentences: Sentence[];
  tools: number;
}

/** Whether two sentences' rule labels are the same for the learned layer (it reads their valence and focus). */
function sameRules(a: Labels | null, b: Labels | null): boolean {
  return a === b || (a !== null && b !== null && a.valence === b.valence && a.focus === b.focus);
}

/** What the pipeline keeps with a parsed block (its memo), for the next keystroke. */
interface BlockMemo {
  /** Its sentences, offsets relative to its part. */
  sentences?: RawSentence[];
  /** Its language, by the report's language. */
  languages?: Partial<Record<Language, Language>>;
  /**
   * Its finished sentences: a keystroke changes one block, and every other block's sentences are the
   * same objects as before, which the rules then find unchanged.
   */
  kept?: KeptSentences;
}

/** A block's sentences, offsets relative to its part. */
function sentencesOf(block: ProseBlock): RawSentence[] {
  return ((block.memo as BlockMemo).sentences ??= splitSentences(block));
}

/** The first few thousand characters of prose: enough to tell the report's language. */
function opening(markdown: MarkdownDocument): string {
  const texts: string[] = [];
  let length = 0;
  for (const block of markdown.blocks) {
    if (length >= 4000) break;
    texts.push(block.text);
    length += block.text.length + 1;
  }
  return texts.join('\n');
}

// A block's language by its parse and the report's language, so that a keystroke re-detects only the
// block it touches and builds no key from the text of every block.
function blockLanguageOf(block: ProseBlock, report: Language): Language {
  const known = ((block.memo as BlockMemo).languages ??= {});
  return (known[report] ??= blockLanguage(block.text, report));
}
