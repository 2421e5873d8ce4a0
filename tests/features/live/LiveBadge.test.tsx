import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { LiveBadge } from '@/features/live/LiveBadge';
import { problemText } from '@/features/live/messages';
import { REFUSAL_REASONS } from '@/features/live/liveStatus';
import { i18next } from '@/i18n/config';

describe('LiveBadge', () => {
  it.each([
    ['en', 'connecting', false, 'Connecting…'],
    ['en', 'connected', true, 'Connected · Saved on the server'],
    ['en', 'connected', false, 'Connected · Sending your edits…'],
    ['en', 'reconnecting', false, 'Reconnecting… your edits stay on this device'],
    ['en', 'offline', false, 'Offline: your edits stay on this device'],
    ['es', 'connected', true, 'Conectado · Guardado en el servidor'],
    ['es', 'reconnecting', false, 'Reconectando… tus cambios se quedan en este dispositivo'],
    ['es', 'offline', false, 'Sin conexión: tus cambios se quedan en este dispositivo'],
  ] as const)('in %s, says %s (saved: %s) politely', async (lng, connection, saved, text) => {
    await i18next.changeLanguage(lng);
    render(<LiveBadge status={{ connection, saved }} />);
    const badge = screen.getByRole('status');
    expect(badge).toHaveAttribute('aria-live', 'polite');
    expect(badge).toHaveTextContent(text);
  });
});

describe('refusals', () => {
  it.each(['en', 'es'])(
    'in %s, each reason has its own sentence saying the canvas went back',
    async (lng) => {
      await i18next.changeLanguage(lng);
      const t = i18next.t.bind(i18next);
      const texts = REFUSAL_REASONS.map((reason) => problemText(t, { kind: 'refused', reason }));
      expect(new Set(texts).size).toBe(REFUSAL_REASONS.length);
      for (const text of texts)
        expect(text).toMatch(
          lng === 'es' ? /versión guardada en el servidor/ : /version saved on the server/,
        );
    },
  );
});
