/** What the classroom menu uses of the exchange: the PNG, the browser's print, the print flow. */
export { exportCanvasPng } from './image/exportCanvasPng';
export { useBrowserPrint } from './print/useBrowserPrint';

/** The print flow is its own chunk, fetched when first opened. */
export const loadPrintFlow = () => import('./print/PrintFlow');
