// Placeholder until the file import/export lands; replaced by the real component.
export function FileMenu(_props: Record<string, never>) {
  return null;
}
