/**
 * CAP 1.2 (OASIS Common Alerting Protocol) read into notices: a single `<alert>`, several
 * `<alert>` in a wrapper (`<alerts>` or any other root), or an Atom `<feed>` / RSS `<rss>` whose
 * entries embed `<alert>` elements or only link to CAP files (then the entry itself is read, see
 * ./feed-entry.ts). Links to remote CAP files are never followed: a feed element requests
 * nothing but its own `src`.
 *
 * Mapping: headline (else event) → heading; description + instruction (else headline, else
 * event: CAP makes description optional) → message, separator lines and CRLF runs tidied;
 * effective (or sent) → published; expires → expires; web → href; senderName → source;
 * areaDesc → area; severity Extreme/Severe → alert, Moderate → warning, Minor/Unknown → info.
 * A `status` other than `Actual` is not shown; `msgType` `Cancel` removes the alerts it
 * references (and `Update` replaces them). The `<info>` block in the page's language is
 * preferred, then French, then English (CAP's default language), then the first; its `<language>`,
 * when given, becomes the notice's `lang`, so that its texts are marked as such in a page in another.
 */
import { problem, type InputProblem } from '../invalid.js';
import { alertMessage, isNeverShown, levelOfSeverity, type AlertOutcome, type CapReference } from './cap-fields.js';
import { readFeedEntry } from './feed-entry.js';
import { unreadable, validateNotice, type FeedFormat, type FeedParseResult, type Notice, type RawNotice } from './model.js';
import { childText, childrenNamed, descendantsNamed, namespacesOf, readXml, type XmlElement } from './xml.js';

/** CAP 1.2's namespace, and 1.1's, whose alerts read the same way. */
const CAP_NAMESPACES = ['urn:oasis:names:tc:emergency:cap:1.2', 'urn:oasis:names:tc:emergency:cap:1.1'];

export interface CapOptions {
  /** Preferred language of the `<info>` block (`fr` by default). */
  readonly language?: string;
}

/** Where the alerts of a document are: alerts to read, or feed entries (which may embed alerts). */
interface Located {
  readonly format: FeedFormat;
  readonly alerts: { alert: XmlElement; field: string }[];
  readonly entries: { entry: XmlElement; field: string }[];
}

function locate(root: XmlElement): Located | undefined {
  if (root.name === 'alert') return { format: 'cap', alerts: [{ alert: root, field: 'alert' }], entries: [] };
  const feedEntries = (format: FeedFormat, name: string, list: XmlElement[]): Located => ({
    format,
    alerts: [],
    entries: list.map((entry, index) => ({ entry, field: `${name}[${index}]` })),
  });
  if (root.name === 'feed') return feedEntries('atom', 'entry', childrenNamed(root, 'entry'));
  // RSS 2.0 puts items in <channel>; RSS 1.0 (<rdf:RDF>) beside it.
  if (root.name === 'rss' || root.name === 'RDF') {
    return feedEntries('rss', 'item', [...childrenNamed(root, 'item'), ...childrenNamed(root, 'channel').flatMap((channel) => childrenNamed(channel, 'item'))]);
  }
  const alerts = descendantsNamed(root, 'alert');
  if (alerts.length === 0) return undefined;
  return { format: 'cap', alerts: alerts.map((alert, index) => ({ alert, field: `alert[${index}]` })), entries: [] };
}

