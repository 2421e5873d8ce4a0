/** The findings list and its live announcer, shown in the results panel. */
export { FindingsAnnouncer } from './FindingsAnnouncer';
export { FindingsList } from './FindingsList';
