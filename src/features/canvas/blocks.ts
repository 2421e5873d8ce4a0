/** The nine blocks in Osterwalder's layout; `area` names the CSS grid area. */
export const CANVAS_BLOCKS = [
  'keyPartners',
  'keyActivities',
  'keyResources',
  'valuePropositions',
  'customerRelationships',
  'channels',
  'customerSegments',
  'costStructure',
  'revenueStreams',
] as const;

export type CanvasBlockId = (typeof CANVAS_BLOCKS)[number];
