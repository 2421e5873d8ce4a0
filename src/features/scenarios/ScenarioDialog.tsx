// Placeholder until the what-if scenarios lands; replaced by the real component.
export function ScenarioDialog(_props: { segmentId: string }) {
  return null;
}
