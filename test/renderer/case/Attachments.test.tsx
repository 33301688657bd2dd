// @vitest-environment happy-dom
import '../data/env';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Attachments } from '../../../renderer/src/case/Attachments';
import { BLUR_THRESHOLD } from '../../../renderer/src/case/clarity';
import { useCaseApi, useCaseVersion } from '../../../renderer/src/case/CaseApiContext';
import { useLoad } from '../../../renderer/src/ui/useLoad';
import { makePng } from './png';
import { newCaseApi, renderCase, sampleCase } from './render-case';

afterEach(cleanup);

/** The attachments section for case-1, re-read from the store after every change (as the page does). */
function Live() {
  const cases = useCaseApi();
  const version = useCaseVersion();
  const loaded = useLoad(() => cases.getCase('case-1'), [cases, version]);
  return loaded.state === 'ready' ? <Attachments caseId="case-1" attachments={loaded.data?.attachments ?? []} /> : null;
}

async function setup() {
  const cases = newCaseApi();
  await cases.saveCase(sampleCase());
  renderCase(<Live />, { cases });
  await screen.findByLabelText('Add files');
  return { cases };
}

const file = (bytes: Uint8Array, name: string) => new File([bytes as Uint8Array<ArrayBuffer>], name, { type: 'image/jpeg' });

function upload(files: File[]): void {
  fireEvent.change(screen.getByLabelText('Add files'), { target: { files } });
}

describe('attachments', () => {
  it('takes the type from the bytes, not the name, and warns when a photo is too small to read', async () => {
    const { cases } = await setup();
    fireEvent.change(screen.getByLabelText('Kind of document'), { target: { value: 'id-front' } });
    upload([file(makePng(400, 250), 'passport.jpg')]);
    await waitFor(async () => expect((await cases.getCase('case-1'))?.attachments).toHaveLength(1));
    const card = await screen.findByRole('article', { name: 'passport.jpg' });
    expect(within(card).getByText(/Detected type: image\/png · 400 × 250 px/)).toBeTruthy();
    const warnings = within(card).getByRole('list', { name: 'Warnings for passport.jpg' });
    expect(warnings.textContent).toContain('Too small to read: 400 × 250 px');
    expect(warnings.textContent).toContain('at least 1000 px');
    const stored = (await cases.getCase('case-1'))!.attachments[0]!;
    expect(stored).toMatchObject({ kind: 'id-front', mime: 'image/png', width: 400, height: 250, warnings: ['low-resolution'] });
  });

  it('accepts a large, sharp photo without warnings and shows a PDF as a file card, never rendered', async () => {
    const { cases } = await setup();
    const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /JS (app.alert(1)) >> endobj\n%%EOF\n');
    upload([file(makePng(1200, 900), 'id-back.png'), file(pdf, 'scan.jpg')]);
    await waitFor(async () => expect((await cases.getCase('case-1'))?.attachments).toHaveLength(2));
    const photo = await screen.findByRole('article', { name: 'id-back.png' });
    expect(within(photo).queryByRole('list', { name: /Warnings/ })).toBeNull();
    const img = await within(photo).findByRole('img', { name: 'Preview of id-back.png' });
    expect(img.getAttribute('src')).toMatch(/^blob:/);
    const scan = await screen.findByRole('article', { name: 'scan.jpg' });
    expect(within(scan).getByText(/Detected type: application\/pdf/)).toBeTruthy();
    expect(within(scan).getByText('PDF')).toBeTruthy();
    expect(scan.querySelector('img, iframe, embed, object')).toBeNull();
  });

  it('refuses SVG or HTML disguised as a photo, and empty files, saying why', async () => {
    const { cases } = await setup();
    const svg = new TextEncoder().encode('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const html = new TextEncoder().encode('<!DOCTYPE html><html><body>hi</body></html>');
    upload([file(svg, 'photo.png'), file(html, 'notice.jpg'), file(new Uint8Array(), 'blank.png')]);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('“photo.png” was not added: SVG and HTML files can carry scripts');
    expect(alert.textContent).toContain('“notice.jpg” was not added: SVG and HTML files');
    expect(alert.textContent).toContain('“blank.png” was not added: The file is empty.');
    expect((await cases.getCase('case-1'))?.attachments).toEqual([]);
  });

  it('warns about a blurry photo from its measured sharpness, and deletion can be undone', async () => {
    const { cases } = await setup();
    await cases.addAttachment('case-1', { name: 'selfie.png', kind: 'id-front', bytes: makePng(1600, 1200, () => 128), sharpness: BLUR_THRESHOLD / 4 });
    const card = await screen.findByRole('article', { name: 'selfie.png' });
    expect(within(card).getByRole('list', { name: 'Warnings for selfie.png' }).textContent).toContain('This photo looks blurry');
    fireEvent.click(within(card).getByRole('button', { name: 'Delete selfie.png' }));
    await waitFor(async () => expect((await cases.getCase('case-1'))?.attachments).toEqual([]));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await cases.getCase('case-1'))?.attachments.map((a) => a.name)).toEqual(['selfie.png']));
  });
});
