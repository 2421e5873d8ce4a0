import { createRequire } from 'node:module';

import type { Page } from 'playwright-core';

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** WCAG 2.2 AA (with the 2.0 and 2.1 levels it builds on) plus axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export type AxeViolation = {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary: string }[];
};

type AxeWindow = Window & {
  axe?: {
    run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }>;
  };
};

/** Runs axe-core on the whole page as it is now (injected once per document). */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => Boolean((window as AxeWindow).axe));
  if (!loaded) await page.addScriptTag({ path: AXE_SCRIPT });
  return page.evaluate(async (tags) => {
    const axe = (window as AxeWindow).axe;
    if (!axe) throw new Error('axe-core did not load');
    const { violations } = await axe.run(document, { runOnly: tags, resultTypes: ['violations'] });
    // Only what a failure message needs: axe's own objects do not cross the page boundary.
    return violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target.map(String),
        failureSummary: n.failureSummary,
      })),
    }));
  }, AXE_TAGS);
}

/** One line per violated rule and element, readable in a failed assertion. */
export function describeViolations(violations: AxeViolation[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} @ ${n.target.join(' ')}`),
  );
}

/** Collects violation counts per screen and prints them as a table at the end of a file. */
export function createAxeReport() {
  const rows: { screen: string; rules: number; elements: number }[] = [];
  return {
    add(screen: string, violations: AxeViolation[]) {
      const elements = violations.reduce((sum, v) => sum + v.nodes.length, 0);
      rows.push({ screen, rules: violations.length, elements });
    },
    print(title: string) {
      if (rows.length === 0) return;
      const width = Math.max(...rows.map((r) => r.screen.length), 'screen'.length);
      const line = (screen: string, rules: string, elements: string) =>
        `${screen.padEnd(width)}  ${rules.padStart(5)}  ${elements.padStart(8)}`;
      console.log(
        [
          `axe-core violations: ${title}`,
          line('screen', 'rules', 'elements'),
          ...rows.map((r) => line(r.screen, String(r.rules), String(r.elements))),
        ].join('\n'),
      );
    },
  };
}

/**
 * Texts on the page that look like untranslated keys (`editor:segment.add`) or placeholders
 * left uninterpolated (`{{name}}`), in visible text and in the labels screen readers read.
 */
export function rawKeysOnPage(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const suspicious = /\b[a-z]+:[a-zA-Z]+\.[a-zA-Z.]+|{{\s*[\w.]+/g;
    const attributes = ['aria-label', 'title', 'placeholder', 'alt', 'aria-description'];
    const texts = [document.body.innerText, document.title];
    for (const el of document.querySelectorAll('*'))
      for (const name of attributes) texts.push(el.getAttribute(name) ?? '');
    return [...new Set(texts.flatMap((text) => text.match(suspicious) ?? []))];
  });
}
