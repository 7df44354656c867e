import { describe, expect, it } from 'vitest';
import { datasetAddress } from './datasetAddress';

const web = { href: 'https://example.org/app/index.html?x=1', origin: 'https://example.org' };
// A page opened from disk (a saved copy of the app): its origin is opaque, "null".
const disk = { href: 'file:///home/me/app/index.html', origin: 'null' };

describe('datasetAddress', () => {
  it.each([
    ['network.json', 'https://example.org/app/network.json'],
    ['../data/network.json', 'https://example.org/data/network.json'],
    ['/app/network.json', 'https://example.org/app/network.json'],
    ['https://example.org/other/network.json', 'https://example.org/other/network.json'],
  ])('reads %s from the page’s own site', (requested, expected) => {
    const address = datasetAddress(requested, web);
    expect(address.ok && address.url.href).toBe(expected);
  });

  it.each([
    ['https://evil.example/network.json', 'is on another site'],
    ['//evil.example/network.json', 'is on another site'],
    ['http://example.org/network.json', 'is on another site'],
    ['data:application/json,{}', 'is a data: address'],
    ['blob:https://example.org/1234', 'is a blob: address'],
    ['javascript:alert(1)', 'is a javascript: address'],
    ['file:///etc/passwd', 'is a file: address'],
    ['http://[', 'is not a web address'],
  ])('refuses %s on a web page', (requested, expected) => {
    expect(datasetAddress(requested, web)).toEqual({ ok: false, message: expect.stringContaining(expected) });
  });

  it.each(['data:application/json,{}', 'blob:null/1234', 'javascript:alert(1)', 'network.json', 'file:///etc/passwd'])(
    'refuses %s on a page opened from disk, whose origin "null" every opaque address shares',
    (requested) => {
      expect(datasetAddress(requested, disk)).toEqual({ ok: false, message: expect.stringContaining('Import data') });
    },
  );
});
