/** What screen readers say: names, descriptions and what is in the accessibility tree at all. */
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/index.js';
import { axByRole, axNodes } from './ax.js';

afterEach(() => {
  document.body.innerHTML = '';
});

async function mount<K extends keyof HTMLElementTagNameMap>(markup: string, tag: K): Promise<HTMLElementTagNameMap[K]> {
  document.body.innerHTML = `<div lang="fr">${markup}</div>`;
  const element = document.querySelector(tag)!;
  await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 50));
  return element;
}

describe('<loos-tone-checker> finding names', () => {
  it('reads « Proposition : fermer » with its space', async () => {
    await mount('<loos-tone-checker value="Nous procéderons à la fermeture de la piscine."></loos-tone-checker>', 'loos-tone-checker');
    const names = (await axByRole('button')).map((node) => node.name);
    expect(names.find((name) => name.includes('Proposition'))).toMatch(/Proposition : fermer$/);
  });
});

describe('<loos-notice> name', () => {
  it('names the notice « Vigilance » as written, not spelled out in capitals', async () => {
    await mount('<loos-notice level="warning" heading="Route fermée"><p>M</p></loos-notice>', 'loos-notice');
    const regions = (await axNodes()).filter((node) => node.name.includes('Route fermée'));
    expect(regions.map((node) => node.name)).toContain('Vigilance Route fermée');
  });
});
