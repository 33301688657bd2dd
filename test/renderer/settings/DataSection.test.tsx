// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SaveFileRequest, WalletAuditorApi } from '../../../shared/ipc-contract';
import { DataSection } from '../../../renderer/src/settings/DataSection';
import { FakeDataApi, tx } from '../app/fake-data-api';
import { renderWithApp } from '../app/render-app';

afterEach(() => {
  cleanup();
  delete (window as { walletAuditor?: unknown }).walletAuditor;
});

function setup() {
  const api = new FakeDataApi({ transactions: [tx(1), tx(2)] });
  void api.setMark('revolut:t1', 'not-mine', 'never been there');
  renderWithApp(<DataSection />, api);
  return api;
}

describe('delete all data', () => {
  it('needs the explicit tick before the delete button works, then deletes', async () => {
    const api = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Delete all data…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete all data?' });
    const confirm = within(dialog).getByRole('button', { name: 'Delete everything' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    // Submitting the form (e.g. Enter) while unticked must not delete either.
    fireEvent.submit(confirm.closest('form')!);
    expect(api.transactions).toHaveLength(2);

    fireEvent.click(within(dialog).getByLabelText('I understand that everything is deleted for good'));
    expect(confirm.disabled).toBe(false);
    fireEvent.click(confirm);
    await screen.findByText('All data deleted.');
    expect(api.transactions).toHaveLength(0);
    expect(api.marks.size).toBe(0);
  });

  it('cancelling keeps everything and resets the tick', async () => {
    const api = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Delete all data…' }));
    let dialog = await screen.findByRole('dialog', { name: 'Delete all data?' });
    fireEvent.click(within(dialog).getByLabelText('I understand that everything is deleted for good'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.transactions).toHaveLength(2);

    fireEvent.click(screen.getByRole('button', { name: 'Delete all data…' }));
    dialog = await screen.findByRole('dialog', { name: 'Delete all data?' });
    expect((within(dialog).getByRole('button', { name: 'Delete everything' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('backup and restore', () => {
  it('saves the backup through the desktop app’s save dialog when it is there', async () => {
    const api = setup();
    const saveFile = vi.fn(async (r: SaveFileRequest) => ({ saved: true as const, name: r.suggestedName }));
    (window as { walletAuditor?: Partial<WalletAuditorApi> }).walletAuditor = { saveFile };
    fireEvent.click(screen.getByRole('button', { name: 'Back up all data' }));
    await screen.findByText(/^Backup saved: wallet-auditor-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(saveFile).toHaveBeenCalledTimes(1);
    const req = saveFile.mock.calls[0]![0];
    const expected = await (await api.backup()).text();
    expect(new TextDecoder().decode(req.data)).toBe(expected);
  });

  it('says nothing was saved when the save dialog is cancelled', async () => {
    setup();
    (window as { walletAuditor?: Partial<WalletAuditorApi> }).walletAuditor = { saveFile: async () => ({ saved: false }) };
    fireEvent.click(screen.getByRole('button', { name: 'Back up all data' }));
    await waitFor(() => expect((screen.getByRole('button', { name: 'Back up all data' }) as HTMLButtonElement).disabled).toBe(false));
    expect(screen.queryByText(/Backup saved/)).toBeNull();
  });

  it('falls back to a browser download without the desktop bridge', async () => {
    setup();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toMatch(/^wallet-auditor-backup-.*\.json$/);
      expect(this.href).toMatch(/^blob:/);
    });
    fireEvent.click(screen.getByRole('button', { name: 'Back up all data' }));
    await screen.findByText(/Backup saved/);
    expect(click).toHaveBeenCalledTimes(1);
    click.mockRestore();
  });

  it('restores a chosen file only after confirming, replacing the data', async () => {
    const source = new FakeDataApi({ transactions: [tx(7), tx(8), tx(9)] });
    const file = new File([await (await source.backup()).text()], 'backup.json', { type: 'application/json' });
    const api = setup();
    fireEvent.change(screen.getByLabelText('Restore from a backup file'), { target: { files: [file] } });
    const dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' });
    expect(within(dialog).getByText(/backup\.json/)).toBeTruthy();
    expect(api.transactions).toHaveLength(2);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Restore' }));
    await screen.findByText('Backup restored.');
    expect(api.transactions.map((t) => t.id)).toEqual(['revolut:t7', 'revolut:t8', 'revolut:t9']);
  });
});
