/** Small builders shared by the example canvases, so each example reads as data. */
import { DEFAULT_FACETS } from '../factories';
import type { ArchetypeRole, Note, RelationshipFacets, RelationshipType, Segment } from '../schema';
import { SOURCES, type SourceId } from '../sources';

interface SegmentTexts {
  name: string;
  whoTheyAre: string;
  howTheyBuy: string;
  whatInterestsThem: string;
  influencedBy: string;
}

/** A segment's name and archetype (Blank's customer analysis) from its texts. */
export function describedSegment(
  texts: SegmentTexts,
  role: ArchetypeRole,
): Pick<Segment, 'name' | 'archetype'> {
  const { name, ...answers } = texts;
  return { name, archetype: { role, ...answers } };
}

/** The default facets of a type (§1.2), with the example's own choices on top. */
export function facetsOf(
  type: RelationshipType,
  overrides: Partial<RelationshipFacets> = {},
): RelationshipFacets {
  return { ...DEFAULT_FACETS[type], ...overrides };
}

/** A note, linked to segments when it speaks about some of them only. */
export function note(id: string, text: string, linkedIds: readonly string[] = []): Note {
  return linkedIds.length > 0 ? { id, text, linkedIds: [...linkedIds] } : { id, text };
}

/** Every URL of the given sources (DOMAIN.md §7), in order. */
export function sourceUrls(...ids: SourceId[]): string[] {
  return ids.flatMap((id) => SOURCES[id].urls);
}
