// GOV.UK Frontend's components only start where the browser supports them (see desk.js).
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
