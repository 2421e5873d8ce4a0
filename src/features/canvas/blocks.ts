/**
 * The nine blocks, in the order a canvas is told (segments first, costs last). Keyboard and
 * screen-reader order follows this list; the grid areas named after the blocks place them in
 * Osterwalder's layout on wide screens, and the narrow-screen stack uses the same order.
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
