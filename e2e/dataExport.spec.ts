import { expect, test } from '@playwright/test';
import { validateDatasetText } from '../src/validate/validateDataset';
import { builtin, exportFiles, openApp, visibleNodeIds } from './app';

test('data exports of the current view hold exactly what is shown, with sources', async ({ page }) => {
  await openApp(page, '?countries=FI,RU');
  const shown = await visibleNodeIds(page);

  const [json] = await exportFiles(page, 'JSON');
  const result = validateDatasetText(json!.text);
  expect(result.problems).toEqual([]);
  expect(result.dataset!.entities.map((e) => e.id).sort()).toEqual(shown);
  expect(result.dataset!.sources.length).toBeGreaterThan(0);

  const [entities, links] = await exportFiles(page, 'CSV', { count: 2 });
  expect(entities!.name).toBe('supply-lines-view-entities.csv');
  expect(entities!.text.trim().split('\r\n')).toHaveLength(shown.length + 1);
  expect(links!.text).toContain('https://');

  const [gexf] = await exportFiles(page, 'GEXF');
  const [graphml] = await exportFiles(page, 'GraphML');
  const counts = await page.evaluate(
    ([g, m]) => {
      const gDoc = new DOMParser().parseFromString(g!, 'application/xml');
      const mDoc = new DOMParser().parseFromString(m!, 'application/xml');
      return {
        errors: [gDoc, mDoc].map((d) => d.querySelector('parsererror')?.textContent ?? null),
        gexfNodes: gDoc.getElementsByTagName('node').length,
        gexfPositions: gDoc.getElementsByTagName('viz:position').length,
        graphmlNodes: mDoc.getElementsByTagName('node').length,
      };
    },
    [gexf!.text, graphml!.text],
  );
  expect(counts).toEqual({
    errors: [null, null],
    gexfNodes: shown.length,
    gexfPositions: shown.length,
    graphmlNodes: shown.length,
  });

  const [cyjs] = await exportFiles(page, 'Cytoscape JSON');
  expect(JSON.parse(cyjs!.text).elements.nodes).toHaveLength(shown.length);

  const [ftm] = await exportFiles(page, 'FollowTheMoney');
  const lines = ftm!.text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  expect(lines.filter((l) => ['Company', 'Person', 'PublicBody', 'Organization'].includes(l.schema))).toHaveLength(
    shown.length,
  );
});

test('the whole dataset can be exported too', async ({ page }) => {
  await openApp(page, '?countries=FI');
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitemradio', { name: 'whole dataset' }).check();
  await page.getByRole('button', { name: 'Export' }).click();
  const [json] = await exportFiles(page, 'JSON');
  expect(json!.name).toBe('supply-lines-dataset.json');
  expect(validateDatasetText(json!.text).dataset!.entities).toHaveLength(builtin.entities.length);
});
