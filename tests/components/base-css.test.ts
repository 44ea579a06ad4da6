/**
 * base.css: the page around the components takes the brand's text, headings and links from the
 * tokens, instead of the browser's Times and default blue; and a site's own rule still wins.
 */
import { afterEach, describe, expect, it } from 'vitest';
import tokensCss from '../../dist/tokens/tokens.css?raw';
import baseCss from '../../src/styles/base.css?raw';

const added: Element[] = [];

function addToPage(html: string, parent: Element = document.body): HTMLElement {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  const element = holder.firstElementChild as HTMLElement;
  parent.append(element);
  added.push(element);
  return element;
}

/** A colour as the browser computes it, for comparing with a token's hexadecimal value. */
function computedColour(value: string): string {
  const probe = addToPage(`<span style="color: ${value}"></span>`);
  return getComputedStyle(probe).color;
}

afterEach(() => {
  for (const element of added.splice(0)) element.remove();
});

describe('base.css', () => {
  it('without it the page keeps the browser defaults; with it, body text, headings and links follow the tokens', () => {
    addToPage(`<style>${tokensCss}</style>`, document.head);
    const heading = addToPage('<h2>Le budget 2026</h2>');
    const link = addToPage('<a href="#budget">Consulter le budget</a>');
    const styles = getComputedStyle(document.documentElement);
    // Computed font lists quote names with « " », the tokens with « ' ».
    const token = (name: string) => styles.getPropertyValue(`--loos-${name}`).trim().replaceAll("'", '"');
    expect(getComputedStyle(document.body).fontFamily).not.toBe(token('font-family-body'));

    addToPage(`<style>${baseCss}</style>`, document.head);
    expect(getComputedStyle(document.body).fontFamily).toBe(token('font-family-body'));
    expect(getComputedStyle(heading).color).toBe(computedColour(token('color-heading')));
    expect(getComputedStyle(heading).fontFamily).toBe(token('font-family-heading'));
    expect(getComputedStyle(link).color).toBe(computedColour(token('color-link')));
    // The reading width: a paragraph stops at about 70 characters on a wide screen.
    const paragraph = addToPage('<p>Texte.</p>');
    expect(getComputedStyle(paragraph).maxWidth).not.toBe('none');
  });

  it('gives way to any rule of the site (no specificity to fight)', () => {
    addToPage(`<style>${tokensCss}${baseCss} h2 { color: rgb(1, 2, 3); }</style>`, document.head);
    const heading = addToPage('<h2>Agenda</h2>');
    expect(getComputedStyle(heading).color).toBe('rgb(1, 2, 3)');
  });
});
