import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTimecode, readChapters, readVideoAddress, MAX_CHAPTERS } from '../../../src/lib/publications/video.js';

describe('video address', () => {
  it('plays a file of the city’s site with the browser’s own player', () => {
    expect(readVideoAddress('/videos/voeux-2021.webm')).toEqual({ address: { kind: 'file', src: '/videos/voeux-2021.webm' }, problems: [] });
  });

  it('embeds YouTube from its no-cookie address, whatever form of its address was copied', () => {
    for (const copied of ['https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42', 'https://youtu.be/dQw4w9WgXcQ', 'https://m.youtube.com/shorts/dQw4w9WgXcQ', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ']) {
      const { address, problems } = readVideoAddress(copied);
      expect(problems, copied).toEqual([]);
      expect(address, copied).toMatchObject({ kind: 'hosted', host: 'youtube', id: 'dQw4w9WgXcQ', embed: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', watch: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' });
    }
  });

  it('embeds Vimeo without tracking and Dailymotion with the site’s player, and says when the player is missing', () => {
    expect(readVideoAddress('https://vimeo.com/76979871').address).toMatchObject({ host: 'vimeo', embed: 'https://player.vimeo.com/video/76979871?dnt=1' });
    expect(readVideoAddress('https://www.dailymotion.com/video/x8abc12', 'xloos').address).toMatchObject({ host: 'dailymotion', embed: 'https://geo.dailymotion.com/player/xloos.html?video=x8abc12' });
    const withoutPlayer = readVideoAddress('https://dai.ly/x8abc12');
    expect(withoutPlayer.address).toMatchObject({ host: 'dailymotion', embed: 'https://geo.dailymotion.com/player.html?video=x8abc12' });
    expect(withoutPlayer.problems.map((found) => found.field)).toEqual(['player']);
  });

  it('refuses a host’s page that is not a video, and an unsafe or missing address, in French', () => {
    expect(readVideoAddress('https://www.youtube.com/@villedeloos').problems[0]?.message).toMatch(/n’est pas celle d’une vidéo/);
    for (const refused of ['javascript:alert(1)', '', undefined, 42]) {
      const { address, problems } = readVideoAddress(refused);
      expect(address).toBeUndefined();
      expect(problems.map((found) => found.field)).toEqual(['src']);
      expect(problems[0]!.message).toMatch(/^Adresse de la vidéo absente ou refusée/);
    }
  });

  it('never embeds anything but a host’s own player address', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        const { address } = readVideoAddress(url);
        if (address?.kind === 'hosted') expect(address.embed).toMatch(/^https:\/\/(www\.youtube-nocookie\.com|player\.vimeo\.com|geo\.dailymotion\.com)\//);
      }),
      { numRuns: 300 },
    );
  });
});

describe('chapters and timecodes', () => {
  it('writes times as a person reads them in a player', () => {
    expect([0, 65, 245, 3930, -3, 59.9].map(formatTimecode)).toEqual(['0:00', '1:05', '4:05', '1:05:30', '0:00', '0:59']);
  });

  it('reads chapters in time order, from « 4:05 » or seconds, and reports the unreadable ones without dropping the rest', () => {
    const { chapters, problems } = readChapters([
      { start: '4:05', title: 'Le budget' },
      { start: 0, title: '  Ouverture  ' },
      { start: '4:65', title: 'Minute impossible' },
      { start: '12:00' },
    ]);
    expect(chapters).toEqual([
      { start: 0, title: 'Ouverture' },
      { start: 245, title: 'Le budget' },
    ]);
    expect(problems.map((found) => found.field)).toEqual(['chapters[2]', 'chapters[3]']);
  });

  it('says what a chapter list looks like when given something else, and keeps at most the first hundred', () => {
    expect(readChapters('4:05 Le budget').problems[0]?.message).toMatch(/liste/);
    const many = Array.from({ length: MAX_CHAPTERS + 5 }, (_, index) => ({ start: index, title: `Partie ${index + 1}` }));
    const { chapters, problems } = readChapters(many);
    expect(chapters).toHaveLength(MAX_CHAPTERS);
    expect(problems.map((found) => found.field)).toEqual(['chapters']);
  });
});
