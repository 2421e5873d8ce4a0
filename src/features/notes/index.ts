/** A block of notes, placed on the board by the canvas. */
export { NotesBlock } from './NotesBlock';
