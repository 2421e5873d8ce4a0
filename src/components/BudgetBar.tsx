import './BudgetBar.css';

type Props = {
  cost: number | null;
  budget: number | null;
  /** the largest figure on the shared scale (a chart passes its maximum; a card its own) */
  scale: number;
  /** the domain's headroom is negative */
  over: boolean;
};

const percentOf = (value: number, scale: number) =>
  `${Math.min(100, Math.max(0, (value / scale) * 100))}%`;

/**
 * The picture of cost per customer against the relationship budget. Decorative: the caller
 * always writes the same figures as text. Over budget, the bar is striped as well as red.
 */
export function BudgetBar({ cost, budget, scale, over }: Props) {
  const safeScale = scale > 0 ? scale : 1;
  return (
    <div className="budget-bar" aria-hidden="true">
      {cost !== null && (
        <span
          className={`budget-bar__fill${over ? ' budget-bar__fill--over' : ''}`}
          style={{ width: percentOf(cost, safeScale) }}
        />
      )}
      {budget !== null && (
        <span className="budget-bar__budget" style={{ left: percentOf(budget, safeScale) }} />
      )}
    </div>
  );
}
