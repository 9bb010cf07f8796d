import type { Locator, Page } from '@playwright/test';
import { translate, type Lang, type MessageKey } from '../../src/i18n';
import { xuejiaTour } from '../../src/domain/story';
import { test, expect } from './fixtures';
import { axeViolations } from './axe';

/**
 * A planner with a phone or a tablet: run by the `phone` and `tablet` projects (playwright.config.ts),
 * touch only, in both languages.
 */

const open = async (page: Page, lang: Lang) => {
  await page.goto(`/?lang=${lang}`);
  await expect(page.getByRole('status')).toContainText(/[1-9]\d*( of |\s*\/\s*)\d+/);
};

const box = async (locator: Locator) => {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`${locator.toString()} is not on screen`);
  return found;
};

/** The drawn node's centre on the page, when the map shows it. */
const nodeOnScreen = (page: Page, id: string) =>
  page.evaluate((nodeId) => {
    const cy = window.__chainExplorerMap?.cy;
    const node = cy?.getElementById(nodeId);
    const container = cy?.container()?.getBoundingClientRect();
    if (!node || node.empty() || !container) return null;
    const { x, y } = node.renderedPosition();
    const inside = x >= 0 && y >= 0 && x <= container.width && y <= container.height;
    return inside ? { x: container.left + x, y: container.top + y } : null;
  }, id);

/**
 * A finger drawn sideways across the element, as a phone sends it: touch events 16 ms apart, and a
 * moment still before it lifts, so no fling follows (a tap during a fling only stops the fling).
 */
const swipe = async (page: Page, target: Locator, direction: 'left' | 'right') => {
  const { x, y, width, height } = await box(target);
  const [from, to] = direction === 'left' ? [0.85, 0.15] : [0.15, 0.85];
  const at = (share: number) => [{ x: x + width * share, y: y + height / 2 }];
  const start = Date.now() / 1000;
  const session = await page.context().newCDPSession(page);
  const send = (type: 'touchStart' | 'touchMove' | 'touchEnd', share: number | null, seconds: number) =>
    session.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: share === null ? [] : at(share),
      timestamp: start + seconds,
    });
  await send('touchStart', from, 0);
  for (let step = 1; step <= 8; step++)
    await send('touchMove', from + ((to - from) * step) / 8, step * 0.016);
  await send('touchMove', to, 0.3);
  await send('touchEnd', null, 0.32);
  await session.detach();
};

