/** How a share link's fragment starts; on its own so that checking for one loads no decoder. */
export const SHARE_PREFIX = '#share=';
