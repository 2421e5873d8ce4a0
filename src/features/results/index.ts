/** What other features may use of the results: a segment's economics card (the workbench shows it). */
export { SegmentEconomicsCard } from './economics/SegmentEconomicsCard';
