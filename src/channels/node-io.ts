/// <reference types="node" />
/** The real file system and standard streams for `loos-channels` (Node only: kept out of the core). */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import type { ChannelsIo } from './cli-core.js';

export const nodeIo: ChannelsIo = {
  readFile: (path) => readFile(path, 'utf8'),
  writeFile: (path, content) => writeFile(path, content, 'utf8'),
  mkdir: async (path) => {
    await mkdir(path, { recursive: true });
  },
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  writeBytes: (path, content) => writeFile(path, content),
  // Loaded only when images are asked for: satori and resvg are optional peer dependencies.
  socialImages: async (content, brandName) => (await import('./images.js')).toSocialImages(content, brandName === undefined ? {} : { brand: { name: brandName } }),
};
