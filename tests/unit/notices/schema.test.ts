/**
 * The published JSON Schema and the library's validator must agree. There is no JSON Schema
 * library in the project, so a checker for the keywords the schema uses is written here; the
 * first test makes sure the schema uses no keyword the checker would silently ignore.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { noticeToJson, parseJsonFeed } from '../../../src/lib/notices/json-feed.js';
import { validateNotice } from '../../../src/lib/notices/model.js';
import { fixture } from './fixtures.js';

type Schema = Record<string, unknown>;
const schema = JSON.parse(readFileSync(new URL('../../../schemas/notices.schema.json', import.meta.url), 'utf8')) as Schema;

const CHECKED = new Set(['type', 'required', 'properties', 'items', 'enum', 'minLength', 'maxLength', 'maxItems', 'pattern', 'not', '$ref']);
const ANNOTATIONS = new Set(['$schema', '$id', '$defs', 'title', 'description']);

function keywords(node: unknown, found = new Set<string>()): Set<string> {
  if (typeof node !== 'object' || node === null) return found;
  const object = node as Schema;
  for (const [key, value] of Object.entries(object)) {
    found.add(key);
    if (key === 'properties' || key === '$defs') Object.values(value as Schema).forEach((child) => keywords(child, found));
    else if (key === 'items' || key === 'not') keywords(value, found);
  }
  return found;
}

function resolve(ref: string): Schema {
  const name = /^#\/\$defs\/(.+)$/.exec(ref)?.[1];
  const target = name === undefined ? undefined : (schema.$defs as Record<string, Schema>)[name];
  if (target === undefined) throw new Error(`$ref inconnu : ${ref}`);
  return target;
}

function typeOf(value: unknown): string {
  return Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
}

/** Error paths; empty when `value` conforms. */
function check(node: Schema, value: unknown, path = '$'): string[] {
  const errors: string[] = [];
  if (typeof node.$ref === 'string') errors.push(...check(resolve(node.$ref), value, path));
  if (typeof node.type === 'string' && typeOf(value) !== node.type) return [...errors, `${path}: type`];
  if (Array.isArray(node.enum) && !node.enum.includes(value)) errors.push(`${path}: enum`);
  if (typeof value === 'string') {
    const length = Array.from(value).length; // JSON Schema counts code points
    if (typeof node.minLength === 'number' && length < node.minLength) errors.push(`${path}: minLength`);
    if (typeof node.maxLength === 'number' && length > node.maxLength) errors.push(`${path}: maxLength`);
    if (typeof node.pattern === 'string' && !new RegExp(node.pattern, 'u').test(value)) errors.push(`${path}: pattern`);
  }
  if (Array.isArray(value)) {
    if (typeof node.maxItems === 'number' && value.length > node.maxItems) errors.push(`${path}: maxItems`);
    if (typeof node.items === 'object') value.forEach((item, i) => errors.push(...check(node.items as Schema, item, `${path}[${i}]`)));
  }
  if (typeOf(value) === 'object') {
    const object = value as Schema;
    for (const key of (node.required as string[] | undefined) ?? []) if (!(key in object)) errors.push(`${path}.${key}: required`);
    for (const [key, child] of Object.entries((node.properties as Record<string, Schema> | undefined) ?? {})) {
      if (key in object) errors.push(...check(child, object[key], `${path}.${key}`));
    }
  }
  if (typeof node.not === 'object' && check(node.not as Schema, value, path).length === 0) errors.push(`${path}: not`);
  return errors;
}

describe('schemas/notices.schema.json', () => {
  it('is a JSON Schema 2020-12 document using only keywords this test checks', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const unknown = [...keywords(schema)].filter((k) => !CHECKED.has(k) && !ANNOTATIONS.has(k) && !isPropertyName(k));
    expect(unknown).toEqual([]);
  });

  it('accepts the valid fixture', () => {
    expect(check(schema, JSON.parse(fixture('notices-valid.json')))).toEqual([]);
  });

  it('agrees with validateNotice on each entry of the partly invalid fixture', () => {
    const { notices } = JSON.parse(fixture('notices-partly-invalid.json')) as { notices: unknown[] };
    const noticeSchema = resolve('#/$defs/notice');
    const disagreements = notices
      .filter((entry) => (check(noticeSchema, entry).length === 0) !== (validateNotice(entry).problems.length === 0))
      .map((entry) => (entry as { id?: string }).id);
    // A pattern cannot know that 30 February does not exist: only the library refuses it.
    expect(disagreements).toEqual(['mauvaise-date']);
  });

  it('accepts what the library writes back', () => {
    const { notices } = parseJsonFeed(fixture('notices-valid.json'));
    expect(check(schema, { notices: notices.map(noticeToJson) })).toEqual([]);
  });

  it('refuses every link form the library refuses', () => {
    const noticeSchema = resolve('#/$defs/notice');
    const base = { id: 'x', level: 'info', heading: 'T', message: 'M', published: '2026-03-14' };
    for (const href of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd']) {
      expect(check(noticeSchema, { ...base, href }).length, href).toBeGreaterThan(0);
    }
    for (const href of ['https://www.ville-loos.fr', 'mailto:a@b.fr', 'tel:+33320000000', '/travaux', '#ancre']) {
      expect(check(noticeSchema, { ...base, href }), href).toEqual([]);
    }
  });
});

/** Property names under `properties` are not keywords (`id`, `level`…). */
function isPropertyName(key: string): boolean {
  const names = new Set<string>(['notices', 'notice', 'isoDateOrDateTime']);
  const notice = resolve('#/$defs/notice').properties as Schema;
  Object.keys(notice).forEach((name) => names.add(name));
  return names.has(key);
}
