import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readContact, readPhone } from '../../../src/lib/services/contact.js';
import { formatRanges } from '../../../src/lib/services/display.js';
import { readOpeningHours } from '../../../src/lib/services/hours.js';
import { governmentOfficeJsonLd } from '../../../src/lib/services/json-ld.js';
import { fixture, TOWN_HALL_WEEK } from './fixtures.js';

const flat = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const week = (input: unknown) => readOpeningHours(input).hours.weekly.map((ranges) => flat(formatRanges(ranges, 'fr')));

describe('the national directory’s opening hours (plage_ouverture)', () => {
  const record = fixture('annuaire-mairie.json') as { plage_ouverture: unknown[] };

  it('reads day runs, numbered ranges and comments from a directory record', () => {
    const { hours, problems } = readOpeningHours(record);
    expect(problems).toEqual([]);
    expect(week(record)).toEqual([
      ...Array<string>(5).fill('8 h 30 – 12 h et 13 h 30 – 17 h 30'),
      '9 h – 12 h',
      'Fermé',
    ]);
    expect(hours.comments).toEqual(['Accueil fermé au public le mardi après-midi pendant les vacances scolaires.', 'Permanence état civil uniquement.']);
  });

  it('reads the list as JSON text too, as the data.gouv.fr export gives it', () => {
    expect(week({ plage_ouverture: JSON.stringify(record.plage_ouverture) })).toEqual(week(record));
    expect(week(record.plage_ouverture)).toEqual(week(record));
  });

  it('reports an unknown day or a half range instead of guessing', () => {
    const { problems } = readOpeningHours([
      { nom_jour_debut: 'Lundy', valeur_heure_debut_1: '08:00:00', valeur_heure_fin_1: '12:00:00' },
      { nom_jour_debut: 'Mardi', nom_jour_fin: 'Mardi', valeur_heure_debut_1: '08:00:00', valeur_heure_fin_1: '' },
    ]);
    expect(problems.map((p) => p.field)).toEqual(['plage_ouverture[0]', 'plage_ouverture[1].valeur_heure_debut_1']);
    expect(readOpeningHours({ plage_ouverture: '{pas du json' }).problems[0]?.field).toBe('plage_ouverture');
  });
});

describe('our opening-hours format', () => {
  it('joins overlapping ranges and accepts French spellings of times', () => {
    expect(week({ weekly: { Lundi: ['8h30 - 12h', '11:00-12:30'], MERCREDI: '14 h à 17 h 30' } }).slice(0, 3)).toEqual(['8 h 30 – 12 h 30', 'Fermé', '14 h – 17 h 30']);
  });

  it('reports every unusable value with its field, and keeps the rest', () => {
    const { hours, problems } = readOpeningHours({
      weekly: { lundi: ['08:30-12:00', '25:00-26:00', '18:00-08:00'], funday: ['08:00-12:00'] },
      exceptions: [{ date: '2026-02-30' }, { date: '2026-12-24', hours: 'midi' }, 'x', { date: '2026-08-10', to: '2026-08-01' }],
      localHolidays: [{ date: '13-45', name: 'x' }, { date: '09-07' }],
      publicHolidays: 'oui',
    });
    expect(problems.map((p) => p.field)).toEqual([
      'weekly.lundi[1]',
      'weekly.lundi[2]',
      'weekly.funday',
      'publicHolidays',
      'exceptions[0].date',
      'exceptions[1].hours[0]',
      'exceptions[2]',
      'exceptions[3].to',
      'localHolidays[0].date',
      'localHolidays[1].name',
    ]);
    expect(hours.weekly[0]).toEqual([{ start: 510, end: 720 }]);
    expect(hours.publicHolidays).toBe(true);
    expect(problems.every((p) => /[a-zà-ÿ]/.test(p.message))).toBe(true);
  });

  it('never throws, whatever JSON it is given (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(() => readOpeningHours(value)).not.toThrow();
        expect(() => readOpeningHours({ weekly: value, exceptions: value, localHolidays: value })).not.toThrow();
      }),
    );
  });

  it('keeps HTML in a label as text (rendering escapes it)', () => {
    const { hours } = readOpeningHours({ weekly: {}, exceptions: [{ date: '2026-12-24', label: '<img src=x onerror=alert(1)>' }] });
    expect(hours.exceptions.get('2026-12-24')?.label).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('contact details', () => {
  it('writes French numbers in pairs with a tel: link in international form', () => {
    for (const written of ['0320000000', '03.20.00.00.00', '+33 3 20 00 00 00', '0033320000000']) {
      expect(readPhone(written)).toEqual({ text: '03\u00a020\u00a000\u00a000\u00a000', href: 'tel:+33320000000' });
    }
    expect(readPhone('3939')).toEqual({ text: '3939', href: 'tel:3939' });
  });

  it('shows an unreadable number without a link, refuses javascript: maps and bad e-mails', () => {
    const { contact, problems } = readContact({ name: 'Mairie', phone: 'appelez-nous', mapHref: 'javascript:alert(1)', email: 'pas une adresse' });
    expect(contact.phone).toEqual({ text: 'appelez-nous' });
    expect(contact.mapHref).toBeUndefined();
    expect(contact.email).toBeUndefined();
    expect(problems.map((p) => p.field)).toEqual(['map-href', 'phone', 'email']);
  });

  it('requires a name and keeps address lines', () => {
    const { contact, problems } = readContact({ address: '1 place de la République\n\n59120 Loos' });
    expect(contact.addressLines).toEqual(['1 place de la République', '59120 Loos']);
    expect(problems.map((p) => p.field)).toEqual(['name']);
  });
});

describe('schema.org GovernmentOffice JSON-LD', () => {
  it('describes the usual week, the holidays and exceptions of the coming year', () => {
    const { contact } = readContact({ name: 'Mairie de Loos', phone: '03 20 00 00 00', address: '1 place de la République\n59120 Loos', email: 'accueil@example.org' });
    const { hours } = readOpeningHours({ weekly: TOWN_HALL_WEEK, exceptions: [{ date: '2026-12-24', hours: ['08:30-12:00'] }] });
    const data = governmentOfficeJsonLd(contact, hours, new Date('2026-12-01T10:00:00Z')) as Record<string, unknown> & {
      openingHoursSpecification: Record<string, unknown>[];
      specialOpeningHoursSpecification: Record<string, unknown>[];
    };
    expect(data['@type']).toBe('GovernmentOffice');
    expect(data.telephone).toBe('+33320000000');
    expect(data.address).toEqual({ '@type': 'PostalAddress', streetAddress: '1 place de la République, 59120 Loos' });
    expect(data.openingHoursSpecification).toHaveLength(11);
    expect(data.openingHoursSpecification[0]).toEqual({ '@type': 'OpeningHoursSpecification', dayOfWeek: 'https://schema.org/Monday', opens: '08:30', closes: '12:00' });
    expect(data.specialOpeningHoursSpecification).toContainEqual({ '@type': 'OpeningHoursSpecification', validFrom: '2026-12-24', validThrough: '2026-12-24', opens: '08:30', closes: '12:00' });
    expect(data.specialOpeningHoursSpecification).toContainEqual({ '@type': 'OpeningHoursSpecification', validFrom: '2027-03-29', validThrough: '2027-03-29', opens: '00:00', closes: '00:00' });
  });
});
