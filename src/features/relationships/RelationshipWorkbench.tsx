// Placeholder until the workbench lands; replaced by the real component.
export function RelationshipWorkbench(_props: { segmentId: string; tab?: 'relationships' | 'tactics' | 'questions' | 'economics' }) {
  return null;
}
