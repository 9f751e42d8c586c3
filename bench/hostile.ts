// npm run bench:hostile: every hostile document the robustness issue names, opened in the real server
// (dist/server.js over stdio): what the server did, how long until its diagnostics, and its memory.
// Then the worst of them as the very first document of a freshly started server.
import { readFileSync } from 'node:fs';
import { TestClient } from '../test/integration/lsp-client';
import { generateReport } from './generate';

const deep = 100_000;
const deepeningQuotes = Array.from({ length: 2000 }, (_, i) => `${'>'.repeat(i)} regel ${i}`)
  .join('\n')
  .slice(0, 1_000_000);
const cases: [string, string][] = [
  ['realistic report, 800 words', generateReport(5, 800, 'nl')],
  ['100,000 nested HTML elements', `${'<div>'.repeat(deep)}x${'</div>'.repeat(deep)}\n`],
  ['100,000 nested block quotes', `${'>'.repeat(deep)} x\n`],
  ['100,000 nested list markers', `${'- '.repeat(deep)}x\n`],
  ['100,000 brackets', `${'['.repeat(deep)}x${']'.repeat(deep)}\n`],
  ['100,000 emphasis markers', `${'*_'.repeat(deep / 2)}x${'_*'.repeat(deep / 2)}\n`],
  ['1 MB of deepening quotes', deepeningQuotes],
  ['3,000 flagged sentences', Array.from({ length: 3000 }, (_, i) => `Ik gaf haar tip ${i}.`).join('\n\n')],
  ['4.6 MB report', generateReport(6, 800_000, 'nl').slice(0, 5_000_000)],
  ['11 MB report', 'Ze besloot zelf. '.repeat(650_000)],
  [
    'NUL, BEL, lone surrogates, BOM, CR/CRLF/LS, combining marks, RTL, emoji',
    `\ufeff# Kop\r\n\r\nIk gaf haar \u0000 een tip.\u0007 \ud800 Ze besloot \udc00 zelf.\rZe koos.\u2028Hij twijfelde.\n\n${'é\u0301🙂שלום '.repeat(2000)}\n`,
  ],
  [
    'front matter with 100+ aliases',
    `---\na: &a [x, x, x, x, x, x, x, x, x]\n${Array.from(
      { length: 12 },
      (_, i) =>
        `b${i}: &b${i} [${Array(9)
          .fill(i ? `*b${i - 1}` : '*a')
          .join(', ')}]`,
    ).join('\n')}\n---\n\nZe besloot zelf.\n`,
  ],
  ['front matter over 64 KB', `---\nnote: "${'x'.repeat(70_000)}"\n---\n\nZe besloot zelf.\n`],
  ['front matter with a line of 60,000 blanks', `---\ncoachee: Sanne${' '.repeat(60_000)}!\n---\n\nZe besloot zelf.\n`],
  ['front matter with a custom tag', '---\ncoachee: !!js/function "function(){}"\n---\n\nZe besloot zelf.\n'],
  [
    '200 KB of binary-looking bytes',
    Buffer.from(Array.from({ length: 200_000 }, (_, i) => (i * 7919) % 256)).toString('latin1'),
  ],
];

async function server(): Promise<{ client: TestClient; rss: () => number; peak: () => number }> {
  const client = new TestClient();
  await client.initialize('en');
  client.configuration = { focusMode: false };
  const pid = (client as unknown as { process: { pid: number } }).process.pid;
  // VmRSS: resident now; VmHWM: the most it has been resident (the kernel's high-water mark).
  const read = (field: string): number =>
    Math.round(
      Number(new RegExp(`${field}:\\s+(\\d+)`, 'u').exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024,
    );
  return { client, rss: () => read('VmRSS'), peak: () => read('VmHWM') };
}

async function main(): Promise<void> {
  const { client, rss, peak } = await server();
  console.log(
    '| document | diagnostics | ms to diagnostics (to the balance) | server RSS after | peak RSS so far |\n|---|---|---:|---:|---:|',
  );
  for (const [index, [name, text]] of cases.entries()) {
    const uri = `file:///tmp/kracht-hostile-${index}.md`;
    const start = performance.now();
    // A report past the size limit gets its notice at once and its balance when read: both are timed.
    let seen = 0;
    const second = client.next(uri, () => ++seen === 2).catch(() => undefined);
    const { diagnostics } = await client.open(uri, text);
    const ms = Math.round(performance.now() - start);
    const early = diagnostics.length === 1 && /larger than 1 MB/u.test(String(diagnostics[0]!.message));
    const balance = early ? await second : undefined;
    const total = balance ? ` (${Math.round(performance.now() - start)})` : '';
    const shown = balance?.diagnostics ?? diagnostics;
    const notice = shown
      .map((d) => String(d.message))
      .find((message) => /not shown|larger than|front matter/iu.test(message));
    console.log(
      `| ${name} | ${shown.length}${notice ? ` (“${notice.slice(0, 70)}…”)` : ''} | ${ms}${total} | ${rss()} MB | ${peak()} MB |`,
    );
  }
  // A report opened while a long one is still being read: it must not wait behind it (issue 17).
  const longOne = client.open('file:///tmp/kracht-hostile-long.md', `${'Ze besloot zelf. '.repeat(60_000)}\n`);
  const opened = performance.now();
  await client.open('file:///tmp/kracht-hostile-beside.md', generateReport(9, 800, 'nl'));
  console.log(
    `an 800-word report opened right after a 1 MB one, in the same server: ${Math.round(performance.now() - opened)} ms`,
  );
  await longOne;
  const start = performance.now();
  await client.connection.sendRequest('textDocument/hover', {
    textDocument: { uri: 'file:///tmp/kracht-hostile-0.md' },
    position: { line: 8, character: 3 },
  });
  console.log(`hover after all of them: ${Math.round(performance.now() - start)} ms`);
  await client.stop();
  // The worst case for latency: the first document a server sees, while its analysis thread starts.
  for (let run = 0; run < 3; run++) {
    const fresh = await server();
    const began = performance.now();
    await fresh.client.open('file:///tmp/kracht-hostile-first.md', deepeningQuotes);
    console.log(
      `1 MB of deepening quotes as a fresh server's first document: ${Math.round(performance.now() - began)} ms`,
    );
    await fresh.client.stop();
  }
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
