// The presentation feature's public entry: other features present a canvas of their own
// (the class dashboard presents a student's canvas, not the one open in the editor).
export const loadPresentCanvas = () =>
  import('./PresentationMode').then((m) => ({ default: m.PresentCanvas }));
