import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { evaluateCanvas } from '@/domain';
import ClassDashboard from '@/features/dashboard/ClassDashboard';
import { useClassStore } from '@/features/dashboard/classStore';
import { i18next } from '@/i18n/config';

import { blobText, captureDownloads } from '../../support/captureDownloads';
import { canvasFile, studentCanvas } from './classCanvases';
import { parseCsv } from './parseCsv';

const user = userEvent.setup({ delay: null });

const ana = studentCanvas('Café', [
  { name: 'Commuters', revenue: 30, types: ['self_service', 'automated_services'] },
]);
const bruno = studentCanvas('Bikes', [
  { name: 'Couriers', revenue: 80, types: ['personal_assistance'], purposes: ['acquisition'] },
  { name: 'Tourists', revenue: 5, types: ['communities'] },
]);
const carla = studentCanvas('Books', [{ name: 'Readers', revenue: 10 }]);
const CLASS = [
  canvasFile(ana, 'ana.vinculo.json'),
  canvasFile(bruno, 'bruno.vinculo.json'),
  canvasFile(carla, 'carla.vinculo.json'),
];

const cards = () => screen.getAllByRole('article');
const cardNames = () => cards().map((card) => within(card).getByRole('heading').textContent);
const card = (name: string) => screen.getByRole('article', { name });

/** Chooses files and waits until the dashboard says what it read. */
async function drop(files: File[], label = 'Choose canvas files for the class dashboard') {
  const status = screen.getAllByRole('status')[0];
  const before = status?.textContent;
  await user.upload(screen.getByLabelText(label), files);
  await waitFor(() => expect(status?.textContent).not.toBe(before));
}

let capture: ReturnType<typeof captureDownloads>;
beforeEach(() => {
  capture = captureDownloads();
});
afterEach(() => {
  capture.restore();
  vi.restoreAllMocks();
  cleanup(); // unmounted first: the reset below must not re-render the dashboard
  useClassStore.setState(useClassStore.getInitialState(), true);
});

describe('ClassDashboard: loading files', () => {
  it('should make a card per canvas file, and its own message for a file that is not one', async () => {
    render(<ClassDashboard />);
    await drop([...CLASS.slice(0, 2), new File(['{"hello": 1}'], 'notes.json'), CLASS[2]!]);

    await waitFor(() => expect(cards()).toHaveLength(3));
    expect(cardNames()).toEqual(['ana', 'bruno', 'carla']);
    const failures = screen.getByRole('list', { name: 'Files that could not be read' });
    expect(within(failures).getByText('“notes.json” could not be read')).toBeInTheDocument();
    expect(
      within(failures).getByText("This isn't a Business Model Canvas file."),
    ).toBeInTheDocument();
    expect(screen.getByText('3 canvases loaded. 1 file could not be read.')).toBeInTheDocument();
  });

  it('should name the problems of a broken canvas file in the interface language', async () => {
    await i18next.changeLanguage('es');
    try {
      render(<ClassDashboard />);
      const broken = { ...carla, segments: carla.segments.map((s) => ({ ...s, size: -5 })) };
      await drop(
        [canvasFile(broken, 'carla.vinculo.json'), CLASS[0]!],
        'Elegir archivos de lienzo para el panel de la clase',
      );
      await screen.findByText('No se ha podido leer «carla.vinculo.json»');
      expect(
        screen.getByText(/Segmentos de clientes › segmento 1 \(«Readers»\) › tamaño/),
      ).toBeInTheDocument();
      expect(cards()).toHaveLength(1);
    } finally {
      cleanup();
      await i18next.changeLanguage('en');
    }
  });

  it('should replace a card when the same file is dropped again, and remove one on request', async () => {
    render(<ClassDashboard />);
    await drop(CLASS);
    await waitFor(() => expect(cards()).toHaveLength(3));
    const renamed = { ...ana, name: 'Café, second try' };
    await drop([canvasFile(renamed, 'ana.vinculo.json')]);
    await waitFor(() =>
      expect(within(card('ana')).getByText('Café, second try')).toBeInTheDocument(),
    );
    expect(cards()).toHaveLength(3);

    await user.click(screen.getByRole('button', { name: 'Remove bruno from the dashboard' }));
    expect(cardNames()).toEqual(['ana', 'carla']);
  });
});

describe('ClassDashboard: cards', () => {
  it("should show the segments, their relationship types and the domain's figures", async () => {
    render(<ClassDashboard />);
    await drop(CLASS);
    await waitFor(() => expect(cards()).toHaveLength(3));
    const evaluation = evaluateCanvas(bruno);
    const money = new Intl.NumberFormat('en', {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: 0,
      minimumFractionDigits: 0,
    });
    const brunoCard = within(card('bruno'));
    expect(brunoCard.getByText('Bikes')).toBeInTheDocument();
    const segments = brunoCard.getByRole('list', { name: 'Segments and their relationship types' });
    expect(
      within(segments)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringMatching(/Couriers.*Personal assistance.*No retention plan/),
      expect.stringMatching(/Tourists.*Communities/),
    ]);
    expect(
      brunoCard.getByText(`${money.format(evaluation.totals.revenue)}/month`),
    ).toBeInTheDocument();
    const share = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });
    expect(
      brunoCard.getByText(share.format(evaluation.totals.costShare ?? NaN)),
    ).toBeInTheDocument();
    const errors = evaluation.findings.filter((f) => f.severity === 'error').length;
    expect(brunoCard.getByText(`${errors} errors`)).toBeInTheDocument();
  });
});

