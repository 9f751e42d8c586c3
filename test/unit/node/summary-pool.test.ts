import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultSettings } from '../../../server/src/core/settings';
import { runSummary } from '../../../server/src/node/summary-runner';

const faulty = join(__dirname, '..', '..', 'fixtures', 'workers', 'faulty-summary-task.cjs');
const sentences = [
  'Ze besloot zelf om het gesprek aan te gaan.',
  'Ik gaf hem drie tips.',
  'Hij voelt zich onzeker en twijfelt.',
  'She was proud of the plan she made herself.',
];

/** Sixty reports (four batches), one of them carrying a fault for the worker that reads it. */
function workspace(fault: string | null): string {
  // The same coachee (the folder's name) and date in every workspace, so that two runs compare whole.
  const root = join(mkdtempSync(join(tmpdir(), 'kracht-pool-')), 'sanne');
  mkdirSync(root);
  for (let i = 0; i < 60; i++) {
    const text = Array.from({ length: 1 + (i % 4) }, (_, k) => sentences[(i + k) % sentences.length]).join(' ');
    const file = join(root, `r${String(i).padStart(2, '0')}.md`);
    writeFileSync(file, i === 21 && fault ? `${text}\n\n<!-- KRACHT-FAULT:${fault} -->\n` : `${text}\n`);
    utimesSync(file, new Date('2026-03-01T12:00:00Z'), new Date('2026-03-01T12:00:00Z'));
  }
  return root;
}

async function summarise(fault: string | null, stallMs?: number): ReturnType<typeof runSummary> {
  return runSummary([workspace(fault)], { settings: defaultSettings, workers: 2, workerScript: faulty, stallMs });
}

describe('summary pool under faults', () => {
  it('summarises a clean workspace on two workers as on one thread', async () => {
    const root = workspace(null);
    const pooled = await runSummary([root], { settings: defaultSettings, workers: 2, workerScript: faulty });
    const alone = await runSummary([root], { settings: defaultSettings, workers: 0 });
    assert.deepEqual(pooled, alone);
  });

  for (const [fault, reason] of [
    ['exit', /worker failed/u],
    ['hang', /no progress for 1 s/u],
  ] as const) {
    it(`fails only the report whose worker ${fault === 'exit' ? 'exits' : 'hangs'} mid-batch, and gives every other report its clean numbers`, async () => {
      const clean = await summarise(null);
      const broken = await summarise(fault, 1000);
      assert.deepEqual(
        broken.failed.map((f) => f.path),
        ['r21.md'],
      );
      assert.match(broken.failed[0]!.reason, reason);
      assert.deepEqual(
        broken.reports,
        clean.reports.filter((r) => r.path !== 'r21.md'),
      );
    });
  }

  it('loses no report to a worker that throws after answering', async () => {
    const clean = await summarise(null);
    const broken = await summarise('late');
    assert.deepEqual(broken.failed, []);
    assert.deepEqual(
      broken.reports.map((r) => [r.path, r.strengthShare, r.coacheeShare, r.signals]),
      clean.reports.map((r) => [r.path, r.strengthShare, r.coacheeShare, r.signals]),
    );
  });
});
