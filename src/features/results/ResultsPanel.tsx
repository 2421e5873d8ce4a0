// Placeholder until the results panel lands; replaced by the real component.
export function ResultsPanel(_props: Record<string, never>) {
  return null;
}
