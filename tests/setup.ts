import '@testing-library/jest-dom/vitest';
import * as React from 'react';
import { cleanup, configure, getConfig } from '@testing-library/react';
import { afterAll, afterEach } from 'vitest';
import { loadRecordFacts } from '../src/views/record/EntityRecord';

afterEach(() => cleanup());
// findBy* and waitFor retry a failing getBy* every 50 ms until it passes, and each failure printed the whole document
// (prettyDOM) into an error thrown away at once (MapView.test: ~0.5 s of its CPU). While waitFor retries (its "expensive
// diagnostics" off) the error is the message alone; when the wait times out, waitFor gives the last message to
// getElementError again with the container, so a failing test still shows the DOM, once (tests/unit/queryErrors.test).
const withDom = getConfig().getElementError;
configure({
  getElementError: (message, container) => (getConfig() as { _disableExpensiveErrorDiagnostics?: boolean })._disableExpensiveErrorDiagnostics
    ? Object.assign(new Error(message ?? ''), { name: 'TestingLibraryElementError' })
    : withDom(message, container),
});
// After each file, the <style> elements its components put in <head> go (the map's and the network's status fills are
// installed once per document and stay): the files of a worker share one DOM (isolate: false), and jsdom's
// getComputedStyle matches every rule of every sheet for each element it is asked about, so the sheet left by the
// first map or network made every later file's role queries slower (EntityRecord.test alone: 11.4 / 12.3 s of CPU,
// 13.2 / 14.5 s after the map's sheet). Not after each test: the next map would parse its 38 rules again.
afterAll(() => {
  for (const style of document.head.querySelectorAll('style')) style.remove();
});
// The page requests the record's facts after its first frame (views/record/EntityRecord.tsx); a component test
// draws records from the start. (The browser journeys see them load: 01-load.)
await loadRecordFacts();
// React's development build gives each element it creates an "owner stack": an Error with a 10-frame stack trace and a
// console.createTask, for the first 10,000 elements after each commit, which is every element of a test (jsxDEV was the
// component tests' hottest function, 3.2 of a worker's 44 s). Only React's warnings read them (to say which component
// created an element); no test does. With the count held past the limit, React uses its one "unknown owner" stack.
// EntityRecord.test, one worker at load 14-20: 20.1 / 17.1 s of CPU against 25.2 / 20.1 s.
const internals = (React as unknown as Record<string, { recentlyCreatedOwnerStacks: number }>).__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE;
Object.defineProperty(internals, 'recentlyCreatedOwnerStacks', { configurable: true, get: () => Infinity, set: () => {} });
