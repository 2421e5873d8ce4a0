import { redo, undo } from '@/store/undo';

const TEXT_INPUT_TYPES = new Set([
  'text',
  'search',
  'email',
  'url',
  'tel',
  'password',
  'number',
  '',
]);

/**
 * Text fields keep the browser's own undo (it restores the caret and partial words), so the
 * canvas-wide shortcut only acts when focus is elsewhere.
 */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.type);
}

/** Which history step a key press asks for: Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z and Ctrl+Y. */
export function historyCommand(event: KeyboardEvent): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && event.ctrlKey && !event.shiftKey) return 'redo';
  return null;
}

// Spec decision: the global undo shortcut works everywhere except inside text fields, where the
// browser's native text undo stays in charge; the header buttons undo canvas edits from anywhere.
export function handleUndoShortcut(event: KeyboardEvent) {
  const command = historyCommand(event);
  if (!command || event.defaultPrevented || isTextEntry(event.target)) return;
  event.preventDefault();
  if (command === 'undo') undo();
  else redo();
}
