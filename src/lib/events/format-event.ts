/** Price and place of an event as one line of French text each. */
import { formatNumber } from '../format.js';
import { DEFAULT_LOCALE, type Locale } from '../i18n.js';
import { eventStrings } from '../strings/events.js';
import type { EventLocation } from './model.js';

/** `0` → « Gratuit », `5` → « 5 € », `7.5` → « 7,50 € », a text as written. */
export function formatPrice(price: number | string, locale: Locale = DEFAULT_LOCALE): string {
  if (typeof price === 'string') return price;
  if (price === 0) return eventStrings[locale].free;
  const whole = Number.isInteger(price);
  return formatNumber(price, { style: 'currency', currency: 'EUR', minimumFractionDigits: whole ? 0 : 2 }, locale);
}

/** « La Fileuse, 12 rue de Lille, Loos » — name first, the rest when known. */
export function formatLocation(location: EventLocation): string {
  return [location.name, location.address, location.city].filter((part) => part !== undefined).join(', ');
}
