import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/contact-card/contact-card.js';
import '../../src/components/procedure/procedure.js';
import { axeViolations, captureInvalid, mountElement, THEME_NAMES } from './support.js';


/** A démarche as a CMS author writes it: plain HTML marked with data- attributes. */
const PROCEDURE_HTML = `<loos-procedure>
  <h2>Déclarer une naissance</h2>
  <p data-audience>Le père, la mère, ou toute personne qui a assisté à l’accouchement.</p>
  <ul data-documents>
    <li><b>Certificat d’accouchement</b> remis par la maternité</li>
    <li><b>Pièce d’identité</b> du déclarant</li>
    <li><b>Livret de famille</b></li>
  </ul>
  <p>Coût : <span data-cost>Gratuit</span></p>
  <p>Délai : <span data-delay>Dans les 5 jours qui suivent la naissance</span></p>
  <ol data-steps><li>Rassemblez les pièces.</li><li>Présentez-vous au service état civil.</li></ol>
  <p><a data-online href="https://www.service-public.fr/particuliers/vosdroits/F961" data-service="Service-Public.fr" data-account="FranceConnect">Faire la démarche en ligne</a></p>
  <ul data-other-ways><li>À la mairie, au service état civil.</li><li>Par courrier, à l’adresse de la mairie.</li></ul>
  <p>Mis à jour le <time data-updated datetime="2026-11-02">2 novembre 2026</time></p>
  <ul data-related><li><a href="/demarches/reconnaissance">Reconnaître un enfant</a></li></ul>
</loos-procedure>`;

const mount = (markup: string) => mountElement(markup, 'loos-procedure');
const flat = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
/** « Coût : Gratuit » for each term of the facts list. */
const facts = (root: ShadowRoot) => [...root.querySelectorAll('[part=facts] div')].map((pair) => `${flat(pair.querySelector('dt')?.textContent)} : ${flat(pair.querySelector('dd')?.textContent)}`);

describe('<loos-procedure> from its HTML', () => {
  it('shows every part of the démarche under real headings', async () => {
    const procedure = await mount(PROCEDURE_HTML);
    const root = procedure.shadowRoot!;
    expect(root.querySelector('h2')?.textContent).toBe('Déclarer une naissance');
    expect([...root.querySelectorAll('h3')].map((heading) => heading.textContent)).toEqual(['Pour qui ?', 'Ce qu’il vous faut', 'Comment faire ?', 'En ligne', 'Autres façons de faire', 'Démarches liées']);
    expect([...root.querySelectorAll('[part=documents] li')].map((item) => flat(item.textContent))).toEqual([
      'Certificat d’accouchement remis par la maternité',
      'Pièce d’identité du déclarant',
      'Livret de famille',
    ]);
    expect(facts(root)).toEqual(['Coût : Gratuit', 'Délai : Dans les 5 jours qui suivent la naissance']);
    expect(root.querySelectorAll('[part=steps] ol li')).toHaveLength(2);
    const online = root.querySelector('[part=online-link]')!;
    expect(flat(online.textContent)).toBe('Faire la démarche en ligne sur Service-Public.fr');
    expect(online.getAttribute('href')).toBe('https://www.service-public.fr/particuliers/vosdroits/F961');
    expect(flat(root.querySelector('[part=online]')?.textContent)).toContain('Compte nécessaire : FranceConnect.');
    expect(flat(root.querySelector('[part=other-ways]')?.textContent)).toContain('Par courrier, à l’adresse de la mairie.');
    expect(root.querySelector('[part=updated] time')?.getAttribute('datetime')).toBe('2026-11-02');
    expect(flat(root.querySelector('[part=updated]')?.textContent)).toBe('Mis à jour le 2 novembre 2026');
  });

  it('keeps its HTML in the page for readers without JavaScript', async () => {
    const procedure = await mount(PROCEDURE_HTML);
    expect(procedure.querySelector('[data-documents]')?.children).toHaveLength(3);
  });

  it('puts a contact card in « Autres façons de faire » and lets the keyboard go from the online link to it', async () => {
    const procedure = await mount(PROCEDURE_HTML.replace('</loos-procedure>', '<loos-contact-card slot="contact" name="État civil" phone="0320000000"></loos-contact-card></loos-procedure>'));
    const card = procedure.querySelector('loos-contact-card')!;
    await card.updateComplete;
    const slot = procedure.shadowRoot!.querySelector<HTMLSlotElement>('[part=other-ways] slot[name=contact]')!;
    expect(slot.assignedElements()).toEqual([card]);
    procedure.shadowRoot!.querySelector<HTMLAnchorElement>('[part=online-link]')!.focus();
    await userEvent.tab();
    expect(card.shadowRoot!.activeElement?.getAttribute('href')).toBe('tel:+33320000000');
    await userEvent.tab();
    expect(procedure.shadowRoot!.activeElement?.getAttribute('href')).toBe('/demarches/reconnaissance');
  });
});

describe('<loos-procedure> from data', () => {
  it('reads a JSON child and writes a cost as « 25 € »', async () => {
    const json = JSON.stringify({ title: 'Demander un acte de naissance', cost: 25, online: { href: '/acte', account: false }, updated: '2026-12-01' });
    const procedure = await mount(`<loos-procedure><script type="application/json">${json}</script></loos-procedure>`);
    expect(flat(procedure.shadowRoot!.querySelector('[part=facts] dd')?.textContent)).toBe('25 €');
    expect(flat(procedure.shadowRoot!.querySelector('[part=online]')?.textContent)).toContain('Sans compte.');
    expect(procedure.shadowRoot!.querySelector('[part=other-ways]')).toBeNull();
  });

  it('takes the procedure property over the page', async () => {
    const procedure = await mount(PROCEDURE_HTML);
    procedure.procedure = { title: 'Inscrire un enfant à la cantine', cost: 0 };
    await procedure.updateComplete;
    expect(procedure.shadowRoot!.querySelector('h2')?.textContent).toBe('Inscrire un enfant à la cantine');
    expect(facts(procedure.shadowRoot!)).toEqual(['Coût : Gratuit']);
  });

  it('reports bad input with loos-invalid, leaves out javascript: links and shows HTML as text', async () => {
    const events = captureInvalid();
    const procedure = await mount('<loos-procedure heading-level="1"></loos-procedure>');
    procedure.procedure = {
      title: '<img src=x onerror=alert(1)>',
      cost: Number.NaN,
      online: { href: 'javascript:alert(1)' },
      documents: [{ note: 'sans libellé' }],
      updated: '2026-13-45',
      related: [{ label: 'Piège', href: 'javascript:alert(1)' }],
      steps: 'pas une liste',
    };
    await procedure.updateComplete;
    const root = procedure.shadowRoot!;
    expect(root.querySelector('h2')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(root.querySelector('img, a[href^="javascript"], [part=online], [part=related]')).toBeNull();
    const fields = events.at(-1)?.detail.problems.map((p) => p.field);
    expect(new Set(fields)).toEqual(new Set(['documents[0]', 'cost', 'steps', 'online.href', 'online', 'related[0].href', 'related[0]', 'updated', 'heading-level']));
  });
});

describe('<loos-procedure> accessibility', () => {
  it('has no axe violation in any theme', async () => {
    for (const theme of THEME_NAMES) {
      document.documentElement.setAttribute('data-loos-theme', theme);
      await mount(PROCEDURE_HTML);
      expect(await axeViolations(), theme).toEqual([]);
    }
  });
});
