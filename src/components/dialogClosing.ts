import { createContext } from 'react';

/**
 * True while a closed editor stays mounted, hidden, until the board behind it has painted: the
 * Escape key paints the board at once, and the editor's unmounting runs after that frame.
 */
export const DialogClosing = createContext(false);