/** Parses CAP 1.2 XML (an alert, a wrapper of alerts, an Atom or RSS feed of alerts). Never throws. */
export function parseCap(xml: unknown, options: CapOptions = {}): FeedParseResult {
  const { root, problems: xmlProblems } = readXml(xml);
  if (root === undefined) {
    return unreadable('cap', 'xml', xmlProblems[0] ?? 'Document XML illisible.');
  }
  const problems: InputProblem[] = xmlProblems.map((message) => problem('xml', message));
  const located = locate(root);
  if (located === undefined) {
    return unreadable(
      'cap',
      'xml',
      `Le document XML n'est ni une alerte CAP (<alert>), ni un ensemble d'alertes, ni un flux Atom (<feed>) ou RSS (<rss>) : <${root.qualifiedName}> ne contient aucune <alert>.`,
    );
  }
  const language = (options.language ?? 'fr').toLowerCase().split('-')[0] ?? 'fr';
  // An <alert> declared in another namespace is not a CAP alert, whatever its content looks like.
  const namespaces = namespacesOf(root, 'alert');
  const read = (alert: XmlElement, field: string): AlertOutcome => {
    const namespace = namespaces.get(alert);
    if (namespace === undefined || CAP_NAMESPACES.includes(namespace)) return readAlert(alert, field, language);
    const message = `L'élément <alert> n'est pas dans l'espace de noms de CAP 1.2 (${CAP_NAMESPACES[0]}) : il est ignoré.`;
    return { kind: 'invalid', problems: [problem(field, message, namespace)], withdraws: [] };
  };
  const outcomes: AlertOutcome[] = located.alerts.map(({ alert, field }) => read(alert, field));
  for (const { entry, field } of located.entries) {
    const alerts = descendantsNamed(entry, 'alert');
    if (alerts.length === 0) outcomes.push(readFeedEntry(entry, field));
    alerts.forEach((alert, position) => {
      outcomes.push(read(alert, alerts.length === 1 ? `${field}.alert` : `${field}.alert[${position}]`));
    });
  }

  const shown: { notice: Notice; sender: string | undefined }[] = [];
  const withdrawn: CapReference[] = [];
  let ignored = 0;
  let skipped = 0;
  for (const outcome of outcomes) {
    problems.push(...outcome.problems);
    withdrawn.push(...outcome.withdraws);
    if (outcome.kind === 'notice') shown.push({ notice: outcome.notice, sender: outcome.sender });
    else if (outcome.kind === 'invalid') skipped += 1;
    else ignored += 1;
  }

  const isWithdrawn = (notice: Notice, sender: string | undefined) =>
    withdrawn.some((reference) => reference.identifier === notice.id && (sender === undefined || reference.sender === sender));
  const notices: Notice[] = [];
  const seen = new Set<string>();
  for (const { notice, sender } of shown) {
    if (isWithdrawn(notice, sender)) {
      ignored += 1;
    } else if (seen.has(notice.id)) {
      skipped += 1;
      problems.push(problem('identifier', `L'identifiant CAP « ${notice.id} » apparaît deux fois : seule la première alerte est gardée.`));
    } else {
      seen.add(notice.id);
      notices.push(notice);
    }
  }
  if (skipped > 0) {
    const field = located.format === 'atom' ? 'entry' : located.format === 'rss' ? 'item' : 'alert';
    problems.push(problem(field, `${skipped} alerte(s) CAP ignorée(s) car invalide(s).`));
  }
  return { format: located.format, notices, problems, skipped, ignored, readable: true };
}

