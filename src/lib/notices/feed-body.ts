/**
 * Reading a fetched feed body. Apart from the request (feed-source.ts) because it is only needed
 * once an answer has come: `<loos-notice-feed>` loads it while the request is out, and a page
 * whose notices come with it (no `src`) never downloads it.
 */
import type { CapOptions } from './cap.js';
import { PARSER_UNAVAILABLE, unreadable, type FeedParseResult } from './model.js';
import { detectSyntax, unknownSyntax } from './syntax.js';

/**
 * Reads a feed body like `parseFeed` (detect.ts), but loads only the parser it needs, when it
 * needs it: a page fed with JSON never downloads the XML reader and the CAP mapping. Never throws
 * (a parser that cannot be loaded, e.g. offline, is an unreadable feed).
 */
export async function parseFeedOnDemand(body: string, contentType: string | null, options: CapOptions = {}): Promise<FeedParseResult> {
  const syntax = detectSyntax(body, contentType);
  if (syntax === 'unknown') return unknownSyntax(body);
  try {
    return syntax === 'json' ? (await import('./json-feed.js')).parseJsonFeed(body) : (await import('./cap.js')).parseCap(body, options);
  } catch {
    return unreadable(syntax === 'json' ? 'json' : 'cap', 'body', PARSER_UNAVAILABLE);
  }
}

/**
 * What follows a body that could not be used: the list shown before stays, or, on a first visit,
 * nothing is shown and the resident is told what to do (no list « stays » that was never there).
 */
function afterFailure(listShown: boolean): string {
  return listShown ? 'la liste affichée n’est pas remplacée.' : 'rien n’est affiché pour l’instant. Réessayez plus tard ou consultez le site de la Ville.';
}

/** Why a body was not read when reading it failed unexpectedly. */
export function feedReadFailedMessage(listShown: boolean): string {
  return `Le flux n’a pas pu être lu (erreur inattendue) : ${afterFailure(listShown)}`;
}

/** Why such a body was not shown; `listShown`: a list was on screen before it. */
export function allInvalidMessage(skipped: number, listShown: boolean): string {
  return `${skipped === 1 ? 'L’avis du flux n’est pas valide' : `Aucun des ${skipped} avis du flux n’est valide`} : ${afterFailure(listShown)}`;
}
