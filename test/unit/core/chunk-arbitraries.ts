// What the chunk readers' property tests generate and compare: coaches' words and the shape of a parse.
import fc from 'fast-check';
import type { MarkdownDocument } from '../../../server/src/core/markdown';

export const runs = Number(process.env.FUZZ_RUNS ?? 300);
export const seed = Number(process.env.FUZZ_SEED ?? 20261126);

// Lines a coach writes, plain and not quite: headings, list items at several depths, labels, metadata,
// and the near misses (indentation, trailing space, empty items, numbers, closing hashes) that must
// either read the same as micromark or be left to it.
export const words = [
  'Ze',
  'besloot',
  'zelf',
  'te',
  'bellen.',
  'Hij',
  'twijfelde,',
  'maar',
  'durfde',
  'het',
  'toch!',
  '"Ik',
  'ben',
  'klaar,"',
  'zei',
  'ze.',
  '(later)',
  'M.',
  'bijv.',
  'e.g.',
  'Sanne',
  'coachee',
  'why?',
  'self-made',
  '3',
  '10:00',
  'nee',
  '–',
  '—',
  '😀',
  'é',
  'e\u0301',
  'שלום',
  '\u00a0',
  '#2',
  '-',
  'Doel:',
  '*trots*',
  '**echt**',
  '*zelf*,',
  '(*ja*)',
  '[dit](https://e.org/a)',
  '(zie [het werkblad](x.nl/w)).',
  'a > b',
];
// Inline syntax that is not the simple kind read by hand, or no syntax at all: each is left to micromark
// or read as micromark reads it.
export const inlineNearMisses = [
  '*niet',
  'a*b*',
  '**te*',
  '*spatie *',
  '***drie***',
  '*a*b',
  '[los',
  'x]',
  '![beeld](a.png)',
  '[a](b c)',
  '[a]',
  '[^1]',
  '[*x*](y)',
  '*[x](y)*',
  '[x](<y>)',
  '*',
  '**',
];
export const sentence = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));

/** The parts of a parsed chunk the analysis reads, in a form deepEqual compares. */
export function shape(document: MarkdownDocument): unknown {
  return {
    headings: document.headings,
    blocks: document.blocks.map((b) => ({
      text: b.text,
      offsets: [...b.offsets],
      blockEnd: b.blockEnd,
      section: b.section,
    })),
    comments: document.comments,
    frontMatter: document.frontMatter,
  };
}

export const mapShape = (document: MarkdownDocument | null): unknown => (document === null ? null : shape(document));
