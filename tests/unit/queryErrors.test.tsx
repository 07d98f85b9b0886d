// A query that fails in a test shows the DOM it searched (tests/setup.ts builds no DOM dump while waitFor retries).
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

// each DOM dump starts with this line
const dumps = (message: string) => message.split('Ignored nodes: ').length - 1;

describe('a failing query in a component test', () => {
  it('getBy* shows the DOM once', () => {
    render(<p>marker text</p>);
    expect(() => screen.getByText('absent')).toThrow(/Unable to find an element with the text: absent/);
    let message = '';
    try { screen.getByText('absent'); } catch (e) { message = (e as Error).message; }
    expect(message).toContain('marker text');
    expect(dumps(message)).toBe(1);
  });

  it('findBy* that times out shows the DOM once, after its last try', async () => {
    render(<p>marker text</p>);
    const error = await screen.findByText('absent', {}, { timeout: 120 }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('TestingLibraryElementError');
    expect((error as Error).message).toMatch(/^Unable to find an element with the text: absent/);
    expect((error as Error).message).toContain('marker text');
    expect(dumps((error as Error).message)).toBe(1);
  });
});
