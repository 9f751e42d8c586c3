import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeReport } from '../../../server/src/kracht';
import { clearAnalysisCaches } from '../../../server/src/core/pipeline';
import { defaultSettings } from '../../../server/src/core/settings';

const runs = Number(process.env.FUZZ_RUNS ?? 60);
const seed = Number(process.env.FUZZ_SEED ?? 20261126);

// Sentences with labels and signals, names, a model (two in a row is working hard), and the pieces
// that move lines and blocks: blank lines, list markers, headings, a colon that announces, CRLF.
const pieces = [
  'Ze besloot zelf om het gesprek aan te gaan.', 'Ik heb haar geadviseerd te wachten.', 'Ik legde het model van de dramadriehoek uit.',
  'Daarna pakte ik de kernkwadranten erbij.', 'Sanne voelt zich onzeker.', 'Tips:', 'I gave him three tips.', ' ', 'x', ':',
  // An imperative is advice only after a colon that announces it: the sentence before decides.
  'Ik gaf haar dit mee:', 'Schrijf elke avond drie dingen op.',
  '\n', '\n\n', '\r\n', '- ', '# Sessie\n\n', '## Wat ging goed\n\n', '  - ',
];
const text = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 30 }).map((p) => p.join(''));
const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 20 }), insert: fc.array(fc.constantFrom(...pieces), { maxLength: 2 }).map((p) => p.join('')) });

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
        // First edit after edit, caches kept (as in the editor); then each text alone, caches emptied.
        clearAnalysisCaches();
        const typed = texts.map((t) => JSON.stringify(analyzeReport(t, defaultSettings)));
        const fresh = texts.map((t) => {
          clearAnalysisCaches();
          return JSON.stringify(analyzeReport(t, defaultSettings));
        });
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
      clearAnalysisCaches();
      analyzeReport(before!, defaultSettings);
      const typed = JSON.stringify(analyzeReport(after!, defaultSettings));
      clearAnalysisCaches();
      assert.equal(typed, JSON.stringify(analyzeReport(after!, defaultSettings)), after);
    }
  });
  it('follows a change of settings in a text that did not change', () => {
    const text = 'Ik gaf haar dit mee:\n\nSchrijf elke avond drie dingen op.';
    clearAnalysisCaches();
    const before = analyzeReport(text, defaultSettings).findings.find((f) => f.ruleId === 'signal/expert-role')!;
    const louder = analyzeReport(text, { ...defaultSettings, severity: { 'signal/expert-role': 'warning' } }).findings.find((f) => f.ruleId === 'signal/expert-role')!;
    const english = analyzeReport(text, { ...defaultSettings, locale: 'en' }).findings.find((f) => f.ruleId === 'signal/expert-role')!;
    assert.equal(before.severity, 'information');
    assert.equal(louder.severity, 'warning');
    assert.notEqual(english.message, before.message);
    assert.equal(analyzeReport(text, defaultSettings).findings.find((f) => f.ruleId === 'signal/expert-role')!.message, before.message);
  });
  it('equals the analysis of a text read once, which keeps nothing in the caches', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (texts) => {
        // Typed texts fill the caches; a text read once between them must neither use nor disturb them.
        const typed = texts.map((t) => JSON.stringify(analyzeReport(t, defaultSettings)));
        texts.forEach((t, i) => {
          assert.equal(JSON.stringify(analyzeReport(t, defaultSettings, { once: true })), typed[i], JSON.stringify(t));
          assert.equal(JSON.stringify(analyzeReport(t, defaultSettings)), typed[i], JSON.stringify(t));
        });
      }),
      { numRuns: runs, seed },
    );
  });
});
