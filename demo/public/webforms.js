// What ASP.NET WebForms emits for postbacks: the page's links call __doPostBack, which sets
// the event target and argument and submits the whole form.
(function () {
  'use strict';
  window.__doPostBack = function (eventTarget, eventArgument) {
    var form = document.getElementById('aspnetForm');
    form.__EVENTTARGET.value = eventTarget;
    form.__EVENTARGUMENT.value = eventArgument;
    form.submit();
  };
})();
