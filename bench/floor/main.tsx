// The floor: the least an app on Vínculo's stack does to show one button that changes saved
// state. React, zustand with persist (localStorage), zod (mini, as Vínculo) checking what storage holds, i18next
// with react-i18next. The benchmark loads and clicks it beside Vínculo, in the same run.
import i18next from 'i18next';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initReactI18next, useTranslation } from 'react-i18next';
import { z } from 'zod/mini';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

const resources = {
  es: {
    common: {
      title: 'Suelo',
      add: 'Añadir nota',
      count_one: '{{count}} nota',
      count_other: '{{count}} notas',
    },
  },
  en: {
    common: {
      title: 'Floor',
      add: 'Add note',
      count_one: '{{count}} note',
      count_other: '{{count}} notes',
    },
  },
};

const storedSchema = z.strictObject({
  notes: z.array(z.string().check(z.maxLength(2000))).check(z.maxLength(10_000)),
});
type Stored = z.infer<typeof storedSchema>;

const useNotes = create<Stored & { add: () => void }>()(
  persist(
    (set) => ({
      notes: [],
      add: () => set((s) => ({ notes: [...s.notes, `Note ${s.notes.length + 1}`] })),
    }),
    {
      name: 'floor',
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ notes: s.notes }),
      // Stored data is checked like Vínculo checks its own: bad data is not loaded.
      merge: (persisted, current) => {
        const result = storedSchema.safeParse(persisted);
        return result.success ? { ...current, ...result.data } : current;
      },
    },
  ),
);

function App() {
  const { t } = useTranslation();
  const notes = useNotes((s) => s.notes.length);
  const add = useNotes((s) => s.add);
  return (
    <main>
      <h1>{t('title')}</h1>
      <button type="button" onClick={add}>
        + {t('add')}
      </button>
      <p>{t('count', { count: notes })}</p>
    </main>
  );
}

void i18next
  .use(initReactI18next)
  .init({
    resources,
    lng: navigator.language.startsWith('es') ? 'es' : 'en',
    fallbackLng: 'en',
    defaultNS: 'common',
    interpolation: { escapeValue: false },
  })
  .then(() => {
    const root = document.getElementById('root');
    if (!root) throw new Error('no #root');
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
