import { afterEach, describe, expect, it } from 'vitest';

import { useCanvasStore } from '@/store/canvasStore';
import { useScenarioStore, withScenario } from '@/store/scenarioStore';

import { activeCanvas, seedSmbCanvas } from '../support/seedCanvas';

const scenario = () => useScenarioStore.getState();

afterEach(() => useScenarioStore.setState(useScenarioStore.getInitialState(), true));

describe('scenario store', () => {
  it('should bring a type switched back on with the settings it had on the canvas', () => {
    const { relationshipIds, segmentId } = seedSmbCanvas(['personal_assistance']);
    useCanvasStore.getState().updateRelationship(relationshipIds[0] ?? '', { coverage: 0.4 });
    scenario().startScenario(activeCanvas(), segmentId);

    scenario().toggleType('personal_assistance');
    expect(scenario().draft?.relationships).toEqual([]);
    scenario().toggleType('personal_assistance');

    expect(scenario().draft?.relationships).toEqual(activeCanvas().relationships);
  });

  it('should replace only the segment’s relationships and keep tactics in the composed canvas', () => {
    const { segmentId } = seedSmbCanvas(['self_service']);
    const otherId = useCanvasStore.getState().addSegment({ name: 'Other' });
    const otherRel = useCanvasStore.getState().addRelationship(otherId, 'communities');
    scenario().startScenario(activeCanvas(), segmentId);
    scenario().toggleType('self_service');
    scenario().toggleType('automated_services');

    const draft = scenario().draft;
    if (!draft) throw new Error('no draft');
    const composed = withScenario(activeCanvas(), draft);

    expect(composed.relationships.map((r) => [r.segmentId, r.type])).toEqual([
      [otherId, 'communities'],
      [segmentId, 'automated_services'],
    ]);
    expect(composed.relationships[0]?.id).toBe(otherRel);
    expect(activeCanvas().relationships.map((r) => r.type)).toEqual([
      'self_service',
      'communities',
    ]);
  });
});
