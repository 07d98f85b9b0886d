import { act, fireEvent, render, screen } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLoaded } from '../lib/useLoaded';
import { PartBoundary } from './PartBoundary';
import { rootOptions } from './rootErrors';

function Part({ load }: { load: () => Promise<string> }) {
  return <p>{useLoaded(load, true) ?? 'waiting'}</p>;
}
function Crash(): ReactNode { throw new Error('a bug in the part'); }
class Page extends Component<{ children: ReactNode }, { error: unknown }> {
  state = { error: null as unknown };
  static getDerivedStateFromError(error: unknown) { return { error }; }
  render() { return this.state.error ? <p>page error: {String(this.state.error)}</p> : this.props.children; }
}

describe('PartBoundary', () => {
  it('says in its place that a part could not be loaded, keeps the rest, and asks again on "Try again"', async () => {
    let calls = 0;
    const load = () => (++calls === 1 ? Promise.reject(new Error('Failed to fetch dynamically imported module')) : Promise.resolve('the chart'));
    render(<Page><p>the map</p><PartBoundary><Part load={load} /></PartBoundary></Page>);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This part of the page could not be loaded (is the connection down?). Try again');
    expect(screen.getByText('the map')).toBeInTheDocument();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Try again' })));
    expect(await screen.findByText('the chart')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(calls).toBe(2);
  });

  it('a retry that fails again while online offers "Reload the page" (the browser may keep what failed); offline, "Try again" stays', async () => {
    const failing = () => Promise.reject(new Error('Failed to fetch dynamically imported module'));
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    render(<PartBoundary><Part load={failing} /></PartBoundary>);
    const again = async () => { const b = await screen.findByRole('button', { name: 'Try again' }); await act(async () => fireEvent.click(b)); };
    await again();
    await again(); // still offline: still "Try again"
    online.mockReturnValue(true);
    await again();
    await screen.findByRole('button', { name: 'Reload the page' });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(/still could not be loaded: the browser keeps what failed to arrive until the page is reloaded\. Reloading keeps the view \(it is in the address\) and the deck saved in this browser\. Reload the page$/);
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    online.mockRestore();
  });

  it('passes any other error on to the page', () => {
    render(<Page><PartBoundary><Crash /></PartBoundary></Page>);
    expect(screen.getByText('page error: Error: a bug in the part')).toBeInTheDocument();
  });

  describe("with the app's root options (main.tsx)", () => {
    afterEach(() => vi.restoreAllMocks());
    const failing = () => Promise.reject(new Error('Failed to fetch dynamically imported module'));

    it('a part that could not load, said in its place, is not also logged as an error', async () => {
      const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      render(<Page><PartBoundary><Part load={failing} /></PartBoundary></Page>, rootOptions);
      await screen.findByRole('alert');
      expect(logged).not.toHaveBeenCalled();
    });

    it('any other error a boundary catches is still logged, with where it happened', () => {
      const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      render(<Page><PartBoundary><Crash /></PartBoundary></Page>, rootOptions);
      expect(logged).toHaveBeenCalledWith(expect.objectContaining({ message: 'a bug in the part' }), expect.stringMatching(/Crash/));
    });
  });
});
