import { describe, expect, it } from 'vitest';
import { detectSyntax, parseFeed } from '../../../src/lib/notices/detect.js';
import { fixture } from './fixtures.js';

describe('detectSyntax', () => {
  it('trusts the body before the content type', () => {
    expect(detectSyntax('\uFEFF  {"notices":[]}', 'text/plain')).toBe('json');
    expect(detectSyntax('<alert/>', 'application/json')).toBe('xml');
  });
  it('falls back on the content type when the body says nothing', () => {
    expect(detectSyntax('', 'application/cap+xml')).toBe('xml');
    expect(detectSyntax('', 'application/feed+json; charset=utf-8')).toBe('json');
    expect(detectSyntax('bonjour', 'text/plain')).toBe('unknown');
  });
});

describe('parseFeed', () => {
  it.each([
    ['notices-valid.json', 'json', 4],
    ['cap-alert.xml', 'cap', 1],
    ['cap-atom.xml', 'atom', 2],
  ])('reads %s as %s', (name, format, count) => {
    const result = parseFeed(fixture(name), 'text/plain');
    expect(result.format).toBe(format);
    expect(result.notices).toHaveLength(count);
  });
  it('says an HTML error page or an empty body is unreadable', () => {
    expect(parseFeed('Service Unavailable', 'text/html').readable).toBe(false);
    expect(parseFeed('', null).problems[0]?.message).toBe('La réponse du flux est vide.');
    expect(parseFeed(undefined).readable).toBe(false);
  });
});
