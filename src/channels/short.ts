/**
 * The short channels, where every character counts: SMS (GSM-7 / UCS-2 segments), push
 * notifications (title and body) and X (weighted count, a URL weighs 23). Each one tries the
 * fullest wording first and drops the least essential piece until the text fits; when nothing fits
 * the shortest wording is given with a note saying what to shorten. Nothing is cut mid-word.
 */
import { smsInfo } from '../tone/sms.js';
import {
  PUSH_BODY_MAX, PUSH_TITLE_MAX, SMS_MAX_SEGMENTS, firstFitting, gsm7Wording, measureGraphemes, measureText, shown,
  type ToneOption,
} from './measure.js';
import { plain, type Message } from './message.js';
import type { Brand, ChannelOutput } from './types.js';
import { graphemeCount } from '../tone/segment.js';
import { NBSP, headlineWithKicker, sentence, whenWhereForms } from './words.js';
import { findingsFor } from './measure.js';

export interface Context {
  readonly message: Message;
  readonly url?: string;
  readonly brand: Brand;
  readonly tone: ToneOption;
  readonly issued?: Date;
}

const linkNote = 'Aucun lien : donnez l’adresse de la page du site (option url) pour que chacun trouve le détail.';

export function sms({ message, url, brand, tone }: Context): ChannelOutput {
  const sender = message.kicker === undefined ? brand.name : `${brand.name}, ${message.kicker.toLocaleLowerCase('fr-FR')}`;
  const compose = (when?: string): string =>
    [`${sender} : ${sentence(message.kind === 'key-figure' ? plain(message.headline) : message.headline)}`, when === undefined ? undefined : plain(when), url].filter((p) => p !== undefined).join(' ');
  const dated = whenWhereForms(message).map((form) => compose(form));
  const bare = compose();
  const cost = (text: string): number => Math.min(smsInfo(text).segments, smsInfo(gsm7Wording(text).text).segments);
  // One SMS when a wording allows it; else the fewest segments that still say when (and where).
  let text = dated.find((candidate) => cost(candidate) <= 1);
  if (text === undefined) {
    const within = dated.filter((candidate) => smsInfo(candidate).segments <= SMS_MAX_SEGMENTS);
    text = within.reduce<string | undefined>((best, candidate) => (best === undefined || cost(candidate) < cost(best) ? candidate : best), undefined) ?? bare;
  }

  const measure = measureText(text, 'sms', undefined);
  const info = smsInfo(text);
  const notes: string[] = [];
  let gsm7: ChannelOutput['gsm7'];
  if (info.encoding === 'UCS-2') {
    const first = info.outsideGsm[0];
    const wording = gsm7Wording(text);
    const segments = smsInfo(wording.text).segments;
    if (first !== undefined) {
      notes.push(
        `« ${shown(first.char)} » (position ${first.index + 1}) n’existe pas dans l’alphabet GSM : tout le SMS passe en UCS-2, ` +
        `70 caractères par SMS au lieu de 160 (${info.segments} segment${info.segments > 1 ? 's' : ''}).`,
      );
    }
    if (wording.unknown.length === 0) {
      gsm7 = { text: wording.text, segments, replaced: wording.replaced };
      notes.push(`Variante GSM-7 proposée (${segments} segment${segments > 1 ? 's' : ''}) : ${wording.replaced.join(', ')}. À relire : les accents remplacés sont listés.`);
    } else {
      notes.push(`Pas de variante GSM-7 : ${wording.unknown.map((c) => `« ${shown(c)} »`).join(', ')} n’a pas d’équivalent ; reformulez si vous voulez 160 caractères.`);
    }
  }
  if (text === bare && dated.length > 0) notes.push('Pour rester dans la limite, la date et le lieu sont laissés à la page du site.');
  else if (message.where !== undefined && !text.includes(message.where)) notes.push('Pour raccourcir le SMS, le lieu est laissé à la page du site.');
  if ((measure.segments ?? 0) > 1 && !measure.over && (gsm7?.segments ?? 2) > 1) notes.push(`${measure.segments ?? 0} segments facturés : un titre ou une adresse plus courts le feraient tenir en un seul.`);
  if (measure.over) notes.push(`SMS de ${measure.segments ?? 0} segments : au-delà de ${SMS_MAX_SEGMENTS}, raccourcissez le titre.`);
  if (url === undefined) notes.push(linkNote);
  return {
    channel: 'sms', label: 'SMS', text, ...(gsm7 === undefined ? {} : { gsm7 }),
    measures: [measure], overLimit: measure.over, notes, findings: findingsFor(text, 'sms', tone),
  };
}