function readAlert(alert: XmlElement, field: string, language: string): AlertOutcome {
  const problems: InputProblem[] = [];
  const status = childText(alert, 'status');
  const msgType = childText(alert, 'msgType');
  const sender = childText(alert, 'sender');

  if (status === undefined) {
    problems.push(problem(`${field}.status`, "L'alerte CAP n'a pas de statut (<status>) : elle est ignorée."));
    return { kind: 'invalid', problems, withdraws: [] };
  }
  if (isNeverShown(status, msgType)) return { kind: 'ignored', problems, withdraws: [] };

  const references = readReferences(childText(alert, 'references'));
  if (msgType === 'Cancel') return { kind: 'ignored', problems, withdraws: references };
  if (msgType !== 'Alert' && msgType !== 'Update') {
    problems.push(problem(`${field}.msgType`, 'Type de message CAP inconnu : Alert, Update ou Cancel attendu.', msgType));
    return { kind: 'invalid', problems, withdraws: [] };
  }
  // An update replaces the alerts it references.
  const withdraws = msgType === 'Update' ? references : [];

  const infos = childrenNamed(alert, 'info');
  const info = preferredInfo(infos, language);
  if (info === undefined) {
    problems.push(problem(`${field}.info`, "L'alerte CAP n'a aucun bloc <info> : rien à afficher."));
    return { kind: 'invalid', problems, withdraws };
  }
  const infoField = infos.length === 1 ? `${field}.info` : `${field}.info[${infos.indexOf(info)}]`;

  const level = levelOfSeverity(childText(info, 'severity'), `${infoField}.severity`, problems);
  const headline = childText(info, 'headline');
  const event = childText(info, 'event');
  const areas = childrenNamed(info, 'area')
    .map((area) => childText(area, 'areaDesc'))
    .filter((text) => text !== undefined);

  let id = childText(alert, 'identifier');
  if (id === undefined && (headline ?? event) !== undefined) {
    // CAP requires an identifier, but an alert with something to say is shown all the same.
    id = [sender, childText(alert, 'sent'), headline ?? event].filter((part) => part !== undefined).join(' ').slice(0, 200);
    problems.push(problem(`${field}.identifier`, `L'alerte CAP n'a pas d'identifiant : « ${id} » est utilisé.`));
  }
  const raw: RawNotice = {
    id,
    level,
    heading: headline ?? event,
    message: alertMessage([childText(info, 'description'), childText(info, 'instruction')], [headline, event]),
    published: childText(info, 'effective') ?? childText(alert, 'sent'),
    expires: childText(info, 'expires'),
    href: childText(info, 'web'),
    area: areas.length === 0 ? undefined : areas.join(', '),
    source: childText(info, 'senderName'),
    // Only a block that states its language gets one: CAP's default (en-US) is not what a French
    // agency that leaves it out writes in.
    lang: childText(info, 'language'),
  };
  const { value, problems: noticeProblems } = validateNotice(raw, infoField);
  problems.push(...noticeProblems.map((found) => renameCapField(found, field, infoField)));
  if (value === undefined) return { kind: 'invalid', problems, withdraws };
  return { kind: 'notice', notice: value, sender, problems, withdraws };
}

/**
 * The `<info>` in the page's language, else French, else English, else the first. A block
 * without `<language>` is English: CAP 1.2 gives `en-US` as the default.
 */
function preferredInfo(infos: readonly XmlElement[], language: string): XmlElement | undefined {
  const primary = (info: XmlElement) => (childText(info, 'language') ?? 'en-US').toLowerCase().split('-')[0];
  for (const wanted of [language, 'fr', 'en']) {
    const found = infos.find((info) => primary(info) === wanted);
    if (found !== undefined) return found;
  }
  return infos[0];
}

function readReferences(text: string | undefined): CapReference[] {
  if (text === undefined) return [];
  return text
    .split(/\s+/)
    .map((triple) => triple.split(','))
    .filter((parts) => parts.length >= 2 && parts[1] !== '')
    .map(([sender = '', identifier = '']) => ({ sender, identifier }));
}

const CAP_NAMES: Record<string, { element: string; onAlert?: boolean }> = {
  id: { element: 'identifier', onAlert: true },
  heading: { element: 'headline' },
  message: { element: 'description' },
  published: { element: 'effective' },
  expires: { element: 'expires' },
  href: { element: 'web' },
  area: { element: 'area' },
  source: { element: 'senderName' },
  level: { element: 'severity' },
  lang: { element: 'language' },
};

/** Problems name the CAP element an author would fix (`alert.info.headline`), not our field. */
function renameCapField(found: InputProblem, alertField: string, infoField: string): InputProblem {
  const ours = found.field.slice(infoField.length + 1);
  const cap = CAP_NAMES[ours];
  if (cap === undefined) return found;
  return { ...found, field: `${cap.onAlert === true ? alertField : infoField}.${cap.element}` };
}
