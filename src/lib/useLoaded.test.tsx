import { act, render, screen } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { useLoaded } from './useLoaded';

const deferred = <T,>() => { let resolve!: (v: T) => void, reject!: (e: unknown) => void; const promise = new Promise<T>((a, b) => { resolve = a; reject = b; }); return { promise, resolve, reject }; };
function Part({ load, wanted = true, needed }: { load: () => Promise<string>; wanted?: boolean; needed?: boolean }) {
  return <p>{useLoaded(load, wanted, needed) ?? 'waiting'}</p>;
}
class Boundary extends Component<{ children: ReactNode }, { error: unknown }> {
  state = { error: null as unknown };
  static getDerivedStateFromError(error: unknown) { return { error }; }
  render() { return this.state.error ? <p>failed: {String(this.state.error)}</p> : this.props.children; }
}

describe('useLoaded', () => {
  it('draws the value in the render after it resolves, asks only when wanted, and draws it at once when mounted again', async () => {
    const d = deferred<string>();
    let calls = 0;
    const load = () => { calls++; return d.promise; };
    const { rerender, unmount } = render(<Part load={load} wanted={false} />);
    expect(calls).toBe(0);
    rerender(<Part load={load} />);
    expect(screen.getByText('waiting')).toBeInTheDocument();
    await act(async () => d.resolve('the toolbar'));
    expect(screen.getByText('the toolbar')).toBeInTheDocument();
    unmount();
    render(<Part load={load} />);
    expect(screen.getByText('the toolbar')).toBeInTheDocument();
    expect(calls).toBe(1);
  });

  it('sends a failure to the error boundary', async () => {
    const d = deferred<string>();
    const load = () => d.promise;
    render(<Boundary><Part load={load} /></Boundary>);
    await act(async () => d.reject(new Error('chunk 404')));
    expect(screen.getByText(/failed: PartLoadError: A part of the page could not be loaded: chunk 404/)).toBeInTheDocument();
  });

  it('asked for early, fails quietly; once needed, asks again', async () => {
    let calls = 0;
    const load = () => (++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve('the facts'));
    const { rerender } = render(<Boundary><Part load={load} needed={false} /></Boundary>);
    await act(async () => {});
    expect(screen.getByText('waiting')).toBeInTheDocument();
    rerender(<Boundary><Part load={load} needed /></Boundary>);
    expect(await screen.findByText('the facts')).toBeInTheDocument();
    expect(calls).toBe(2);
  });
});