export function push({ message, url, brand, tone }: Context): ChannelOutput {
  const fallbackTitle = message.kicker === undefined ? brand.name : `${brand.name}${NBSP}: ${message.kicker.toLocaleLowerCase('fr-FR')}`;
  const bodies = whenWhereForms(message);
  const candidates: { title: string; body: string }[] = [
    ...[headlineWithKicker(message), message.headline].flatMap((title) => (bodies.length === 0 ? [''] : bodies).map((body) => ({ title, body }))),
    { title: fallbackTitle, body: sentence(message.headline) },
  ];
  const within = (c: { title: string; body: string }): boolean =>
    !measureGraphemes(c.title, PUSH_TITLE_MAX, 'titre').over && !measureGraphemes(c.body, PUSH_BODY_MAX, 'corps').over;
  // Phones show about 120 characters in all: the city prefers a notification read whole.
  const whole = (c: { title: string; body: string }): boolean => within(c) && graphemeCount(`${c.title}\n${c.body}`) <= PUSH_BODY_MAX;
  const chosen = candidates.find(whole) ?? firstFitting(candidates, within).chosen;
  const measures = [measureGraphemes(chosen.title, PUSH_TITLE_MAX, 'titre'), measureGraphemes(chosen.body, PUSH_BODY_MAX, 'corps')];
  const notes: string[] = [];
  if (chosen === candidates.at(-1)) notes.push('Le titre ne tient pas en 50 caractères : il passe dans le corps de la notification.');
  for (const m of measures.filter((measure) => measure.over)) {
    notes.push(`Le ${m.part} fait ${m.length} caractères (${m.limit ?? 0} au plus) : raccourcissez le titre de l’${message.kind === 'event' ? 'événement' : 'avis'}.`);
  }
  if (url === undefined) notes.push('Aucun lien : la notification ouvrira l’application sans page précise (option url).');
  const text = chosen.body === '' ? chosen.title : `${chosen.title}\n${chosen.body}`;
  return {
    channel: 'push', label: 'Notification push', text, title: chosen.title, body: chosen.body,
    measures, overLimit: measures.some((m) => m.over), notes, findings: findingsFor(text, 'push', tone),
  };
}

const X_MAX = 280;

export function x({ message, url, tone }: Context): ChannelOutput {
  const what = headlineWithKicker(message);
  const compose = (when?: string): string => [what, when, url].filter((p) => p !== undefined).join('\n');
  const candidates = [...whenWhereForms(message).map((form) => compose(form)), compose()];
  const { chosen: text, fitted } = firstFitting(candidates, (candidate) => !measureText(candidate, 'x', X_MAX).over);
  const measure = measureText(text, 'x', X_MAX);
  const notes: string[] = [];
  if (!fitted) notes.push(`${measure.length} caractères pondérés : X en accepte ${X_MAX}. Raccourcissez le titre.`);
  else if (text !== candidates[0]) notes.push('Pour tenir en 280 caractères pondérés, une partie de la date ou du lieu est laissée à la page du site.');
  if (url === undefined) notes.push(linkNote);
  return { channel: 'x', label: 'X (Twitter)', text, measures: [measure], overLimit: measure.over, notes, findings: findingsFor(text, 'x', tone) };
}
