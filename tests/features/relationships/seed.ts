import type { Segment } from '@/domain';
import { useCanvasStore } from '@/store/canvasStore';

/** A fresh canvas with one segment that has customers and revenue, so costs are computed. */
export function seedSegment(init: Partial<Segment> = {}) {
  const store = useCanvasStore.getState();
  store.createCanvas({ name: 'Test canvas', locale: 'en' });
  const segmentId = store.addSegment({
    name: 'Small cafés',
    size: 2000,
    monthlyRevenuePerCustomer: 50,
    grossMargin: 0.7,
    ...init,
  });
  return { segmentId };
}

export const activeCanvas = () => {
  const { canvases, activeId } = useCanvasStore.getState();
  const canvas = activeId ? canvases[activeId] : undefined;
  if (!canvas) throw new Error('no active canvas');
  return canvas;
};
