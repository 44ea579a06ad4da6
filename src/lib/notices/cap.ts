/**
 * CAP 1.2 (OASIS Common Alerting Protocol) read into notices: a single `<alert>` or an Atom
 * `<feed>` whose entries embed `<alert>` elements. Links to remote CAP files are never
 * followed: a feed element requests nothing but its own `src`.
 *
 * Mapping: headline → heading; description + instruction → message; effective (or sent) →
 * published; expires → expires; web → href; senderName → source; areaDesc → area;
 * severity Extreme/Severe → alert, Moderate → warning, Minor/Unknown → info.
 * A `status` other than `Actual` is not shown; `msgType` `Cancel` removes the alerts it
 * references (and `Update` replaces them); the French `<info>` block is preferred.
 */
import { problem, type InputProblem } from '../invalid.js';
import { unreadable, validateNotice, type FeedParseResult, type Notice, type NoticeLevel, type RawNotice } from './model.js';
import { childText, childrenNamed, descendantsNamed, readXml, type XmlElement } from './xml.js';

const SEVERITY_LEVEL: Record<string, NoticeLevel> = {
  Extreme: 'alert',
  Severe: 'alert',
  Moderate: 'warning',
  Minor: 'info',
  Unknown: 'info',
};

export interface CapOptions {
  /** Preferred language of the `<info>` block (`fr` by default). */
  readonly language?: string;
}

/** A reference in `<references>`: `sender,identifier,sent`. */
interface CapReference {
  readonly sender: string;
  readonly identifier: string;
}

/** Parses CAP 1.2 XML (an alert or an Atom feed of alerts). Never throws. */
export function parseCap(xml: unknown, options: CapOptions = {}): FeedParseResult {
  const { root, problems: xmlProblems } = readXml(xml);
  if (root === undefined) {
    return unreadable('cap', 'xml', xmlProblems[0] ?? 'Document XML illisible.');
  }
  const problems: InputProblem[] = xmlProblems.map((message) => problem('xml', message));
  const located: { alert: XmlElement; field: string }[] = [];
  let skipped = 0;

  if (root.name === 'alert') {
    located.push({ alert: root, field: 'alert' });
  } else if (root.name === 'feed') {
    childrenNamed(root, 'entry').forEach((entry, index) => {
      const alerts = descendantsNamed(entry, 'alert');
      if (alerts.length === 0) {
        skipped += 1;
        problems.push(problem(`entry[${index}]`, "Entrée Atom sans alerte CAP intégrée (les liens vers d'autres fichiers ne sont pas suivis)."));
      }
      alerts.forEach((alert, position) => {
        located.push({ alert, field: alerts.length === 1 ? `entry[${index}].alert` : `entry[${index}].alert[${position}]` });
      });
    });
  } else {
    return unreadable('cap', 'xml', `Le document XML n'est ni une alerte CAP (<alert>) ni un flux Atom (<feed>) : <${root.qualifiedName}>.`);
  }

  const language = (options.language ?? 'fr').toLowerCase();
  const shown: { notice: Notice; sender: string | undefined }[] = [];
  const withdrawn: CapReference[] = [];
  let ignored = 0;

  for (const { alert, field } of located) {
    const outcome = readAlert(alert, field, language);
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
    problems.push(problem(root.name === 'feed' ? 'entry' : 'alert', `${skipped} alerte(s) CAP ignorée(s) car invalide(s).`));
  }
  return { format: root.name === 'feed' ? 'atom' : 'cap', notices, problems, skipped, ignored, readable: true };
}

type AlertOutcome =
  | { kind: 'notice'; notice: Notice; sender: string | undefined; problems: InputProblem[]; withdraws: CapReference[] }
  | { kind: 'ignored' | 'invalid'; problems: InputProblem[]; withdraws: CapReference[] };

function readAlert(alert: XmlElement, field: string, language: string): AlertOutcome {
  const problems: InputProblem[] = [];
  const status = childText(alert, 'status');
  const msgType = childText(alert, 'msgType');
  const sender = childText(alert, 'sender');

  if (status === undefined) {
    problems.push(problem(`${field}.status`, "L'alerte CAP n'a pas de statut (<status>) : elle est ignorée."));
    return { kind: 'invalid', problems, withdraws: [] };
  }
  // Test, Exercise, System and Draft messages must never reach the public as real ones.
  if (status !== 'Actual') return { kind: 'ignored', problems, withdraws: [] };

  const references = readReferences(childText(alert, 'references'));
  if (msgType === 'Cancel') return { kind: 'ignored', problems, withdraws: references };
  if (msgType === 'Ack' || msgType === 'Error') return { kind: 'ignored', problems, withdraws: [] };
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

  const severity = childText(info, 'severity');
  let level = severity === undefined ? undefined : SEVERITY_LEVEL[severity];
  if (level === undefined) {
    problems.push(problem(`${infoField}.severity`, 'Gravité CAP inconnue (Extreme, Severe, Moderate, Minor ou Unknown) : affichée comme une information.', severity));
    level = 'info';
  }
  const message = [childText(info, 'description'), childText(info, 'instruction')].filter((part) => part !== undefined).join('\n\n');
  const areas = childrenNamed(info, 'area')
    .map((area) => childText(area, 'areaDesc'))
    .filter((text) => text !== undefined);

  const raw: RawNotice = {
    id: childText(alert, 'identifier'),
    level,
    heading: childText(info, 'headline') ?? childText(info, 'event'),
    message: message === '' ? undefined : message,
    published: childText(info, 'effective') ?? childText(alert, 'sent'),
    expires: childText(info, 'expires'),
    href: childText(info, 'web'),
    area: areas.length === 0 ? undefined : areas.join(', '),
    source: childText(info, 'senderName'),
  };
  const { value, problems: noticeProblems } = validateNotice(raw, infoField);
  problems.push(...noticeProblems.map((found) => renameCapField(found, field, infoField)));
  if (value === undefined) return { kind: 'invalid', problems, withdraws };
  return { kind: 'notice', notice: value, sender, problems, withdraws };
}

/** The `<info>` in the preferred language, else the first one without a language, else the first. */
function preferredInfo(infos: readonly XmlElement[], language: string): XmlElement | undefined {
  const primary = (info: XmlElement) => (childText(info, 'language') ?? '').toLowerCase().split('-')[0];
  return infos.find((info) => primary(info) === language) ?? infos.find((info) => primary(info) === '') ?? infos[0];
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
};

/** Problems name the CAP element an author would fix (`alert.info.headline`), not our field. */
function renameCapField(found: InputProblem, alertField: string, infoField: string): InputProblem {
  const ours = found.field.slice(infoField.length + 1);
  const cap = CAP_NAMES[ours];
  if (cap === undefined) return found;
  return { ...found, field: `${cap.onAlert === true ? alertField : infoField}.${cap.element}` };
}