for (const lang of ['zh', 'en'] as const) {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);

  test(`${lang}: the planner walk by touch — search, Details, enterprise circle, filter by chain, Copy link`, async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page, lang);
    const viewport = page.viewportSize();
    if (!viewport) throw new Error('no viewport');
    // The map keeps most of the screen; the top bar is one short band, not a column of buttons.
    const map = await box(page.getByTestId('map'));
    expect(map.width * map.height).toBeGreaterThan(0.6 * viewport.width * viewport.height);
    expect((await box(page.getByRole('banner'))).height).toBeLessThan(0.15 * viewport.height);
    // Every layout is in sight, none scrolled away under the map's other controls.
    for (const layout of await page
      .getByRole('radiogroup', { name: t('layout.label') })
      .locator('label')
      .all()) {
      const { x, width } = await box(layout);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x + width).toBeLessThanOrEqual(viewport.width);
      await expect(layout).toBeInViewport({ ratio: 1 });
    }

    // Search by pinyin, pick the result with a finger.
    const search = page.getByRole('combobox', { name: t('search.label') });
    await search.tap();
    await search.fill('saile');
    await page
      .getByRole('listbox', { name: t('search.results') })
      .getByRole('option')
      .first()
      .tap();

    // Its Details open by themselves, and the map still shows the node beside or above them.
    const details = page.getByRole('region', { name: t('details.title') });
    await expect(details.getByRole('heading', { level: 2 })).toContainText('赛乐');
    await expect(details).toBeInViewport();
    await expect(page.getByRole('tab', { name: t('details.title') })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect.poll(() => nodeOnScreen(page, 'ent-sailer')).not.toBeNull();

    // Its enterprise circle.
    await details.getByRole('button', { name: t('details.openCircle') }).tap();
    const layouts = page.getByRole('radiogroup', { name: t('layout.label') });
    await expect(layouts.getByRole('radio', { name: t('layout.circle') })).toBeChecked();
    const status = page.getByRole('status');
    const circleText = (await status.textContent()) ?? '';
    await expect.poll(() => nodeOnScreen(page, 'ent-sailer')).not.toBeNull();

    // Filter by a chain: the Filters sheet, one tap on 牙科.
    await page.getByRole('tab', { name: t('filters.title') }).tap();
    const dental = page
      .getByRole('group', { name: t('filters.sector') })
      .getByRole('checkbox', { name: '牙科' });
    await expect(dental).toBeInViewport();
    await dental.tap();
    await expect(dental).toBeChecked();
    await expect(status).not.toHaveText(circleText);

    // Copy link from the Menu: the app says so, and the clipboard holds a link to this view.
    await page.getByRole('button', { name: t('menu.button') }).tap();
    const menu = page.getByRole('group', { name: t('menu.button') });
    await menu.getByRole('button', { name: t('share.copy') }).tap();
    await expect(page.getByText(t('share.copied'))).toBeVisible();
    await expect(menu).toBeHidden();
    const link = await page.evaluate(() => navigator.clipboard.readText());

    // The link, opened on another phone, shows the same view, with the node's Details open.
    const counts = (await status.textContent()) ?? '';
    const other = await context.newPage();
    await other.goto(link);
    await expect(other.getByRole('status')).toHaveText(counts);
    await expect(
      other
        .getByRole('radiogroup', { name: t('layout.label') })
        .getByRole('radio', { name: t('layout.circle') }),
    ).toBeChecked();
    await expect(
      other.getByRole('region', { name: t('details.title') }).getByRole('heading', { level: 2 }),
    ).toContainText('赛乐');
  });

  test(`${lang}: a tap on the map opens Details; the legend, Analysis and the Menu work by touch and pass axe`, async ({
    page,
  }) => {
    // Four axe scans on a shared two-core machine.
    test.slow();
    await open(page, lang);
    expect(await axeViolations(page)).toEqual([]);

    // A tap on a node: its Details.
    const id = 'ent-sailer';
    let at = await nodeOnScreen(page, id);
    await expect
      .poll(async () => {
        const before = at;
        at = await nodeOnScreen(page, id);
        return before !== null && at !== null && before.x === at.x && before.y === at.y;
      })
      .toBe(true);
    if (!at) throw new Error('赛乐 is not on the map');
    await page.touchscreen.tap(at.x, at.y);
    const details = page.getByRole('region', { name: t('details.title') });
    await expect(details.getByRole('heading', { level: 2 })).toContainText('赛乐');
    expect(await axeViolations(page)).toEqual([]);

    // The legend: one tap picks out the enterprises, a second lets them go.
    await page.getByRole('tab', { name: t('legend.title') }).tap();
    const legend = page.getByRole('region', { name: t('legend.title') });
    const enterprises = legend.getByRole('button', { name: new RegExp(t('type.enterprise')) });
    await expect(enterprises).toBeInViewport();
    await enterprises.tap();
    await expect(enterprises).toHaveAttribute('aria-pressed', 'true');
    expect(await axeViolations(page)).toEqual([]);
    await enterprises.tap();
    await expect(enterprises).toHaveAttribute('aria-pressed', 'false');

    // Analysis: a section opens and shows its result.
    await page.getByRole('tab', { name: t('panels.analysis') }).tap();
    const analysis = page.getByRole('region', { name: t('analysis.title'), exact: true });
    await expect(analysis).toBeInViewport();
    const summary = analysis.getByRole('button', { name: t('analysis.summary.title') });
    if ((await summary.getAttribute('aria-expanded')) !== 'true') await summary.tap();
    await expect(summary).toHaveAttribute('aria-expanded', 'true');
    await expect(analysis.locator('#analysis-summary-body')).toBeInViewport();
    expect(await axeViolations(page)).toEqual([]);

    // The Map tab gives the whole screen back to the map.
    await page.getByRole('tab', { name: t('sheets.map') }).tap();
    await expect(analysis).toBeHidden();

    // The Menu: a named popup of the top bar's actions; a tap outside closes it.
    const menuButton = page.getByRole('button', { name: t('menu.button') });
    await menuButton.tap();
    await expect(menuButton).toHaveAttribute('aria-expanded', 'true');
    const menu = page.getByRole('group', { name: t('menu.button') });
    await expect(menu.getByRole('button', { name: t('presenter.button'), exact: true })).toBeInViewport();
    expect(await axeViolations(page)).toEqual([]);
    const map = await box(page.getByTestId('map'));
    await page.touchscreen.tap(map.x + 10, map.y + map.height - 10);
    await expect(menu).toBeHidden();
  });

  test(`${lang}: a tap on a line opens the Details of that tie, its two ends a tap away`, async ({
    page,
  }) => {
    await open(page, lang);
    const t = (key: MessageKey) => translate(lang, key);
    const edgeOnScreen = () =>
      page.evaluate(() => {
        const cy = window.__chainExplorerMap?.cy;
        const edge = cy?.getElementById('ent-sailer->seg-dental-equipment#membership');
        const container = cy?.container()?.getBoundingClientRect();
        if (!edge || edge.empty() || !container || cy?.animated()) return null;
        const { x, y } = edge.renderedMidpoint();
        return { x: container.left + x, y: container.top + y };
      });
    let at = await edgeOnScreen();
    await expect
      .poll(async () => {
        const before = at;
        at = await edgeOnScreen();
        return before !== null && at !== null && before.x === at.x && before.y === at.y;
      })
      .toBe(true);
    if (!at) throw new Error('the tie is not on the map');
    await page.touchscreen.tap(at.x, at.y);
    const details = page.getByRole('region', { name: t('details.title') });
    await expect(details.getByRole('heading', { level: 2 })).toHaveText(
      translate(lang, 'relation.membership'),
    );
    await details.getByRole('button', { name: '设备', exact: true }).tap();
    await expect(details.getByRole('heading', { level: 2 })).toHaveText('设备');
  });

  test(`${lang}: a tie tapped low on a map zoomed by hand is brought into the map left above its Details`, async ({
    page,
  }) => {
    await open(page, lang);
    const tie = 'ent-sailer->seg-dental-equipment#membership';
    /** The tie's middle and ends on the page once the camera holds still; null while it moves. */
    const tieOnScreen = () =>
      page.evaluate((id) => {
        const cy = window.__chainExplorerMap?.cy;
        const edge = cy?.getElementById(id);
        const container = cy?.container()?.getBoundingClientRect();
        if (!cy || !edge || edge.empty() || !container || cy.animated()) return null;
        const inView = ({ x, y }: { x: number; y: number }) =>
          x >= 0 && x <= cy.width() && y >= 0 && y <= cy.height();
        const middle = edge.renderedMidpoint();
        return {
          x: container.left + middle.x,
          y: container.top + middle.y,
          low: middle.y > 0.6 * cy.height(),
          endsInView: inView(edge.source().renderedPosition()) && inView(edge.target().renderedPosition()),
        };
      }, tie);
    await expect.poll(async () => (await tieOnScreen()) !== null).toBe(true);
    const before = await tieOnScreen();
    if (!before) throw new Error('the tie is not on the map');
    // Zoomed in by hand above the tie, which moves down the map: the map no longer fits itself.
    await page.mouse.move(before.x, before.y - 120);
    for (let notch = 0; notch < 3; notch += 1) await page.mouse.wheel(0, -100);
    await expect.poll(async () => (await tieOnScreen())?.low ?? false).toBe(true);
    const low = await tieOnScreen();
    if (!low) throw new Error('the tie left the map');
    await page.touchscreen.tap(low.x, low.y);
    await expect(
      page.getByRole('region', { name: translate(lang, 'details.title') }).getByRole('heading', { level: 2 }),
    ).toHaveText(translate(lang, 'relation.membership'));
    await expect.poll(async () => (await tieOnScreen())?.endsInView ?? false).toBe(true);
  });

  test(`${lang}: chain lanes are fitted below the controls over the map, however many rows they take`, async ({
    page,
  }) => {
    await open(page, lang);
    await page
      .getByRole('radiogroup', { name: t('layout.label') })
      .getByText(t('layout.lanes'))
      .tap();
    await expect(page.locator('.lane-band')).not.toHaveCount(0);
    // Once the fit is over: every lane, column and segment name, and every node, below the controls.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const cy = window.__chainExplorerMap?.cy;
          const controls = document.querySelector('.map-top')?.getBoundingClientRect();
          const map = cy?.container()?.getBoundingClientRect();
          if (!cy || !controls || !map || cy.animated() || cy.nodes(':animated').length > 0) return null;
          const names = [...document.querySelectorAll('.lane-labels text')].map(
            (name) => name.getBoundingClientRect().top,
          );
          const nodes = cy.nodes(':visible').map((node) => map.top + node.renderedBoundingBox().y1);
          return Math.min(...names, ...nodes) - controls.bottom;
        }),
      )
      .toBeGreaterThanOrEqual(0);
  });

  test(`${lang}: presenter mode from the Menu, a swipe left for the next step and right for the one before`, async ({
    page,
  }) => {
    await open(page, lang);
    await page.getByRole('button', { name: t('menu.button') }).tap();
    await page
      .getByRole('group', { name: t('menu.button') })
      .getByRole('button', { name: t('presenter.button'), exact: true })
      .tap();
    const band = page.getByRole('region', { name: t('presenter.label') });
    const title = (index: number) => xuejiaTour.steps[index]?.title[lang] ?? '';
    await expect(band.getByRole('heading', { level: 2 })).toHaveText(title(0));
    await expect(band.getByRole('button', { name: t('presenter.next') })).toBeInViewport();
    expect(await axeViolations(page)).toEqual([]);

    await swipe(page, band, 'left');
    await expect(band.getByRole('heading', { level: 2 })).toHaveText(title(1));
    await swipe(page, band, 'left');
    await expect(band.getByRole('heading', { level: 2 })).toHaveText(title(2));
    await swipe(page, band, 'right');
    await expect(band.getByRole('heading', { level: 2 })).toHaveText(title(1));

    await band.getByRole('button', { name: t('presenter.exit') }).tap();
    await expect(band).toBeHidden();
    await expect(page.getByRole('button', { name: t('menu.button') })).toBeVisible();
  });
}
