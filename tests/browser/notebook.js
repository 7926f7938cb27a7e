// Drives Debian's classic Jupyter Notebook (6.4) in Debian's headless
// Chromium against the gofutures kernel, as a user would: open the
// tutorial, run all cells from the Cell menu, watch the live task table
// change while its tasks run, interrupt a `for {}` cell with the toolbar
// button, restart the kernel from the Kernel menu and run a cell again.
// Screenshots go to OUT_DIR. It prints one JSON report on stdout and exits
// non-zero on any failure; tests/test_browser.py runs it.
//
// Environment: BASE_URL (http://127.0.0.1:PORT), TOKEN, NOTEBOOK (path
// under the server's root), OUT_DIR, PROFILE_DIR (a fresh Chromium
// profile), CHROMIUM (default /usr/bin/chromium).
'use strict';

const path = require('path');
const puppeteer = require('puppeteer-core');

const env = (name, def) => {
  const v = process.env[name] || def;
  if (!v) throw new Error(`${name} is not set`);
  return v;
};
const BASE = env('BASE_URL');
const TOKEN = env('TOKEN');
const NOTEBOOK = env('NOTEBOOK');
const OUT = env('OUT_DIR');
const PROFILE = env('PROFILE_DIR');
const CHROMIUM = env('CHROMIUM', '/usr/bin/chromium');
const LIVE_TABLE = 'gcd on ProcessPool(2): as_completed'; // the title of a live table of the tutorial

const report = { steps: [] };
const step = (name, data) => {
  report.steps.push(name);
  Object.assign(report, data || {});
  process.stderr.write(`browser: ${name}\n`);
};

async function shot(page, name, element) {
  const file = path.join(OUT, `browser-${name}.png`);
  if (element) {
    await element.scrollIntoView();
    await element.screenshot({ path: file });
  } else {
    await page.screenshot({ path: file });
  }
  (report.screenshots = report.screenshots || []).push(file);
}

// clickMenu opens a menu of the menu bar by its title and clicks the item
// with the given id, as a user does.
async function clickMenu(page, menu, itemId) {
  const toggles = await page.$$('#menus a.dropdown-toggle');
  for (const t of toggles) {
    if ((await t.evaluate((e) => e.textContent.trim())) === menu) {
      await t.click();
      await page.waitForSelector(`#${itemId} > a`, { visible: true });
      await page.click(`#${itemId} > a`);
      return;
    }
  }
  throw new Error(`no menu ${menu}`);
}

const kernelIdle = () =>
  document.querySelector('#kernel_indicator_icon').classList.contains('kernel_idle_icon');

// newCell adds a code cell at the end of the notebook (command mode, key
// B below the last cell), types code into it and runs it with Shift+Enter.
// It returns the cell's index.
async function newCell(page, code) {
  const n = await page.evaluate(() => {
    Jupyter.notebook.select(Jupyter.notebook.ncells() - 1);
    Jupyter.notebook.command_mode();
    return Jupyter.notebook.ncells();
  });
  await page.keyboard.press('Escape');
  await page.keyboard.press('b');
  await page.waitForFunction((n) => Jupyter.notebook.ncells() === n + 1, {}, n);
  const editor = (await page.$$('#notebook-container .cell'))[n];
  await (await editor.$('.CodeMirror')).click();
  await page.keyboard.type(code);
  await page.keyboard.down('Shift');
  await page.keyboard.press('Enter');
  await page.keyboard.up('Shift');
  return n;
}

