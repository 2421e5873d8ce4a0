import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { RecoveryBoundary } from '@/features/saving/RecoveryBoundary';
import { INITIAL_STATUS, usePersistenceStatus } from '@/store/persistenceStatus';
import { retrySaving } from '@/persistence/startPersistence';
import { useCanvasStore } from '@/store/canvasStore';

import { FIXTURE_KEY, STORED_TEXT, startPersistence } from '../../persistence/support';
import { blobText, captureDownloads } from '../../support/captureDownloads';

function Crash(): never {
  throw new Error('a component met data it cannot render');
}

describe('RecoveryBoundary (#39)', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {}); // React reports the caught error
  });
  afterEach(() => {
    vi.restoreAllMocks();
    usePersistenceStatus.setState(INITIAL_STATUS, true);
  });

  it('#39 shows a calm screen instead of the app and stops every write', async () => {
    localStorage.setItem(FIXTURE_KEY, STORED_TEXT);
    await startPersistence({ target: null });
    render(
      <RecoveryBoundary>
        <Crash />
      </RecoveryBoundary>,
    );
    expect(
      screen.getByRole('heading', { name: 'Something went wrong — your data is safe' }),
    ).toBeInTheDocument();
    expect(usePersistenceStatus.getState().phase).toBe('suspended');

    useCanvasStore.getState().updateCanvas({ name: 'Estado roto' });
    retrySaving();
    expect(localStorage.getItem(FIXTURE_KEY)).toBe(STORED_TEXT);
  });

  it('#39 downloads the stored strings exactly as they are, without the app state', async () => {
    const corrupt = '{"state":{"canvas":';
    localStorage.setItem(FIXTURE_KEY, STORED_TEXT);
    localStorage.setItem('bmc:canvas:broken', corrupt);
    localStorage.setItem('unrelated', 'not ours');
    useCanvasStore.setState(useCanvasStore.getInitialState(), true); // the React state is of no use
    const capture = captureDownloads();
    render(
      <RecoveryBoundary>
        <Crash />
      </RecoveryBoundary>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Download my data' }));
    const [download] = capture.downloads;
    expect(download?.name).toMatch(/^vinculo-data-\d{4}-\d{2}-\d{2}\.json$/);
    const dump = JSON.parse(await blobText(download?.blob ?? new Blob()));
    expect(dump.items).toEqual({ [FIXTURE_KEY]: STORED_TEXT, 'bmc:canvas:broken': corrupt });
    capture.restore();
  });
});
