/**
 * The nine blocks in the order Business Model Generation tells the story: who the customers
 * are, what they get, how it reaches them and how they are treated, what they pay, and only
 * then the resources, activities, partners and costs behind it. The board (keyboard and
 * screen-reader order; grid areas place them in Osterwalder's layout on wide screens), the
 * slides and the printed poster all follow it.
 */
export const CANVAS_BLOCKS = [
  'customerSegments',
  'valuePropositions',
  'channels',
  'customerRelationships',
  'revenueStreams',
  'keyResources',
  'keyActivities',
  'keyPartners',
  'costStructure',
] as const;

export type CanvasBlockId = (typeof CANVAS_BLOCKS)[number];
