// Re-takes the README's screenshots (the bundled map, and Analysis on the fictional example) from a production build:
//   npx vite build && node docs/screenshots/capture.mjs
// Needs Chromium (CHROMIUM_PATH, default /usr/bin/chromium) and fonts-noto-cjk for the Chinese labels.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const PORT = 4199;
const server = spawn(
  'npx',
  ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
  {
    cwd: path.resolve(here, '../..'),
    stdio: 'ignore',
    // Its own process group, so the vite server behind npx stops with it.
    detached: true,
  },
);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});

const shots = [
  { file: 'overview.png', steps: async () => {} },
  {
    file: 'enterprise-circle.png',
    steps: async (page) => {
      await page.getByRole('combobox').fill('赛乐');
      await page.getByRole('option').first().waitFor();
      await page.getByRole('combobox').press('Enter');
      await page.getByRole('radiogroup').getByText('企业朋友圈').click();
      await page.getByRole('spinbutton').fill('2');
    },
  },
  {
    file: 'chain-lanes.png',
    steps: async (page) => page.getByRole('radiogroup').getByText('产业链泳道').click(),
  },
];

/** Analysis on the fictional example, in English: the sections the README shows. */
const analysisOf =
  (title, then = async () => {}) =>
  async (page) => {
    await page.getByRole('button', { name: 'Open example' }).click();
    await page.getByRole('status').filter({ hasText: 'fictional example' }).waitFor();
    await page.getByRole('tab', { name: 'Analysis' }).click();
    const analysis = page.getByRole('region', { name: 'Analysis', exact: true });
    for (const open of ['Paths', 'Chain gap board']) {
      if (open !== title) await analysis.getByRole('button', { name: open, exact: true }).click();
    }
    const heading = analysis.getByRole('button', { name: title, exact: true });
    if ((await heading.getAttribute('aria-expanded')) !== 'true') await heading.click();
    await then(analysis.getByRole('region', { name: title, exact: true }), page);
  };
const pick = async (section, label, name) => {
  await section.getByRole('combobox', { name: label, exact: true }).fill(name);
  await section
    .getByRole('listbox', { name: label, exact: true })
    .getByRole('option')
    .filter({ hasText: name })
    .first()
    .click();
};
const exampleShots = [
  { file: 'analysis-gap-board.png', steps: analysisOf('Chain gap board') },
  {
    file: 'analysis-supply.png',
    steps: analysisOf('Upstream / downstream', (section) => pick(section, 'Node', '示例·甲电芯')),
  },
  {
    file: 'analysis-key-enterprises.png',
    steps: analysisOf('Key enterprises', (section) => section.getByRole('checkbox').first().check()),
  },
];

try {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await fetch(`http://127.0.0.1:${PORT}/`);
      break;
    } catch (error) {
      if (attempt > 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  for (const shot of [...shots, ...exampleShots.map((example) => ({ ...example, lang: 'en' }))]) {
    const page = await browser.newPage({ viewport: { width: 1600, height: 960 } });
    await page.goto(`http://127.0.0.1:${PORT}/?lang=${shot.lang ?? 'zh'}`);
    await page.getByRole('status').filter({ hasText: /[1-9]/ }).waitFor();
    await shot.steps(page);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: path.join(here, shot.file) });
    await page.close();
  }
} finally {
  await browser.close();
  process.kill(-server.pid);
}
