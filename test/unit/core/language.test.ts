import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import {
  blockLanguage,
  clearly,
  detectByModel,
  detectLanguage,
  functionWords,
} from '../../../server/src/core/language';

// Every paragraph of the labelled corpus (both languages, ten voices) and of this repository's own docs.
function paragraphs(): string[] {
  const found: string[] = [];
  for (const lang of ['nl', 'en']) {
    const dir = `corpus/reports/${lang}`;
    for (const file of readdirSync(dir))
      if (file.endsWith('.md')) found.push(...readFileSync(`${dir}/${file}`, 'utf8').split(/\n\s*\n/u));
  }
  for (const file of ['README.md', 'CHANGELOG.md']) found.push(...readFileSync(file, 'utf8').split(/\n\s*\n/u));
  return found.filter((p) => (p.match(/\p{L}+/gu) ?? []).length >= 8);
}

describe('language detection', () => {
  it('decides by function words only where tinyld says the same, and most paragraphs are that clear', () => {
    const all = paragraphs();
    let clear = 0;
    for (const text of all) {
      const quick = clearly(functionWords(text.slice(0, 4000)));
      if (quick === null) continue;
      clear++;
      assert.equal(quick, detectByModel(text.slice(0, 4000)), text.slice(0, 120));
    }
    assert.ok(clear > all.length * 0.8, `${clear} of ${all.length}`);
  });

  it("asks the model where function words are mixed, and keeps short paragraphs in the report's language", () => {
    const mixed = 'Ze zei: "I want to lead the team", en daarna the meeting of het overleg.';
    assert.equal(clearly(functionWords(mixed)), null);
    assert.ok(['nl', 'en'].includes(detectLanguage(mixed)!));
    assert.equal(blockLanguage('She decided herself.', 'nl'), 'nl');
    assert.equal(blockLanguage('Ze besloot het gesprek zelf aan te gaan en ze was er trots op.', 'en'), 'nl');
    assert.equal(blockLanguage('She decided to have the conversation herself and she was proud of it.', 'nl'), 'en');
  });
});
