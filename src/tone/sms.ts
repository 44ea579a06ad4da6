/**
 * SMS length per GSM 03.38 (3GPP TS 23.038): the GSM 7-bit default alphabet allows 160
 * characters in one message and 153 per segment once concatenated; the extension table
 * (« € », « [ »…) costs two septets. A single character outside the alphabet — « ê »,
 * « ’ », « œ », « « », a non-breaking space — switches the whole message to UCS-2:
 * 70 characters, then 67 per segment (UTF-16 code units: an emoji costs two).
 */

const BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const EXTENSION = '\f^{}\\[~]|€';

const basicSet: ReadonlySet<string> = new Set(BASIC);
const extensionSet: ReadonlySet<string> = new Set(EXTENSION);

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SmsInfo {
  readonly encoding: SmsEncoding;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  readonly units: number;
  readonly segments: number;
  /** Capacity of one message with this encoding (160 or 70). */
  readonly singleLimit: number;
  /** Characters outside GSM-7, with their first offset. */
  readonly outsideGsm: readonly { readonly char: string; readonly index: number }[];
}

export function isGsm7(char: string): boolean {
  return basicSet.has(char) || extensionSet.has(char);
}

/** Plain replacements that keep a French SMS in GSM-7. */
export const GSM_REPLACEMENTS: Readonly<Record<string, string>> = {
  '’': "'", '‘': "'", '«': '"', '»': '"', '“': '"', '”': '"', '\u00A0': ' ', '\u202F': ' ', '\u2009': ' ',
  '…': '...', '–': '-', '—': '-', 'œ': 'oe', 'Œ': 'OE', 'ê': 'e', 'ë': 'e', 'â': 'a', 'î': 'i', 'ï': 'i',
  'ô': 'o', 'û': 'u', 'ç': 'c', 'È': 'E', 'Ê': 'E', 'À': 'A', 'Â': 'A', 'Î': 'I', 'Ô': 'O', 'Û': 'U', 'ÿ': 'y',
};

export function smsInfo(text: string): SmsInfo {
  const outside: { char: string; index: number }[] = [];
  const seen = new Set<string>();
  let septets = 0;
  let index = 0;
  for (const char of text) {
    if (basicSet.has(char)) septets += 1;
    else if (extensionSet.has(char)) septets += 2;
    else if (!seen.has(char)) {
      seen.add(char);
      outside.push({ char, index });
    }
    index += char.length;
  }
  if (outside.length === 0) {
    return { encoding: 'GSM-7', units: septets, segments: segmentCount(septets, 160, 153), singleLimit: 160, outsideGsm: [] };
  }
  return { encoding: 'UCS-2', units: text.length, segments: segmentCount(text.length, 70, 67), singleLimit: 70, outsideGsm: outside };
}

function segmentCount(units: number, single: number, perSegment: number): number {
  if (units === 0) return 0;
  return units <= single ? 1 : Math.ceil(units / perSegment);
}
