import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ImportProblem } from './draft';

/** An element of an XML file: its local name (no namespace prefix), attributes, children and text, and its line. */
export interface XmlElement {
  name: string;
  attributes: ReadonlyMap<string, string>;
  children: XmlElement[];
  /** The text inside, in order (CDATA included), that of child elements too: markup in a label reads as plain text. */
  text: string;
  line?: number;
}

type Parsed = Array<Record<string, unknown>>;
const ATTRIBUTES = ':@';
const TEXT = '#text';
const CDATA = '#cdata';
/** Names that would reach an object's prototype if the parser used them as keys; renamed, then passed over. */
const UNSAFE_NAMES = new Set(['__proto__', 'constructor', 'prototype']);
const UNSAFE_PREFIX = 'unsafe name ';
const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * Reads an XML file without a browser DOM (it runs in a Web Worker too), safely: the five XML
 * entities and character references are decoded, entities a DOCTYPE declares are not expanded (their
 * references stay as written), values stay text ("007" is not the number 7), and names such as
 * `__proto__` are passed over with a problem. A file that is not well-formed gives a problem with its
 * line instead of a tree.
 */
export function readXml(text: string, file: string): { root: XmlElement | null; problems: ImportProblem[] } {
  const xml = text.replace(/^\uFEFF/, '');
  if (!xml.trim()) return { root: null, problems: [{ code: 'empty-file', file, message: 'is empty' }] };
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    return {
      root: null,
      problems: [{ code: 'not-xml', file, line: valid.err.line, message: `is not well-formed XML: ${valid.err.msg}` }],
    };
  const outside = outsideEntity(xml);
  if (outside) return { root: null, problems: [{ code: 'unsafe-xml', file, ...outside }] };
  const unsafe = new Set<string>();
  const rename = (name: string) => {
    const local = name.slice(name.indexOf(':') + 1);
    if (!UNSAFE_NAMES.has(local)) return name;
    unsafe.add(local);
    return `${UNSAFE_PREFIX}${local}`;
  };
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    cdataPropName: CDATA,
    captureMetaData: true,
    transformTagName: rename,
    transformAttributeName: rename,
    entityDecoder: {
      setExternalEntities: () => {},
      addInputEntities: () => {},
      reset: () => {},
      decode: decodeEntities,
      setXmlVersion: () => {},
    },
  });
  let parsed: Parsed;
  try {
    parsed = parser.parse(xml) as Parsed;
  } catch (error) {
    const message = (error as Error).message;
    // The parser's limit on depth, in words: GEXF and GraphML nest a few levels (groups, hierarchies), never a hundred.
    if (/Maximum nested tags/.test(message))
      return {
        root: null,
        problems: [
          {
            code: 'over-limit',
            file,
            message: `nests elements more than ${MAX_DEPTH} levels deep; this app reads no deeper, so the file is not read`,
          },
        ],
      };
    return { root: null, problems: [{ code: 'not-xml', file, message: `could not be read as XML: ${message}` }] };
  }
  const lineAt = lineFinder(xml);
  const meta = XMLParser.getMetaDataSymbol() as unknown as symbol;
  const build = (item: Record<string, unknown>): XmlElement | null => {
    const name = Object.keys(item).find((key) => key !== ATTRIBUTES);
    if (name === undefined || name === TEXT || name === CDATA || name.startsWith('?') || name.startsWith(UNSAFE_PREFIX))
      return null;
    const attributes = new Map<string, string>();
    for (const [key, value] of Object.entries((item[ATTRIBUTES] ?? {}) as Record<string, unknown>)) {
      if (!key.startsWith(UNSAFE_PREFIX) && typeof value === 'string') attributes.set(key, value);
    }
    const parts = (Array.isArray(item[name]) ? item[name] : []) as Parsed;
    const children: XmlElement[] = [];
    let inside = '';
    for (const part of parts) {
      const child = build(part);
      if (child) children.push(child);
      inside += child ? child.text : textOf(part);
    }
    const start = (item as { [key: symbol]: { startIndex?: number } | undefined })[meta]?.startIndex;
    return { name, attributes, children, text: inside, line: start === undefined ? undefined : lineAt(start) };
  };
  const root = parsed.map(build).find((element) => element !== null) ?? null;
  const problems: ImportProblem[] = [...unsafe].map((name) => ({
    code: 'unsafe-name' as const,
    file,
    message: `uses the name "${name}" for an element or attribute; it is passed over`,
  }));
  if (!root) problems.push({ code: 'not-xml', file, message: 'has no XML element' });
  return { root, problems };
}

/** fast-xml-parser's default `maxNestedTags`, which it enforces. */
const MAX_DEPTH = 100;
/** An entity declaration that reaches outside the file (SYSTEM, PUBLIC) or a parameter entity, which builds declarations. */
const OUTSIDE_ENTITY = /<!ENTITY\s+(?:%|[^\s>]+\s+(?:SYSTEM|PUBLIC)\b)/i;

/**
 * An entity the DOCTYPE declares that points outside the file, and its line: refused outright with a
 * plain reason (the parser would refuse it too, but as "Expected quoted string, found "P"").
 * Only the prolog is searched, up to the first element.
 */
function outsideEntity(xml: string): { line: number; message: string } | undefined {
  const rootAt = xml.search(/<[A-Za-z_:]/);
  const prolog = rootAt < 0 ? xml : xml.slice(0, rootAt);
  const match = OUTSIDE_ENTITY.exec(prolog);
  if (!match) return undefined;
  const message = match[0].includes('%')
    ? 'declares a parameter entity (<!ENTITY % …>) in its DOCTYPE, which this app does not expand; the file is not read'
    : 'declares an entity read from another file or address (SYSTEM or PUBLIC) in its DOCTYPE; this app reads nothing but the file itself, so the file is not read';
  return { line: prolog.slice(0, match.index).split('\n').length, message };
}

function textOf(child: Record<string, unknown>): string {
  const value =
    child[TEXT] ?? (Array.isArray(child[CDATA]) ? (child[CDATA] as Parsed).map(textOf).join('') : undefined);
  return typeof value === 'string' ? value : '';
}

/** An XML file whose root element has this name, or null with a problem that says what it is instead. */
export function readXmlRoot(
  text: string,
  file: string,
  rootName: string,
  format: string,
): { root: XmlElement | null; problems: ImportProblem[] } {
  const { root, problems } = readXml(text, file);
  if (!root || root.name === rootName) return { root, problems };
  return {
    root: null,
    problems: [
      {
        code: 'wrong-shape',
        file,
        line: root.line,
        message: `is not ${format}: its root element is <${root.name}>, not <${rootName}>`,
      },
      ...problems,
    ],
  };
}

/** The elements of this name among an element's children. */
export function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  return element ? element.children.filter((child) => child.name === name) : [];
}

/** The elements of this name inside an element, at any depth, in order. */
export function descendantsNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.flatMap((child) => [
    ...(child.name === name ? [child] : []),
    ...descendantsNamed(child, name),
  ]);
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9._-]*);/g, (whole, entity: string) => {
    if (!entity.startsWith('#')) return NAMED_ENTITIES[entity] ?? whole;
    const code = entity[1] === 'x' ? Number.parseInt(entity.slice(2), 16) : Number.parseInt(entity.slice(1), 10);
    return isXmlChar(code) ? String.fromCodePoint(code) : whole;
  });
}

function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** The 1-based line of a character offset. */
function lineFinder(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}
