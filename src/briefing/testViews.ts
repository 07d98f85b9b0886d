// Views and decks shared by the briefing tests.
import { DEFAULT_VIEW, type View } from '../store/appStore';
import { addStep, editStep, EMPTY_DECK, type Deck } from './deck';

export const VIEW_A: View = { ...DEFAULT_VIEW };
export const VIEW_B: View = { ...DEFAULT_VIEW, lens: 'unga-74-247', filters: { 'unga-74-247': ['yes'] }, sel: 'KOR', t: '2020-01-31' };
export const VIEW_C: View = { ...DEFAULT_VIEW, lens: 'un-convention', cmp: ['KOR', 'USA'], focus: { id: 'europol', depth: 2 }, zoom: '2,-100,-50' };

export function threeStepDeck(): Deck {
  let d = addStep(EMPTY_DECK, VIEW_A, 'Budapest today', 'a');
  d = addStep(d, VIEW_B, 'Who voted for 74/247', 'b');
  d = addStep(d, VIEW_C, 'The UN convention', 'c');
  d = editStep(d, 'b', { caption: 'Yes votes on A/RES/74/247 & what followed <2019>', notes: 'Mention the 79–60–33 result.' });
  return editStep(d, 'c', { notes: 'Ask about Europol partners.\nSecond line.' });
}
