import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { importFiles } from '../../src/domain/csv/import';
import { applyFilters, withinNodes } from '../../src/domain/filters';
import { buildAdjacency, khop } from '../../src/domain/graph/neighbourhood';
import { layoutOf } from '../../src/domain/layout';
import type { Graph } from '../../src/domain/graph/types';
import { parseStory, resolveStep, storyToJson, xuejiaTour, type Step } from '../../src/domain/story';
import { test, expect, openApp, statusCounts } from './fixtures';

const root = path.resolve(import.meta.dirname, '../..');
const dataFile = (name: string) => ({
  name,
  bytes: new Uint8Array(readFileSync(path.join(root, 'data', name))),
});
/** The bundled map as the domain reads it, independently of the app in the page. */
const bundled = importFiles([dataFile('nodes.csv'), dataFile('edges.csv')]).graph;

/**
 * The status line a step must produce, counted here, not by the app: what its filters let through,
 * and in the enterprise circle only the rings around its focus.
 */
const expectedStatus = (graph: Graph, step: Step): string[] => {
  const resolved = resolveStep(step, graph);
  const filtered = applyFilters(graph, resolved.filters);
  const visible =
    layoutOf(resolved.layout).needsSelection && resolved.focus !== null
      ? withinNodes(graph, filtered, khop(buildAdjacency(graph), resolved.focus, resolved.depth))
      : filtered;
  return [
    `${visible.nodeIds.size} of ${graph.nodes.length} nodes`,
    `${visible.edgeIds.size} of ${graph.edges.length} edges`,
  ];
};

const presenter = (page: Page) => page.getByRole('region', { name: 'Presenter' });

const expectStep = async (page: Page, graph: Graph, index: number) => {
  const step = xuejiaTour.steps[index];
  if (!step) throw new Error(`the tour has no step ${index}`);
  const band = presenter(page);
  await expect(band.getByRole('heading', { level: 2 })).toHaveText(step.title.en);
  await expect(band.getByText(step.caption.en, { exact: true })).toBeVisible();
  await expect(band).toContainText(`${index + 1} / ${xuejiaTour.steps.length}`);
  for (const text of expectedStatus(graph, step)) await expect(page.getByRole('status')).toContainText(text);
};

/** The camera, or null while it or a node is still animating (layouts and fits animate). */
const stillCamera = (page: Page) =>
  page.evaluate(() => {
    const cy = window.__chainExplorerMap?.cy;
    if (!cy) throw new Error('map not exposed');
    if (cy.animated() || cy.nodes(':animated').length > 0) return null;
    // Where the nodes are on screen: a layout laid out again may stand elsewhere in the model.
    const box = cy.nodes(':visible').renderedBoundingBox({ includeLabels: false });
    return { zoom: cy.zoom(), x: cy.pan().x, y: cy.pan().y, left: box.x1, top: box.y1 };
  });

/**
 * The camera once it has stopped moving. Two equal readings alone are not enough: on a busy
 * machine the browser may draw no frame for a while, and an animation then stands still midway.
 */
const settledCamera = async (page: Page) => {
  let last = await stillCamera(page);
  await expect
    .poll(
      async () => {
        const now = await stillCamera(page);
        const still =
          now !== null &&
          last !== null &&
          Math.abs(now.zoom - last.zoom) < 1e-9 &&
          Math.abs(now.x - last.x) < 1e-6 &&
          Math.abs(now.y - last.y) < 1e-6;
        last = now;
        return still;
      },
      { intervals: [250] },
    )
    .toBe(true);
  if (!last) throw new Error('the camera never held still');
  return last;
};

