#!/usr/bin/env node
// Loads each page in headless Chromium from file://, injects axe-core and runs the WCAG 2.0, 2.1
// and 2.2 A and AA rules at a desktop width (1280px) and a phone width (375px). It also checks that
// the page does not scroll sideways at 375px and at 320px, the width WCAG 1.4.10 Reflow names
// (axe does not test reflow), and that the page loads nothing from outside its own folder.
// Prints one line per problem: "file: rule-id: help (target selectors)", followed by the widths
// when a problem shows at some widths only. Exit 0 only when every page passes; 1 when a page has
// a problem; 2 when the check itself could not run.
//
// Usage: node scripts/axe-check.js FILE.html...   (scripts/check-pages runs it)
// Environment: CHROMIUM (default /usr/bin/chromium); CHECK_PAGES_JOBS (pages at once, default 4).
'use strict';

const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');
const { chromium } = require('playwright-core');

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const VIEWPORTS = [
  { name: '1280px', width: 1280, height: 900, axe: true, reflow: false },
  { name: '375px', width: 375, height: 812, axe: true, reflow: true },
  { name: '320px', width: 320, height: 640, axe: false, reflow: true },
];
const MAX_TARGETS = 6;

const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

function listTargets(targets) {
  const shown = targets.slice(0, MAX_TARGETS).join(', ');
  return targets.length > MAX_TARGETS ? `${shown}, and ${targets.length - MAX_TARGETS} more` : shown;
}

async function checkPage(context, file, viewport) {
  const page = await context.newPage();
  const problems = [];
  const outside = [];
  try {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    // The pages must stand alone: anything asked for from outside is refused and reported.
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
      outside.push(url);
      return route.abort();
    });
    await page.goto(pathToFileURL(path.resolve(file)).href, { waitUntil: 'load' });
    if (viewport.axe) {
      await page.evaluate(axeSource);
      const results = await page.evaluate(
        (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
        TAGS,
      );
      for (const v of results.violations) {
        const targets = v.nodes.map((n) => n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' '));
        problems.push({ id: v.id, help: v.help, targets: listTargets(targets) });
      }
    }
    if (viewport.reflow) {
      const overflow = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        if (document.documentElement.scrollWidth <= width) return null;
        // The innermost elements that reach past the right edge, named after the nearest ancestor
        // with an id or a class and, for a link, by its address.
        const describe = (el) => {
          if (el.id) return `#${el.id}`;
          const cls = el.classList.length ? '.' + [...el.classList].join('.') : '';
          const href = el.getAttribute('href');
          const self = `${el.tagName.toLowerCase()}${cls}${href ? `[href="${href}"]` : ''}`;
          const anchor = el.parentElement && el.parentElement.closest('[id], [class]');
          if (!anchor) return self;
          return `${anchor.id ? `#${anchor.id}` : `${anchor.tagName.toLowerCase()}.${[...anchor.classList].join('.')}`} ${self}`;
        };
        const past = (el) => el.getBoundingClientRect().right > width + 1;
        const wide = [];
        for (const el of document.body.querySelectorAll('*')) {
          if (past(el) && el.getBoundingClientRect().width > 0 && ![...el.children].some(past)) wide.push(describe(el));
        }
        return [...new Set(wide)];
      });
      if (overflow) {
        problems.push({ id: 'reflow', help: 'Content must fit the screen width without scrolling sideways (WCAG 1.4.10)', targets: listTargets(overflow) });
      }
    }
    for (const url of [...new Set(outside)]) {
      problems.push({ id: 'outside-request', help: `Page must not load anything from outside its folder: ${url}`, targets: 'html' });
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
    chromiumSandbox: false, // --no-sandbox
    // playwright gives the browser a fresh temporary --user-data-dir and removes it on close.
    args: [
      '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
  });
  let failed = 0;
  let count = 0;
  try {
    const context = await browser.newContext();
    const jobs = Math.max(1, Number(process.env.CHECK_PAGES_JOBS) || 4);
    const results = new Array(files.length);
    let next = 0;
    const worker = async () => {
      while (next < files.length) {
        const i = next++;
        const seen = new Map(); // one line per problem, with the widths it shows at
        for (const viewport of VIEWPORTS) {
          for (const p of await checkPage(context, files[i], viewport)) {
            const key = `${p.id}\u0000${p.targets}`;
            if (seen.has(key)) seen.get(key).widths.push(viewport.name);
            else seen.set(key, { ...p, widths: [viewport.name] });
          }
        }
        results[i] = [...seen.values()];
      }
    };
    await Promise.all(Array.from({ length: Math.min(jobs, files.length) }, worker));
    for (let i = 0; i < files.length; i++) {
      if (results[i].length) failed++;
      for (const p of results[i]) {
        count++;
        const checked = VIEWPORTS.filter((v) => (p.id === 'reflow' ? v.reflow : p.id === 'outside-request' || v.axe));
        const at = p.widths.length < checked.length ? ` [at ${p.widths.join(', ')}]` : '';
        console.log(`${files[i]}: ${p.id}: ${p.help} (${p.targets})${at}`);
      }
    }
    await context.close();
  } finally {
    await browser.close();
  }
  const axeWidths = VIEWPORTS.filter((v) => v.axe).map((v) => v.name).join(' and ');
  const reflowWidths = VIEWPORTS.filter((v) => v.reflow).map((v) => v.name).join(' and ');
  console.log(`axe-core ${require('axe-core/package.json').version} (${TAGS.join(', ')}) at ${axeWidths}, reflow at ${reflowWidths}: `
    + `${files.length - failed} of ${files.length} pages pass; ${count} problem${count === 1 ? '' : 's'}`);
  return failed ? 1 : 0;
}

main().then((code) => { process.exitCode = code; }, (err) => {
  console.error(`axe-check: ${err && err.stack ? err.stack : err}`);
  process.exitCode = 2;
});
