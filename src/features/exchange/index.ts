// The exchange feature's public entry, for other features (the class dashboard reads many files
// and writes a class CSV with the same reader and the same injection-safe cells).
export { csvDocument, type CsvValue } from './files/csv';
export { importFailureText, type ImportFailureText } from './files/importFailureText';
export { readImportFile, type ImportOutcome } from './files/importFile';