test('the built-in tour: every step by keyboard with its caption and counts, and Esc puts the view back', async ({
  page,
}) => {
  await openApp(page);
  // A view of the user's own to come back to: one chain, in chain lanes.
  await page.getByRole('group', { name: 'Sector' }).getByRole('checkbox', { name: '牙科' }).check();
  await page.getByRole('radiogroup', { name: 'Layout' }).getByText('Chain lanes').click();
  const countsBefore = await statusCounts(page);
  const cameraBefore = await settledCamera(page);
  // Keys typed while a form field has focus stay with the field, and the layout radio has it now.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

  await page.keyboard.press('p');
  await expect(page.getByRole('button', { name: 'Presenter mode', exact: true })).toBeHidden();
  // Nothing of the editing screen stays over the presented map.
  await expect(page.getByRole('button', { name: 'Table', exact: true })).toBeHidden();
  await expectStep(page, bundled, 0);
  for (let index = 1; index < xuejiaTour.steps.length; index++) {
    // Both keys move on; the focused Next button must not take Space as a second click.
    await page.keyboard.press(index % 2 === 0 ? 'Space' : 'ArrowRight');
    await expectStep(page, bundled, index);
  }
  // Past the end it stays on the last step; ← goes back one.
  await page.keyboard.press('ArrowRight');
  await expectStep(page, bundled, xuejiaTour.steps.length - 1);
  await page.keyboard.press('ArrowLeft');
  await expectStep(page, bundled, xuejiaTour.steps.length - 2);

  await page.keyboard.press('Escape');
  await expect(presenter(page)).toBeHidden();
  await expect(page.getByRole('button', { name: 'Presenter mode', exact: true })).toBeVisible();
  expect(await statusCounts(page)).toEqual(countsBefore);
  await expect(
    page.getByRole('radiogroup', { name: 'Layout' }).getByRole('radio', { name: 'Chain lanes' }),
  ).toBeChecked();
  await expect(
    page.getByRole('group', { name: 'Sector' }).getByRole('checkbox', { name: '牙科' }),
  ).toBeChecked();
  const cameraAfter = await settledCamera(page);
  // The same picture: the map's own fit, in the map's own room again.
  expect(cameraAfter.zoom).toBeCloseTo(cameraBefore.zoom, 6);
  expect(cameraAfter.left).toBeCloseTo(cameraBefore.left, 0);
  expect(cameraAfter.top).toBeCloseTo(cameraBefore.top, 0);
});

test('buttons and progress dots move through the tour; the legend lists only what the step draws', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Presenter mode', exact: true }).click();
  const band = presenter(page);
  await expectStep(page, bundled, 0);
  await expect(band.getByRole('button', { name: 'Previous', exact: true })).toBeDisabled();

  await band.getByRole('button', { name: "Step 3: NJNU's institute" }).click();
  await expectStep(page, bundled, 2);
  await expect(band.getByRole('button', { name: "Step 3: NJNU's institute" })).toHaveAttribute(
    'aria-current',
    'step',
  );
  // The enterprise circle of the institute holds a university and platforms, and no enterprise.
  const legend = page.getByRole('complementary', { name: 'Legend' });
  await expect(legend).toContainText('University');
  await expect(legend).toContainText('Platform');
  await expect(legend).not.toContainText('Enterprise');

  await band.getByRole('button', { name: 'Next', exact: true }).click();
  await expectStep(page, bundled, 3);
  await band.getByRole('button', { name: 'Previous', exact: true }).click();
  await expectStep(page, bundled, 2);
  await band.getByRole('button', { name: 'Exit presenter mode' }).click();
  await expect(band).toBeHidden();
  await expect(page.getByRole('status')).toContainText(
    `${bundled.nodes.length} of ${bundled.nodes.length} nodes`,
  );
});

