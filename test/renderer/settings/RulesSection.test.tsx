// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RULES } from '../../../shared/rules/index';
import { NormalListSection } from '../../../renderer/src/settings/NormalListSection';
import { RulesSection } from '../../../renderer/src/settings/RulesSection';
import { FakeDataApi } from '../app/fake-data-api';
import { renderWithApp } from '../app/render-app';

afterEach(cleanup);

describe('rules settings', () => {
  it('lists every rule from the registry, saves a switch and an option, and re-runs', async () => {
    const api = new FakeDataApi({ settings: { rules: { normal: [{ counterparty: 'Gym' }] }, mappings: [] } });
    renderWithApp(<RulesSection />, api);
    const oddHours = await screen.findByRole('checkbox', { name: 'Unusual hour' });
    expect(screen.getAllByRole('checkbox')).toHaveLength(RULES.length);
    fireEvent.click(oddHours);
    fireEvent.change(screen.getByRole('group', { name: 'Options of Burst of payments' }).querySelector('input')!, {
      target: { value: '45' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save and re-run' }));
    await screen.findByText('Rule settings saved; the rules were re-run.');
    expect(api.settings.rules).toEqual({ normal: [{ counterparty: 'Gym' }], disabled: ['odd-hours'], options: { burst: { gapMinutes: 45 } } });
    expect(api.rerunCount).toBe(1);
  });

  it('refuses a blank number and says which', async () => {
    const api = new FakeDataApi();
    renderWithApp(<RulesSection />, api);
    const group = await screen.findByRole('group', { name: 'Options of Burst of payments' });
    const input = group.querySelector('input')!;
    fireEvent.change(input, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save and re-run' }));
    await within(group).findByText('Enter a number.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(api.rerunCount).toBe(0);
    expect(api.settings.rules).toEqual({});
  });
});

describe('normal-for-me list', () => {
  it('shows the entries and removes one, re-running the rules, with undo', async () => {
    const api = new FakeDataApi({
      settings: { rules: { normal: [{ counterparty: 'Gym', accountId: 'main' }, { counterparty: 'Landlord' }] }, mappings: [] },
    });
    renderWithApp(<NormalListSection />, api);
    const table = await screen.findByRole('table');
    expect(within(table).getByText('Gym')).toBeTruthy();
    fireEvent.click(within(table).getByRole('button', { name: 'Remove Gym' }));
    await waitFor(() => expect(api.settings.rules.normal).toEqual([{ counterparty: 'Landlord' }]));
    await waitFor(() => expect(screen.queryByText('Gym')).toBeNull());
    expect(api.rerunCount).toBe(1);
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await within(await screen.findByRole('table')).findByText('Gym');
    expect(api.settings.rules.normal).toHaveLength(2);
  });

  it('says how to add entries when the list is empty', async () => {
    renderWithApp(<NormalListSection />, new FakeDataApi());
    expect(await screen.findByText(/Use “This is normal for me” on a finding/)).toBeTruthy();
  });
});
