/**
 * Readable places and problems from `{ path, code }`, in the user's language:
 * ['segments', 2, 'size'] + 'too_small' → "Customer segments › segment 3 (“Cafés”) › size: is too
 * short or too small". Built from the path and code only, never from zod's English messages.
 */
import type { i18n as I18n } from 'i18next';

import { NOTE_BLOCKS, RELATIONSHIP_TYPES, type MigrationAdjustment } from '@/domain';
import { decimalFormat } from '@/i18n/numberFormats';
import { isRecord } from '@/persistence/envelope';

type Path = readonly (string | number)[];

/** Lists whose items are named "segment 3", "note 2"… */
const ITEM_KINDS: Record<string, string> = {
  segments: 'segments',
  channels: 'channels',
  relationships: 'relationships',
  tactics: 'tactics',
  sources: 'sources',
  canvases: 'canvases',
  ...Object.fromEntries(NOTE_BLOCKS.map((block) => [block, 'notes'])),
};
const BLOCK_TITLES: Record<string, string> = {
  segments: 'customerSegments',
  channels: 'channels',
  relationships: 'customerRelationships',
  ...Object.fromEntries(NOTE_BLOCKS.map((block) => [block, block])),
};
const PLACES = new Set([
  'tactics',
  'sources',
  'settings',
  'rules',
  'typeDefaults',
  'archetype',
  'facets',
  'params',
]);
const RELATIONSHIP_TYPE_KEYS = new Set<string>(RELATIONSHIP_TYPES);
/** Envelope keys around canvases (a file's `canvas`, a backup's `canvases`): no place of their own. */
const CONTAINERS = new Set(['canvas', 'canvases']);
const NAME_LENGTH = 40;

/** The place a path points at, e.g. "Key partners › note 2". `root` is the canvas, for names. */
export function describePlace(path: Path, i18n: I18n, root?: unknown): string {
  const t = i18n.t.bind(i18n);
  const parts: string[] = [];
  let node: unknown = root;
  let parent: string | number | undefined;
  for (const key of path) {
    node = childOf(node, key);
    if (typeof key === 'number') {
      const kind = (typeof parent === 'string' && ITEM_KINDS[parent]) || 'other';
      const item = t(`recovery:place.item.${kind}`, { n: key + 1 });
      const name = nameOf(node);
      parts.push(name ? t('recovery:place.named', { place: item, name }) : item);
    } else if (!CONTAINERS.has(key)) {
      parts.push(labelOf(key, i18n));
    }
    parent = key;
  }
  return parts.length > 0
    ? parts.join(t('recovery:problem.separator'))
    : t('recovery:place.canvas');
}

/** One problem as a sentence; unknown codes read as "is not valid". */
export function describeProblem(
  problem: { path: Path; code: string },
  i18n: I18n,
  root?: unknown,
): string {
  const codeKey = `recovery:problem.code.${problem.code}`;
  const message = i18n.exists(codeKey) ? i18n.t(codeKey) : i18n.t('recovery:problem.code.invalid');
  return i18n.t('recovery:problem.line', {
    place: describePlace(problem.path, i18n, root),
    message,
  });
}

/**
 * A value an upgrade changed, as a sentence: "Customer segments › segment 1 (“Cafés”) › monthly
 * churn: 1 became 0.999". `root` is what the path starts from, for names.
 */
export function describeAdjustment(
  adjustment: MigrationAdjustment,
  i18n: I18n,
  root?: unknown,
): string {
  const value = (v: number | string) =>
    typeof v === 'number' ? decimalFormat(i18n.language, 3).format(v) : v;
  return i18n.t('recovery:adjustment.line', {
    place: describePlace(adjustment.path, i18n, root),
    from: value(adjustment.from),
    to: value(adjustment.to),
  });
}

function labelOf(key: string, i18n: I18n): string {
  if (BLOCK_TITLES[key]) return i18n.t(`common:block.${BLOCK_TITLES[key]}.title`);
  if (PLACES.has(key)) return i18n.t(`recovery:place.${key}`);
  if (RELATIONSHIP_TYPE_KEYS.has(key)) return i18n.t(`common:enum.relationshipType.${key}`);
  for (const candidate of [`recovery:field.${key}`, `domain:params.${key}`]) {
    if (i18n.exists(candidate)) return i18n.t(candidate);
  }
  return `“${key}”`; // an unknown field: its own name is the best description
}

function childOf(node: unknown, key: string | number): unknown {
  if (Array.isArray(node) && typeof key === 'number') return node[key];
  if (isRecord(node) && typeof key === 'string' && Object.hasOwn(node, key)) return node[key];
  return undefined;
}

/** A short name for an item: its name, or the start of a note's text. */
function nameOf(node: unknown): string | null {
  if (!isRecord(node)) return null;
  const text =
    typeof node.name === 'string' ? node.name : typeof node.text === 'string' ? node.text : '';
  const short = Array.from(text.replace(/\s+/gu, ' ').trim());
  if (short.length === 0) return null;
  return short.length > NAME_LENGTH ? `${short.slice(0, NAME_LENGTH).join('')}…` : short.join('');
}
