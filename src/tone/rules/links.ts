/** Links and images in Markdown: meaningful link text (RGAA 6.1), image descriptions (RGAA 1.1). */
import type { Rule } from '../types.js';
import { scan } from './util.js';

const VAGUE = /^(?:ici|cliquez ici|cliquer ici|clic|en savoir plus|savoir plus|lire la suite|la suite|suite|plus|voir|voir plus|lien|ce lien|là|page)$/iu;

export const linkText: Rule = {
  id: 'link-text',
  description: 'Intitulés de lien vagues (« cliquez ici », « en savoir plus ») : dites où mène le lien.',
  defaultSeverity: 'warning',
  *check(context) {
    for (const m of scan(/(?<!!)\[([^\]\n]+)\]\(/gu, context.text)) {
      if (context.masked.charAt(m.index) !== '[') continue;
      const label = (m[1] ?? '').trim();
      if (!VAGUE.test(label)) continue;
      yield { start: m.index + 1, end: m.index + 1 + (m[1] ?? '').length, message: `Lien « ${label} » : l’intitulé seul doit dire où il mène (« Consulter le budget 2025 »).` };
    }
    for (const m of scan(/(?<![\p{L}])(?:cliquez|cliquer|clique) ici(?![\p{L}])/giu, context.masked)) {
      if (context.text.charAt(m.index - 1) === '[') continue;
      yield { start: m.index, end: m.index + m[0].length, message: '« cliquez ici » : tout le monde ne clique pas (clavier, écran tactile, lecteur d’écran). Dites où mène le lien.' };
    }
  },
};

const MEANINGLESS_ALT = /^(?:image|photo|img|illustration|visuel|picture|\S+\.(?:png|jpe?g|gif|webp|svg|avif))$/iu;

export const imageAlt: Rule = {
  id: 'image-alt',
  description: 'Images sans description (texte de remplacement vide ou « image.jpg »).',
  defaultSeverity: 'error',
  *check(context) {
    for (const m of scan(/!\[([^\]\n]*)\]\(/gu, context.text)) {
      if (context.masked.charAt(m.index) !== '!') continue;
      const alt = (m[1] ?? '').trim();
      if (alt !== '' && !MEANINGLESS_ALT.test(alt)) continue;
      yield {
        start: m.index,
        end: m.index + m[0].length - 1,
        message: alt === ''
          ? 'Image sans description : écrivez ce qu’elle montre d’utile entre les crochets (ou décrivez-la dans le texte si elle est décorative).'
          : `Description « ${alt} » : elle ne dit pas ce que montre l’image.`,
      };
    }
  },
};
