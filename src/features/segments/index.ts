/** The segments block, placed on the board by the canvas. */
export { SegmentsBlock } from './SegmentsBlock';
