import type { Severity } from '@/domain';

/**
 * The one set of severity marks. Each severity has its own shape (a cross, a triangle, an
 * "i"), so colour is never the only cue; the written name always goes with it for screen
 * readers. Apart from Severity.tsx, so the board's counts load them without the icons.
 */
export const SEVERITY_SYMBOLS: Record<Severity, string> = { error: '✖', warning: '⚠', hint: 'ℹ' };
