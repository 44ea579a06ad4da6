#!/usr/bin/env node
/// <reference types="node" />
/** Entry point of the `loos-tone` command (see cli-core.ts for the options). */
import { runCli } from './cli-core.js';
import { nodeIo } from './node-io.js';

process.exitCode = await runCli(process.argv.slice(2), nodeIo);
