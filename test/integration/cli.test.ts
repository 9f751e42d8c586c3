import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = join(__dirname, '..', '..', 'dist', 'cli.js');
const run = (args: string[], cwd = process.cwd()) => spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });

function folderWithReports(): string {
  const folder = mkdtempSync(join(tmpdir(), 'kracht-cli-'));
  mkdirSync(join(folder, 'sanne'));
  writeFileSync(join(folder, 'sanne', 'sessie-1.md'), '---\ncoachee: Sanne\nlang: nl\n---\n# Sessie 1\n\nSanne besloot zelf om haar manager te bellen.\nIk heb haar drie tips gegeven.\n');
  writeFileSync(join(folder, 'notes.txt'), 'not a report');
  writeFileSync(join(folder, 'session.md'), 'She felt unsure about the presentation. She decided to rehearse it twice.\n');
  return folder;
}

describe('kracht analyze', () => {
  it('prints the OUTPUT.md JSON shape for every *.md file below a folder', () => {
    const folder = folderWithReports();
    const result = run(['analyze', '--format', 'json', '.'], folder);
    assert.equal(result.status, 0, result.stderr);
    const output = JSON.parse(result.stdout) as { version: number; files: { path: string; language: string; sentences: Record<string, unknown>[]; balance: Record<string, unknown>; diagnostics: Record<string, unknown>[] }[] };
    assert.equal(output.version, 1);
    assert.deepEqual(output.files.map((f) => f.path), [join('sanne', 'sessie-1.md'), 'session.md']);
    const [nl, en] = output.files;
    assert.equal(nl!.language, 'nl');
    assert.equal(en!.language, 'en');
    assert.deepEqual(Object.keys(nl!.sentences[0]!).slice(0, 6), ['text', 'range', 'words', 'valence', 'focus', 'signals']);
    assert.deepEqual(nl!.sentences[0]!.range, { start: { line: 6, character: 0 }, end: { line: 6, character: 45 } });
    assert.deepEqual(Object.keys(nl!.balance), ['strengthWords', 'weaknessWords', 'coachWords', 'coacheeWords', 'strengthShare', 'coacheeShare']);
    const diagnostic = nl!.diagnostics.find((d) => d.code === 'signal/expert-role');
    assert.ok(diagnostic, 'expected an expert-role diagnostic');
    assert.deepEqual(Object.keys(diagnostic).slice(0, 4), ['code', 'severity', 'message', 'range']);
  });
  it('prints a readable table by default', () => {
    const result = run(['analyze', folderWithReports()]);
    assert.equal(result.status, 0);
    assert.match(result.stdout, /^report\s+lang\s+sentences\s+strength\s+coachee\s+signals$/mu);
    // Advice without grounds carries expert-role and ungrounded-interpretation (labelling rule 33).
    assert.match(result.stdout, /sessie-1\.md\s+nl\s+2\s+100%\s+\d+%\s+2/u);
  });
  it('exits 2 on a usage error and 1 when a file cannot be read, analysing the rest', () => {
    assert.equal(run(['analyze', '--format', 'xml', '.']).status, 2);
    assert.equal(run(['frobnicate']).status, 2);
    const folder = folderWithReports();
    writeFileSync(join(folder, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    const result = run(['analyze', '--format', 'json', folder, join(folder, 'missing.md')]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /binary\.md: binary file/u);
    assert.match(result.stderr, /missing\.md: no such file or folder/u);
    assert.equal((JSON.parse(result.stdout) as { files: unknown[] }).files.length, 2);
  });
  it('reads .kracht.json in the working folder', () => {
    const folder = folderWithReports();
    writeFileSync(join(folder, '.kracht.json'), JSON.stringify({ severity: { 'signal/expert-role': 'off' } }));
    const result = run(['analyze', '--format', 'json', 'sanne'], folder);
    const output = JSON.parse(result.stdout) as { files: { diagnostics: { code: string }[] }[] };
    assert.equal(output.files[0]!.diagnostics.some((d) => d.code === 'signal/expert-role'), false);
  });
});
