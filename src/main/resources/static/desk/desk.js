// Progressive enhancement only: every desk page works without JavaScript.
const { initAll } = await import(document.querySelector('link[href*="govuk-frontend.min.css"]').href
  .replace('govuk-frontend.min.css', 'govuk-frontend.min.js'));
initAll();
