/// <reference types="node" />
/** The real file system and standard streams for the CLI (Node only: kept out of the core). */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import type { CliIo } from './cli-core.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

export const nodeIo: CliIo = {
  readFile: (path) => readFile(path, 'utf8'),
  writeFile: (path, content) => writeFile(path, content, 'utf8'),
  stat: async (path) => {
    try {
      const s = await stat(path);
      return s.isDirectory() ? 'dir' : s.isFile() ? 'file' : null;
    } catch {
      return null;
    }
  },
  readdir: (path) => readdir(path),
  readStdin,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};
