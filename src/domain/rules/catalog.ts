/**
 * The table of DOMAIN.md §3: every coherence rule, its primary severity and the part of the
 * canvas a user edits to fix it. Rule logic lives in the themed files next to this one.
 */
import type { Severity } from '../types';

export const RULE_IDS = [
  'CR01', 'CR02', 'CR03', 'CR04', 'CR05', 'CR06', 'CR07', 'CR08', 'CR09', 'CR10',
  'CR11', 'CR12', 'CR13', 'CR14', 'CR15', 'CR16', 'CR17', 'CR18', 'CR19', 'CR20',
  'CR21', 'CR22', 'CR23', 'CR24', 'CR25', 'CR26', 'CR27', 'CR28', 'CR29',
] as const; // prettier-ignore
export type RuleId = (typeof RULE_IDS)[number];

/** Primary severities; CR25 escalates to error and CR17 drops to hint per finding. */
export const RULE_SEVERITIES: Readonly<Record<RuleId, Severity>> = {
  CR01: 'error',
  CR02: 'error',
  CR03: 'hint',
  CR04: 'hint',
  CR05: 'warning',
  CR06: 'error',
  CR07: 'warning',
  CR08: 'warning',
  CR09: 'hint',
  CR10: 'hint',
  CR11: 'hint',
  CR12: 'warning',
  CR13: 'warning',
  CR14: 'warning',
  CR15: 'warning',
  CR16: 'hint',
  CR17: 'warning',
  CR18: 'warning',
  CR19: 'warning',
  CR20: 'warning',
  CR21: 'warning',
  CR22: 'hint',
  CR23: 'error',
  CR24: 'warning',
  CR25: 'warning',
  CR26: 'warning',
  CR27: 'warning',
  CR28: 'warning',
  CR29: 'hint',
};

export type RuleTarget = 'segment' | 'relationship' | 'channel' | 'tactic' | 'economics';

/** Where the UI takes the user to act on a finding (the field that fixes it). */
export const RULE_TARGETS: Readonly<Record<RuleId, RuleTarget>> = {
  CR01: 'relationship',
  CR02: 'channel',
  CR03: 'segment',
  CR04: 'relationship',
  CR05: 'relationship',
  CR06: 'channel',
  CR07: 'tactic',
  CR08: 'tactic',
  CR09: 'tactic',
  CR10: 'tactic',
  CR11: 'segment',
  CR12: 'channel',
  CR13: 'channel',
  CR14: 'relationship',
  CR15: 'channel',
  CR16: 'channel',
  CR17: 'relationship',
  CR18: 'relationship',
  CR19: 'relationship',
  CR20: 'relationship',
  CR21: 'relationship',
  CR22: 'relationship',
  CR23: 'economics',
  CR24: 'economics',
  CR25: 'economics',
  CR26: 'economics',
  CR27: 'economics',
  CR28: 'economics',
  CR29: 'tactic',
};
