#!/usr/bin/env node
/// <reference types="node" />
/** Entry point of the `loos-channels` command (see cli-core.ts for the options). */
import { runChannelsCli } from './cli-core.js';
import { nodeIo } from './node-io.js';

process.exitCode = await runChannelsCli(process.argv.slice(2), nodeIo);
