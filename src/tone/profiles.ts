/**
 * Profiles change thresholds and severities. `falc` follows Inclusion Europe's « L'information
 * pour tous » (2009): short sentences (12 words), easy score, active voice, no double negatives.
 */
import type { Profile } from './config.js';
import type { Severity } from './types.js';

export interface ProfileDefaults {
  readonly options: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly severities: Readonly<Record<string, Severity>>;
}

export const PROFILES: Readonly<Record<Profile, ProfileDefaults>> = {
  standard: {
    options: {
      'sentence-length': { warn: 20, error: 30 },
      readability: { min: 40 },
      commas: { max: 4 },
      conjunctions: { max: 3 },
    },
    severities: {},
  },
  falc: {
    options: {
      'sentence-length': { warn: 12, error: 20 },
      readability: { min: 60 },
      commas: { max: 2 },
      conjunctions: { max: 2 },
    },
    severities: { 'passive-voice': 'warning', 'double-negation': 'error', 'lone-ne': 'error', latin: 'error', capitals: 'error' },
  },
};
