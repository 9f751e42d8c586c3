import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  mkdtempSync,
  writeFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sarifErrors } from '../sarif-schema';

const cli = join(__dirname, '..', '..', 'dist', 'cli.js');
const run = (args: string[], cwd = process.cwd()) =>
  spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });

function folderWithReports(): string {
  const folder = mkdtempSync(join(tmpdir(), 'kracht-cli-'));
  mkdirSync(join(folder, 'sanne'));
  writeFileSync(
    join(folder, 'sanne', 'sessie-1.md'),
    '---\ncoachee: Sanne\nlang: nl\n---\n# Sessie 1\n\nSanne besloot zelf om haar manager te bellen.\nIk heb haar drie tips gegeven.\n',
  );
  writeFileSync(join(folder, 'notes.txt'), 'not a report');
  writeFileSync(
    join(folder, 'session.md'),
    'She felt unsure about the presentation. She decided to rehearse it twice.\n',
  );
  return folder;
}

describe('kracht analyze', () => {
  it('prints the OUTPUT.md JSON shape for every *.md file below a folder', () => {
    const folder = folderWithReports();
    const result = run(['analyze', '--format', 'json', '.'], folder);
    assert.equal(result.status, 0, result.stderr);
    const output = JSON.parse(result.stdout) as {
      version: number;
      files: {
        path: string;
        language: string;
        sentences: Record<string, unknown>[];
        balance: Record<string, unknown>;
        diagnostics: Record<string, unknown>[];
      }[];
    };
    assert.equal(output.version, 1);
    assert.deepEqual(
      output.files.map((f) => f.path),
      [join('sanne', 'sessie-1.md'), 'session.md'],
    );
    const [nl, en] = output.files;
    assert.equal(nl!.language, 'nl');
    assert.equal(en!.language, 'en');
    assert.deepEqual(Object.keys(nl!.sentences[0]!).slice(0, 6), [
      'text',
      'range',
      'words',
      'valence',
      'focus',
      'signals',
    ]);
    assert.deepEqual(nl!.sentences[0]!.range, { start: { line: 6, character: 0 }, end: { line: 6, character: 45 } });
    assert.deepEqual(Object.keys(nl!.balance), [
      'strengthWords',
      'weaknessWords',
      'coachWords',
      'coacheeWords',
      'strengthShare',
      'coacheeShare',
    ]);
    const diagnostic = nl!.diagnostics.find((d) => d.code === 'signal/expert-role');
    assert.ok(diagnostic, 'expected an expert-role diagnostic');
    assert.deepEqual(Object.keys(diagnostic).slice(0, 4), ['code', 'severity', 'message', 'range']);
  });
  it('prints the findings per report, then a readable table', () => {
    const result = run(['analyze', folderWithReports()]);
    assert.equal(result.status, 0);
    assert.match(result.stdout, /^report\s+lang\s+sentences\s+strength\s+coachee\s+signals$/mu);
    // Advice without grounds carries expert-role and ungrounded-interpretation (labelling rule 33).
    assert.match(result.stdout, /sessie-1\.md\s+nl\s+2\s+(9\d|100)%\s+\d+%\s+1/u);
    const [findings, table] = result.stdout.split(/^(?=report\s+lang)/mu);
    assert.match(findings!, /^\S*sanne\/sessie-1\.md\n {2}\d+:\d+ +information +signal\/expert-role /mu);
    assert.doesNotMatch(table!, /signal\/expert-role/u);
  });
  it('exits 2 on a usage error and when a file cannot be read, analysing the rest', () => {
    assert.equal(run(['analyze', '--format', 'xml', '.']).status, 2);
    assert.equal(run(['frobnicate']).status, 2);
    const folder = folderWithReports();
    writeFileSync(join(folder, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    const result = run(['analyze', '--format', 'json', folder, join(folder, 'missing.md')]);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /binary\.md: binary file/u);
    assert.match(result.stderr, /missing\.md: no such file or folder/u);
    assert.equal((JSON.parse(result.stdout) as { files: unknown[] }).files.length, 2);
  });
  it('reads .kracht.json in the working folder', () => {
    const folder = folderWithReports();
    writeFileSync(join(folder, '.kracht.json'), JSON.stringify({ severity: { 'signal/expert-role': 'off' } }));
    const result = run(['analyze', '--format', 'json', 'sanne'], folder);
    const output = JSON.parse(result.stdout) as { files: { diagnostics: { code: string }[] }[] };
    assert.equal(
      output.files[0]!.diagnostics.some((d) => d.code === 'signal/expert-role'),
      false,
    );
  });
});

describe('kracht output to a reader that stops early', () => {
  it('stops quietly when the reader is gone (kracht analyze . | head)', () => {
    const folder = mkdtempSync(join(tmpdir(), 'kracht-pipe-'));
    // Each report's JSON is larger than a pipe holds, so a write finds the reader gone.
    const report = Array.from(
      { length: 400 },
      (_, i) => `Ze voelt zich onzeker over stap ${i}. Ik gaf haar een tip.`,
    ).join('\n\n');
    for (let i = 0; i < 3; i++) writeFileSync(join(folder, `r${i}.md`), report);
    const result = spawnSync(
      'bash',
      ['-c', 'set -o pipefail; "$0" "$1" analyze --format json "$2" | head -n 2', process.execPath, cli, folder],
      { encoding: 'utf8' },
    );
    assert.equal(result.stderr, '');
    assert.equal(result.status, 0);
    assert.equal(result.stdout, '{\n  "version": 1,\n');
  });
});

describe('kracht summary and check', () => {
  const env = { ...process.env, XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'kracht-cache-')) };
  const runIn = (args: string[], cwd: string) =>
    spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env });

  it('prints JSON version 1 with reports and coachees, the same numbers with two workers as with none', () => {
    const folder = folderWithReports();
    for (let i = 0; i < 40; i++)
      writeFileSync(
        join(folder, 'sanne', `extra-${i}.md`),
        `Sanne besloot zelf stap ${i} te zetten. Ze voelt zich soms onzeker.\n`,
      );
    const single = runIn(['summary', '.', '--format', 'json', '--workers', '0', '--no-cache'], folder);
    const pooled = runIn(['summary', '.', '--format', 'json', '--workers', '2', '--no-cache'], folder);
    assert.equal(single.status, 0, single.stderr);
    const summary = JSON.parse(single.stdout) as {
      version: number;
      reports: Record<string, unknown>[];
      coachees: Record<string, unknown>[];
    };
    assert.equal(summary.version, 1);
    assert.equal(summary.reports.length, 42);
    assert.deepEqual(
      Object.keys(summary.reports[0]!).filter((k) =>
        ['path', 'coachee', 'date', 'words', 'strengthShare', 'coacheeShare', 'signals'].includes(k),
      ).length,
      7,
    );
    assert.deepEqual(Object.keys(summary.coachees[0]!).slice(0, 5), [
      'name',
      'reports',
      'strengthShare',
      'coacheeShare',
      'trend',
    ]);
    assert.deepEqual(JSON.parse(pooled.stdout), summary);
  });

  it('reuses its cache on a second run with identical output', () => {
    const folder = folderWithReports();
    const first = runIn(['summary', '.', '--format', 'json'], folder);
    const second = runIn(['summary', '.', '--format', 'json'], folder);
    assert.equal(second.stdout, first.stdout);
  });

  it('writes its cache only when a report changed, and keeps only the reports still there', () => {
    const folder = folderWithReports();
    runIn(['summary', '.', '--format', 'json'], folder);
    const cacheFolder = join(env.XDG_CACHE_HOME!, 'kracht');
    const cacheFile = readdirSync(cacheFolder)
      .filter((name) => name.endsWith('.json'))
      .map((name) => join(cacheFolder, name))
      .find((path) => readFileSync(path, 'utf8').includes(folder))!;
    const entries = (): string[] =>
      Object.keys((JSON.parse(readFileSync(cacheFile, 'utf8')) as { entries: Record<string, unknown> }).entries).map(
        (path) => path.slice(folder.length + 1),
      );
    assert.deepEqual(entries().sort(), [join('sanne', 'sessie-1.md'), 'session.md']);
    const longAgo = new Date('2020-01-01T00:00:00Z');
    utimesSync(cacheFile, longAgo, longAgo);
    assert.equal(runIn(['summary', '.', '--format', 'json'], folder).status, 0);
    assert.equal(statSync(cacheFile).mtimeMs, longAgo.getTime(), 'a warm run rewrote the cache');
    rmSync(join(folder, 'session.md'));
    assert.equal(runIn(['summary', '.', '--format', 'json'], folder).status, 0);
    assert.deepEqual(entries(), [join('sanne', 'sessie-1.md')]);
  });

  it('does not reuse a cache written by another build of Kracht', () => {
    const folder = folderWithReports();
    const first = runIn(['summary', '.', '--format', 'json'], folder);
    const cacheFolder = join(env.XDG_CACHE_HOME!, 'kracht');
    // Summary caches are the JSON files; the CLI's compiled code lives in a folder beside them.
    const file = readdirSync(cacheFolder)
      .filter((name) => name.endsWith('.json'))
      .map((name) => join(cacheFolder, name))
      .find((path) => readFileSync(path, 'utf8').includes(folder));
    assert.ok(file, 'the first run wrote a cache for this folder');
    const cacheFile = file;
    const tamper = (build: string | null): void => {
      const stored = JSON.parse(readFileSync(cacheFile, 'utf8')) as {
        build: string;
        entries: Record<string, { summary: { words: number } }>;
      };
      for (const entry of Object.values(stored.entries)) entry.summary.words = 99_999;
      if (build !== null) stored.build = build;
      writeFileSync(cacheFile, JSON.stringify(stored));
    };
    // The same build: the cache is read (the tampered count shows), so the next check can fail.
    tamper(null);
    assert.match(runIn(['summary', '.', '--format', 'json'], folder).stdout, /99999/u);
    tamper('another-build');
    assert.equal(runIn(['summary', '.', '--format', 'json'], folder).stdout, first.stdout);
  });

  it('check exits 1 when a report crosses a threshold, 0 when none does, and writes SARIF 2.1.0', () => {
    const folder = mkdtempSync(join(tmpdir(), 'kracht-check-'));
    writeFileSync(
      join(folder, 'zwaar.md'),
      'Hij voelt zich onzeker en twijfelt over alles wat hij doet. Het conflict met zijn collega loopt vast en hij slaapt er slecht door. Zijn valkuil is dat hij problemen uitstelt.\n',
    );
    const failing = runIn(['check', '.'], folder);
    assert.equal(failing.status, 1);
    assert.match(failing.stdout, /zwaar\.md:1:1 {2}balance\/strength-weakness/u);
    const sarif = JSON.parse(runIn(['check', '.', '--format', 'sarif'], folder).stdout) as {
      version: string;
      runs: { results: { ruleId: string; locations: unknown[] }[] }[];
    };
    assert.equal(sarif.version, '2.1.0');
    assert.deepEqual(sarifErrors(sarif), []);
    assert.ok(sarif.runs[0]!.results.some((r) => r.ruleId === 'balance/strength-weakness'));
    writeFileSync(join(folder, '.kracht.json'), JSON.stringify({ thresholds: { strengthShare: 0 } }));
    assert.equal(runIn(['check', '.'], folder).status, 0);
  });
});