test('on uploaded data a step names what is missing and still shows the rest', async ({ page }) => {
  await openApp(page);
  const gone = new Set(['plat-njnu-synbio']);
  const nodesText = readFileSync(path.join(root, 'data/nodes.csv'), 'utf8')
    .split('\n')
    .filter((line) => !gone.has(line.split(',')[0] ?? ''))
    .join('\n');
  const edgesText = readFileSync(path.join(root, 'data/edges.csv'), 'utf8')
    .split('\n')
    .filter((line) => ![...gone].some((id) => line.startsWith(`${id},`) || line.split(',')[1] === id))
    .join('\n');
  const files = [
    { name: 'nodes.csv', mimeType: 'text/csv', buffer: Buffer.from(nodesText) },
    { name: 'edges.csv', mimeType: 'text/csv', buffer: Buffer.from(edgesText) },
  ];
  const uploaded = importFiles(
    files.map((file) => ({ name: file.name, bytes: new Uint8Array(file.buffer) })),
  ).graph;
  expect(uploaded.nodes.length).toBe(bundled.nodes.length - gone.size);

  await page.getByLabel('Import CSV files').setInputFiles(files);
  await page.getByRole('dialog', { name: 'Import report' }).getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('status')).toContainText(
    `${uploaded.nodes.length} of ${uploaded.nodes.length} nodes`,
  );

  // No stories of its own yet: the overview made from the data plays, never the tour of Xuejia.
  await page.keyboard.press('p');
  const band = presenter(page);
  await expect(band.getByRole('heading', { level: 2 })).toHaveText('The whole map');
  await expect(band).toContainText(`${uploaded.nodes.length} nodes and ${uploaded.edges.length} ties`);
  await expect(band).not.toContainText('Xuejia');
  await page.keyboard.press('Escape');
  await expect(band).toBeHidden();

  // The Stories panel says how to make one, and offers the overview but not the tour.
  await page.getByRole('button', { name: 'Stories' }).click();
  const panel = page.getByRole('dialog', { name: 'Stories' });
  await expect(panel).toContainText('No stories of your own for this data yet.');
  const choice = panel.getByRole('group', { name: 'Story to present' });
  await expect(choice.getByRole('radio')).toHaveCount(1);
  await expect(choice.getByRole('radio', { name: /Overview of the data/ })).toBeChecked();

  // The tour brought in as a story of this data: its steps name what the upload lacks.
  await panel.getByLabel('Import JSON…').setInputFiles({
    name: 'tour.story.json',
    mimeType: 'application/json',
    buffer: Buffer.from(storyToJson(xuejiaTour)),
  });
  await expect(choice.getByRole('radio', { name: new RegExp(xuejiaTour.title.en) })).toBeChecked();
  await panel.getByRole('button', { name: 'Present', exact: true }).click();
  await expectStep(page, uploaded, 0);
  await expect(page.getByText(/not in the current map/)).toHaveCount(0);
  await presenter(page).getByRole('button', { name: "Step 3: NJNU's institute" }).click();
  await expectStep(page, uploaded, 2);
  const missing = resolveStep(xuejiaTour.steps[2] as Step, uploaded).missing;
  const count = missing.nodes.length + missing.edges.length;
  expect(count).toBeGreaterThan(1);
  await expect(page.getByText(`${count} elements of this step are not in the current map`)).toBeVisible();
  // What remains of the step is still highlighted.
  await expect
    .poll(() =>
      page.evaluate(() => {
        const cy = window.__chainExplorerMap?.cy;
        return (
          cy
            ?.nodes('.decorated')
            .map((node) => node.id())
            .sort() ?? []
        );
      }),
    )
    .toEqual([
      'plat-js-synbio-institute',
      'plat-js-synbio-tic',
      'plat-njnu-pilot',
      'plat-njnu-poc',
      'uni-njnu',
    ]);
  await page.keyboard.press('Escape');
  await expect(presenter(page)).toBeHidden();
});

/** The stories saved for the bundled map in IndexedDB, as titles; [] before the first save. */
const savedStoryTitles = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const request = indexedDB.open('chain-explorer-stories');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const get = db.transaction('stories').objectStore('stories').get('bundled');
          get.onsuccess = () => {
            db.close();
            const texts = (get.result as { stories?: string[] } | undefined)?.stories ?? [];
            resolve(texts.map((text) => (JSON.parse(text) as { title: { en: string } }).title.en));
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );

