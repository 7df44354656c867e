import { describe, expect, it } from 'vitest';
import { makeDataset, makeEntity, makeLink } from '../test/factories';
import { buildElements } from './buildElements';
import { allGraphClassNames, GRAPH_CLASSES, LEGEND_CLASSES, type GraphClassInfo } from './graphClasses';
import { legendItems } from './legendItems';
import { buildStylesheet } from './buildStylesheet';

/** Every class any variant of the stylesheet names in a selector (`node.sanctioned`, `.dimmed`...). */
function styledClasses(): Set<string> {
  const names = new Set<string>();
  for (const theme of ['light', 'dark'] as const)
    for (const presentation of [false, true])
      for (const large of [false, true])
        for (const rule of buildStylesheet({ theme, presentation, large }) as Array<{ selector: string }>)
          for (const [, name] of rule.selector.matchAll(/\.([\w-]+)/g)) names.add(name!);
  return names;
}

const table: ReadonlyArray<[string, GraphClassInfo]> = Object.entries(GRAPH_CLASSES);

describe('the graph class table', () => {
  const styled = styledClasses();

  it.each(table.filter(([, info]) => !info.unstyled))('has a style rule for %s', (name) => {
    expect(styled).toContain(name);
  });

  it.each(table.filter(([, info]) => info.unstyled))('says why %s has no style rule, and it has none', (name, info) => {
    expect(info.unstyled!.length).toBeGreaterThan(20);
    expect(styled).not.toContain(name);
  });

  it('has a style rule for every kind, role, link kind and confidence', () => {
    const family = allGraphClassNames().filter((name) => !(name in GRAPH_CLASSES));
    expect(family).toContain('kind-vessel');
    expect(family.filter((name) => !styled.has(name))).toEqual([]);
  });

  it('is the only source of class names in the stylesheet', () => {
    const known = new Set(allGraphClassNames());
    expect([...styled].filter((name) => !known.has(name))).toEqual([]);
  });

  it('gives the legend its status entries, in its order', () => {
    const labels = legendItems(null, 'light')
      .filter((item) => item.group === 'Sanctions status')
      .map((item) => item.label);
    expect(labels).toEqual(LEGEND_CLASSES.map((name) => GRAPH_CLASSES[name].legend.label));
    expect(labels[0]).toBe('Sanctioned as of the date');
  });

  it('names every class the element builder puts on elements', () => {
    const dataset = makeDataset({
      entities: [makeEntity(), makeEntity({ id: 'entity-2', role: 'end-user' })],
      links: [makeLink({ source: 'entity-1', target: 'entity-2', uncertain: 'why', kind: 'family' })],
    });
    const used = buildElements(dataset, {}).flatMap((element) => element.classes as string[]);
    expect(used).toContain('uncertain');
    const known = new Set(allGraphClassNames());
    expect(used.filter((name) => !known.has(name))).toEqual([]);
  });
});
