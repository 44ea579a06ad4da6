/**
 * `@ville-de-loos/ui/channels` — one notice, event or key figure, every channel: SMS, push
 * notification, Facebook, LinkedIn, Instagram, X, the newsletter block (e-mail HTML) and the press
 * release, each in its format and limits, counted as the platform counts, and read by the tone
 * linter. No DOM: Node and browser. The social images are drawn in Node by `channels/images`.
 *
 * ```ts
 * import { readContent, toChannels } from '@ville-de-loos/ui/channels';
 * const { content } = readContent(json);
 * const { outputs } = toChannels(content, { channels: ['sms', 'x'], url: 'https://www.ville-loos.fr/travaux' });
 * ```
 */
export { toChannels, isOutputChannel, socialImageAlt, DEFAULT_BRAND } from './to-channels.js';
export { readContent, type ReadContent } from './read.js';
export { camelHashtag } from './words.js';
export { escapeHtml, escapeMarkdown } from './press.js';
export { PUSH_BODY_MAX, PUSH_TITLE_MAX, SMS_MAX_SEGMENTS } from './measure.js';
export { INSTAGRAM_VISIBLE } from './social.js';
export { NEWSLETTER_HTML_MAX, NEWSLETTER_WIDTH } from './newsletter.js';
export {
  OUTPUT_CHANNELS, type Brand, type ChannelContent, type ChannelOutput, type ChannelsOptions, type ChannelsResult,
  type KeyFigureContent, type Measure, type OutputChannel, type PressContact,
} from './types.js';
