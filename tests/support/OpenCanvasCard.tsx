import type { ComponentProps } from 'react';

import { SegmentEconomicsCard } from '@/features/results/economics/SegmentEconomicsCard';
import { useResults } from '@/store/selectors';

type Props = Omit<ComponentProps<typeof SegmentEconomicsCard>, 'results'>;

/** A segment's economics card over the open canvas as it is now, read the way the app reads it. */
export function OpenCanvasCard(props: Props) {
  const results = useResults('live');
  return results && <SegmentEconomicsCard results={results} {...props} />;
}
