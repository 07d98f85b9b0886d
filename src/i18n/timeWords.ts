// The time bar's words in the page's language: what each key date saw, and the chart's series.
import type { Atlas } from '../data/atlas';
import type { EventWhat, Series, TimeEvent } from '../data/timeline';
import { formatMessage, type MessageKey } from './catalogue';
import type { Lang } from './langs';
import { nameOf } from './names';

const EVENT_WORDS: Record<EventWhat, MessageKey> = {
  budapestOpened: 'event.budapestOpened', budapestInForce: 'event.budapestInForce', resolutionAdopted: 'event.resolutionAdopted',
  protocol2Opened: 'event.protocol2Opened', unConventionAdopted: 'event.unConventionAdopted', unConventionOpened: 'event.unConventionOpened',
  requested: 'event.requested',
};
const SERIES_WORDS: Record<Series['id'], MessageKey> = { cets185: 'series.cets185', ets189: 'series.ets189', cets224: 'series.cets224', un: 'series.un' };

export const eventLabel = (atlas: Atlas, e: TimeEvent, lang: Lang): string =>
  formatMessage(lang, EVENT_WORDS[e.what], { symbol: e.symbol ?? '', name: e.country ? nameOf(atlas, e.country, lang) : '' });

export const seriesLabel = (s: Pick<Series, 'id'>, lang: Lang): string => formatMessage(lang, SERIES_WORDS[s.id]);
