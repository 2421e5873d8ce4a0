/**
 * The instructor examples of DOMAIN.md §5: complete canvases built from structure in code and
 * texts in locales/<lng>/examples.json. Facts are sourced; every number is illustrative.
 */
import type { RuleId } from '../rules/catalog';
import type { Canvas, CanvasLocale } from '../schema';
import { APPLE_IPOD_ID, buildAppleIpod } from './appleIpod';
import { buildLego, LEGO_ID } from './lego';
import { buildNespresso, NESPRESSO_ID } from './nespresso';
import { buildPrivateBank, PRIVATE_BANK_ID } from './privateBank';
import { buildSkype, SKYPE_ID } from './skype';
import { buildSupermarket, SUPERMARKET_ID } from './supermarket';

interface ExampleEntry {
  id: string;
  /** the rules this example is good for teaching (§5 "Teaches") */
  teaches: RuleId[];
  build: (locale: CanvasLocale) => Canvas;
}

const ENTRIES: readonly ExampleEntry[] = [
  // the Club keeps the coffee relationship and its after-sales; balanced get/keep/grow
  // channel cost against reach: own boutiques cost money, partner retailers keep a margin (§9.3)
  { id: NESPRESSO_ID, teaches: ['CR16', 'CR13', 'CR07', 'CR08', 'CR09'], build: buildNespresso },
  // high fixed, near-zero marginal cost; human fallback for paying users; freemium as unbundling
  { id: SKYPE_ID, teaches: ['CR27', 'CR22', 'CR09'], build: buildSkype },
  // co-creation needs a community, and a community needs enough members
  { id: LEGO_ID, teaches: ['CR20', 'CR21'], build: buildLego },
  // Q4 integration across hardware, software and store; physical and digital channels
  { id: APPLE_IPOD_ID, teaches: ['CR04', 'CR14', 'CR15', 'CR08'], build: buildAppleIpod },
  // dedicated assistance only where the segment can pay for it
  { id: PRIVATE_BANK_ID, teaches: ['CR18', 'CR23', 'CR28'], build: buildPrivateBank },
  // cheap relationships at scale; automation only pays at volume
  // a mature market that added retention (Clubcard): CR29 stays silent
  { id: SUPERMARKET_ID, teaches: ['CR19', 'CR24', 'CR27', 'CR29'], build: buildSupermarket },
];

/** Example ids with the rules each one teaches, in the order of `getExampleCanvases`. */
export const EXAMPLES: readonly { id: string; teaches: string[] }[] = ENTRIES.map(
  ({ id, teaches }) => ({ id, teaches: [...teaches] }),
);

/**
 * Fresh copies of every example canvas, written in `locale`.
 * @example getExampleCanvases('es')[0]?.id // 'nespresso'
 */
export function getExampleCanvases(locale: CanvasLocale): Canvas[] {
  return ENTRIES.map((entry) => entry.build(locale));
}
