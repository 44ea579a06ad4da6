/**
 * What `<loos-video>` plays: a file the city hosts (played by the browser's own `<video>`), or a
 * video on a host (YouTube, Vimeo, Dailymotion), which is embedded only once a person asks, from
 * the host's privacy-enhanced address where it has one:
 * - YouTube: `www.youtube-nocookie.com/embed/ID` (no cookie until the person plays the video);
 * - Vimeo: `player.vimeo.com/video/ID?dnt=1` (the player records no session data);
 * - Dailymotion: its geo player, `geo.dailymotion.com/player/PLAYER.html?video=ID`; it has no
 *   privacy mode, and since September 2026 wants the site's player identifier in the address.
 * Pure: from what an author wrote to checked addresses and the problems found.
 */
import { problem, type InputProblem } from '../invalid.js';
import { checkUrl } from '../url.js';

export type VideoHost = 'youtube' | 'vimeo' | 'dailymotion';

export type VideoAddress =
  | { readonly kind: 'file'; readonly src: string }
  | { readonly kind: 'hosted'; readonly host: VideoHost; readonly id: string; readonly watch: string; readonly embed: string };

export interface Chapter {
  /** Seconds from the start. */
  readonly start: number;
  readonly title: string;
}

export const HOST_NAMES: Readonly<Record<VideoHost, string>> = { youtube: 'YouTube', vimeo: 'Vimeo', dailymotion: 'Dailymotion' };

const YOUTUBE_ID = /^[\w-]{11}$/;
const VIMEO_ID = /^\d{1,12}$/;
const DAILYMOTION_ID = /^x[a-z0-9]{2,12}$/i;
const PLAYER_ID = /^[a-z0-9]{2,20}$/i;

/** The video's identifier on its host, or `undefined` when the address is not one of its video pages. */
function hostedId(url: URL): { host: VideoHost; id: string } | undefined {
  const host = url.hostname.replace(/^(www|m)\./, '');
  const [first = '', second = ''] = url.pathname.split('/').filter((part) => part !== '');
  const found = (videoHost: VideoHost, id: string | null, pattern: RegExp) => (id !== null && pattern.test(id) ? { host: videoHost, id } : undefined);
  if (host === 'youtu.be') return found('youtube', first, YOUTUBE_ID);
  if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    return found('youtube', first === 'watch' ? url.searchParams.get('v') : ['embed', 'shorts', 'live'].includes(first) ? second : null, YOUTUBE_ID);
  }
  if (host === 'vimeo.com') return found('vimeo', first, VIMEO_ID);
  if (host === 'player.vimeo.com') return found('vimeo', first === 'video' ? second : null, VIMEO_ID);
  if (host === 'dai.ly') return found('dailymotion', first, DAILYMOTION_ID);
  if (host === 'dailymotion.com') return found('dailymotion', first === 'video' || first === 'embed' ? (first === 'embed' ? url.pathname.split('/')[3] ?? null : second) : null, DAILYMOTION_ID);
  return undefined;
}

const HOSTS = /(^|\.)(youtube\.com|youtube-nocookie\.com|youtu\.be|vimeo\.com|dailymotion\.com|dai\.ly)$/;

/**
 * Reads `src`: a host's video page (any of its usual address forms) or a video file. `player` is
 * the site's Dailymotion player identifier.
 */
export function readVideoAddress(src: unknown, player?: unknown): { address?: VideoAddress; problems: InputProblem[] } {
  const checked = checkUrl(src);
  if (!checked.ok) return { problems: [problem('src', `Adresse de la vidéo absente ou refusée : ${checked.reason}`, src)] };
  let url: URL | undefined;
  try {
    url = new URL(checked.url);
  } catch {
    url = undefined; // a relative address: a file on the city's site
  }
  if (url === undefined || !HOSTS.test(url.hostname)) return { address: { kind: 'file', src: checked.url }, problems: [] };
  const hosted = hostedId(url);
  if (hosted === undefined) {
    return { problems: [problem('src', 'Cette adresse n’est pas celle d’une vidéo : copiez l’adresse de la page de la vidéo (bouton « Partager » du service).', src)] };
  }
  const { host, id } = hosted;
  const problems: InputProblem[] = [];
  let embed: string;
  let watch: string;
  if (host === 'youtube') {
    watch = `https://www.youtube.com/watch?v=${id}`;
    embed = `https://www.youtube-nocookie.com/embed/${id}`;
  } else if (host === 'vimeo') {
    watch = `https://vimeo.com/${id}`;
    embed = `https://player.vimeo.com/video/${id}?dnt=1`;
  } else {
    watch = `https://www.dailymotion.com/video/${id}`;
    const playerId = typeof player === 'string' && PLAYER_ID.test(player) ? player : undefined;
    if (playerId === undefined) problems.push(problem('player', 'Dailymotion demande l’identifiant du lecteur du site (attribut player, dans Dailymotion Studio) : sans lui la vidéo peut ne pas s’afficher.', player));
    embed = `https://geo.dailymotion.com/player${playerId === undefined ? '' : `/${playerId}`}.html?video=${id}`;
  }
  return { address: { kind: 'hosted', host, id, watch, embed }, problems };
}

/** « 1:05:30 », « 4:05 »: how a time in a video is written. */
export function formatTimecode(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const [hours, minutes, rest] = [Math.floor(whole / 3600), Math.floor((whole % 3600) / 60), whole % 60];
  const two = (value: number) => String(value).padStart(2, '0');
  return hours > 0 ? `${hours}:${two(minutes)}:${two(rest)}` : `${minutes}:${two(rest)}`;
}

/** « 4:05 », « 1:05:30 » or a number of seconds, to seconds; `undefined` when unreadable. */
function readTimecode(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string' || !/^\d{1,3}(:[0-5]\d){0,2}$/.test(value.trim())) return undefined;
  return value
    .trim()
    .split(':')
    .reduce((total, part) => total * 60 + Number(part), 0);
}

export const MAX_CHAPTERS = 100;

/** Chapters as `[{ "start": "4:05", "title": "Le budget" }]`, in time order; the unreadable ones reported and left out. */
export function readChapters(value: unknown): { chapters: Chapter[]; problems: InputProblem[] } {
  if (value === undefined || value === null) return { chapters: [], problems: [] };
  if (!Array.isArray(value)) return { chapters: [], problems: [problem('chapters', 'Les chapitres sont une liste [{ "start": "4:05", "title": "…" }].', value)] };
  const problems: InputProblem[] = [];
  if (value.length > MAX_CHAPTERS) problems.push(problem('chapters', `Plus de ${MAX_CHAPTERS} chapitres : les suivants sont ignorés.`, value.length));
  const chapters = value.slice(0, MAX_CHAPTERS).flatMap((chapter: unknown, index): Chapter[] => {
    const record = typeof chapter === 'object' && chapter !== null ? (chapter as Record<string, unknown>) : {};
    const start = readTimecode(record.start);
    const title = typeof record.title === 'string' ? record.title.replace(/\s+/g, ' ').trim().slice(0, 200) : '';
    if (start === undefined || title === '') {
      problems.push(problem(`chapters[${index}]`, 'Chapitre illisible : il faut un début (« 4:05 ») et un titre. Il n’est pas affiché.', chapter));
      return [];
    }
    return [{ start, title }];
  });
  return { chapters: chapters.sort((a, b) => a.start - b.start), problems };
}
