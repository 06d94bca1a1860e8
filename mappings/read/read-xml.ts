// Decodes an XML export (`<data><Document0><field>…</field></Document0>…</data>`) into header and rows.
import { readFile, stat } from 'node:fs/promises';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { DecodedItem } from './decoded.ts';
import { SourceFileError, asSourceFileError } from './errors.ts';
import { decodeUtf8 } from './utf8.ts';

/** The whole document is parsed in memory (exports are split at 50k rows); see read-json.ts. */
export const MAX_XML_BYTES = 200 * 1024 * 1024;

/**
 * `preserveOrder` keeps differently named siblings (`Document0`, `Document1`, …) in document order
 * and repeated names apart. Numeric references (`&#xAC00;`) decode only with `htmlEntities`;
 * `processEntities` alone handles just the five XML entities.
 */
const parser = new XMLParser({
  preserveOrder: true,
  processEntities: true,
  htmlEntities: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreAttributes: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

/** An ordered node: `{ name: children }` for an element, `{ '#text': text }` for text. */
type OrderedNode = Record<string, unknown>;
type XmlElement = [name: string, node: OrderedNode];

function children(node: OrderedNode, name: string): OrderedNode[] {
  const value = node[name];
  return Array.isArray(value) ? (value as OrderedNode[]) : [];
}

/** The element's name, or undefined for text (and any other non-element node). */
function elementName(node: OrderedNode): string | undefined {
  const name = Object.keys(node).find((key) => key !== ':@');
  return name === undefined || name.startsWith('#') || name.startsWith('?') ? undefined : name;
}

/** The text content of an element, nested elements included (XPath string value). */
function textContent(nodes: readonly OrderedNode[]): string {
  let text = '';
  for (const node of nodes) {
    const name = elementName(node);
    if (name !== undefined) text += textContent(children(node, name));
    else if (typeof node['#text'] === 'string') text += node['#text'];
  }
  return text;
}

function elements(nodes: readonly OrderedNode[]): XmlElement[] {
  return nodes.flatMap((node): XmlElement[] => {
    const name = elementName(node);
    return name === undefined ? [] : [[name, node]];
  });
}

function decodeDocument(record: OrderedNode, name: string, position: number): DecodedItem {
  const entries: [string, string][] = [];
  for (const [field, node] of elements(children(record, name))) {
    if (entries.some(([seen]) => seen === field)) {
      return {
        type: 'reject',
        line: position,
        field,
        reason: `<${field}> appears twice in <${name}>`,
      };
    }
    entries.push([field, textContent(children(node, field))]);
  }
  return { type: 'row', line: position, entries };
}

/** The children of the one root element, in document order. */
function parseRecords(path: string, text: string): XmlElement[] {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const { line, col, msg } = valid.err;
    throw new SourceFileError(path, `invalid XML at line ${line}, column ${col}: ${msg}`, {
      line,
      column: col,
    });
  }
  let roots: XmlElement[];
  try {
    roots = elements(parser.parse(text) as OrderedNode[]);
  } catch (error) {
    // e.g. the entity-expansion limits of a DOCTYPE
    const message = error instanceof Error ? error.message : String(error);
    throw new SourceFileError(path, `invalid XML: ${message}`, { cause: error });
  }
  const [root] = roots;
  if (root === undefined || roots.length > 1) {
    throw new SourceFileError(path, `expected one root element, found ${roots.length}`);
  }
  const [rootName, rootNode] = root;
  return elements(children(rootNode, rootName));
}

/** Reads an XML file; every child of the root is a record, `line` its 1-based position. */
export async function* readXml(path: string): AsyncGenerator<DecodedItem> {
  let records: XmlElement[];
  try {
    const { size } = await stat(path);
    if (size > MAX_XML_BYTES) {
      throw new SourceFileError(
        path,
        `${size} bytes is more than the XML reader's limit of ${MAX_XML_BYTES}; split the file`,
      );
    }
    records = parseRecords(path, decodeUtf8(path, await readFile(path)));
  } catch (error) {
    throw asSourceFileError(path, error);
  }
  const decoded = records.map(([name, node], index) => decodeDocument(node, name, index + 1));
  const names = new Set<string>();
  for (const item of decoded) {
    if (item.type === 'row') for (const [name] of item.entries) names.add(name);
  }
  yield { type: 'header', names: [...names] };
  yield* decoded;
}
