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

/** Types a passphrase into both fields (or ticks the plain-backup box with `undefined`). */
function choosePassphrase(passphrase: string | undefined, repeat = passphrase): void {
  if (passphrase === undefined) {
    fireEvent.click(screen.getByLabelText(/Save without encryption/));
    return;
  }
  fireEvent.change(screen.getByLabelText('Backup passphrase'), { target: { value: passphrase } });
  fireEvent.change(screen.getByLabelText('Repeat the passphrase'), { target: { value: repeat } });
}

const PASSPHRASE = 'orbit lantern pepper sky';

describe('backup and restore', () => {
  it('encrypts by default: the button waits for a long enough, repeated passphrase', () => {
    setup();
    const button = () => screen.getByRole('button', { name: /^Back up all data/ }) as HTMLButtonElement;
    expect(button().disabled).toBe(true);
    // Advice first, not a complaint about an empty field.
    expect(screen.getByText(/four or five random words/)).toBeTruthy();
    choosePassphrase('short');
    expect(button().disabled).toBe(true);
    expect(screen.getByText('The passphrase needs at least 8 characters.')).toBeTruthy();
    choosePassphrase(PASSPHRASE, `${PASSPHRASE}!`);
    expect(button().disabled).toBe(true);
    expect(screen.getByText('The two passphrases differ.')).toBeTruthy();
    choosePassphrase(PASSPHRASE);
    expect(button().disabled).toBe(false);
    expect(button().textContent).toBe('Back up all data, encrypted');
  });

  it('saves the encrypted backup through the desktop app’s save dialog as .json.age', async () => {
    const api = setup();
    const saveFile = vi.fn(async (r: SaveFileRequest) => ({ saved: true as const, name: r.suggestedName }));
    (window as { walletAuditor?: Partial<WalletAuditorApi> }).walletAuditor = { saveFile };
    choosePassphrase(PASSPHRASE);
    fireEvent.click(screen.getByRole('button', { name: 'Back up all data, encrypted' }));
    await screen.findByText(/^Backup saved: wallet-auditor-backup-\d{4}-\d{2}-\d{2}\.json\.age$/);
    expect(api.backupPassphrases).toEqual([PASSPHRASE]);
    const req = saveFile.mock.calls[0]![0];
    expect(req.filters).toEqual([{ name: 'Wallet Auditor backup (encrypted)', extensions: ['age'] }]);
    expect(new TextDecoder().decode(req.data).startsWith('age-encryption.org/v1\n')).toBe(true);
    // The passphrase is not kept on screen after the backup.
    expect((screen.getByLabelText('Backup passphrase') as HTMLInputElement).value).toBe('');
  });

  it('saves a plain JSON backup only when asked to, and says what that means', async () => {
    const api = setup();
    const saveFile = vi.fn(async (r: SaveFileRequest) => ({ saved: true as const, name: r.suggestedName }));
    (window as { walletAuditor?: Partial<WalletAuditorApi> }).walletAuditor = { saveFile };
    expect(screen.getByLabelText(/anyone who gets the file can read your statements and ID documents/)).toBeTruthy();
    choosePassphrase(undefined);
    fireEvent.click(screen.getByRole('button', { name: 'Back up all data without encryption' }));
    await screen.findByText(/^Backup saved: wallet-auditor-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(api.backupPassphrases).toEqual([undefined]);
    const req = saveFile.mock.calls[0]![0];
    expect(new TextDecoder().decode(req.data)).toBe(await (await api.backup()).text());
  });

  it('says nothing was saved when the save dialog is cancelled', async () => {
    setup();
    (window as { walletAuditor?: Partial<WalletAuditorApi> }).walletAuditor = { saveFile: async () => ({ saved: false }) };
    choosePassphrase(PASSPHRASE);
    fireEvent.click(screen.getByRole('button', { name: 'Back up all data, encrypted' }));
    await waitFor(() => expect((screen.getByRole('button', { name: 'Back up all data, encrypted' }) as HTMLButtonElement).disabled).toBe(false));
    expect(screen.queryByText(/Backup saved/)).toBeNull();
  });

  it('falls back to a browser download without the desktop bridge', async () => {
    setup();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toMatch(/^wallet-auditor-backup-.*\.json\.age$/);
      expect(this.href).toMatch(/^blob:/);
    });
    choosePassphrase(PASSPHRASE);
    fireEvent.click(screen.getByRole('button', { name: 'Back up all data, encrypted' }));
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
    expect(within(dialog).queryByLabelText('Passphrase of this backup')).toBeNull();
    expect(api.transactions).toHaveLength(2);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Restore' }));
    await screen.findByText('Backup restored.');
    expect(api.transactions.map((t) => t.id)).toEqual(['revolut:t7', 'revolut:t8', 'revolut:t9']);
  });

  it('asks for the passphrase of an encrypted backup; a wrong one changes nothing', async () => {
    const source = new FakeDataApi({ transactions: [tx(7), tx(8), tx(9)] });
    const file = new File([await (await source.backup({ passphrase: PASSPHRASE })).arrayBuffer()], 'backup.json.age');
    const api = setup();
    const choose = async () => {
      fireEvent.change(screen.getByLabelText('Restore from a backup file'), { target: { files: [file] } });
      return screen.findByRole('dialog', { name: 'Restore this backup?' });
    };
    let dialog = await choose();
    const restore = within(dialog).getByRole('button', { name: 'Restore' }) as HTMLButtonElement;
    expect(restore.disabled).toBe(true);
    fireEvent.change(within(dialog).getByLabelText('Passphrase of this backup'), { target: { value: 'not it at all' } });
    fireEvent.click(restore);
    expect((await screen.findByRole('alert')).textContent).toBe('That passphrase does not open this backup. Your data was not changed.');
    expect(api.transactions).toHaveLength(2);

    dialog = await choose();
    fireEvent.change(within(dialog).getByLabelText('Passphrase of this backup'), { target: { value: PASSPHRASE } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Restore' }));
    await screen.findByText('Backup restored.');
    expect(api.transactions.map((t) => t.id)).toEqual(['revolut:t7', 'revolut:t8', 'revolut:t9']);
  });
});
