/** The tactics planner, shown in the relationship workbench. */
export { TacticsPlanner } from './TacticsPlanner';
