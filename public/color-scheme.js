// Sets the colour scheme before the app renders, so dark-mode users never see a white flash.
// A file, not an inline script, so the Content-Security-Policy can forbid inline scripts.
(function () {
  try {
    var stored = window.localStorage.getItem('mantine-color-scheme-value');
    var scheme = stored === 'light' || stored === 'dark' ? stored : null;
    if (!scheme) {
      scheme = window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    }
    document.documentElement.setAttribute('data-mantine-color-scheme', scheme);
  } catch (_) {
    document.documentElement.setAttribute('data-mantine-color-scheme', 'light');
  }
})();
