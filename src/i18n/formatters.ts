import type { i18n as I18n } from 'i18next';

import { conjunctionFormat, decimalFormat, formatMoney, percentFormat } from './numberFormats';

type FormatOptions = { currency?: string; [key: string]: unknown };

const DEFAULT_CURRENCY = 'EUR';

function toNumber(value: unknown): number | null {
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}

/**
 * Formatters used inside locale strings, e.g. `{{cost, money}}` or `{{share, percent}}`.
 * The canvas currency arrives as the `currency` option of `t()`.
 */
export function registerFormatters(i18n: I18n) {
  const formatter = i18n.services.formatter;
  if (!formatter) return;
  formatter.add('money', (value, lng, options: FormatOptions) => {
    const n = toNumber(value);
    if (n === null) return String(value ?? '');
    const currency = typeof options.currency === 'string' ? options.currency : DEFAULT_CURRENCY;
    return formatMoney(lng, currency, n);
  });
  formatter.add('percent', (value, lng) => {
    const n = toNumber(value);
    if (n === null) return String(value ?? '');
    return percentFormat(lng).format(n);
  });
  formatter.add('decimal', (value, lng) => {
    const n = toNumber(value);
    if (n === null) return String(value ?? '');
    return decimalFormat(lng, 2).format(n);
  });
  formatter.add('months', (value, lng) => {
    const n = toNumber(value);
    if (n === null) return String(value ?? '');
    return decimalFormat(lng, 1).format(n);
  });
  // Lists of enum ids ("evaluation,delivery") become translated, locale-joined lists.
  const listOf = (prefix: string) => (value: unknown, lng: string | undefined) => {
    const ids = String(value ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean);
    // Labels are written for headings ("Self-service"); inside a sentence they read lower-case.
    const names = ids.map((id) => {
      const label = i18n.t(`${prefix}.${id}`, { lng });
      return label.charAt(0).toLocaleLowerCase(lng) + label.slice(1);
    });
    return conjunctionFormat(lng).format(names);
  };
  formatter.add('phases', listOf('common:enum.phase'));
  formatter.add('relTypes', listOf('common:enum.relationshipType'));
  formatter.add('purposes', listOf('enums:purpose'));
}
