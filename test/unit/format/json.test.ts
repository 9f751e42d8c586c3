import assert from 'node:assert/strict';
import { analyzeReport } from '../../../server/src/kracht';
import { defaultSettings } from '../../../server/src/core/settings';
import { jsonFilesWriter, toFileOutput, type FileOutput } from '../../../server/src/format/json';

const reports: Record<string, string> = {
  // A file name may hold a line break: in JSON it is escaped, and must not be indented as one.
  'sanne\nmaart.md':
    'Sanne besloot zelf om haar manager te bellen.\nIk heb haar drie tips gegeven: "bel eerst", en\ndan mailen.\n',
  'tom.md': '# Sessie\n\nTom voelt zich onzeker — en “twijfelt” over alles.\n\n- Hij koos toch zelf een aanpak.\n',
  'leeg.md': '',
};

function written(files: FileOutput[]): { text: string; writes: number } {
  const parts: string[] = [];
  const writer = jsonFilesWriter((text) => parts.push(text));
  for (const file of files) writer.add(file);
  writer.end();
  return { text: parts.join(''), writes: parts.length };
}

describe('JSON output written file by file', () => {
  const outputs = Object.entries(reports).map(([path, text]) =>
    toFileOutput(path, analyzeReport(text, defaultSettings)),
  );

  it('is the text JSON.stringify makes of the whole document, for none, one and several files', () => {
    for (const files of [[], outputs.slice(0, 1), outputs]) {
      assert.equal(written(files).text, `${JSON.stringify({ version: 1, files }, null, 2)}\n`);
    }
  });

  it('writes each file as it comes, so that no file waits for the others', () => {
    assert.equal(written(outputs).writes, outputs.length + 1);
  });
});
