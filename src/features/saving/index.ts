/** What the file menu and the import use of saving: the backup download and problem texts. */
export { DownloadBackupButton } from './DownloadBackupButton';
export { describeAdjustment, describeProblem } from './problemText';
