import { describe, expect, it } from 'vitest';

import { describePlace, describeProblem } from '@/features/saving/problemText';
import { i18next } from '@/i18n/config';

const root = {
  segments: [{ name: 'A' }, { name: '' }, { name: 'Cafés del barrio' }],
  keyPartners: [
    { id: 'n', text: 'Molino ecológico con una descripción bastante larga que se corta' },
  ],
};

describe('describeProblem (#29)', () => {
  it('#29 names the block, the item (with its name) and the field in English', () => {
    expect(
      describeProblem({ path: ['segments', 2, 'size'], code: 'too_small' }, i18next, root),
    ).toBe('Customer segments › segment 3 (“Cafés del barrio”) › size: is too short or too small');
    expect(
      describeProblem({ path: ['segments', 1, 'monthlyChurn'], code: 'too_big' }, i18next, root),
    ).toBe('Customer segments › segment 2 › Monthly churn: is too long or too large');
  });

  it('#29 reads the paths of the exchange file and of a backup file', () => {
    expect(
      describeProblem({ path: ['canvas', 'keyPartners', 0, 'text'], code: 'too_big' }, i18next, {
        canvas: root,
      }),
    ).toBe(
      'Key partners › note 1 (“Molino ecológico con una descripción bas…”) › text: is too long or too large',
    );
    expect(
      describePlace(['canvases', 1, 'currency'], i18next, { canvases: [{}, { name: 'B' }] }),
    ).toBe('canvas 2 (“B”) › currency');
  });

  it('#29 covers nested settings, relationship types and unknown fields', () => {
    expect(
      describePlace(['settings', 'typeDefaults', 'communities', 'participationRate'], i18next),
    ).toBe(
      `Settings › Cost defaults › Communities › ${i18next.t('domain:params.participationRate')}`,
    );
    expect(describeProblem({ path: ['keyMetrics'], code: 'unrecognized_keys' }, i18next)).toBe(
      '“keyMetrics”: is not a known field',
    );
    expect(describeProblem({ path: [], code: 'something_new' }, i18next)).toBe(
      'Canvas: is not valid',
    );
  });

  it('#29 speaks the user’s language', async () => {
    await i18next.changeLanguage('es');
    try {
      expect(
        describeProblem({ path: ['segments', 0, 'size'], code: 'too_small' }, i18next, root),
      ).toBe(
        'Segmentos de clientes › segmento 1 («A») › tamaño: es demasiado corto o demasiado pequeño',
      );
    } finally {
      await i18next.changeLanguage('en');
    }
  });
});
