import assert from 'node:assert/strict';
import fc from 'fast-check';
import { frontMatterData, plainMapping, readFrontMatter } from '../../../server/src/core/front-matter';
import { analyze } from '../../helpers';
import { assertSameWhereAccepted } from '../differential';

describe('front matter', () => {
  it('reads coachee, date, lang, perspective and kracht: off', () => {
    const { meta, problem } = readFrontMatter(
      'coachee: Ilse\ndate: 2026-03-04\nlang: nl-BE\nperspective: addressed\nkracht: off',
    );
    assert.equal(problem, null);
    assert.deepEqual(meta, {
      coachee: 'Ilse',
      date: '2026-03-04',
      lang: 'nl',
      perspective: 'addressed',
      krachtOff: true,
    });
  });
  it('reads the same block again as new: a change to one answer does not reach the next', () => {
    const block = 'coachee: Sanne\nlang: nl';
    const first = readFrontMatter(block);
    first.meta.coachee = 'someone else';
    assert.equal(readFrontMatter(block).meta.coachee, 'Sanne');
    assert.equal(readFrontMatter('coachee: Ahmed').meta.coachee, 'Ahmed');
  });
  it('reports a malformed block once and still analyses the report', () => {
    const analysis = analyze('---\ncoachee: [Ilse\n---\nZe besloot zelf te bellen.\n');
    assert.equal(analysis.problems.length, 1);
    assert.match(analysis.problems[0]!.message, /^Front matter could not be read/u);
    assert.equal(analysis.sentences[0]!.valence, 'strength');
  });
  it('refuses more than 100 aliases (a billion-laughs block) and blocks over 64 KB', () => {
    const laughs = [
      'a: &a [x, x]',
      ...Array.from(
        { length: 120 },
        (_, i) => `b${i}: &b${i} [*${i === 0 ? 'a' : `b${i - 1}`}, *${i === 0 ? 'a' : `b${i - 1}`}]`,
      ),
    ].join('\n');
    assert.match(readFrontMatter(laughs).problem ?? '', /could not be read/u);
    assert.match(readFrontMatter(`notes: ${'x'.repeat(70_000)}`).problem ?? '', /larger than 64 KB/u);
  });
  it('does not run custom tags: they are an error, not code', () => {
    assert.match(
      readFrontMatter('coachee: !!js/function "function () { return 1 }"').problem ?? '',
      /could not be read/u,
    );
  });
});

describe('plain front matter', () => {
  const runs = Number(process.env.FUZZ_RUNS ?? 300);
  const seed = Number(process.env.FUZZ_SEED ?? 20261126);
  // Keys and values as reports have them, and every near miss: YAML's special words, numbers in its
  // many spellings, quotes, comments, indicators, colons, indentation, markers and stray characters.
  const key = fc.oneof(
    {
      weight: 6,
      arbitrary: fc.constantFrom(
        'coachee',
        'date',
        'datum',
        'lang',
        'session',
        'kracht',
        'perspective',
        'cliënt',
        'x_1',
        'a-b',
      ),
    },
    { weight: 1, arbitrary: fc.constantFrom('true', 'Null', '1a', 'key ', ' key', '-k', '?k') },
  );
  const value = fc.oneof(
    {
      weight: 8,
      arbitrary: fc.constantFrom(
        '',
        'Sanne',
        'Sanne de Vries',
        'José',
        '2026-03-04',
        'nl',
        'en-GB',
        'off',
        'on',
        'yes',
        'no',
        'true',
        'False',
        'NULL',
        '~',
        '~x',
        'third-person',
      ),
    },
    {
      weight: 4,
      arbitrary: fc.constantFrom(
        '3',
        '-7',
        '+4',
        '007',
        '0o17',
        '0o8',
        '0x1F',
        '0X1F',
        '1.5',
        '1.',
        '.5',
        '1e3',
        '2E-2',
        '.inf',
        '-.Inf',
        '.NaN',
        '12345678901234567890',
        '1_000',
        '1,5',
      ),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '"Sanne"',
        "'Sanne'",
        'Sanne # note',
        'a: b',
        'a:b',
        '[a, b]',
        '{a: b}',
        '&anker x',
        '*alias',
        '!tag x',
        '|',
        '>',
        '- x',
        '-',
        '--',
        '...',
        '.',
        '@x',
        '`x`',
        '%x',
        'a, b',
        '(ja)',
        'x/y',
        'a ; b',
        'tab\there',
        'nbsp\u00a0x',
        'ja ',
        'é',
      ),
    },
  );
  const line = fc.oneof(
    {
      arbitrary: fc
        .tuple(key, fc.constantFrom(': ', ': ', ': ', ':  ', ':\t', ':', ' : '), value)
        .map(([k, sep, v]) => `${k}${sep}${v}`),
      weight: 10,
    },
    {
      arbitrary: fc.constantFrom(
        '',
        '   ',
        '# opmerking',
        '  # ingesprongen',
        '---',
        '...',
        '  vervolg',
        '- item',
        '%YAML 1.2',
      ),
      weight: 1,
    },
  );
  const block = fc
    .tuple(fc.array(line, { maxLength: 6 }), fc.constantFrom('\n', '\n', '\r\n', '\r'))
    .map(([lines, eol]) => lines.join(eol));

  it('read as the yaml library reads them, or are left to it', () => {
    assertSameWhereAccepted(
      block,
      (source) => {
        const plain = plainMapping(source);
        return plain === null ? null : { data: plain };
      },
      (source) => frontMatterData(source, false),
      { numRuns: runs, seed, what: 'blocks' },
    );
  });

  it('reads the plain front matter of a report without the library, and leaves quotes and nesting to it', () => {
    assert.deepEqual(plainMapping('coachee: Sanne de Vries\ndate: 2026-03-04\nsession: 3\nkracht: off'), {
      coachee: 'Sanne de Vries',
      date: '2026-03-04',
      session: 3,
      kracht: 'off',
    });
    for (const source of ['coachee: "Sanne"', 'tags:\n  - a', 'coachee: Sanne # pseudoniem', 'a: &x 1\nb: *x'])
      assert.equal(plainMapping(source), null, source);
  });
});