describe('kracht start-up', () => {
  const report = (): string => {
    const folder = mkdtempSync(join(tmpdir(), 'kracht-start-'));
    writeFileSync(
      join(folder, 'sessie.md'),
      '---\ncoachee: Sanne\nlang: nl\n---\nSanne besloot zelf om haar manager te bellen. Ik gaf haar drie tips.\n',
    );
    return join(folder, 'sessie.md');
  };
  const start = (cacheHome: string, extra: NodeJS.ProcessEnv = {}) => {
    const file = report();
    return spawnSync(process.execPath, [cli, 'analyze', '--format', 'json', file], {
      encoding: 'utf8',
      env: { ...process.env, XDG_CACHE_HOME: cacheHome, KRACHT_CODE_CACHE: 'verbose', ...extra },
    });
  };
  const output = (result: ReturnType<typeof start>): string => result.stdout.replace(/"path": "[^"]*"/gu, '');

  it('stores the compiled code after the first run and reads it on the next, with the same result', () => {
    const cacheHome = mkdtempSync(join(tmpdir(), 'kracht-code-'));
    const first = start(cacheHome);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stderr, /code cache none\n.*code cache written/su);
    const second = start(cacheHome);
    assert.match(second.stderr, /code cache used/u);
    assert.doesNotMatch(second.stderr, /written/u);
    assert.equal(output(second), output(first));
  });

  it('ships ASCII bundles (read as one-byte strings) whose escaped patterns still read typographic punctuation', () => {
    const dist = join(__dirname, '..', '..', 'dist');
    for (const file of readdirSync(dist).filter((name) => name.endsWith('.js'))) {
      const bytes = readFileSync(join(dist, file));
      assert.equal(
        bytes.findIndex((byte) => byte > 0x7f),
        -1,
        `${file} has a non-ASCII byte`,
      );
    }
    // The same report with straight and with typographic apostrophes, quotes and dashes reads the same.
    const folder = mkdtempSync(join(tmpdir(), 'kracht-ascii-'));
    const straight = 'She didn\'t feel ready - she said "I can\'t do this" - and I gave her three tips.\n';
    writeFileSync(join(folder, 'straight.md'), straight);
    writeFileSync(
      join(folder, 'typographic.md'),
      straight
        .replace(/'/gu, '\u2019')
        .replace(/ - /gu, ' \u2013 ')
        .replace(/"(.*?)"/u, '\u201c$1\u201d'),
    );
    const result = run(['analyze', '--format', 'json', '.'], folder);
    assert.equal(result.status, 0, result.stderr);
    type Labels = {
      files: { sentences: { valence: string; focus: string; signals: string[] }[]; diagnostics: { code: string }[] }[];
    };
    const labels = (JSON.parse(result.stdout) as Labels).files.map((f) => ({
      sentences: f.sentences.map((s) => [s.valence, s.focus, s.signals]),
      codes: f.diagnostics.map((d) => d.code),
    }));
    assert.ok(labels[0]!.sentences.length > 0);
    assert.deepEqual(labels[1], labels[0]);
  });

  it('replaces a damaged cache, and runs without one where none can be written or it is turned off', () => {
    const cacheHome = mkdtempSync(join(tmpdir(), 'kracht-code-'));
    const reference = start(cacheHome);
    const folder = join(cacheHome, 'kracht', 'code');
    const [file] = readdirSync(folder);
    writeFileSync(join(folder, file!), Buffer.alloc(4096, 7));
    const damaged = start(cacheHome);
    assert.equal(damaged.status, 0, damaged.stderr);
    assert.match(damaged.stderr, /code cache rejected\n.*code cache written/su);
    assert.equal(output(damaged), output(reference));
    assert.match(start(cacheHome).stderr, /code cache used/u);
    // A cache "folder" that is a file: nothing can be stored, the result is the same.
    const blocked = join(mkdtempSync(join(tmpdir(), 'kracht-code-')), 'not-a-folder');
    writeFileSync(blocked, '');
    const unwritable = start(blocked);
    assert.equal(unwritable.status, 0, unwritable.stderr);
    assert.equal(output(unwritable), output(reference));
    const off = start(mkdtempSync(join(tmpdir(), 'kracht-code-')), { KRACHT_CODE_CACHE: 'off' });
    assert.equal(output(off), output(reference));
    assert.equal(off.stderr, '');
  });
});
