import assert from 'node:assert/strict';
import { analyze } from '../../helpers';

/** The source text a sentence's range covers. */
function covered(
  text: string,
  range: { start: { line: number; character: number }; end: { line: number; character: number } },
): string {
  const lines = text.split(/\r\n|\r|\n/u);
  if (range.start.line === range.end.line)
    return lines[range.start.line]!.slice(range.start.character, range.end.character);
  const parts = [lines[range.start.line]!.slice(range.start.character)];
  for (let line = range.start.line + 1; line < range.end.line; line++) parts.push(lines[line]!);
  parts.push(lines[range.end.line]!.slice(0, range.end.character));
  return parts.join('\n');
}

describe('sentences', () => {
  it('cuts at a full stop before a capital and gives exact ranges', () => {
    const text = '# Sessie\n\nZe kwam te laat. Daarna besloot ze zelf te bellen.\n';
    const sentences = analyze(text).sentences;
    assert.deepEqual(
      sentences.map((s) => s.text),
      ['Ze kwam te laat.', 'Daarna besloot ze zelf te bellen.'],
    );
    assert.deepEqual(sentences[1]!.range, { start: { line: 2, character: 17 }, end: { line: 2, character: 50 } });
  });
  it('keeps ranges exact after emoji, in CRLF files and below front matter', () => {
    const text = '---\r\ncoachee: Sanne\r\n---\r\n\r\n🙂 Sanne durfde nee te zeggen. Ik was trots.\r\n';
    const sentences = analyze(text).sentences;
    assert.equal(sentences.length, 2);
    assert.deepEqual(sentences[0]!.range.start, { line: 4, character: 0 });
    assert.equal(covered(text, sentences[0]!.range), '🙂 Sanne durfde nee te zeggen.');
    assert.equal(covered(text, sentences[1]!.range), 'Ik was trots.');
  });
  it('keeps ranges exact after a byte order mark that opens the report (micromark drops it)', () => {
    const cases: [string, string[]][] = [
      ['\ufeffIk gaf tips.', ['Ik gaf tips.']],
      ['\ufeff# Kop\r\nIk gaf *drie* tips.', ['Ik gaf *drie* tips.']],
      ['\ufeff- Ik gaf tips.\n- Ze koos zelf.', ['Ik gaf tips.', 'Ze koos zelf.']],
      ['\ufeff---\ncoachee: Sanne\n---\nSanne koos zelf.', ['Sanne koos zelf.']],
      ['\ufeff\ufeffIk gaf tips.', ['Ik gaf tips.']],
    ];
    for (const [text, expected] of cases) {
      assert.deepEqual(
        analyze(text).sentences.map((s) => covered(text, s.range)),
        expected,
        JSON.stringify(text),
      );
    }
  });
  it('does not end a sentence after an initial, an abbreviation or inside a quotation', () => {
    const text =
      'M. vond het o.a. spannend, bijv. in het overleg. "Ik ben er klaar voor. Echt!" zei ze. Daarna stopte ze.';
    assert.deepEqual(
      analyze(text).sentences.map((s) => s.text),
      [
        'M. vond het o.a. spannend, bijv. in het overleg.',
        '"Ik ben er klaar voor. Echt!" zei ze.',
        'Daarna stopte ze.',
      ],
    );
  });
  it('reads "no." and "blz." as abbreviations only before a number', () => {
    assert.deepEqual(
      analyze('He finds it hard to say no. He knows this from school. See no. 5 in the plan.').sentences.map(
        (s) => s.text,
      ),
      ['He finds it hard to say no.', 'He knows this from school.', 'See no. 5 in the plan.'],
    );
    assert.deepEqual(
      analyze('Zie blz. 12 van het plan. Ze las het nr. 3 nog eens.').sentences.map((s) => s.text),
      ['Zie blz. 12 van het plan.', 'Ze las het nr. 3 nog eens.'],
    );
  });
  it('ends a sentence at a quotation that ends with its own full stop', () => {
    const text = 'Aan het eind zei ze: "Ik ga het gewoon doen." Daarna bleef het stil.';
    assert.deepEqual(
      analyze(text).sentences.map((s) => s.text),
      ['Aan het eind zei ze: "Ik ga het gewoon doen."', 'Daarna bleef het stil.'],
    );
  });
  it('renders Markdown away but keeps the words, and maps ranges through emphasis and links', () => {
    const text =
      '- **Doel:** Fatima wil *zelfverzekerder* worden in [groepen](https://example.org)\n- [x] Zij belde haar manager\n';
    const sentences = analyze(text).sentences;
    assert.deepEqual(
      sentences.map((s) => s.text),
      ['Doel: Fatima wil zelfverzekerder worden in groepen', 'Zij belde haar manager'],
    );
    assert.equal(covered(text, sentences[0]!.range), 'Doel:** Fatima wil *zelfverzekerder* worden in [groepen');
    assert.equal(covered(text, sentences[1]!.range), 'Zij belde haar manager');
  });
  it('skips headings, code, HTML, metadata lines, lone bold labels and short colon labels', () => {
    const text = [
      '# Verslag',
      '',
      'Datum: 12 maart 2024',
      'Coach: M. Verhoef',
      'Opdrachtgever: Gemeente Zwolle, afdeling HRM',
      'Employer: NHS Lothian',
      '',
      '**Context**',
      '',
      'Afspraken:',
      '',
      '```',
      'Ik adviseerde dit.',
      '```',
      '',
      '<div>Ik gaf tips.</div>',
      '',
      'Ze vertelde over haar week.',
    ].join('\n');
    assert.deepEqual(
      analyze(text).sentences.map((s) => s.text),
      ['Ze vertelde over haar week.'],
    );
  });
  it('follows block quotes across lines, with exact start and end', () => {
    const text = '> Hij zei dat hij het\n> zelf wilde doen.\n';
    const [sentence] = analyze(text).sentences;
    assert.equal(sentence!.text, 'Hij zei dat hij het zelf wilde doen.');
    assert.deepEqual(sentence!.range, { start: { line: 0, character: 2 }, end: { line: 1, character: 18 } });
  });
  it('keeps ranges exact below container prefixes longer than a few characters', () => {
    const quoted = `${'> '.repeat(12)}Ze twijfelde eerst.\n${'> '.repeat(12)}Daarna koos ze zelf.\n`;
    const listed = `- a\n  - b\n    - c\n      - d\n        - e\n          - f\n            - g\n              - h\n                - Ze twijfelde eerst.\n                  Daarna koos ze zelf.\n`;
    for (const text of [quoted, listed]) {
      const second = analyze(text).sentences.find((s) => s.text.startsWith('Daarna'))!;
      assert.equal(covered(text, second.range), 'Daarna koos ze zelf.', JSON.stringify(text));
    }
  });
  it('reads a table body row as one unit, its cells joined by " | ", and leaves the header row out (rule 37)', () => {
    const text =
      '| Wie | Wat | Wanneer |\n| --- | --- | --- |\n| Coach | Stuurt het **sjabloon** | 8 maart |\n| Zij | Koos zelf een datum | |\n';
    const sentences = analyze(text).sentences;
    assert.deepEqual(
      sentences.map((s) => s.text),
      ['Coach | Stuurt het sjabloon | 8 maart', 'Zij | Koos zelf een datum |'],
    );
    // The range runs from the row's first cell to its last text, on the row's own line.
    assert.deepEqual(sentences[0]!.range, { start: { line: 2, character: 2 }, end: { line: 2, character: 43 } });
  });
});

describe('top-level chunks', () => {
  it('cut only before flush-left lines after a blank line, never inside front matter, fences or comments', async () => {
    const { topLevelChunks } = await import('../../../server/src/core/markdown');
    const text = [
      '---',
      'coachee: A',
      '',
      'date: 2026-01-01',
      '---',
      '',
      '# Kop',
      '',
      'Alinea een.',
      '',
      '- punt',
      '',
      '  vervolg van het punt',
      '',
      '```',
      'code',
      '',
      'meer code',
      '```',
      '',
      '<!-- notitie',
      '',
      'nog steeds notitie -->',
      '',
      'Slot.',
    ].join('\n');
    const chunks = topLevelChunks(text);
    assert.equal(chunks.map((c) => c.text).join(''), text);
    assert.deepEqual(
      chunks.map((c) => c.text.split('\n')[0]),
      ['---', '# Kop', 'Alinea een.', '- punt', '```', '<!-- notitie', 'Slot.'],
    );
    assert.deepEqual(
      analyze(text).sentences.map((s) => s.text),
      ['Alinea een.', 'punt', 'vervolg van het punt', 'Slot.'],
    );
  });
});
