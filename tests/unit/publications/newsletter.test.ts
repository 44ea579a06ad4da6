import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSignupAction, formValues, outcomeOfStatus, readSignupEncoding, signupBody } from '../../../src/lib/publications/newsletter.js';

const PAGE = 'https://www.loos.fr/lettre-d-information';

describe('readSignupEncoding', () => {
  it('sends as a plain form unless told json, whatever the case or spaces', () => {
    expect(readSignupEncoding(undefined)).toEqual({ encoding: 'form', problems: [] });
    expect(readSignupEncoding(' JSON ')).toEqual({ encoding: 'json', problems: [] });
    expect(readSignupEncoding('form').encoding).toBe('form');
  });

  it('reports an unknown encoding or a value that is not text, and keeps the plain form', () => {
    for (const raw of ['xml', 42, Symbol('json'), { json: true }]) {
      const { encoding, problems } = readSignupEncoding(raw);
      expect(encoding).toBe('form');
      expect(problems).toHaveLength(1);
      expect(problems[0]!.field).toBe('encoding');
    }
  });
});

describe('checkSignupAction', () => {
  it('resolves a relative action against the page, and takes the page itself when there is none', () => {
    expect(checkSignupAction('/lettre/inscription', PAGE)).toEqual({ ok: true, url: 'https://www.loos.fr/lettre/inscription' });
    expect(checkSignupAction(null, PAGE)).toEqual({ ok: true, url: PAGE });
    expect(checkSignupAction('  ', PAGE)).toEqual({ ok: true, url: PAGE });
  });

  it('accepts a sign-up service on another site over https', () => {
    expect(checkSignupAction('https://lettres.example.org/loos', PAGE)).toEqual({ ok: true, url: 'https://lettres.example.org/loos' });
  });

  it.each([
    ['javascript:alert(1)', 'javascript:'],
    ['java\tscript:alert(1)', 'javascript:'],
    ['data:text/html,<b>x</b>', 'data:'],
    ['mailto:lettre@loos.fr', 'https:'],
    ['http://lettres.example.org/loos', 'http://'],
  ])('refuses %s, saying why in French', (action, reason) => {
    const checked = checkSignupAction(action, PAGE);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problem.field).toBe('form[action]');
    expect(checked.problem.message).toContain(reason);
    expect(checked.problem.message).toMatch(/l’inscription n’est pas envoyée/i);
  });

  it('lets an http page post over http (a test server, an intranet)', () => {
    expect(checkSignupAction('/inscription', 'http://localhost:6006/').ok).toBe(true);
  });

  it('never throws, whatever the action', () => {
    fc.assert(fc.property(fc.string(), (action) => {
      const checked = checkSignupAction(action, PAGE);
      if (checked.ok) expect(new URL(checked.url).protocol).toMatch(/^https?:$/);
    }), { numRuns: 300 });
  });
});

describe('formValues and signupBody', () => {
  it('keeps every text value, a repeated name as a list, and leaves files out', () => {
    const file = new Blob(['x']);
    const values = formValues([['courriel', 'nadia@exemple.fr'], ['sujets', 'culture'], ['sujets', 'travaux'], ['piece', file]]);
    expect(values).toEqual({ courriel: 'nadia@exemple.fr', sujets: ['culture', 'travaux'] });
  });

  it('encodes the values as a browser sends a plain form', () => {
    const { body, contentType } = signupBody({ courriel: 'nadia+lettre@exemple.fr', sujets: ['culture', 'vie & quartiers'] }, 'form');
    expect(contentType).toMatch(/^application\/x-www-form-urlencoded/);
    expect(body).toBe('courriel=nadia%2Blettre%40exemple.fr&sujets=culture&sujets=vie+%26+quartiers');
    expect(new URLSearchParams(body).getAll('sujets')).toEqual(['culture', 'vie & quartiers']);
  });

  it('sends JSON as one object, HTML in a value left as text', () => {
    const { body, contentType } = signupBody({ courriel: '<b>nadia</b>@exemple.fr' }, 'json');
    expect(contentType).toBe('application/json');
    expect(JSON.parse(body)).toEqual({ courriel: '<b>nadia</b>@exemple.fr' });
  });
});

describe('outcomeOfStatus', () => {
  it('reads 2xx as done, 4xx as refused, and a server failure or rate limit as unavailable', () => {
    expect([200, 201, 204].map(outcomeOfStatus)).toEqual(['success', 'success', 'success']);
    expect([400, 409, 422].map(outcomeOfStatus)).toEqual(['refused', 'refused', 'refused']);
    expect([408, 429, 500, 503, 0].map(outcomeOfStatus)).toEqual(['unavailable', 'unavailable', 'unavailable', 'unavailable', 'unavailable']);
  });
});
