#!/usr/bin/env node
// The static HTML summary (kracht summary --format html) in headless Chromium: its SVG charts are drawn
// (a line per share, a stacked bar per month), a report below a threshold is marked, and a screenshot
// is kept. Usage: node check-summary-html.cjs <summary.html> <out-dir>
'use strict';
/* global document, getComputedStyle -- the page.evaluate callback runs in the page */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');
const { loadPlaywright, launchChromium } = require('./harness/code-server-lib.cjs');

const [htmlFile, outDir] = process.argv.slice(2);
if (!htmlFile || !outDir) {
  console.error('usage: check-summary-html.cjs <summary.html> <out-dir>');
  process.exit(2);
}
fs.mkdirSync(outDir, { recursive: true });

(async () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kracht-summary-html-'));
  const context = await launchChromium(loadPlaywright().chromium, profile);
  try {
    const page = await context.newPage();
    await page.goto(pathToFileURL(path.resolve(htmlFile)).href);
    const seen = await page.evaluate(() => {
      const box = (selector) =>
        [...document.querySelectorAll(selector)]
          .map((e) => e.getBoundingClientRect())
          .filter((r) => r.width > 0 && r.height > 0).length;
      return {
        trendCharts: box('svg.chart.trend'),
        lines: box('svg.chart.trend polyline'),
        bars: box('svg.chart.months rect'),
        marked: [...document.querySelectorAll('td.low')].map((td) => td.textContent.trim()),
        lineColour: (() => {
          const line = document.querySelector('svg.chart.trend polyline');
          return line ? getComputedStyle(line).stroke : 'none';
        })(),
      };
    });
    await page.screenshot({ path: path.join(outDir, 'summary-html.png'), fullPage: true });
    console.log(JSON.stringify(seen));
    const problems = [];
    if (seen.trendCharts < 1) problems.push('no trend chart drawn');
    if (seen.lines < 2) problems.push(`expected two share lines, saw ${seen.lines}`);
    if (seen.bars < 1) problems.push('no signal bar drawn');
    if (seen.marked.length < 1 || !seen.marked.some((text) => /▼/u.test(text)))
      problems.push('no report marked below its threshold');
    if (!/^rgb/u.test(seen.lineColour) || seen.lineColour === 'rgb(0, 0, 0)')
      problems.push(`share line has no colour of its own (${seen.lineColour})`);
    if (problems.length > 0) {
      console.error(problems.join('\n'));
      process.exitCode = 1;
    }
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
