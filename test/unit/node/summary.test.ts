import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeReport } from '../../../server/src/kracht';
import { defaultSettings } from '../../../server/src/core/settings';
import { dateInName } from '../../../server/src/core/summary';
import { signalNames, type SignalName } from '../../../server/src/core/types';
import { monthChart, trendChart } from '../../../server/src/format/summary-charts';
import { escapeHtml, summaryHtml } from '../../../server/src/format/summary-html';
import { csvField, summaryCsv } from '../../../server/src/format/summary';
import { runSummary, type CacheEntry } from '../../../server/src/node/summary-runner';
import { listReports } from '../../../server/src/node/walk';

const reports: Record<string, string> = {
  'sanne/2026-01-10-sessie.md': 'Sanne besloot zelf om haar manager te bellen. Ik heb haar drie tips gegeven.\n',
  'sanne/2026-02-14-sessie.md':
    'Ze voelt zich onzeker en twijfelt. Ze koos toch zelf een nieuwe aanpak en dat lukte.\n',
  'tom.md':
    '---\ncoachee: Tom\ndate: 2026-03-01\n---\nTom is trots op zijn presentatie. Hij vroeg me wat hij moest doen.\n',
  'notes/README.md': 'Not a report.\n',
};

function workspace(): string {
  const root = mkdtempSync(join(tmpdir(), 'kracht-summary-'));
  for (const [path, text] of Object.entries(reports)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('workspace summary', () => {
  it('adds up exactly the per-file analyses, per report and word-weighted per coachee', async () => {
    const root = workspace();
    const summary = await runSummary([root], { settings: defaultSettings, workers: 0 });
    assert.deepEqual(
      summary.reports.map((r) => [r.path, r.coachee, r.date]),
      [
        ['sanne/2026-01-10-sessie.md', 'sanne', '2026-01-10'],
        ['sanne/2026-02-14-sessie.md', 'sanne', '2026-02-14'],
        ['tom.md', 'Tom', '2026-03-01'],
      ],
    );
    let strength = 0;
    let weakness = 0;
    for (const report of summary.reports) {
      const analysis = analyzeReport(reports[report.path]!, defaultSettings);
      assert.equal(report.strengthShare, analysis.balance.strengthShare);
      assert.equal(report.coacheeShare, analysis.balance.coacheeShare);
      assert.equal(
        report.words,
        analysis.sentences.reduce((sum, s) => sum + s.words, 0),
      );
      for (const name of signalNames)
        assert.equal(report.signals[name], analysis.sentences.filter((s) => s.signals.includes(name)).length);
      if (report.coachee === 'sanne') {
        strength += analysis.balance.strengthWords;
        weakness += analysis.balance.weaknessWords;
      }
    }
    const sanne = summary.coachees.find((c) => c.name === 'sanne')!;
    assert.equal(sanne.reports, 2);
    assert.equal(sanne.strengthShare, Math.round((strength / (strength + weakness)) * 1000) / 1000);
    assert.deepEqual(
      sanne.trend.map((t) => t.date),
      ['2026-01-10', '2026-02-14'],
    );
  });

  it('reads a file again only when it changed, and drops a deleted one', async () => {
    const root = workspace();
    const cache = new Map<string, CacheEntry>();
    await runSummary([root], { settings: defaultSettings, cache, workers: 0 });
    const tom = join(root, 'tom.md');
    const before = cache.get(tom)!;
    // Same content, new time: the content hash keeps the cached analysis.
    utimesSync(tom, new Date(), new Date(Date.now() + 5000));
    await runSummary([root], { settings: defaultSettings, cache, workers: 0 });
    assert.equal(cache.get(tom)!.summary, before.summary);
    writeFileSync(tom, 'Tom voelt zich onzeker en twijfelt over alles.\n');
    utimesSync(tom, new Date(), new Date(Date.now() + 10000));
    const changed = await runSummary([root], { settings: defaultSettings, cache, workers: 0 });
    assert.notEqual(cache.get(tom)!.hash, before.hash);
    // Now all doubt: its share falls to nearly nothing (each sentence counted by how sure its label is).
    assert.ok(changed.reports.find((r) => r.path === 'tom.md')!.strengthShare! < 0.1);
    rmSync(tom);
    const deleted = await runSummary([root], { settings: defaultSettings, cache, workers: 0 });
    assert.equal(
      deleted.reports.some((r) => r.path === 'tom.md'),
      false,
    );
    assert.equal(cache.has(tom), false, 'a deleted report stays in the cache');
    assert.equal(cache.size, 2);
  });

  it('skips excluded files, special files and symbolic links out of the workspace', () => {
    const root = workspace();
    const outside = mkdtempSync(join(tmpdir(), 'kracht-outside-'));
    writeFileSync(join(outside, 'secret.md'), 'Buiten de werkmap.');
    symlinkSync(outside, join(root, 'link'));
    symlinkSync(join(outside, 'secret.md'), join(root, 'secret.md'));
    execFileSync('mkfifo', [join(root, 'pipe.md')]);
    assert.deepEqual(
      listReports(root, defaultSettings).map((p) => p.slice(root.length + 1)),
      ['sanne/2026-01-10-sessie.md', 'sanne/2026-02-14-sessie.md', 'tom.md'],
    );
  });

  it("leaves out what the root's .krachtignore names, in gitignore syntax", () => {
    const root = workspace();
    mkdirSync(join(root, 'concepten'));
    writeFileSync(join(root, 'concepten', 'half.md'), 'Nog niet af.');
    writeFileSync(join(root, 'sanne', 'notities.tmp.md'), 'Kladje.');
    writeFileSync(join(root, '.krachtignore'), '# drafts and scratch notes\nconcepten/\n*.tmp.md\n!tom.md\n');
    assert.deepEqual(
      listReports(root, defaultSettings).map((p) => p.slice(root.length + 1)),
      ['sanne/2026-01-10-sessie.md', 'sanne/2026-02-14-sessie.md', 'tom.md'],
    );
  });
  it('finds dates in file names only when they are real dates', () => {
    assert.equal(dateInName('sessie-2026-03-04.md'), '2026-03-04');
    assert.equal(dateInName('20260304-ilse.md'), '2026-03-04');
    assert.equal(dateInName('04-03-2026.md'), '2026-03-04');
    assert.equal(dateInName('2026-13-45.md'), null);
  });

  it('writes CSV with a header and quoted fields', async () => {
    const root = workspace();
    writeFileSync(join(root, 'a, "b".md'), 'Ze besloot zelf te bellen.\n');
    const csv = summaryCsv(await runSummary([root], { settings: defaultSettings, workers: 0 }), 'report');
    const [header, ...rows] = csv.split('\r\n');
    assert.equal(header, `path,coachee,date,words,strengthShare,coacheeShare,${signalNames.join(',')}`);
    assert.ok(rows.some((row) => row.startsWith('"a, ""b"".md",')));
  });

  it('writes shares as decimals in every CSV grouping, never as percentages', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kracht-csv-'));
    writeFileSync(
      join(root, 'a.md'),
      '---\ncoachee: Sanne\ndate: 2026-03-04\n---\nZe besloot zelf te bellen. Ze twijfelt over alles.\n',
    );
    writeFileSync(
      join(root, 'b.md'),
      '---\ncoachee: Sanne\ndate: 2026-04-04\n---\nZe besloot zelf te bellen en was trots.\n',
    );
    const summary = await runSummary([root], { settings: defaultSettings, workers: 0 });
    const [header, row] = summaryCsv(summary, 'coachee').split('\r\n');
    assert.equal(header, 'coachee,reports,strengthShare,coacheeShare,strengthTrend');
    assert.match(row!, /^Sanne,2,(0|1|0\.\d+),(0|1|0\.\d+),(0|1|0\.\d+) (0|1|0\.\d+)$/u);
    assert.doesNotMatch(summaryCsv(summary, 'coachee') + summaryCsv(summary, 'month'), /%/u);
  });

  it('writes CSV a spreadsheet cannot run: a leading = + - @ or tab becomes text, numbers stay numbers', async () => {
    const root = workspace();
    writeFileSync(join(root, '=HYPERLINK(1).md'), '---\ncoachee: "@SUM(A1)"\n---\nZe besloot zelf te bellen.\n');
    const csv = summaryCsv(await runSummary([root], { settings: defaultSettings, workers: 0 }), 'report');
    const row = csv.split('\r\n').find((line) => line.includes('HYPERLINK'))!;
    assert.ok(row.startsWith(`"'=HYPERLINK(1).md","'@SUM(A1)",`), row);
    for (const [value, field] of [
      ['+31 6', `"'+31 6"`],
      ['-x', `"'-x"`],
      ['\tx', `"'\tx"`],
      ['-0.25', '-0.25'],
      ['0.5', '0.5'],
      ['a=b', 'a=b'],
    ]) {
      assert.equal(csvField(value!), field, value);
    }
  });
});

describe('summary page', () => {
  it('has a strict CSP with a nonce, loads nothing remote, and shows report text as text', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kracht-html-'));
    mkdirSync(join(root, '<img src=x onerror=alert(1)>'));
    writeFileSync(
      join(root, '<img src=x onerror=alert(1)>', '<script>alert(1)<\\script>.md'),
      '---\ncoachee: "<script>alert(2)</script>"\n---\nZe besloot zelf te bellen.\n',
    );
    const summary = await runSummary([root], { settings: defaultSettings, workers: 0 });
    const html = summaryHtml(summary, {
      locale: 'nl',
      nonce: 'abc123',
      cspSource: 'vscode-webview://x',
      scriptUri: 'vscode-webview://x/dist/webview.js',
    });
    assert.match(
      html,
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; [^"]*script-src 'nonce-abc123'/u,
    );
    assert.doesNotMatch(html, /<script>alert|<img src=x/u);
    assert.ok(html.includes(escapeHtml('<script>alert(1)<\\script>.md')));
    assert.doesNotMatch(html, /https?:\/\//u);
    const scripts = [...html.matchAll(/<script\b[^>]*>/gu)].map((m) => m[0]);
    assert.ok(scripts.length === 2 && scripts.every((tag) => tag.includes('nonce="abc123"')));
    // The embedded data cannot close its script element.
    const data = /<script type="application\/json" id="summary-data" nonce="abc123">([\s\S]*?)<\/script>/u.exec(
      html,
    )![1]!;
    assert.equal(
      (JSON.parse(data) as { reports: { coachee: string }[] }).reports[0]!.coachee,
      '<script>alert(2)</script>',
    );
  });
  it('without its script shows no controls that would do nothing, and marks a share below its threshold in words', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kracht-html-'));
    writeFileSync(
      join(root, 'low.md'),
      '---\ncoachee: Sanne\n---\n' +
        'Ze voelt zich onzeker en twijfelt aan alles. Ze durft niet te praten in het overleg. '.repeat(6),
    );
    writeFileSync(
      join(root, 'high.md'),
      '---\ncoachee: Tom\n---\n' + 'Tom besloot zelf om het gesprek aan te gaan en dat lukte goed. '.repeat(6),
    );
    const summary = await runSummary([root], { settings: defaultSettings, workers: 0 });
    const html = summaryHtml(summary, { locale: 'nl', thresholds: { strengthShare: 0.35, coacheeShare: 0.5 } });
    assert.doesNotMatch(html, /<form|<button|<script|<canvas/u);
    const rows = [...html.matchAll(/<tr data-coachee="(\w+)"[\s\S]*?<\/tr>/gu)].map((m) => [m[1], m[0]] as const);
    assert.match(
      rows.find(([name]) => name === 'Sanne')![1],
      /class="n low"[^<]*<span class="flag">▼ onder 35%<\/span>/u,
    );
    assert.doesNotMatch(rows.find(([name]) => name === 'Tom')![1], /low/u);
    // The signals are named in the page's language, not by their ids.
    assert.ok(html.includes('<th>expertrol</th>') && !html.includes('<th>expert-role</th>'));
    // With its script, the page keeps its sort buttons and filters.
    const live = summaryHtml(summary, { locale: 'en', nonce: 'n', cspSource: 'x', scriptUri: 'x/webview.js' });
    assert.match(
      live,
      /<form class="filters"[\s\S]*<th aria-sort="none"><button type="button" data-sort="0">Date<\/button>/u,
    );
    // Every sortable header says how it is sorted; the export sits with the filters whose rows it writes.
    assert.equal([...live.matchAll(/<th aria-sort="none"><button type="button" data-sort="\d">/gu)].length, 7);
    assert.match(live, /<button type="button" id="export-csv">Export as CSV…<\/button>\n<\/form>/u);
    assert.match(
      summaryHtml(summary, { locale: 'nl', nonce: 'n', cspSource: 'x', scriptUri: 'x/webview.js' }),
      /id="export-csv">Exporteer als CSV…</u,
    );
  });
});

describe('summary page charts', () => {
  const words = {
    strengths: 'Strengths',
    coachee: 'Coachee',
    trendLabel: (name: string) => `Trend of ${name}`,
    monthsLabel: 'Signals per month',
    signalTitles: Object.fromEntries(signalNames.map((n) => [n, n.replace('-', ' ')])) as Record<SignalName, string>,
    below: (t: string) => `below ${t}`,
  };
  it('draws a coachee’s two shares as lines over the sessions, broken where a session has no figure', () => {
    const trend = [
      { date: '2026-01-05', strengthShare: 0.2, coacheeShare: 0.8 },
      { date: '2026-02-05', strengthShare: 0.5, coacheeShare: null },
      { date: '2026-03-05', strengthShare: 0.9, coacheeShare: 0.6 },
    ];
    const svg = trendChart({ name: '<Sanne>', reports: 3, strengthShare: 0.5, coacheeShare: 0.7, trend }, words, {
      strengthShare: 0.35,
      coacheeShare: 0.5,
    });
    assert.equal(
      [...svg.matchAll(/<polyline class="strength" points="([^"]+)"/gu)].map((m) => m[1]!.split(' ').length).join(),
      '3',
    );
    // The coachee line has no figure in February: two single points, no line through the gap.
    assert.equal([...svg.matchAll(/<polyline class="coachee"/gu)].length, 0);
    assert.equal([...svg.matchAll(/<circle class="coachee"/gu)].length, 2);
    // A higher share is drawn higher (a smaller y), and every point names its date and value.
    const ys = [...svg.matchAll(/<circle class="strength" cx="[\d.]+" cy="([\d.]+)"/gu)].map((m) => Number(m[1]));
    assert.ok(ys[0]! > ys[1]! && ys[1]! > ys[2]!, ys.join());
    assert.ok(svg.includes('<title>2026-03-05: Strengths 90%</title>'));
    assert.ok(svg.includes('aria-label="Trend of &lt;Sanne&gt;"') && !svg.includes('<Sanne>'));
    assert.equal([...svg.matchAll(/class="threshold /gu)].length, 2);
  });
  it('stacks the coach’s signals per month, one bar part per signal that occurred, with a legend naming each colour', () => {
    const zero = Object.fromEntries(signalNames.map((n) => [n, 0])) as Record<SignalName, number>;
    const months = [
      { month: '2026-01', reports: 2, signals: { ...zero, 'expert-role': 3, 'working-hard': 1 } },
      { month: '2026-02', reports: 1, signals: zero },
    ];
    const svg = monthChart(months, words);
    const parts = [
      ...svg.matchAll(
        /<rect class="s(\d)" x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="([\d.]+)"><title>([^<]+)<\/title>/gu,
      ),
    ];
    assert.deepEqual(
      parts.map((m) => m[4]),
      ['2026-01: working hard 1', '2026-01: expert role 3'],
    );
    // The taller part is the larger count, and the two stack without a gap.
    const [wh, er] = parts.map((m) => ({ y: Number(m[2]), height: Number(m[3]) }));
    assert.ok(er!.height > wh!.height * 2.5);
    assert.ok(Math.abs(er!.y + er!.height - wh!.y) < 0.2);
    assert.ok(svg.includes('2026-02'));
    assert.equal([...svg.matchAll(/<span class="key s\d"><\/span>/gu)].length, signalNames.length);
  });
  it('puts the charts in the page without script, and canvases for the script when it has one', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kracht-html-'));
    writeFileSync(
      join(root, 'a.md'),
      '---\ncoachee: Sanne\ndate: 2026-01-05\n---\nIk heb haar drie tips gegeven en het uitgelegd. Ze twijfelt.\n',
    );
    writeFileSync(
      join(root, 'b.md'),
      '---\ncoachee: Sanne\ndate: 2026-02-05\n---\nZe besloot zelf om het gesprek aan te gaan en dat lukte goed.\n',
    );
    const summary = await runSummary([root], { settings: defaultSettings, workers: 0 });
    const page = summaryHtml(summary, { locale: 'nl' });
    assert.equal([...page.matchAll(/<svg class="chart trend"/gu)].length, 1);
    assert.equal([...page.matchAll(/<svg class="chart months"/gu)].length, 1);
    assert.doesNotMatch(page, /<canvas/u);
    const webview = summaryHtml(summary, { locale: 'nl', nonce: 'n', cspSource: 'x', scriptUri: 'x/webview.js' });
    assert.doesNotMatch(webview, /<svg/u);
    assert.equal([...webview.matchAll(/<canvas/gu)].length, 2);
  });
});
