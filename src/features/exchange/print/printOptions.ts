/** Pages that can follow the one-page canvas poster. */
export const EXTRA_PAGES = ['economics', 'channels', 'findings'] as const;

export type ExtraPage = (typeof EXTRA_PAGES)[number];
