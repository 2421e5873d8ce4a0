/** Every localStorage key the app uses. Storage is touched only under src/persistence/. */
export const STORAGE_KEYS = {
  language: 'vinculo:language',
} as const;
