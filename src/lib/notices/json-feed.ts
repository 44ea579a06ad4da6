/**
 * The library's own feed format: `{ "notices": [ { id, level, heading, message, published, … } ] }`
 * (see docs/formats/notices.md and schemas/notices.schema.json).
 */
import { isoDay } from '../dates.js';
import { problem, type InputProblem } from '../invalid.js';
import { unreadable, validateNotice, type FeedParseResult, type Notice } from './model.js';

/** More entries than this is not a list of notices any more; the rest is reported and left out. */
export const MAX_FEED_ENTRIES = 500;

/** Parses a JSON feed given as text or as an already-parsed value. Never throws. */
export function parseJsonFeed(body: unknown): FeedParseResult {
  let data: unknown = body;
  if (typeof body === 'string') {
    try {
      data = JSON.parse(body.replace(/^\uFEFF/, ''));
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return unreadable('json', 'json', `Le flux n'est pas un JSON valide (${detail}).`, body);
    }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return unreadable('json', 'json', 'Le flux doit être un objet JSON de la forme { "notices": [ … ] }.', data);
  }
  const entries = (data as { notices?: unknown }).notices;
  if (!Array.isArray(entries)) {
    return unreadable('json', 'notices', 'Le flux doit contenir une liste « notices ».', entries);
  }
  return collectNotices(entries.slice(0, MAX_FEED_ENTRIES), entries.length, 'notices');
}

/** Validates each entry, keeps the valid ones, drops duplicates, counts and explains the rest. */
function collectNotices(entries: readonly unknown[], total: number, field: string): FeedParseResult {
  const notices: Notice[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  entries.forEach((entry, index) => {
    const { value, problems: entryProblems } = validateNotice(entry, `${field}[${index}]`);
    problems.push(...entryProblems);
    if (value === undefined) {
      skipped += 1;
    } else if (seen.has(value.id)) {
      skipped += 1;
      problems.push(problem(`${field}[${index}].id`, `L'identifiant « ${value.id} » est déjà utilisé : cet avis est ignoré.`));
    } else {
      seen.add(value.id);
      notices.push(value);
    }
  });
  if (total > entries.length) {
    skipped += total - entries.length;
    problems.push(problem(field, `Le flux contient ${total} avis ; seuls les ${entries.length} premiers sont lus.`));
  }
  if (skipped > 0) {
    problems.push(problem(field, `${skipped} avis sur ${total} ignoré(s) car invalide(s) ; les autres sont affichés.`));
  }
  return { format: 'json', notices, problems, skipped, ignored: 0, readable: true };
}

/** One notice written back in the library's JSON format (used for the offline copy of a feed). */
export function noticeToJson(notice: Notice): Record<string, string> {
  const json: Record<string, string> = {
    id: notice.id,
    level: notice.level,
    heading: notice.heading,
    message: notice.message,
    published: notice.publishedDateOnly === true ? isoDay(notice.published) : notice.published.toISOString(),
  };
  if (notice.expires !== undefined) {
    // A day-long expiry is stored as the start of the next day: write back the day itself.
    json.expires = notice.expiresDateOnly === true ? isoDay(new Date(notice.expires.getTime() - 1)) : notice.expires.toISOString();
  }
  if (notice.href !== undefined) json.href = notice.href;
  if (notice.linkLabel !== undefined) json.linkLabel = notice.linkLabel;
  if (notice.area !== undefined) json.area = notice.area;
  if (notice.source !== undefined) json.source = notice.source;
  return json;
}
