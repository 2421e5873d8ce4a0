import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

import './Tabs.css';

export type TabItem<T extends string> = { id: T; label: string; panel: ReactNode };

type Props<T extends string> = {
  /** Accessible name of the tab list. */
  label: string;
  tabs: readonly TabItem<T>[];
  active: T;
  onChange: (id: T) => void;
};

/**
 * ARIA tabs with automatic activation: arrows, Home and End move between tabs.
 * A panel is built the first time its tab is shown, in that same render, then stays mounted
 * (hidden when inactive), so drafts survive switching tabs and an edit re-renders only the
 * panels the user has opened.
 */
export function Tabs<T extends string>({ label, tabs, active, onChange }: Props<T>) {
  const baseId = useId();
  const [opened, setOpened] = useState<ReadonlySet<T>>(() => new Set([active]));
  if (!opened.has(active)) setOpened(new Set(opened).add(active));
  const buttons = useRef(new Map<T, HTMLButtonElement>());
  const tabId = (id: T) => `${baseId}-tab-${id}`;
  const panelId = (id: T) => `${baseId}-panel-${id}`;

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const target =
      event.key === 'ArrowRight' ? (index === last ? 0 : index + 1)
      : event.key === 'ArrowLeft' ? (index === 0 ? last : index - 1)
      : event.key === 'Home' ? 0
      : event.key === 'End' ? last
      : null; // prettier-ignore
    const next = target === null ? undefined : tabs[target];
    if (!next) return;
    event.preventDefault();
    onChange(next.id);
    buttons.current.get(next.id)?.focus();
  };

  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} className="tabs__list">
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            ref={(el) => {
              if (el) buttons.current.set(tab.id, el);
              else buttons.current.delete(tab.id);
            }}
            type="button"
            role="tab"
            id={tabId(tab.id)}
            className="tabs__tab"
            aria-selected={tab.id === active}
            aria-controls={panelId(tab.id)}
            tabIndex={tab.id === active ? 0 : -1}
            onClick={() => onChange(tab.id)}
            onKeyDown={(e) => onKeyDown(e, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={panelId(tab.id)}
          aria-labelledby={tabId(tab.id)}
          className="tabs__panel"
          data-tab={tab.id}
          hidden={tab.id !== active}
          tabIndex={0}
        >
          {(tab.id === active || opened.has(tab.id)) && tab.panel}
        </div>
      ))}
    </div>
  );
}
