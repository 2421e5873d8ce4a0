/** The button that starts a what-if scenario from a segment's economics. */
export { TryScenarioButton } from './TryScenarioButton';
