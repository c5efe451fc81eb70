#!/usr/bin/env node
// Loads each page in headless Chromium from file://, injects axe-core and runs the WCAG 2.0, 2.1
// and 2.2 A and AA rules, at a desktop width and at a phone width (375px). At the phone width it
// also checks that the page does not scroll sideways (WCAG 1.4.10 Reflow, which axe does not test).
// Prints one line per problem: "file: rule-id: help (target selectors)". Exit 0 only when every
// page passes; 1 when a page has a violation; 2 when the check itself could not run.
//
// Usage: node scripts/axe-check.js FILE.html...
// Environment: CHROMIUM (default /usr/bin/chromium), CHECK_PAGES_JOBS (pages checked at once, default 4).
'use strict';

const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');
const { chromium } = require('playwright-core');

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: '375px', width: 375, height: 812 },
];
const MAX_TARGETS = 6;

const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

function describeTargets(nodes) {
  const targets = nodes.map((n) => n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' '));
  const shown = targets.slice(0, MAX_TARGETS).join(', ');
  return targets.length > MAX_TARGETS ? `${shown}, and ${targets.length - MAX_TARGETS} more` : shown;
}

async function checkPage(context, file, viewport) {
  const page = await context.newPage();
  const problems = [];
  const offline = [];
  try {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    // The pages must stand alone: anything fetched from outside the page's own folder is reported.
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
      offline.push(url);
      return route.abort();
    });
    await page.goto(pathToFileURL(path.resolve(file)).href, { waitUntil: 'load' });
    await page.evaluate(axeSource);
    const results = await page.evaluate(
      (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
      TAGS,
    );
    for (const v of results.violations) {
      problems.push({ id: v.id, help: v.help, targets: describeTargets(v.nodes) });
    }
    if (viewport.width <= 400) {
      const overflow = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        if (document.documentElement.scrollWidth <= width) return null;
        // The innermost elements that reach past the right edge of the viewport.
        const wide = [];
        for (const el of document.body.querySelectorAll('*')) {
          const r = el.getBoundingClientRect();
          if (r.right > width + 1 && r.width > 0 && ![...el.children].some((c) => c.getBoundingClientRect().right > width + 1)) {
            const cls = el.classList.length ? '.' + [...el.classList].join('.') : '';
            wide.push(el.id ? `#${el.id}` : `${el.tagName.toLowerCase()}${cls}`);
          }
        }
        return { scrollWidth: document.documentElement.scrollWidth, width, wide: [...new Set(wide)] };
      });
      if (overflow) {
        const shown = overflow.wide.slice(0, MAX_TARGETS).join(', ');
        problems.push({
          id: 'reflow',
          help: `Page must not scroll sideways at ${overflow.width}px wide (it is ${overflow.scrollWidth}px wide)`,
          targets: overflow.wide.length > MAX_TARGETS ? `${shown}, and ${overflow.wide.length - MAX_TARGETS} more` : shown,
        });
      }
    }
    for (const url of [...new Set(offline)]) {
      problems.push({ id: 'external-request', help: `Page must not load anything from outside: ${url}`, targets: 'document' });
    }
  } finally {
    await page.close();
  }
  return problems;
}

async function main() {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error('usage: node scripts/axe-check.js FILE.html...');
    return 2;
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    chromiumSandbox: false, // adds --no-sandbox
    // playwright starts the browser with a fresh, temporary --user-data-dir and removes it on close.
    args: [
      '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
  });
  let failed = 0;
  let violations = 0;
  try {
    const context = await browser.newContext({});
    const jobs = Math.max(1, Number(process.env.CHECK_PAGES_JOBS) || 4);
    const results = new Array(files.length);
    let next = 0;
    async function worker() {
      while (next < files.length) {
        const i = next++;
        const seen = new Map(); // one line per problem, noting the widths it appears at
        for (const viewport of VIEWPORTS) {
          for (const p of await checkPage(context, files[i], viewport)) {
            const key = `${p.id}\u0000${p.targets}`;
            if (seen.has(key)) seen.get(key).widths.push(viewport.name);
            else seen.set(key, { ...p, widths: [viewport.name] });
          }
        }
        results[i] = [...seen.values()];
      }
    }
    await Promise.all(Array.from({ length: Math.min(jobs, files.length) }, worker));
    for (let i = 0; i < files.length; i++) {
      if (results[i].length) failed++;
      for (const p of results[i]) {
        violations++;
        const only = p.widths.length < VIEWPORTS.length ? ` [${p.widths.join(', ')} only]` : '';
        console.log(`${files[i]}: ${p.id}: ${p.help} (${p.targets})${only}`);
      }
    }
    await context.close();
  } finally {
    await browser.close();
  }
  console.log(`axe-core (${TAGS.join(', ')}; ${VIEWPORTS.map((v) => v.width + 'px').join(' and ')}): `
    + `${files.length - failed} of ${files.length} pages pass; ${violations} problem${violations === 1 ? '' : 's'}`);
  return failed ? 1 : 0;
}

main().then((code) => { process.exitCode = code; }, (err) => {
  console.error(`axe-check: ${err && err.stack ? err.stack : err}`);
  process.exitCode = 2;
});
