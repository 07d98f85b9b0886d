// Briefing helpers shared by the presentation, export and accessibility journeys.
import assert from 'node:assert/strict';
import { clickCountry } from './app.mjs';

/** Builds a three-step deck from three views through the UI (the deck editor is a modal dialog). */
export async function threeStepDeck(page) {
  const views = [['KOR', 'budapest'], ['BIH', 'unga-74-247'], ['USA', 'un-convention']];
  for (const [iso, lens] of views) {
    await page.getByLabel('Colour the map by').selectOption(lens);
    await clickCountry(page, iso);
    await page.waitForFunction((v) => new URL(location.href).searchParams.get('sel') === v, iso);
    await page.getByRole('button', { name: /^Deck \(/ }).click();
    await page.getByRole('button', { name: 'Add current view as step' }).click();
    await page.getByRole('button', { name: 'Close the deck' }).click();
  }
  assert.equal(await page.getByRole('button', { name: /^Deck \(/ }).innerText(), 'Deck (3)');
}

export const present = (page) => page.getByRole('toolbar', { name: 'Briefing' }).getByRole('button', { name: 'Present', exact: true }).click();
