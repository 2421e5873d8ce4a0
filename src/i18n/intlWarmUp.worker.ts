/**
 * Runs off the main thread. A page's first Intl.NumberFormat, whatever its locale, first loads
 * number data the whole browser process then shares: 80-300 ms at 4x CPU throttle, which the
 * first screen paid inside its render. Built here, in parallel with the app's own start-up, the
 * first screen's formatters find it loaded. Plural rules (i18next's counts) and list formats
 * (names joined by "and") likewise.
 */
const language = navigator.language;
new Intl.NumberFormat(language).format(0);
new Intl.PluralRules(language).select(0);
new Intl.ListFormat(language).format([]);
close();
