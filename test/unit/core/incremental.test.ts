import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeReport, MatcherMemo, ReportSession } from '../../../server/src/kracht';
import { parseSettings } from '../../../server/src/core/settings';
import { defaultSettings } from '../../../server/src/core/settings';

const runs = Number(process.env.FUZZ_RUNS ?? 60);
const seed = Number(process.env.FUZZ_SEED ?? 20261126);

// Sentences with labels and signals, names, a model (two in a row is working hard), and the pieces
// that move lines and blocks: blank lines, list markers, headings, a colon that announces, CRLF.
const pieces = [
  'Ze besloot zelf om het gesprek aan te gaan.',
  'Ik heb haar geadviseerd te wachten.',
  'Ik legde het model van de dramadriehoek uit.',
  'Daarna pakte ik de kernkwadranten erbij.',
  'Sanne voelt zich onzeker.',
  'Tips:',
  'I gave him three tips.',
  ' ',
  'x',
  ':',
  // An imperative is advice only after a colon that announces it: the sentence before decides.
  'Ik gaf haar dit mee:',
  'Schrijf elke avond drie dingen op.',
  '\n',
  '\n\n',
  '\r\n',
  '- ',
  '# Sessie\n\n',
  '## Wat ging goed\n\n',
  '  - ',
];
const text = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 30 }).map((p) => p.join(''));
const edit = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 20 }),
  insert: fc.array(fc.constantFrom(...pieces), { maxLength: 2 }).map((p) => p.join('')),
});

describe('analysis while typing, and of a text read once', () => {
  it('equals a fresh analysis of the same text, edit after edit', () => {
    fc.assert(
      fc.property(text, fc.array(edit, { minLength: 1, maxLength: 8 }), (start, edits) => {
        const texts = [start];
        for (const { at, remove, insert } of edits) {
          const current = texts.at(-1)!;
          const place = at % (current.length + 1);
          texts.push(current.slice(0, place) + insert + current.slice(place + remove));
        }
        // First edit after edit in one session (as in the editor); then each text read once.
        const session = new ReportSession();
        const typed = texts.map((t) => JSON.stringify(analyzeReport(t, defaultSettings, { session })));
        const fresh = texts.map((t) => JSON.stringify(analyzeReport(t, defaultSettings)));
        texts.forEach((t, i) => assert.equal(typed[i], fresh[i], JSON.stringify(t)));
      }),
      { numRuns: runs, seed },
    );
  });
  it('takes an unchanged paragraph over only while what it depends on outside itself is unchanged', () => {
    const advice = 'Schrijf elke avond drie dingen op.';
    const model = 'Ik gebruikte de kernkwadranten.';
    // Each pair: a text, then an edit outside the last paragraph that changes how that paragraph reads.
    const pairs = [
      [`Ik gaf haar dit mee:\n\n${advice}`, `Ik gaf haar dit mee.\n\n${advice}`], // the colon before it
      [`Ik gebruikte de dramadriehoek.\n\n${model}`, `Ik gebruikte de tijd.\n\n${model}`], // a model before it
      [`Ze zei: nee.\n\n${advice}`, `# Ze zei nee\n\n${advice}`], // its section
      [`Ze besloot zelf.\n\n${advice}`, `Ze besloot\nzelf.\n\n${advice}`], // its line
    ];
    for (const [before, after] of pairs) {
      const session = new ReportSession();
      analyzeReport(before!, defaultSettings, { session });
      const typed = JSON.stringify(analyzeReport(after!, defaultSettings, { session }));
      assert.equal(typed, JSON.stringify(analyzeReport(after!, defaultSettings)), after);
    }
  });
  it('keeps the sentences of a paragraph that stands in several places of the report, at each place', () => {
    const repeated = 'Aanwezig: Sanne en ik.\n\nZe besloot zelf om het gesprek aan te gaan.';
    const text = (typed: string) =>
      ['# Sessie 1', repeated, '# Sessie 2', repeated, `Ik gaf haar een tip ${typed}.`, '# Sessie 3', repeated].join(
        '\n\n',
      );
    const session = new ReportSession();
    analyzeReport(text('a'), defaultSettings, { session });
    const before = analyzeReport(text('ab'), defaultSettings, { session }).sentences;
    const after = analyzeReport(text('abc'), defaultSettings, { session }).sentences;
    const copies = after.filter((s) => s.text.startsWith('Ze besloot'));
    assert.equal(copies.length, 3);
    // Every copy is the very sentence of the keystroke before: nothing of it was read again.
    for (const copy of copies) assert.ok(before.includes(copy), `line ${copy.range.start.line}`);
    assert.equal(JSON.stringify(after), JSON.stringify(analyzeReport(text('abc'), defaultSettings).sentences));
  });
  it('follows a change of settings in a text that did not change', () => {
    const text = 'Ik gaf haar dit mee:\n\nSchrijf elke avond drie dingen op.';
    const session = new ReportSession();
    const expertRole = (settings: typeof defaultSettings) =>
      analyzeReport(text, settings, { session }).findings.find((f) => f.ruleId === 'signal/expert-role')!;
    const before = expertRole(defaultSettings);
    const louder = expertRole({ ...defaultSettings, severity: { 'signal/expert-role': 'warning' } });
    const english = expertRole({ ...defaultSettings, locale: 'en' });
    const extraTerm = analyzeReport(
      'Ik gaf haar dit mee: bla.',
      { ...defaultSettings, lexicon: { 'expert-role': ['gaf haar dit mee'] } },
      { session },
    );
    assert.equal(before.severity, 'information');
    assert.equal(louder.severity, 'warning');
    assert.notEqual(english.message, before.message);
    assert.equal(expertRole(defaultSettings).message, before.message);
    assert.ok(
      extraTerm.findings.some((f) => f.ruleId === 'signal/expert-role'),
      'a term the user adds counts at once',
    );
  });
  it('keeps documents typed in turn apart: each session equals a fresh analysis of its own text', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), text), { minLength: 1, maxLength: 8 }), (turns) => {
        // Two documents typed in turn, as an editor with two reports open; the same texts read once.
        const sessions = [new ReportSession(), new ReportSession()];
        for (const [second, t] of turns) {
          const typed = JSON.stringify(analyzeReport(t, defaultSettings, { session: sessions[second ? 1 : 0] }));
          assert.equal(typed, JSON.stringify(analyzeReport(t, defaultSettings)), JSON.stringify(t));
        }
      }),
      { numRuns: runs, seed },
    );
  });
  it("builds a user lexicon's matchers once for a run of reports read once, with the same result", () => {
    const settings = parseSettings({ lexicon: { weakness: ['vastgelopen'], 'expert-role': ['gaf haar dit mee'] } });
    const matchers = new MatcherMemo();
    assert.equal(matchers.matchersFor('nl', settings.lexicon), matchers.matchersFor('nl', settings.lexicon));
    for (const text of [
      'Ze is vastgelopen in haar rol.',
      'Ik gaf haar dit mee: bel je teamleider.',
      'Hij besloot zelf te bellen.',
    ]) {
      assert.equal(
        JSON.stringify(analyzeReport(text, settings, { matchers })),
        JSON.stringify(analyzeReport(text, settings)),
        text,
      );
    }
    assert.equal(
      analyzeReport('Ze is vastgelopen in haar rol.', settings, { matchers }).sentences[0]!.valence,
      'weakness',
    );
  });
});
