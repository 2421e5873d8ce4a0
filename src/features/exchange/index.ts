// The exchange feature's public entry, for other features: the classroom menu (PNG, the
// browser's print, the print flow) and the class dashboard, which reads many files and writes a
// class CSV with the same reader and the same injection-safe cells.
export { csvDocument, type CsvValue } from './files/csv';
export { importFailureText, type ImportFailureText } from './files/importFailureText';
export { readImportFile, type ImportOutcome } from './files/importFile';
export { exportCanvasPng } from './image/exportCanvasPng';
export { useBrowserPrint } from './print/useBrowserPrint';

/** The print flow is its own chunk, fetched when first opened. */
export const loadPrintFlow = () => import('./print/PrintFlow');
