#!/usr/bin/env node
// `loos-tone`: the tone-of-voice linter of the Ville de Loos (built by `npm run build`).
import '../dist/tone/cli.js';
