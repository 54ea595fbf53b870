// The presenter window is the same app opened under this window name (a URL key would be lost
// when the URL sync rewrites the address, and the name survives reloads of that window).
export const PRESENTER_WINDOW = 'atlas-presenter';
