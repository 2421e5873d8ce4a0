/** The thousands separator `language` writes ("." in Spanish, "," in English), from Intl. */
function groupSeparator(language: string): string {
  const parts = new Intl.NumberFormat(language).formatToParts(10_000);
  return parts.find((part) => part.type === 'group')?.value ?? ',';
}

/**
 * Reads a number typed the way people write it: "1.250,5", "1,250.5", "12,5", "12.5", "1 250".
 * A lone separator before exactly three digits is a thousands separator in the language
 * that groups with it ("1.250" is 1250 in Spanish, "1,250" is 1250 in English).
 * Returns NaN for anything that is not a number.
 */
export function parseLocaleNumber(text: string, language = 'en'): number {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/[%€$£]/g, '');
  if (!/^[-+]?(\d|[.,]\d)[\d.,]*$/.test(compact)) return Number.NaN;
  const dots = compact.split('.').length - 1;
  const commas = compact.split(',').length - 1;
  let decimal: '.' | ',' | null;
  if (dots && commas) decimal = compact.lastIndexOf('.') > compact.lastIndexOf(',') ? '.' : ',';
  else if (dots + commas === 0) decimal = null;
  else {
    const sep = dots ? '.' : ',';
    const groupsInLanguage = groupSeparator(language);
    const lonePlusThree = new RegExp(`^[-+]?\\d{1,3}\\${sep}\\d{3}$`).test(compact);
    decimal = (dots || commas) > 1 || (lonePlusThree && sep === groupsInLanguage) ? null : sep;
  }
  const thousands = decimal === '.' ? ',' : decimal === ',' ? '.' : /[.,]/g;
  const digits = compact.split(thousands).join('');
  return Number(decimal ? digits.replace(decimal, '.') : digits);
}