async function main() {
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir: PROFILE,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--window-size=1280,1000'], // userDataDir adds --user-data-dir
    defaultViewport: { width: 1280, height: 1000 },
  });
  try {
    const page = await browser.newPage();
    const consoleErrors = [];
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    await page.goto(`${BASE}/notebooks/${NOTEBOOK}?token=${TOKEN}`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.Jupyter && Jupyter.notebook && Jupyter.notebook._fully_loaded &&
      Jupyter.notebook.kernel && Jupyter.notebook.kernel.is_connected(), { timeout: 60000 });
    await page.waitForFunction(kernelIdle, { timeout: 60000 });
    const kernelName = await page.evaluate(() => Jupyter.notebook.kernel.name);
    step('opened', { kernel: kernelName, cells: await page.evaluate(() => Jupyter.notebook.ncells()) });
    await shot(page, 'opened');

    // Watch the live table: every update_display_data the notebook handles
    // (its output_updated event) and every distinct text of the table's
    // output that appears in the DOM.
    await page.evaluate((title) => {
      window.__updates = 0;
      window.__tableTexts = [];
      Jupyter.notebook.events.on('output_updated.OutputArea', () => { window.__updates++; });
      const seen = () => {
        for (const el of document.querySelectorAll('.output_html')) {
          const t = el.innerText;
          if (t.startsWith(title) && !window.__tableTexts.includes(t)) window.__tableTexts.push(t);
        }
      };
      new MutationObserver(seen).observe(document.querySelector('#notebook-container'),
        { childList: true, subtree: true, characterData: true });
    }, LIVE_TABLE);

    await clickMenu(page, 'Cell', 'run_all_cells');
    await page.waitForFunction(() => Jupyter.notebook.get_cells().some((c) => c.input_prompt_number === '*'),
      { timeout: 30000 });
    // Until every code cell has run: the first time the live table shows
    // running tasks, take its picture.
    const deadline = Date.now() + 300000;
    let caught = false;
    for (;;) {
      const done = await page.evaluate(() => Jupyter.notebook.get_cells()
        .filter((c) => c.cell_type === 'code')
        .every((c) => typeof c.input_prompt_number === 'number'));
      if (done) break;
      if (Date.now() > deadline) throw new Error('Run All did not finish within 300 s');
      if (!caught) {
        const live = await page.evaluateHandle((title) => [...document.querySelectorAll('.output_html')]
          .find((e) => e.innerText.startsWith(title) && / running/.test(e.innerText)), LIVE_TABLE);
        if (live.asElement()) {
          try {
            await shot(page, 'live-table-running', live.asElement());
            caught = true;
          } catch (e) { /* replaced by the next update meanwhile: try again */ }
        }
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    await page.waitForFunction(kernelIdle, { timeout: 60000 });
    const ran = await page.evaluate(() => {
      const code = Jupyter.notebook.get_cells().filter((c) => c.cell_type === 'code');
      return {
        codeCells: code.length,
        errors: [...document.querySelectorAll('.output_error')].map((e) => e.innerText.slice(0, 300)),
        updates: window.__updates,
        tableTexts: window.__tableTexts,
        text: document.querySelector('#notebook-container').innerText,
      };
    });
    step('ran all cells', {
      codeCells: ran.codeCells, errors: ran.errors, updates: ran.updates, tableTexts: ran.tableTexts,
      results: (ran.text.match(/\[1 5 1 5 2 3\]/g) || []).length,
    });
    await shot(page, 'ran-all');
    const table = await page.evaluateHandle((title) =>
      [...document.querySelectorAll('.output_html')].find((e) => e.innerText.startsWith(title)), LIVE_TABLE);
    if (table.asElement()) await shot(page, 'live-table', table.asElement());

    // Interrupt: a `for {}` cell, then the toolbar's interrupt button.
    const loop = await newCell(page, 'for {}');
    await page.waitForFunction((i) => Jupyter.notebook.get_cell(i).input_prompt_number === '*' &&
      !document.querySelector('#kernel_indicator_icon').classList.contains('kernel_idle_icon'), {}, loop);
    await new Promise((r) => setTimeout(r, 500));
    await page.evaluate(() => { window.__t0 = performance.now(); });
    await page.click('button[data-jupyter-action="jupyter-notebook:interrupt-kernel"]');
    const interrupt = await page.waitForFunction((i) => {
      const err = Jupyter.notebook.get_cell(i).element[0].querySelector('.output_error');
      return err && { ms: performance.now() - window.__t0, text: err.innerText.slice(0, 300) };
    }, { timeout: 30000, polling: 'mutation' }, loop);
    const { ms, text } = await interrupt.jsonValue();
    step('interrupted', { interruptMs: Math.round(ms), interruptError: text });
    await page.waitForFunction(kernelIdle, { timeout: 60000 });
    await shot(page, 'interrupted', await page.evaluateHandle((i) => Jupyter.notebook.get_cell(i).element[0], loop));

    // Restart from the Kernel menu, confirm, and run a cell again.
    await clickMenu(page, 'Kernel', 'restart_kernel');
    await page.waitForSelector('.modal-dialog .modal-footer button.btn-danger', { visible: true });
    await page.evaluate(() => {
      window.__restarted = false;
      Jupyter.notebook.events.one('kernel_ready.Kernel', () => { window.__restarted = true; });
    });
    await page.click('.modal-dialog .modal-footer button.btn-danger');
    await page.waitForFunction(() => window.__restarted, { timeout: 60000 });
    await page.waitForFunction(kernelIdle, { timeout: 60000 });
    const after = await newCell(page, 'func answer() int { return 40 + 2 }\nanswer()');
    const out = await page.waitForFunction((i) => {
      const c = Jupyter.notebook.get_cell(i);
      const o = c.element[0].querySelector('.output_subarea');
      return typeof c.input_prompt_number === 'number' && o && { count: c.input_prompt_number, text: o.innerText };
    }, { timeout: 60000, polling: 100 }, after);
    const res = await out.jsonValue();
    step('restarted', { afterRestartCount: res.count, afterRestartOutput: res.text.trim() });
    await shot(page, 'restarted', await page.evaluateHandle((i) => Jupyter.notebook.get_cell(i).element[0], after));
    report.pageErrors = consoleErrors;
  } finally {
    await browser.close();
  }
}

main().then(() => {
  process.stdout.write(JSON.stringify(report) + '\n');
}, (err) => {
  process.stdout.write(JSON.stringify(report) + '\n');
  process.stderr.write(`browser: failed after steps ${JSON.stringify(report.steps)}: ${err.stack || err}\n`);
  process.exit(1);
});
