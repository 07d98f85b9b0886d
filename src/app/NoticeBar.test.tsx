import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../store/appStore';
import { NoticeBar } from './NoticeBar';

describe('NoticeBar', () => {
  it('dismisses one notice or all of them, and cuts a long one', async () => {
    act(() => useAppStore.setState({ notices: ['one', 'two', 'x'.repeat(1000)] }));
    render(<NoticeBar />);
    expect(screen.getAllByRole('listitem')[2].textContent!.length).toBeLessThan(300);
    await userEvent.click(screen.getAllByRole('button', { name: 'Dismiss notice' })[0]);
    expect(useAppStore.getState().notices).toHaveLength(2);
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss all' }));
    expect(useAppStore.getState().notices).toEqual([]);
    expect(screen.queryByRole('region', { name: 'Notices' })).toBeNull();
  });
});
