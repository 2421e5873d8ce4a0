import { describe, expect, it } from 'vitest';

import {
  ARCHETYPE_ROLES,
  AUDIENCES,
  BONDS,
  CHANNEL_DIRECTNESSES,
  CHANNEL_FUNCTIONS,
  CHANNEL_KINDS,
  CHANNEL_MEDIUMS,
  CHANNEL_OWNERSHIPS,
  CHANNEL_PHASES,
  CONTACT_MODES,
  CUSTOMER_ROLES,
  DEMAND_CREATIONS,
  FUNNEL_STEPS,
  MARKET_TYPES,
  NOTE_BLOCKS,
  PROVIDERS,
  RELATIONSHIP_PURPOSES,
  RELATIONSHIP_STATUSES,
  RELATIONSHIP_TYPES,
  SEVERITIES,
  TACTIC_KINDS,
  TACTIC_STAGES,
} from '@/domain';
import { LANGUAGES } from '@/i18n/languages';

import { readNamespaces, type Tree } from './localeFiles';

/** Every domain enum and the group (`common:enum.<name>` or `enums:<name>`) that labels its values. */
const ENUMS: Record<string, readonly string[]> = {
  relationshipType: RELATIONSHIP_TYPES,
  purpose: RELATIONSHIP_PURPOSES,
  status: RELATIONSHIP_STATUSES,
  contactMode: CONTACT_MODES,
  audience: AUDIENCES,
  provider: PROVIDERS,
  customerRole: CUSTOMER_ROLES,
  bond: BONDS,
  marketType: MARKET_TYPES,
  phase: CHANNEL_PHASES,
  ownership: CHANNEL_OWNERSHIPS,
  directness: CHANNEL_DIRECTNESSES,
  medium: CHANNEL_MEDIUMS,
  channelKind: CHANNEL_KINDS,
  channelFunction: CHANNEL_FUNCTIONS,
  stage: TACTIC_STAGES,
  demandCreation: DEMAND_CREATIONS,
  funnelStep: FUNNEL_STEPS,
  tacticKind: TACTIC_KINDS,
  archetypeRole: ARCHETYPE_ROLES,
  severity: SEVERITIES,
  noteBlock: NOTE_BLOCKS,
};

// Labels are looked up by value (`common:enum.phase.${phase}`), which a scan of the code cannot see.
// The board's labels are in `common:enum`; those only editors show are in `enums`, loaded later.
describe.each(LANGUAGES)('enum labels in %s', (lng) => {
  const files = readNamespaces(lng);
  const onBoard = (files.common?.enum ?? {}) as Record<string, Tree>;
  const later = (files.enums ?? {}) as Record<string, Tree>;

  it('should label every value of every domain enum, and nothing else', () => {
    const groups = { ...onBoard, ...later };
    const missing: string[] = [];
    const extra: string[] = [];
    for (const [name, values] of Object.entries(ENUMS)) {
      const labels = groups[name] ?? {};
      for (const value of values)
        if (typeof labels[value] !== 'string') missing.push(`${name}.${value}`);
      for (const key of Object.keys(labels))
        if (!values.includes(key)) extra.push(`${name}.${key}`);
    }
    expect(missing).toEqual([]);
    expect(extra).toEqual([]);
    expect(Object.keys(groups).sort()).toEqual(Object.keys(ENUMS).sort());
  });

  it('should label each enum in one place only', () => {
    expect(Object.keys(onBoard).filter((name) => name in later)).toEqual([]);
  });
});
