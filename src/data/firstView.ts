// The chunks the first view needs, requested together by prefetch.ts (see there); not imported for its exports.
export { default as core } from '../../data/atlas.json?packed';
export { openDataset } from './openDataset';
export { default as mapLayout } from '../geo/mapLayout.generated.json?parsed';
export { default as en } from '../i18n/messages/en.json?first-messages';
