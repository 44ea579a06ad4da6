import { describe, expect, it } from 'vitest';
import { actRecord, readActAttributes } from '../../../src/lib/publications/act-fields.js';

const written = { type: 'Arrêté', number: '2026-014', signed: '2026-03-02', published: '2026-03-04', format: 'PDF', size: '245760' };

describe('an act written as <loos-act>', () => {
  it('takes the title and the document from the link inside when the attributes do not give them', () => {
    const { act, problems } = readActAttributes({ ...written, linkText: 'Interdiction de stationner rue Pasteur', linkHref: '/actes/2026-014.pdf' });
    expect(problems).toEqual([]);
    expect(act).toMatchObject({ title: 'Interdiction de stationner rue Pasteur', document: { href: '/actes/2026-014.pdf', format: 'PDF', size: 245760 } });
  });

  it('prefers the attributes to the link, and treats an empty attribute as absent', () => {
    const record = actRecord({ ...written, actTitle: 'Titre officiel', document: '/actes/officiel.pdf', category: '', linkText: 'Lire', linkHref: '/autre.pdf' });
    expect(record).toMatchObject({ title: 'Titre officiel', category: undefined, document: { href: '/actes/officiel.pdf' } });
  });

  it('reads a size in bytes only when it is a whole number, and reports anything else under the attribute’s name', () => {
    expect(actRecord({ ...written, size: ' 1024 ' }).document).toMatchObject({ size: 1024 });
    const { problems } = readActAttributes({ ...written, size: '240 Ko', linkText: 'Titre', linkHref: '/a.pdf' });
    expect(problems.map((found) => found.field)).toEqual(['size']);
  });

  it('names what is missing as the author wrote it on the element', () => {
    const { act, problems } = readActAttributes({ type: 'Arrêté', number: '1', signed: '2026-03-02', published: '2026-03-04' });
    expect(act).toBeUndefined();
    expect(problems.map((found) => found.field)).toEqual(expect.arrayContaining(['act-title', 'document']));
    expect(problems.every((found) => !found.field.startsWith('acts['))).toBe(true);
  });
});
