import { render, screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DatasetLoadError } from '../data/datasetError';
import { ErrorMessage } from './ErrorBoundary';

const { title, version } = JSON.parse(readFileSync('data/atlas.json', 'utf8'));

describe('a damaged build says what happened', () => {
  it('a dataset chunk that cannot be read: names the dataset and its version, and says what to do', () => {
    // what Chromium reports for a chunk cut short (issue 19 showed only this, with no dataset named)
    render(<ErrorMessage error={new DatasetLoadError(new SyntaxError('Unexpected end of input'))} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(`The ${title} (version ${version}) could not be read`);
    expect(alert).toHaveTextContent('Unexpected end of input');
    expect(alert).toHaveTextContent(/Reload the page\. If you opened the offline copy .* get a fresh copy/);
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });
});
