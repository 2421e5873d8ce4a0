// The class dashboard's public entry: the app shows it in place of the board while it is open
// (`isDashboardOpen` in the UI store), and opens it on a live class.
export { LazyDashboard } from './LazyDashboard';
export { openLiveClass } from './openLiveClass';
