// The co-sponsored draft the record and compare name (words for the dataset's values live in the catalogues).
export const SPONSORED_DOC = 'A/C.3/74/L.11';
