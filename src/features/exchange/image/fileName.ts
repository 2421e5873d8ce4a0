/**
 * A file name that is safe on every operating system: the canvas name without accents,
 * punctuation or reserved characters, plus the date, e.g. `cafe-de-la-esquina-2026-11-23.png`.
 */
export function safeFileName(name: string, date: Date, extension: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents split off by NFKD
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`; // local date
  return `${slug || 'canvas'}-${day}.${extension}`;
}
