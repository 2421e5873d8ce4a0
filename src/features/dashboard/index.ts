// The class dashboard's public entry: the app shows it in place of the board while it is open.
export { LazyDashboard } from './LazyDashboard';
