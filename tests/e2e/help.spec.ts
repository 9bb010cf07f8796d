import { test, expect, openApp } from './fixtures';

test('Data format opens a help dialog by keyboard, keeps focus inside, and Esc returns focus to its button', async ({
  page,
}) => {
  await openApp(page);
  const button = page.getByRole('button', { name: 'Data format' });
  await button.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Data format: what to upload' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('table', { name: 'Nodes table' })).toContainText('id · 编号');
  await expect(dialog.getByRole('table', { name: 'Edges table' })).toContainText('source · 起点');
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  // The page behind is inert: Tab never lands outside the dialog.
  for (let step = 0; step < 3; step += 1) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test('the help speaks Chinese in the Chinese UI and closes with its button', async ({ page }) => {
  await page.goto('/?lang=zh');
  await expect(page.getByRole('status')).toContainText(/节点 [1-9]/);
  await page.getByRole('button', { name: '数据格式' }).click();
  const dialog = page.getByRole('dialog', { name: '数据格式：上传什么' });
  await expect(dialog).toContainText('缺链');
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: '数据格式' })).toBeFocused();
});
