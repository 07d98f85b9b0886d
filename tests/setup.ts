import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadRecordFacts } from '../src/views/record/EntityRecord';

afterEach(() => cleanup());
// The page requests the record's facts after its first frame (views/record/EntityRecord.tsx); a component test
// draws records from the start. (The browser journeys see them load: 01-load.)
await loadRecordFacts();
