#!/usr/bin/env node
// Drive a running code-server (real VS Code workbench) in headless Chromium
// with playwright-core, and check that a language-server extension shows its
// diagnostic, offers its quick fix, and that a palette command opens a webview.
//
// Usage (all paths are paths on the code-server host, i.e. this machine):
//   node drive-code-server.cjs [--url http://127.0.0.1:PORT] [--folder DIR] --file REL.md \
//        --expect "diagnostic message substring" \
//        [--quick-fix "Quick fix title"] [--after-fix "text expected in editor after fix"] \
//        [--command "Palette command title"] [--webview-text "text inside the webview"] \
//        [--status-text "text of a status bar item"] \
//        [--webview-sort "column header"] [--webview-export] [--webview-theme "Color theme name"] [--webview-reload] \
//        [--out DIR] [--timeout-ms 60000]
// --url defaults to $E2E_URL and --folder to $E2E_FOLDER (set by with-code-server.cjs).
// Env: CHROMIUM (default /usr/bin/chromium), PLAYWRIGHT_CORE (module path, optional).
// Exit code: 0 all steps passed, 1 a step failed (a fail-*.png screenshot is left in --out).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new Error(`unexpected argument ${a}`);
    const key = a.slice(2);
    const val = argv[i + 1];
    if (val === undefined || val.startsWith('--')) {
      out[key] = true;
    } else {
      out[key] = val;
      i++;
    }
  }
  return out;
}

const args = parseArgs(process.argv.slice(2));
args.url = args.url || process.env.E2E_URL;
args.folder = args.folder || process.env.E2E_FOLDER;
for (const k of ['url', 'folder', 'file', 'expect']) {
  if (!args[k]) {
    console.error(`missing --${k}`);
    process.exit(2);
  }
}
const outDir = path.resolve(args.out || 'e2e-out');
const T = Number(args['timeout-ms'] || 60000);
fs.mkdirSync(outDir, { recursive: true });

const { loadPlaywright, launchChromium } = require('./code-server-lib.cjs');
const { chromium } = loadPlaywright();

const timings = [];
let page;
async function step(name, fn) {
  const t = Date.now();
  process.stdout.write(`[e2e] ${name} ... `);
  try {
    const r = await fn();
    const ms = Date.now() - t;
    timings.push({ step: name, ms, ok: true });
    console.log(`ok (${ms} ms)`);
    return r;
  } catch (e) {
    const ms = Date.now() - t;
    timings.push({ step: name, ms, ok: false, error: String((e && e.message) || e).split('\n')[0] });
    console.log(`FAILED (${ms} ms)`);
    if (page)
      await page.screenshot({ path: path.join(outDir, `fail-${name.replace(/\W+/g, '-')}.png`) }).catch(() => {});
    throw e;
  }
}

// Repeat a UI gesture until its result shows: a hover or a menu asked for while the workbench is
// still laying out (or while a toast passes over) is silently dropped, and waiting the full
// timeout on one attempt turns that race into a failure.
async function retryUntilVisible(locator, gesture, everyMs = 5000) {
  const deadline = Date.now() + T;
  for (;;) {
    await gesture();
    const left = deadline - Date.now();
    try {
      await locator.waitFor({ state: 'visible', timeout: Math.max(1, Math.min(everyMs, left)) });
      return;
    } catch (e) {
      if (Date.now() >= deadline) throw e;
      await page.keyboard.press('Escape').catch(() => {});
    }
  }
}

// Run a command through the command palette (F1 opens it with the '>' prefix).
async function runPaletteCommand(title) {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await retryUntilVisible(input, () => page.keyboard.press('F1'));
  await input.fill('>' + title);
  const row = page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ state: 'visible', timeout: T });
  await input.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: T });
}

