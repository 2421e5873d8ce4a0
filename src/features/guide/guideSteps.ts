/**
 * The tour: the four guiding questions of the customer relationships block (what each segment
 * expects, what is established, what it costs, how it fits the model), then get, keep and grow.
 * Each step points at the part of the screen where the user answers it; the first selector
 * that matches wins.
 */
export const GUIDE_STEPS = [
  { id: 'welcome', targets: [] },
  { id: 'expected', targets: ['[data-block="customerSegments"]'] },
  { id: 'established', targets: ['[data-block="customerRelationships"]'] },
  { id: 'cost', targets: ['.results-panel', '[data-block="costStructure"]'] },
  { id: 'integrated', targets: ['[data-block="channels"]'] },
  { id: 'get', targets: ['[data-block="channels"]'] },
  { id: 'keep', targets: ['[data-block="customerRelationships"]'] },
  { id: 'grow', targets: ['[data-block="revenueStreams"]'] },
] as const satisfies readonly { id: string; targets: readonly string[] }[];

export type GuideStep = (typeof GUIDE_STEPS)[number];

export function findTarget(step: GuideStep): HTMLElement | null {
  for (const selector of step.targets) {
    const element = document.querySelector<HTMLElement>(selector);
    if (element) return element;
  }
  return null;
}
