/**
 * Version 2, the second edition of the domain (DOMAIN.md §9). New fields are optional, so a
 * first-edition canvas keeps every number it had: an entered revenue of 0 stays 0 (a free
 * segment), and nothing is added.
 *
 * Spec decision (§9.8): the first edition accepted a few values the second refuses. Rather than
 * refuse the user's file, the step clamps each one to the nearest value allowed and reports it
 * (`adjust`), so the user sees what changed and from what:
 * - a monthly churn of 1 becomes 0.999 (everyone leaves within about a month, as before);
 * - an LTV:CAC target below 1 becomes 1;
 * - more productive hours per FTE than a month has (744) become 744;
 * - a well-formed currency code Intl does not know becomes EUR, the defaults' currency (a
 *   malformed one was refused by the first edition too, and is left for the schema to refuse).
 * Repeated purposes, expected types, channel functions and phases are sets now: repeats are
 * dropped (no information is lost), without a report.
 */
import { isKnownCurrency, LIMITS } from '../schema';
import type { MigrationAdjustment } from './adjustment';

type Data = Record<string, unknown>;
type Path = (string | number)[];
type Adjust = (adjustment: MigrationAdjustment) => void;

const isRecord = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The highest churn the second edition stores. */
export const MAX_MIGRATED_CHURN = 0.999;
const FALLBACK_CURRENCY = 'EUR';

/** Applies `fix` to `record[key]` when it is a number that needs it, reporting the change. */
function clampNumber(
  record: Data,
  key: string,
  path: Path,
  adjust: Adjust,
  fix: (value: number) => number,
): void {
  const value = record[key];
  if (typeof value !== 'number') return;
  const fixed = fix(value);
  if (fixed === value) return;
  record[key] = fixed;
  adjust({ path: [...path, key], from: value, to: fixed });
}

/** A list without repeats, first occurrence kept. */
function dedupe(record: Data, key: string): void {
  const list = record[key];
  if (Array.isArray(list)) record[key] = [...new Set(list)];
}

const records = (list: unknown): [Data, number][] =>
  Array.isArray(list)
    ? list.flatMap((item, i): [Data, number][] => (isRecord(item) ? [[item, i]] : []))
    : [];

function capHours(params: unknown, path: Path, adjust: Adjust): void {
  if (!isRecord(params)) return;
  clampNumber(params, 'productiveHoursPerFte', path, adjust, (h) =>
    Math.min(h, LIMITS.maxHoursPerMonth),
  );
}

/** The second-edition step. `data` is a copy the step may change in place. */
export function secondEdition(data: unknown, adjust: Adjust): unknown {
  if (!isRecord(data)) return data;
  const canvas = data;
  const { currency } = canvas;
  if (typeof currency === 'string' && /^[A-Z]{3}$/.test(currency) && !isKnownCurrency(currency)) {
    adjust({ path: ['currency'], from: currency, to: FALLBACK_CURRENCY });
    canvas.currency = FALLBACK_CURRENCY;
  }
  for (const [segment, i] of records(canvas.segments)) {
    clampNumber(segment, 'monthlyChurn', ['segments', i], adjust, (churn) =>
      churn >= 1 ? MAX_MIGRATED_CHURN : churn,
    );
    dedupe(segment, 'expectedRelationships');
  }
  for (const [relationship, i] of records(canvas.relationships)) {
    dedupe(relationship, 'purposes');
    capHours(relationship.params, ['relationships', i, 'params'], adjust);
  }
  for (const [channel] of records(canvas.channels)) {
    dedupe(channel, 'functions');
    dedupe(channel, 'phases');
  }
  const settings = canvas.settings;
  if (isRecord(settings)) {
    if (isRecord(settings.typeDefaults)) {
      for (const [type, params] of Object.entries(settings.typeDefaults)) {
        capHours(params, ['settings', 'typeDefaults', type], adjust);
      }
    }
    if (isRecord(settings.rules)) {
      clampNumber(settings.rules, 'ltvCacTarget', ['settings', 'rules'], adjust, (target) =>
        Math.max(target, 1),
      );
    }
  }
  return canvas;
}
