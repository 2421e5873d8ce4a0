import { describe, expect, it } from 'vitest';

import { useCanvasStore } from '@/store/canvasStore';
import { undo } from '@/store/undo';

function setup() {
  const store = useCanvasStore.getState();
  store.createCanvas({ name: 'Undo' });
  const segmentId = useCanvasStore.getState().addSegment({ name: 'Cafés' });
  const relId = useCanvasStore.getState().addRelationship(segmentId, 'personal_assistance');
  useCanvasStore.temporal.getState().clear();
  return { segmentId, relId };
}

const active = () => {
  const s = useCanvasStore.getState();
  return s.canvases[s.activeId ?? ''];
};

describe('undo grouping', () => {
  it('should undo a burst of typing in one field as one step', () => {
    const { segmentId } = setup();
    for (const name of ['Cafés d', 'Cafés de', 'Cafés del barrio'])
      useCanvasStore.getState().updateSegment(segmentId, { name });
    undo();
    expect(active()?.segments[0]?.name).toBe('Cafés');
  });

  it('should group typing in a nested cost parameter, but not across parameters', () => {
    const { relId } = setup();
    const update = useCanvasStore.getState().updateRelationship;
    update(relId, { params: { handleMinutes: 1 } });
    update(relId, { params: { handleMinutes: 12 } });
    update(relId, { params: { handleMinutes: 12, loadedHourlyCost: 5 } });
    undo();
    expect(active()?.relationships[0]?.params).toEqual({ handleMinutes: 12 });
    undo();
    expect(active()?.relationships[0]?.params).toBeUndefined();
  });

  it('should make every toggle its own step', () => {
    const { relId } = setup();
    const update = useCanvasStore.getState().updateRelationship;
    update(relId, { purposes: ['acquisition'] });
    update(relId, { purposes: ['acquisition', 'retention'] });
    undo();
    expect(active()?.relationships[0]?.purposes).toEqual(['acquisition']);
  });
});
