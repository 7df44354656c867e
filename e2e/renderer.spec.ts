import { expect, test } from '@playwright/test';
import { builtin, openApp } from './app';

const webglLayer = (page: import('@playwright/test').Page) => page.locator('canvas[data-id="layer3-webgl"]');

test('the renderer is canvas on software rendering, says why, and WebGL can be chosen and is kept', async ({
  page,
}) => {
  // Three loads of the app, one drawn by WebGL in software: slow on a shared machine.
  test.setTimeout(90_000);
  await openApp(page);
  const renderer = page.getByRole('combobox', { name: 'Renderer' });
  // Headless Chromium renders WebGL in software (SwiftShader), where the canvas is faster.
  await expect(renderer.locator('option:checked')).toHaveText('Renderer: canvas (auto)');
  await expect(renderer).toHaveAttribute('title', /^The graph is drawn with canvas \(software rendering, no GPU\)/);
  // The header shows the whole choice, not a cut-off part of it.
  const room = await renderer.evaluate((select: HTMLSelectElement) => {
    const probe = document.createElement('span');
    probe.style.font = getComputedStyle(select).font;
    probe.textContent = select.selectedOptions[0]!.textContent;
    document.body.append(probe);
    const text = probe.getBoundingClientRect().width;
    probe.remove();
    return { text, select: select.getBoundingClientRect().width };
  });
  expect(room.text + 24).toBeLessThanOrEqual(room.select);
  await expect(webglLayer(page)).toHaveCount(0);
  // Asked after the first frame, and kept for the next visit (which then need not ask before drawing).
  const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('supply-lines:gpu') ?? 'null'));
  expect(kept).toMatchObject({ webgl2: true, renderer: expect.stringMatching(/swiftshader/i) });

  await renderer.selectOption('webgl');
  await expect(webglLayer(page)).toHaveCount(1);
  await expect(page.getByRole('status')).toContainText(
    `${builtin.entities.length} of ${builtin.entities.length} entities`,
  );
  expect(await page.evaluate(() => window.cy!.nodes().length)).toBe(builtin.entities.length);

  await openApp(page);
  await expect(renderer).toHaveValue('webgl');
  await expect(webglLayer(page)).toHaveCount(1);

  await renderer.selectOption('auto');
  await openApp(page);
  await expect(webglLayer(page)).toHaveCount(0);
});
