import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { LinkifiedText, safeHref } from '@/components/LinkifiedText';

describe('LinkifiedText (#37)', () => {
  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '//evil.example',
    'vbscript:msgbox',
    'file:///etc/passwd',
  ])('#37 shows %j as text, never as a link', (value) => {
    const { container } = render(<LinkifiedText text={value} />);
    expect(container.querySelector('a')).toBeNull();
    expect(container.textContent).toBe(value);
  });

  it('#37 makes http, https and mailto links live, opening apart', () => {
    const { container } = render(
      <LinkifiedText
        text={'Ver https://example.org/a?b=1 o http://x.test y mailto:ana@example.org'}
      />,
    );
    const links = [...container.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://example.org/a?b=1',
      'http://x.test/',
      'mailto:ana@example.org',
    ]);
    expect(links.every((a) => a.rel === 'noopener noreferrer' && a.target === '_blank')).toBe(true);
    expect(container.textContent).toBe(
      'Ver https://example.org/a?b=1 o http://x.test y mailto:ana@example.org',
    );
  });

  it('#37 judges the parsed URL, not how the text starts', () => {
    expect(safeHref('https://ok.example')).toBe('https://ok.example/');
    expect(safeHref('http:javascript:alert(1)')).toBeNull();
    expect(safeHref('mailto:')).toBe('mailto:');
  });
});
