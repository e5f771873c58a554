// a notice mail links to /?agency=<id>&year=<year>: that agency's alerts of that year (run before the page loads)
(function () {
  const p = new URLSearchParams(location.search);
  if (p.get('agency')) location.replace('/alerts.html' + location.search);
})();
