/** The guided tour is its own chunk, fetched when first opened. */
export const loadGuidedTour = () => import('./GuidedTour');
