// Asserts what Neovim received from the Kracht server: explained diagnostics and quick fixes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const result = JSON.parse(readFileSync(process.argv[2], 'utf8'));
assert.equal(result.ok, true);
const codes = new Set(result.diagnostics.map((d) => d.code));
assert.ok(codes.has('signal/expert-role') && codes.has('balance/coach-coachee'), `codes: ${[...codes].join(', ')}`);
assert.ok(result.diagnostics.every((d) => d.source === 'kracht' && d.codeDescription?.href?.includes('/docs/rules/')));
const titles = result.codeActions.map((a) => a.title);
assert.ok(
  titles.some((t) => /reflect/iu.test(t)),
  `code actions: ${titles.join(' | ')}`,
);
console.log(
  `neovim: ${result.diagnostics.length} diagnostics, ${titles.length} code actions, diagnostics after ${result.timings.diagnosticsMs} ms`,
);
