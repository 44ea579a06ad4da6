/**
 * schema.org `GovernmentOffice` JSON-LD of a contact card, with `openingHoursSpecification` for
 * the usual week and `specialOpeningHoursSpecification` for the exceptions and holidays of the
 * coming year (a closed day is `opens` = `closes` = « 00:00 », as schema.org documents it).
 * Loaded only when a page asks for it (`structured-data`).
 */
import { isoDay } from '../dates.js';
import type { Contact } from './contact.js';
import { calendarDay } from './holidays.js';
import { scheduleOn, type OpeningHours } from './hours.js';
import { isoTime, type TimeRange } from './time-ranges.js';

const SCHEMA = 'https://schema.org/';
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const LOOK_AHEAD_DAYS = 366;

type Specification = Record<string, unknown>;

const specification = (range: TimeRange | undefined, extra: Specification): Specification => ({
  '@type': 'OpeningHoursSpecification',
  ...extra,
  opens: range === undefined ? '00:00' : isoTime(range.start),
  // schema.org has no 24:00: the last minute of the day stands for it.
  closes: range === undefined ? '00:00' : isoTime(Math.min(range.end, 1439)),
});

/** The JSON-LD object, without hours when none are known; `now` fixes the year of special days it lists. */
export function governmentOfficeJsonLd(contact: Contact, hours: OpeningHours | undefined, now: Date): Record<string, unknown> {
  const data: Record<string, unknown> = { '@context': 'https://schema.org', '@type': 'GovernmentOffice', name: contact.name };
  if (contact.addressLines.length > 0) data.address = { '@type': 'PostalAddress', streetAddress: contact.addressLines.join(', ') };
  if (contact.phone?.href !== undefined) data.telephone = contact.phone.href.slice(4);
  if (contact.email !== undefined) data.email = contact.email;
  if (contact.mapHref !== undefined) data.hasMap = contact.mapHref;
  if (hours === undefined) return data;
  const usual = hours.weekly.flatMap((ranges, day) => ranges.map((range) => specification(range, { dayOfWeek: `${SCHEMA}${DAYS[day] ?? ''}` })));
  const special: Specification[] = [];
  const [y, m, d] = isoDay(now).split('-').map(Number) as [number, number, number];
  for (let offset = 0; offset < LOOK_AHEAD_DAYS; offset++) {
    const day = calendarDay(y, m, d + offset);
    const schedule = scheduleOn(hours, day);
    if (schedule.reason === undefined) continue;
    const dates = { validFrom: day, validThrough: day };
    if (schedule.ranges.length === 0) special.push(specification(undefined, dates));
    for (const range of schedule.ranges) special.push(specification(range, dates));
  }
  data.openingHoursSpecification = usual;
  if (special.length > 0) data.specialOpeningHoursSpecification = special;
  return data;
}
