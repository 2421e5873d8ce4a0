// Placeholder until the persistence layer lands; replaced by the real component.
export function SaveStatus(_props: Record<string, never>) {
  return null;
}
