// Every story is also checked for Lit development warnings (see tests/support/lit-warnings.ts).
import { failOnLitWarnings } from '../tests/support/lit-warnings.js';

failOnLitWarnings();