describe('ClassDashboard: sorting and filtering', () => {
  it('should sort most errors first and filter the canvases without a retention plan', async () => {
    render(<ClassDashboard />);
    await drop(CLASS);
    await waitFor(() => expect(cards()).toHaveLength(3));
    const errors = (canvas: typeof ana) =>
      evaluateCanvas(canvas).findings.filter((f) => f.severity === 'error').length;
    const expected = [
      ['ana', errors(ana)],
      ['bruno', errors(bruno)],
      ['carla', errors(carla)],
    ] as const;

    await user.selectOptions(screen.getByLabelText('Sort by'), 'Most errors first');
    const byErrors = [...expected].sort((a, b) => b[1] - a[1]).map(([name]) => name);
    expect(byErrors).not.toEqual(['ana', 'bruno', 'carla']);
    expect(cardNames()).toEqual(byErrors);

    await user.click(screen.getByRole('checkbox', { name: 'No retention plan' }));
    await waitFor(() => expect(cardNames().sort()).toEqual(['bruno', 'carla']));
    expect(screen.getByText('Showing 2 of 3 canvases')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Name or segment'), 'touri');
    await waitFor(() => expect(cardNames()).toEqual(['bruno']));
    await user.clear(screen.getByLabelText('Name or segment'));
    await user.click(screen.getByRole('checkbox', { name: 'No retention plan' }));
    await user.selectOptions(screen.getByLabelText('Relationship type'), 'Self-service');
    await waitFor(() => expect(cardNames()).toEqual(['ana']));
  });
});

describe('ClassDashboard: compare, present, export', () => {
  it('should compare two to four chosen canvases in one table', async () => {
    render(<ClassDashboard />);
    await drop(CLASS);
    await waitFor(() => expect(cards()).toHaveLength(3));
    const compare = () => screen.getByRole('button', { name: /^Compare the chosen canvases/ });
    expect(compare()).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: 'Compare ana' }));
    expect(compare()).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: 'Compare bruno' }));
    await user.click(compare());

    const dialog = await screen.findByRole('dialog', { name: 'Compare canvases' });
    const table = within(dialog).getByRole('table');
    const groups = within(table).getAllByRole('rowgroup').slice(1); // after the header
    expect(groups.map((g) => within(g).getAllByRole('row')[0]?.textContent)).toEqual([
      'ana',
      'bruno',
    ]);
    const tourists = within(table).getByRole('row', { name: /Tourists/ });
    const economics = evaluateCanvas(bruno).segments[1];
    const money = new Intl.NumberFormat('en', {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: 0,
    });
    expect(tourists).toHaveTextContent(
      `Communities: ${money.format(economics?.breakdown[0]?.total ?? NaN)}/month`,
    );
    expect(within(table).getByRole('row', { name: /Commuters/ })).toHaveTextContent(
      /Self-service: .*Automated services: /,
    );
  });

  it('should allow at most four canvases in a comparison', async () => {
    render(<ClassDashboard />);
    await drop([...CLASS, canvasFile(ana, 'dani.json'), canvasFile(ana, 'eva.json')]);
    await waitFor(() => expect(cards()).toHaveLength(5));
    for (const name of ['ana', 'bruno', 'carla', 'dani'])
      await user.click(screen.getByRole('checkbox', { name: `Compare ${name}` }));
    expect(screen.getByRole('checkbox', { name: 'Compare eva' })).toBeDisabled();
    // A chosen canvas sent again is a new card, not chosen yet: room for another.
    await drop([canvasFile(bruno, 'dani.json')]);
    expect(screen.getByRole('checkbox', { name: 'Compare dani' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Compare eva' })).toBeEnabled();
  });

  it('should present a student canvas and come back to the dashboard', async () => {
    render(<ClassDashboard />);
    await drop(CLASS);
    await waitFor(() => expect(cards()).toHaveLength(3));
    const present = screen.getByRole('button', { name: 'Present bruno' });
    await user.click(present);
    // The presentation's code loads when first used.
    const presentation = await screen.findByRole(
      'dialog',
      { name: 'Presentation' },
      { timeout: 5000 },
    );
    expect(within(presentation).getByRole('heading', { level: 2 })).toHaveTextContent('Bikes');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Presentation' })).toBeNull());
    expect(present).toHaveFocus();
  });

  it('should export the whole class as CSV, one row per segment with the student', async () => {
    render(<ClassDashboard />);
    await drop(CLASS);
    await waitFor(() => expect(cards()).toHaveLength(3));
    await user.click(screen.getByRole('checkbox', { name: 'No retention plan' }));
    await user.click(screen.getByRole('button', { name: 'Export the class (CSV)' }));
    const [download] = capture.downloads;
    expect(download?.name).toBe('class.csv');
    const rows = parseCsv(await blobText(download?.blob ?? new Blob()));
    expect(rows.slice(1).map((r) => [r[0], r[2]])).toEqual([
      ['ana', 'Commuters'],
      ['bruno', 'Couriers'],
      ['bruno', 'Tourists'],
      ['carla', 'Readers'],
    ]);
  });
});
