/** The examples gallery is its own chunk, fetched when first opened. */
export const loadGalleryDialog = () => import('./GalleryDialog');
