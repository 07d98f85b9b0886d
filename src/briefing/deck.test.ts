import { describe, expect, it } from 'vitest';
import { addStep, DECK_LIMITS, deleteStep, editStep, EMPTY_DECK, moveStep, renameDeck } from './deck';
import { threeStepDeck, VIEW_A, VIEW_B } from './testViews';

const titles = (d: { steps: { title: string }[] }) => d.steps.map((s) => s.title);

describe('deck model', () => {
  it('adds steps at the end with empty words and no step number in the view', () => {
    const d = addStep(EMPTY_DECK, { ...VIEW_B, step: 4 }, 'Votes', 'x');
    expect(d.steps).toEqual([{ id: 'x', title: 'Votes', caption: '', notes: '', view: { ...VIEW_B, step: null } }]);
    expect(EMPTY_DECK.steps).toHaveLength(0);
  });

  it('gives each added step its own id by default', () => {
    const d = addStep(addStep(EMPTY_DECK, VIEW_A, 'one'), VIEW_A, 'two');
    expect(new Set(d.steps.map((s) => s.id)).size).toBe(2);
  });

  it('stops adding at the step limit', () => {
    let d = EMPTY_DECK;
    for (let i = 0; i < DECK_LIMITS.steps + 3; i++) d = addStep(d, VIEW_A, `s${i}`, `id${i}`);
    expect(d.steps).toHaveLength(DECK_LIMITS.steps);
  });

  it('edits only the named step', () => {
    const d = editStep(threeStepDeck(), 'a', { title: 'New', notes: 'n' });
    expect(d.steps[0]).toMatchObject({ title: 'New', notes: 'n', caption: '' });
    expect(d.steps[1]).toEqual(threeStepDeck().steps[1]);
  });

  it('reorders up and down and ignores moves past either end', () => {
    const d = threeStepDeck();
    expect(titles(moveStep(d, 'c', -1))).toEqual(['Budapest today', 'The UN convention', 'Who voted for 74/247']);
    expect(titles(moveStep(d, 'a', 1))).toEqual(['Who voted for 74/247', 'Budapest today', 'The UN convention']);
    expect(moveStep(d, 'a', -1)).toBe(d);
    expect(moveStep(d, 'c', 1)).toBe(d);
    expect(moveStep(d, 'nope', 1)).toBe(d);
  });

  it('cuts words to the limits and makes them XML-legal as they enter the deck', () => {
    const d = editStep(threeStepDeck(), 'a', { title: 't'.repeat(500), caption: 'one\u000Btwo\u0000', notes: 'n'.repeat(DECK_LIMITS.notes + 5) });
    expect(d.steps[0].title).toHaveLength(DECK_LIMITS.title);
    expect(d.steps[0].caption).toBe('one\ntwo');
    expect(d.steps[0].notes).toHaveLength(DECK_LIMITS.notes);
    expect(renameDeck(d, 'x\u0007y').title).toBe('xy');
    expect(addStep(EMPTY_DECK, VIEW_A, '😀'.repeat(150), 'z').steps[0].title).toBe('😀'.repeat(100));
  });

  it('deletes a step and keeps the others in order', () => {
    expect(titles(deleteStep(threeStepDeck(), 'b'))).toEqual(['Budapest today', 'The UN convention']);
  });
});
