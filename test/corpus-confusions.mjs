// npm run score:confusions: where the analysis and the labelled corpus (../shared/corpus) disagree,
// counted per language: "valence strength→neutral ×16" means sixteen sentences labelled strength that
// Kracht calls neutral. Uses score.mjs's own matching. A tuning aid: the corpus is never read at run time.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { assignOutputFiles, loadCorpus, matchSentences } from '../../shared/corpus/score.mjs';

const corpus = loadCorpus(fileURLToPath(import.meta.resolve('../../shared/corpus')));
const run = spawnSync(
  process.execPath,
  ['dist/cli.js', 'analyze', '--format', 'json', ...corpus.reports.map((r) => r.reportPath)],
  { encoding: 'utf8', maxBuffer: 1 << 28 },
);
const output = JSON.parse(run.stdout);
const { fileOf } = assignOutputFiles(corpus.reports, output.files ?? output);
const counts = {};
const count = (lang, what) => ((counts[lang] ??= {})[what] = (counts[lang][what] ?? 0) + 1);
for (const report of corpus.reports) {
  const file = fileOf.get(report);
  if (!file) continue;
  const matched = matchSentences(report.sentences, file.sentences);
  report.sentences.forEach((gold, k) => {
    if (matched[k] === null) return count(report.lang, 'sentence not found');
    const got = file.sentences[matched[k]];
    for (const key of ['valence', 'focus'])
      if (gold[key] !== got[key]) count(report.lang, `${key} ${gold[key]}→${got[key]}`);
    for (const signal of new Set([...gold.signals, ...got.signals])) {
      const labelled = gold.signals.includes(signal);
      if (labelled !== got.signals.includes(signal)) count(report.lang, `${signal} ${labelled ? 'missed' : 'extra'}`);
    }
  });
}
for (const [lang, found] of Object.entries(counts)) {
  console.log(
    `${lang}: ${Object.entries(found)
      .sort((a, b) => b[1] - a[1])
      .map(([what, n]) => `${what} ×${n}`)
      .join('; ')}`,
  );
}
