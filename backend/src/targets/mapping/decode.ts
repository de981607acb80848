import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { UnparseableResponse } from './vendor-errors.js';

/**
 * Decodes a body by its byte-order mark (AWS serves UTF-16 with a BOM), UTF-8 otherwise.
 * A UTF-16 body without a BOM is recognised by its NUL bytes.
 */
export function decodeText(body: Uint8Array): string {
  const buf = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  if (buf[0] === 0xfe && buf[1] === 0xff) return swapBytes(buf.subarray(2)).toString('utf16le');
  if (buf[0] === 0xff && buf[1] === 0xfe) return buf.subarray(2).toString('utf16le');
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return buf.subarray(3).toString('utf8');
  if (buf.length >= 2 && buf[0] === 0 && buf[1] !== 0) return swapBytes(buf).toString('utf16le');
  if (buf.length >= 2 && buf[0] !== 0 && buf[1] === 0) return buf.toString('utf16le');
  return buf.toString('utf8');
}

function swapBytes(buf: Buffer): Buffer {
  const copy = Buffer.from(buf.subarray(0, buf.length - (buf.length % 2)));
  return copy.swap16();
}

/** Parses a JSON body; empty, truncated or HTML bodies are UnparseableResponse. */
export function parseJsonBody(body: Uint8Array): unknown {
  const text = decodeText(body).trim();
  if (!text) throw new UnparseableResponse('empty body');
  if (text.startsWith('<')) throw new UnparseableResponse('HTML or XML where JSON was expected');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UnparseableResponse(`invalid JSON: ${(error as Error).message}`);
  }
}

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  cdataPropName: false,
  trimValues: true,
  parseTagValue: false,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => name === 'item' || name === 'entry',
});

/** Parses an RSS/Atom body with fast-xml-parser; broken XML is UnparseableResponse. */
export function parseXmlBody(body: Uint8Array): Record<string, unknown> {
  const text = decodeText(body).trim();
  if (!text) throw new UnparseableResponse('empty body');
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new UnparseableResponse(`invalid XML: ${valid.err.msg} (line ${valid.err.line})`);
  return xml.parse(text) as Record<string, unknown>;
}

/** The text of an XML node that may be a plain string or an object with a text node. */
export function xmlText(node: unknown): string | undefined {
  if (typeof node === 'string') return node;
  if (typeof node === 'number') return String(node);
  if (node && typeof node === 'object' && '#text' in node) return xmlText((node as { '#text': unknown })['#text']);
  return undefined;
}