test('authoring: capture, reorder, edit, present, export, reload, and a bad import changes nothing', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Stories' }).click();
  const panel = page.getByRole('dialog', { name: 'Stories' });
  await panel.getByRole('button', { name: 'New story' }).click();
  await panel.getByLabel('Story title (English)').fill('Two chains');

  const sector = page.getByRole('group', { name: 'Sector' });
  const capture = panel.getByRole('group', { name: 'New step' });
  await sector.getByRole('checkbox', { name: '牙科' }).check();
  await capture.getByLabel('Title (English)').fill('Dental');
  await capture.getByLabel('Caption (English)').fill('From equipment to services.');
  await capture.getByRole('button', { name: 'Capture current view as a step' }).click();
  await expect(capture.getByLabel('Title (English)')).toHaveValue('');

  await sector.getByRole('checkbox', { name: '牙科' }).uncheck();
  await sector.getByRole('checkbox', { name: '合成生物' }).check();
  await capture.getByLabel('Title (English)').fill('Synthetic biology');
  await capture.getByLabel('Keep the current zoom and pan (otherwise the step fits what it shows)').uncheck();
  await capture.getByRole('button', { name: 'Capture current view as a step' }).click();

  const steps = panel.getByRole('list', { name: 'Steps' }).getByRole('listitem');
  await expect(steps).toHaveCount(2);
  await panel.getByRole('button', { name: 'Move step 2 up' }).click();
  await expect(steps.first()).toContainText('1. Synthetic biology');
  // Focus follows the moved step: now first, so its "down" button (its "up" is disabled).
  await expect(panel.getByRole('button', { name: 'Move step 1 down' })).toBeFocused();
  await steps.first().getByText('Edit title and caption').click();
  await steps.first().getByLabel('Caption (English)').fill('Where the cluster stands.');

  // Saved with the dataset, shortly after the last edit.
  await expect.poll(() => savedStoryTitles(page)).toEqual(['Two chains']);
  const storyJson = await (async () => {
    const download = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Export JSON' }).click();
    expect((await download).suggestedFilename()).toBe('Two-chains.story.json');
    return readFileSync(await (await download).path(), 'utf8');
  })();
  const exported = parseStory(storyJson);
  expect(exported.problems).toEqual([]);
  expect(exported.story?.steps.map((step) => [step.title.en, step.caption.en])).toEqual([
    ['Synthetic biology', 'Where the cluster stands.'],
    ['Dental', 'From equipment to services.'],
  ]);

  // Presenting it sets each step's filters; leaving puts back the synbio filter the user had.
  await panel.getByRole('button', { name: 'Present', exact: true }).click();
  const band = presenter(page);
  await expect(band.getByRole('heading', { level: 2 })).toHaveText('Synthetic biology');
  await expect(band).toContainText('Where the cluster stands.');
  for (const text of expectedStatus(bundled, exported.story?.steps[0] as Step))
    await expect(page.getByRole('status')).toContainText(text);
  await page.keyboard.press('ArrowRight');
  await expect(band.getByRole('heading', { level: 2 })).toHaveText('Dental');
  for (const text of expectedStatus(bundled, exported.story?.steps[1] as Step))
    await expect(page.getByRole('status')).toContainText(text);
  await page.keyboard.press('Escape');
  await expect(sector.getByRole('checkbox', { name: '合成生物' })).toBeChecked();
  await expect(sector.getByRole('checkbox', { name: '牙科' })).not.toBeChecked();

  // After a reload the story is still there, chosen again by hand.
  await page.reload();
  await expect(page.getByRole('status')).toContainText(/[1-9]\d* of \d+ nodes/);
  await page.getByRole('button', { name: 'Stories' }).click();
  const choice = panel.getByRole('group', { name: 'Story to present' });
  await expect(choice.getByRole('radio')).toHaveCount(2);
  await choice.getByRole('radio', { name: /Two chains/ }).check();
  await expect(panel.getByRole('list', { name: 'Steps' }).getByRole('listitem')).toHaveCount(2);

  // A bad file: every problem named with its path, and nothing changes.
  const bad = JSON.parse(storyJson) as { version: number; steps: { layout: string }[] };
  bad.version = 9;
  if (bad.steps[1]) bad.steps[1].layout = 'spiral';
  await panel.getByLabel('Import JSON…').setInputFiles({
    name: 'bad.story.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  const alert = panel.getByRole('alert');
  await expect(alert).toContainText('This file is not a valid story; nothing was changed.');
  await expect(alert).toContainText('version: unsupported story version (supported: 1)');
  await expect(alert).toContainText(
    'steps[2].layout: unknown value (expected one of: overview, circle, lanes, preset)',
  );
  await expect(choice.getByRole('radio')).toHaveCount(2);

  // The same story again is not added twice: the one already here is chosen.
  await panel
    .getByLabel('Import JSON…')
    .setInputFiles({ name: 'two.story.json', mimeType: 'application/json', buffer: Buffer.from(storyJson) });
  await expect(panel.getByText('“Two chains” is already here; nothing was added.')).toBeVisible();
  await expect(choice.getByRole('radio')).toHaveCount(2);
  await expect(choice.getByRole('radio', { name: /Two chains/ })).toBeChecked();
  await expect.poll(() => savedStoryTitles(page)).toEqual(['Two chains']);
});

test('the Chinese story form asks for the Chinese text first', async ({ page }) => {
  await page.goto('/?lang=zh');
  await expect(page.getByRole('status')).toContainText(/节点 [1-9]/);
  await page.getByRole('button', { name: '故事' }).click();
  const panel = page.getByRole('dialog', { name: '故事' });
  await panel.getByRole('button', { name: '新建故事' }).click();
  const fields = panel.getByRole('textbox');
  await expect(fields.nth(0)).toHaveAccessibleName('故事标题（中文）');
  await expect(fields.nth(1)).toHaveAccessibleName('故事标题（英文）');
});

test.describe('at 1280×720, a common projector', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  /** How much of the map's width and height the drawn elements take now. */
  const filled = (page: Page) =>
    page.evaluate(() => {
      const cy = window.__chainExplorerMap?.cy;
      if (!cy) throw new Error('map not exposed');
      const box = cy.nodes(':visible').renderedBoundingBox({ includeLabels: false });
      return { width: box.w / cy.width(), height: box.h / cy.height() };
    });

  test('each step fills the map, the caption keeps to a quarter of the screen, one chain draws one lane', async ({
    page,
  }) => {
    await openApp(page);
    await page.keyboard.press('p');
    await expectStep(page, bundled, 0);
    const band = await presenter(page).boundingBox();
    expect(band?.height).toBeLessThanOrEqual(720 * 0.25);
    // Step dots are touch targets of at least 24 × 24 px (WCAG 2.2, 2.5.8).
    for (const dot of await presenter(page).getByRole('list', { name: 'Steps' }).getByRole('button').all()) {
      const box = await dot.boundingBox();
      expect(Math.min(box?.width ?? 0, box?.height ?? 0)).toBeGreaterThanOrEqual(24);
    }
    // The first step draws every chain, type, honour and relation: its legend still fits, unscrolled.
    const legend = page.getByRole('complementary', { name: 'Legend' });
    expect(
      await legend.evaluate((element) => element.scrollHeight - element.clientHeight),
    ).toBeLessThanOrEqual(0);
    // A step moves the camera more than once (layout, then fit): wait for where it ends, not a pause.
    await expect
      .poll(async () => {
        const overview = await filled(page);
        return Math.max(overview.width, overview.height);
      })
      .toBeGreaterThanOrEqual(0.75);

    // 东方牙谷: the dental chain alone, in its own lane, across the map.
    const dental = xuejiaTour.steps.findIndex((step) => step.id === 'dental');
    await presenter(page)
      .getByRole('button', { name: `Step ${dental + 1}: ${xuejiaTour.steps[dental]?.title.en}` })
      .click();
    await expectStep(page, bundled, dental);
    await expect(page.locator('.lane-band')).toHaveCount(1);
    await expect(page.locator('.lane-bin')).toHaveCount(0);
    await expect.poll(async () => (await filled(page)).width).toBeGreaterThanOrEqual(0.75);
  });
});
