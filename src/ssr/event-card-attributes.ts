/**
 * `renderElement('loos-event-card', { properties: { event } })`: a property set on the server does
 * not reach the browser, whose first render would then differ (« Hydration value mismatch »). The
 * card has a full attribute form, so the event is written as attributes instead: the server and
 * the browser both render from those, and the browser carries no extra code. A field that has no
 * attribute form is refused, in French, rather than silently lost.
 */

/** Event fields written as one text attribute. */
const TEXT_ATTRIBUTES: Readonly<Record<string, string>> = {
  id: 'event-id',
  title: 'event-title',
  start: 'start',
  end: 'end',
  category: 'category',
  description: 'description',
  href: 'href',
  price: 'price',
  registrationUrl: 'registration-url',
  status: 'status',
  attendance: 'attendance',
  onlineUrl: 'online-url',
  organizer: 'organizer',
};

type Attributes = Record<string, string | boolean>;

const isText = (value: unknown): value is string | number => typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));

function refuse(field: string, why: string): never {
  throw new TypeError(`<loos-event-card> : ${field} de la propriété event ${why} ; écrivez la carte avec ses attributs (event-title, start, location-name…).`);
}

/** The fields of a `{ name, address, city }` or `{ src, alt }` object, as prefixed attributes. */
function nested(field: string, value: unknown, prefix: string, keys: readonly string[], into: Attributes): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) refuse(`« ${field} »`, 'doit être un objet');
  for (const [key, inner] of Object.entries(value)) {
    if (inner === undefined || inner === null) continue;
    if (!keys.includes(key) || typeof inner !== 'string') refuse(`« ${field}.${key} »`, "n'a pas de forme attribut");
    into[`${prefix}-${key}`] = inner;
  }
}

/** The attributes that say the same as `event` (the agenda's format, schemas/events.schema.json). */
export function eventCardAttributes(event: unknown): Attributes {
  if (typeof event !== 'object' || event === null || Array.isArray(event)) refuse('la valeur', 'doit être un objet');
  const attributes: Attributes = {};
  for (const [field, value] of Object.entries(event)) {
    if (value === undefined || value === null) continue;
    const name = Object.hasOwn(TEXT_ATTRIBUTES, field) ? TEXT_ATTRIBUTES[field] : undefined;
    if (name !== undefined && isText(value)) attributes[name] = String(value);
    else if (field === 'allDay' && typeof value === 'boolean') attributes['all-day'] = value;
    else if (field === 'location' && typeof value === 'string') attributes['location-name'] = value;
    else if (field === 'location') nested(field, value, 'location', ['name', 'address', 'city'], attributes);
    else if (field === 'image') nested(field, value, 'image', ['src', 'alt'], attributes);
    else if (field === 'accessibility' && Array.isArray(value) && value.every((item) => typeof item === 'string')) attributes.accessibility = value.join(' ');
    else if (field === 'accessibility' && typeof value === 'string') attributes.accessibility = value;
    else refuse(`« ${field} »`, name === undefined ? "n'a pas de forme attribut" : 'doit être un texte ou un nombre');
  }
  return attributes;
}
