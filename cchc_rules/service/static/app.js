// Pages answer 422 when what was sent has problems (shown on the page), 403/404/409/429 with a
// message page: htmx swaps those in like any page, instead of ignoring them.
document.addEventListener("htmx:beforeSwap", function (event) {
  var status = event.detail.xhr.status;
  if (status === 401 || status === 403 || status === 404 || status === 409 || status === 422 || status === 429) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});
