import { describe, expect, it } from 'vitest';
import { toCytoscapeJson } from '../export/formats/cytoscapeJson';
import { toGexf } from '../export/formats/gexf';
import { toGraphml } from '../export/formats/graphml';
import { toProjectJson } from '../export/formats/projectJson';
import { makeDataset, makeEntity } from '../test/factories';
import { detectGraphFormat } from './detectGraphFormat';

const dataset = makeDataset();

describe('detectGraphFormat', () => {
  it.each([
    ['a GEXF export, whatever its name', 'data.xml', toGexf(dataset, {}, () => '#000000', '2026-11-28'), 'gexf'],
    ['a GraphML export', 'data.txt', toGraphml(dataset), 'graphml'],
    ['a Cytoscape JSON export', 'network.json', toCytoscapeJson(dataset, {}), 'cytoscape-json'],
    ['GEXF with a byte-order mark, comments and a prefix', 'x', '\uFEFF<?xml version="1.0"?>\n<!-- <graphml> in a comment -->\n<g:gexf xmlns:g="http://gexf.net/1.3"/>', 'gexf'],
    ['GraphML after a DOCTYPE', 'x', '<?xml version="1.0"?><!DOCTYPE graphml SYSTEM "graphml.dtd"><graphml/>', 'graphml'],
    ['Cytoscape.js elements as one list', 'x', '{"elements": [{"data": {"id": "a"}}]}', 'cytoscape-json'],
    ['elements with only edges', 'x', '{ "elements" : { "edges" : [ ] } }', 'cytoscape-json'],
    ['content over a misleading extension', 'graph.graphml', '<gexf version="1.3"></gexf>', 'gexf'],
  ])('knows %s by its content', (_, name, text, format) => {
    expect(detectGraphFormat(name, text)).toBe(format);
  });

  it.each([
    ['broken GEXF', 'x.GEXF', '<gexf', 'gexf'],
    ['an empty GraphML file', 'x.graphml', '', 'graphml'],
    ['malformed Cytoscape JSON', 'x.cyjs', '{"elements": {"nodes": [,]', 'cytoscape-json'],
  ])('falls back on the extension for %s, so its reader can say what is wrong', (_, name, text, format) => {
    expect(detectGraphFormat(name, text)).toBe(format);
  });

  it.each([
    ['a Supply Lines project', 'data.json', toProjectJson(makeDataset({ entities: [makeEntity({ notes: 'Its "elements": [ are listed' })] }))],
    ['a CSV table', 'nodes.csv', 'Id,Label\na,Alpha\n'],
    ['other XML', 'feed.xml', '<?xml version="1.0"?><rss><channel/></rss>'],
    ['JSON with elements that hold no lists', 'x.json', '{"elements": {"count": 3}}'],
    ['an empty file', 'empty.json', ''],
    ['an extension that is a prototype key', 'x.constructor', 'hello'],
  ])('says null for %s', (_, name, text) => {
    expect(detectGraphFormat(name, text)).toBeNull();
  });
});
