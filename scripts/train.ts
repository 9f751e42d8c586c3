// npm run train: fits the learned layer on the corpus copy in corpus/ and writes
// server/src/model/weights.json (deterministic: the same corpus and code give the same bytes).
// --check compares instead of writing, and exits 1 when the committed file differs.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readLabelledCorpus } from './learn/corpus';
import { serialiseModel, trainModel } from './learn/train';

const target = fileURLToPath(new URL('../server/src/model/weights.json', import.meta.url));
const text = serialiseModel(trainModel(readLabelledCorpus()));
if (process.argv.includes('--check')) {
  const same = readFileSync(target, 'utf8') === text;
  console.log(
    same
      ? 'weights.json is what the corpus and code train'
      : 'weights.json differs from a fresh training: run npm run train',
  );
  process.exitCode = same ? 0 : 1;
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target} (${text.length} bytes)`);
}