(async () => {
  const tAll = Date.now();
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-chromium-'));
  const browser = await launchChromium(chromium, userDataDir);
  let failed = false;
  try {
    page = browser.pages()[0] || (await browser.newPage());
    page.on('pageerror', (e) => console.log('[page error]', String(e).slice(0, 300)));

    await step('load-workbench', async () => {
      await page.goto(`${args.url.replace(/\/$/, '')}/?folder=${encodeURIComponent(args.folder)}`);
      await page.locator('.monaco-workbench').waitFor({ timeout: T });
      // Explorer shows the folder once the remote connection is up.
      await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: T });
    });

    await step('open-file', async () => {
      // Quick Open (Ctrl+P) is reliable in code-server; the browser does not get it.
      await page
        .locator('.monaco-workbench')
        .click({ position: { x: 5, y: 5 } })
        .catch(() => {});
      const input = page.locator('.quick-input-widget .quick-input-box input');
      await retryUntilVisible(input, () => page.keyboard.press('Control+P'));
      await input.fill(args.file);
      const base = path.basename(args.file);
      await page
        .locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: base })
        .first()
        .waitFor({ timeout: T });
      await input.press('Enter');
      await page.locator(`.tabs-container .tab.active[aria-label*="${base}"]`).waitFor({ timeout: T });
      await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: T });
    });

    await step('diagnostic-squiggle', async () => {
      // The LSP client starts on onLanguage:markdown; the squiggle appears once the server publishes.
      await page
        .locator(
          '.editor-instance .monaco-editor .squiggly-warning, .editor-instance .monaco-editor .squiggly-error, .editor-instance .monaco-editor .squiggly-info',
        )
        .first()
        .waitFor({ state: 'attached', timeout: T });
      await page.screenshot({ path: path.join(outDir, '01-squiggle.png') });
    });

    await step('diagnostic-hover', async () => {
      const sq = page
        .locator('.editor-instance .monaco-editor .squiggly-warning, .editor-instance .monaco-editor .squiggly-error')
        .first();
      const hover = page.locator('.monaco-hover', { hasText: args.expect }).first();
      await retryUntilVisible(hover, async () => {
        const box = await sq.boundingBox();
        if (!box) throw new Error('squiggle has no box');
        await page.mouse.move(2, 450);
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await page.mouse.move(box.x + box.width / 2 + 1, box.y + box.height / 2);
      });
      await page.screenshot({ path: path.join(outDir, '02-hover.png') });
      await page.keyboard.press('Escape');
      await page.mouse.move(2, 450);
    });

    const problemsText = await step('problems-panel', async () => {
      await runPaletteCommand('View: Focus Problems');
      const row = page.locator('.markers-panel .monaco-list-row', { hasText: args.expect }).first();
      await row.waitFor({ state: 'visible', timeout: T });
      const text = await page.locator('.markers-panel').innerText();
      await page.screenshot({ path: path.join(outDir, '03-problems.png') });
      return text;
    });

    // Kracht: the status bar item shows the active report's shares.
    if (args['status-text']) {
      await step('status-bar', async () => {
        await page
          .locator('.statusbar-item', { hasText: args['status-text'] })
          .first()
          .waitFor({ state: 'visible', timeout: T });
        await page.screenshot({ path: path.join(outDir, '03b-status-bar.png') });
      });
    }

    if (args['quick-fix']) {
      await step('quick-fix', async () => {
        // Clicking a Problems row selects the range but leaves focus in the panel,
        // so Ctrl+. would go nowhere. Click on the squiggle itself: that focuses
        // the editor and puts the cursor inside the diagnostic's range.
        const sq = page
          .locator('.editor-instance .monaco-editor .squiggly-warning, .editor-instance .monaco-editor .squiggly-error')
          .first();
        const item = page.locator('.action-widget .monaco-list-row', { hasText: args['quick-fix'] }).first();
        await retryUntilVisible(item, async () => {
          const box = await sq.boundingBox();
          if (!box) throw new Error('squiggle has no box');
          await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
          await page.keyboard.press('Control+.');
        });
        await page.screenshot({ path: path.join(outDir, '04-quick-fix-menu.png') });
        await item.click();
        if (args['after-fix']) {
          await page
            .locator('.editor-instance .monaco-editor .view-lines', { hasText: args['after-fix'] })
            .first()
            .waitFor({ timeout: T });
        }
        // The diagnostic must go away once the server re-validates.
        await page
          .locator('.markers-panel .monaco-list-row', { hasText: args.expect })
          .first()
          .waitFor({ state: 'detached', timeout: T });
        await page.screenshot({ path: path.join(outDir, '05-after-fix.png') });
      });
    }

    if (args.command) {
      await step('palette-command', async () => {
        await runPaletteCommand(args.command);
        if (args['webview-text']) {
          const inner = page.frameLocator('iframe.webview').first().frameLocator('#active-frame').locator('body');
          await inner.getByText(args['webview-text']).first().waitFor({ timeout: T });
          // A column sorted twice says so: ascending, then descending (aria-sort on its header).
          if (args['webview-sort']) {
            const header = (order) => inner.locator(`th[aria-sort="${order}"]`, { hasText: args['webview-sort'] });
            for (const order of ['ascending', 'descending']) {
              await inner.locator('th button', { hasText: args['webview-sort'] }).click();
              await header(order).waitFor({ timeout: T });
            }
          }
        }
        await page.waitForTimeout(300);
        await page.screenshot({ path: path.join(outDir, '06-webview.png') });
      });
    }

    // Export as CSV: the save dialog (code-server's simple one) offers kracht-summary.csv in the folder.
    if (args['webview-export']) {
      await step('webview-export', async () => {
        const inner = page.frameLocator('iframe.webview').first().frameLocator('#active-frame').locator('body');
        const input = page.locator('.quick-input-widget .quick-input-box input');
        await retryUntilVisible(input, () => inner.locator('#export-csv').click());
        await input.press('Enter');
        // The file shows in the Explorer once written.
        await page
          .locator('.explorer-folders-view .monaco-list-row', { hasText: 'kracht-summary.csv' })
          .first()
          .waitFor({ timeout: T });
        const csv = fs.readFileSync(path.join(args.folder, 'kracht-summary.csv'), 'utf8');
        if (
          !csv.startsWith('path,coachee,date,words,strengthShare,coacheeShare') ||
          !csv.includes(args['webview-text'])
        )
          throw new Error(`unexpected CSV: ${csv.slice(0, 200)}`);
        await page.screenshot({ path: path.join(outDir, '06b-webview-export.png') });
      });
    }

    // A colour theme chosen while the panel is open recolours its charts in place: the canvases' most
    // frequent opaque colours differ after the switch.
    if (args['webview-theme']) {
      await step('webview-theme', async () => {
        const outer = await (await page.locator('iframe.webview').first().elementHandle()).contentFrame();
        const inner = await (await outer.waitForSelector('#active-frame', { timeout: T })).contentFrame();
        await inner.waitForSelector('canvas', { timeout: T });
        const colours = () =>
          inner.evaluate(() => {
            const counts = new Map();
            for (const canvas of globalThis.document.querySelectorAll('canvas')) {
              const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
              for (let i = 0; i < data.length; i += 4) {
                if (data[i + 3] < 250) continue;
                const key = `${data[i]},${data[i + 1]},${data[i + 2]}`;
                counts.set(key, (counts.get(key) || 0) + 1);
              }
            }
            return [...counts]
              .sort((a, b) => b[1] - a[1])
              .slice(0, 4)
              .map(([key]) => key)
              .sort()
              .join(' ');
          });
        const before = await colours();
        if (!before) throw new Error('the charts drew nothing');
        const input = page.locator('.quick-input-widget .quick-input-box input');
        await retryUntilVisible(input, () => page.keyboard.press('F1'));
        await input.fill('>Preferences: Color Theme');
        await page
          .locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: 'Preferences: Color Theme' })
          .first()
          .click();
        const theme = page
          .locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: args['webview-theme'] })
          .first();
        await theme.waitFor({ timeout: T });
        await theme.click();
        await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: T });
        const deadline = Date.now() + T;
        let after = before;
        while (after === before && Date.now() < deadline) {
          await page.waitForTimeout(250);
          after = await colours();
        }
        if (after === before) throw new Error(`the charts kept their colours (${before}) after the theme changed`);
        console.log(`\n[e2e] chart colours ${before} -> ${after}`);
        await page.screenshot({ path: path.join(outDir, '06c-webview-theme.png') });
      });
    }

    // After a reload the panel comes back (the extension's serializer), sorted as it was left.
    if (args['webview-reload']) {
      await step('webview-restored', async () => {
        // The workbench's own reload shuts down in order (a browser reload may not flush the editors' state).
        await Promise.all([page.waitForEvent('load', { timeout: T }), runPaletteCommand('Developer: Reload Window')]);
        await page.locator('.monaco-workbench').waitFor({ timeout: T });
        const inner = page.frameLocator('iframe.webview').first().frameLocator('#active-frame').locator('body');
        await inner.getByText(args['webview-text']).first().waitFor({ timeout: T });
        if (args['webview-sort'])
          await inner.locator('th[aria-sort="descending"]', { hasText: args['webview-sort'] }).waitFor({ timeout: T });
        await page.screenshot({ path: path.join(outDir, '07-webview-restored.png') });
      });
    }

    const summary = { ok: true, totalMs: Date.now() - tAll, timings, problems: problemsText };
    fs.writeFileSync(path.join(outDir, 'summary.json'), JSON.stringify(summary, null, 2));
    console.log(`[e2e] all steps passed in ${summary.totalMs} ms`);
  } catch (e) {
    failed = true;
    console.error(
      '[e2e] failure:',
      String((e && e.message) || e)
        .split('\n')
        .slice(0, 4)
        .join('\n'),
    );
    fs.writeFileSync(
      path.join(outDir, 'summary.json'),
      JSON.stringify({ ok: false, totalMs: Date.now() - tAll, timings }, null, 2),
    );
  } finally {
    await browser.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
  process.exit(failed ? 1 : 0);
})();
