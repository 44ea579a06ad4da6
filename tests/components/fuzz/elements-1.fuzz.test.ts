// The attack on every element, in four shares run side by side (see attack.ts).
import { attackElements } from './attack.js';

attackElements(0, 4);
