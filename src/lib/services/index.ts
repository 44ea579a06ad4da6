/**
 * `@ville-de-loos/ui/services.js`: the démarches and services models without the elements, for
 * servers and build scripts (opening status of a service, holidays, JSON-LD).
 */
export { readOpeningHours, scheduleOn, type OpeningHours, type OpeningHoursInput, type DaySchedule, type DayReason } from './hours.js';
export { openingStatus, CLOSING_SOON_MINUTES, type OpeningStatus, type OpeningState } from './status.js';
export { statusText, formatRanges } from './display.js';
export { frenchPublicHolidays, easterSunday, publicHolidayOn, type PublicHoliday, type PublicHolidayId } from './holidays.js';
export { governmentOfficeJsonLd } from './json-ld.js';
export { readContact, readPhone, type Contact, type Phone } from './contact.js';
export { readProcedure, type Procedure } from './procedure.js';
export { readServiceTiles, type ServiceTiles, type ServiceTile } from './tiles.js';
