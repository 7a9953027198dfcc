/* global document, localStorage */
// Loaded in <head> before anything is painted (a file, since the site's CSP allows no inline script):
// applies the theme the visitor chose on an earlier visit, so a dark choice never flashes light.
// src/client/theme.ts offers the choice and stores it under the same key.
try {
  var theme = localStorage.getItem('privacy-center-theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.setAttribute('data-theme', theme);
} catch {
  // Storage refused (private mode, blocked cookies): the system's scheme applies.
}
