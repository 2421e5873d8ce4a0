import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { PersistenceNotices } from '@/features/saving/PersistenceNotices';
import { INITIAL_STATUS, usePersistenceStatus } from '@/store/persistenceStatus';
import { useCanvasStore } from '@/store/canvasStore';

import {
  envelopeText,
  fixtureEnvelope,
  FIXTURE_ID,
  FIXTURE_KEY,
  STORED_TEXT,
  startPersistence,
} from '../../persistence/support';
import { blobText, captureDownloads } from '../../support/captureDownloads';

const quota = () => new DOMException('exceeded the quota', 'QuotaExceededError');

afterEach(() => {
  // unmounted first: resetting the status would otherwise update the mounted screen outside act()
  cleanup();
  vi.restoreAllMocks();
  usePersistenceStatus.setState(INITIAL_STATUS, true);
});

describe('PersistenceNotices', () => {
  it('#2 says an unreadable canvas was kept, and downloads its raw text byte for byte', async () => {
    const corrupt = '{"state":{"canvas":';
    localStorage.setItem('bmc:canvas:c1', corrupt);
    await startPersistence({ target: null });
    const capture = captureDownloads();
    render(<PersistenceNotices />);

    const notice = screen.getByRole('region', {
      name: "We couldn't read one of your saved canvases",
    });
    await userEvent.click(within(notice).getByRole('button', { name: 'Download raw data' }));
    expect(await blobText(capture.downloads[0]?.blob ?? new Blob())).toBe(corrupt);
    expect(within(notice).getByRole('button', { name: 'Download backup' })).toBeInTheDocument();
    capture.restore();
  });

  it('#4 names the path of what could not be repaired', async () => {
    const { data } = fixtureEnvelope();
    localStorage.setItem(FIXTURE_KEY, envelopeText({ ...data, currency: 'pesos' }));
    await startPersistence({ target: null });
    render(<PersistenceNotices />);
    const notice = screen.getByRole('region', {
      name: `We couldn't open your saved canvas “${data.name}”`,
    });
    expect(
      within(notice).getByText(
        'currency: is not a currency code this browser knows (ISO 4217, such as EUR)',
      ),
    ).toBeInTheDocument();
  });

  it('says which values an upgrade of a first-edition canvas changed, and keeps the canvas', async () => {
    const { data } = fixtureEnvelope();
    const segments = data.segments.map((s, i) => (i === 0 ? { ...s, monthlyChurn: 1 } : s));
    localStorage.setItem(FIXTURE_KEY, envelopeText({ ...data, segments }, { version: 1 }));
    await startPersistence({ target: null });
    render(<PersistenceNotices />);
    const notice = screen.getByRole('region', { name: `We upgraded “${data.name}”` });
    expect(within(notice).getByRole('listitem')).toHaveTextContent(
      /segment 1 › Monthly churn: 1 became 0\.999$/,
    );
    expect(useCanvasStore.getState().canvases[FIXTURE_ID]?.segments[0]?.monthlyChurn).toBe(0.999);
    expect(within(notice).queryByRole('button', { name: 'Download raw data' })).toBeNull();
  });

  it('#8 asks to reload when a canvas was saved by a newer version', async () => {
    localStorage.setItem(FIXTURE_KEY, envelopeText(fixtureEnvelope().data, { version: 999 }));
    await startPersistence({ target: null });
    render(<PersistenceNotices />);
    const notice = screen.getByRole('region', {
      name: `“${fixtureEnvelope().data.name}” was saved by a newer version of Vínculo`,
    });
    expect(within(notice).getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });

  it('#12 shows a persistent storage-full alert with a backup, and clears it once saving works', async () => {
    localStorage.setItem(FIXTURE_KEY, STORED_TEXT);
    const saver = await startPersistence({ target: null });
    render(<PersistenceNotices />);
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw quota();
    });
    act(() => {
      useCanvasStore.getState().updateCanvas({ name: 'Sin sitio' });
      saver.flush();
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not saved — browser storage is full');
    expect(within(alert).getByRole('button', { name: 'Download backup' })).toBeInTheDocument();

    setItem.mockRestore();
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(JSON.parse(localStorage.getItem(FIXTURE_KEY) ?? '').data.name).toBe('Sin sitio');
  });

  it('#16 warns prominently when storage is blocked, offering a backup', async () => {
    await startPersistence({ storage: null, target: null });
    render(<PersistenceNotices />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('This browser is blocking storage');
    expect(alert).toHaveTextContent(
      "Your work won't be kept when you close this page. Export a file to save it.",
    );
    expect(within(alert).getByRole('button', { name: 'Download backup' })).toBeInTheDocument();
  });

  it('#23 lets the user keep their version or load the other tab’s', async () => {
    localStorage.setItem(FIXTURE_KEY, STORED_TEXT);
    const saver = await startPersistence({ target: null });
    render(<PersistenceNotices />);
    act(() => useCanvasStore.getState().updateCanvas({ name: 'Mío' }));
    const theirs = envelopeText({ ...fixtureEnvelope().data, name: 'Suyo' }, { rev: 50 });
    localStorage.setItem(FIXTURE_KEY, theirs);
    act(() => saver.applyExternalChange(FIXTURE_KEY, theirs));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('“Mío” was also changed in another tab');
    await userEvent.click(within(alert).getByRole('button', { name: 'Load the other version' }));
    expect(useCanvasStore.getState().canvases[FIXTURE_ID]?.name).toBe('Suyo');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(localStorage.getItem(FIXTURE_KEY)).toBe(theirs);
  });
});
