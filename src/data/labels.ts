import type { Atlas } from './atlas';

// The co-sponsored draft the record and compare name (words for the dataset's values live in the catalogues).
export const SPONSORED_DOC = 'A/C.3/74/L.11';
/** The draft has no date in the data: its co-sponsors are on record from the day of the resolution it became
 *  (A/RES/74/247). Before that day the record, the compare view and the summary do not show the sponsorship as held. */
export const sponsorsOnRecordFrom = (atlas: Atlas): string => atlas.resolutionById.get('unga-74-247')?.date ?? '';
