import { describe, expect, it } from 'vitest';
import { childText, decodeEntities, descendantsNamed, readXml, XML_LIMITS } from '../../../src/lib/notices/xml.js';

describe('readXml', () => {
  it('reads elements, prefixes, attributes, text, CDATA and entities', () => {
    const { root, problems } = readXml(
      `<?xml version="1.0"?>\n<!-- tête --><cap:alert xmlns:cap="urn:x" a='1' b = "x &amp; y"><cap:note>a &lt;b&gt; &#233;&#xE9;<![CDATA[<i>brut</i>]]></cap:note><vide/></cap:alert>`,
    );
    expect(problems).toEqual([]);
    expect(root?.name).toBe('alert');
    expect(root?.qualifiedName).toBe('cap:alert');
    expect(root?.attributes.get('b')).toBe('x & y');
    expect(root?.attributes.get('xmlns:cap')).toBe('urn:x');
    expect(root && childText(root, 'note')).toBe('a <b> éé<i>brut</i>');
    expect(root?.children.map((c) => c.name)).toEqual(['note', 'vide']);
  });

  it.each([
    ['', 'aucun élément'],
    ['<a><b></a>', 'ferme'],
    ['<a>', "n'est pas fermé"],
    ['<a></a><b></b>', 'plusieurs éléments racines'],
    ['texte <a/>', 'hors de'],
    ['<a b=1/>', 'guillemets'],
    ['<a><!-- sans fin </a>', 'Commentaire non terminé'],
    ['<a><![CDATA[ sans fin</a>', 'CDATA non terminé'],
    ['{"notices":[]}', 'hors de'],
  ])('reports a malformed document %j without throwing', (source, reason) => {
    const result = readXml(source);
    expect(result.root).toBeUndefined();
    expect(result.problems[0]).toContain(reason);
  });

  it('does not expand entities declared in a DOCTYPE (no billion laughs, no external files)', () => {
    const { root, problems } = readXml(
      '<!DOCTYPE a [<!ENTITY lol "lollollol"><!ENTITY xxe SYSTEM "file:///etc/passwd">]><a>&lol;&xxe;</a>',
    );
    expect(root?.text).toBe('&lol;&xxe;');
    expect(problems.join(' ')).toContain('DOCTYPE');
  });

  it('bounds the depth of nesting', () => {
    const deep = '<a>'.repeat(XML_LIMITS.maxDepth + 1) + '</a>'.repeat(XML_LIMITS.maxDepth + 1);
    expect(readXml(deep).root).toBeUndefined();
  });

  it('refuses a non-string input', () => {
    expect(readXml(undefined).root).toBeUndefined();
  });

  it('finds nested elements in document order', () => {
    const { root } = readXml('<feed><entry><x><alert><i>1</i></alert></x></entry><entry><alert>2</alert></entry></feed>');
    expect(root && descendantsNamed(root, 'alert').map((a) => a.children.length)).toEqual([1, 0]);
  });
});

describe('decodeEntities', () => {
  it('replaces invalid character references by U+FFFD', () => {
    expect(decodeEntities('&#0;&#xD800;&#x110000;')).toBe('\uFFFD\uFFFD\uFFFD');
  });
  it('leaves unknown named entities as written and counts them', () => {
    const tally = { count: 0, first: '' };
    expect(decodeEntities('a&nbsp;b&nbsp;', tally)).toBe('a&nbsp;b&nbsp;');
    expect(tally).toEqual({ count: 2, first: '&nbsp;' });
  });
  it('reports a flood of unknown entities as one problem with its count', () => {
    const { root, problems } = readXml(`<a x="&y;">${'&x;'.repeat(130_000)}</a>`);
    expect(root?.text).toHaveLength(390_000);
    expect(problems).toEqual(['130001 entités inconnues laissées telles quelles (la première : « &y; »).']);
  });
});
