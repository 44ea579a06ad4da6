/**
 * What every element promises, checked for all of them from one list (tests/components/contract.ts):
 * a new element gets these tests by adding one line there. Specific behaviour stays in each element's
 * own test file. Server rendering then hydration with the same text is checked for every element in
 * tests/e2e/ssr-hydration.test.ts (from tests/fixtures/ssr/elements.ts, which a unit test keeps
 * complete), and Lit development warnings fail any test (tests/support/lit-warnings.ts).
 */
import { describe, expect, it, vi } from 'vitest';
import { deepQuery, ELEMENTS, mount, settle, shadowText } from './contract.js';
import { axeViolations, captureInvalid, THEME_NAMES } from './support.js';

describe.each(ELEMENTS.filter((contract) => contract.wordless !== true))('<$tag> language', (contract) => {
  it('speaks the language of the page, and follows a change of lang', async () => {
    const element = await mount(contract);
    const french = shadowText(element);
    document.querySelector('div')!.lang = 'en';
    await vi.waitFor(async () => {
      await settle(element);
      expect(shadowText(element)).not.toBe(french);
    });
    document.querySelector('div')!.lang = 'fr';
    await vi.waitFor(async () => {
      await settle(element);
      expect(shadowText(element)).toBe(french);
    });
  });

});

describe.each(ELEMENTS)('<$tag> contract', (contract) => {
  it('shows hostile text as text, and runs none of it', async () => {
    const payload = '<img src=x onerror="window.pwned=true"><script>window.pwned=true</script>Fête';
    const element = await mount(contract, payload);
    expect(deepQuery(element, 'img[src="x"], script')).toBeNull();
    if (contract.showsAuthorText !== false) expect(shadowText(element)).toContain('<img src=x');
    expect((window as { pwned?: boolean }).pwned).toBeUndefined();
  });

  it('reports a problem once, however often it renders', async () => {
    const invalid = captureInvalid();
    const bad = contract.headingLevel ? 'heading-level="abc"' : '';
    const element = bad === '' ? await mount(contract, ' ') : await mount(contract, 'Texte', bad);
    const before = invalid.length;
    expect(before).toBeGreaterThanOrEqual(contract.headingLevel ? 1 : 0);
    element.requestUpdate();
    await settle(element);
    element.requestUpdate();
    await settle(element);
    expect(invalid.length).toBe(before);
  });

});

describe.each(ELEMENTS)('<$tag> in every theme', (contract) => {
  it.each(THEME_NAMES)('has no axe violation in the %s theme', async (theme) => {
    document.documentElement.setAttribute('data-loos-theme', theme);
    await mount(contract);
    expect(await axeViolations()).toEqual([]);
  });
});

describe.each(ELEMENTS.filter((contract) => contract.headingLevel))('<$tag> heading level', (contract) => {
  it('reports a bad heading-level as written, from the element itself, and uses a real heading', async () => {
    const invalid = captureInvalid();
    const element = await mount(contract, 'Texte', 'heading-level="abc"');
    const reports = invalid.filter((event) => event.detail.problems.some((problem) => problem.field === 'heading-level'));
    expect(reports).toHaveLength(1);
    expect(reports[0]!.detail.element).toBe(contract.tag);
    expect(reports[0]!.detail.problems.find((problem) => problem.field === 'heading-level')!.value).toBe('abc');
    expect(deepQuery(element, 'h2, h3, h4, h5, h6')).not.toBeNull();
  });
});
