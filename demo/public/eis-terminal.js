// Demo web terminal emulator: keys send the screen's fields to the host and the reply is
// painted into the existing row elements, in place, without loading a page.
(function () {
  'use strict';
  var term = document.getElementById('term');
  var status = document.getElementById('termStatus');
  var current = { tx: 'INQ', case: '' };

  function paint(screen) {
    var rows = term.querySelectorAll('.trow');
    screen.rows.forEach(function (line, r) {
      var row = rows[r];
      var nodes = [];
      for (var c = 1; c <= 80; c++) {
        var field = screen.fields.filter(function (f) { return f.row === r + 1 && f.col === c; })[0];
        if (field) {
          var input = document.createElement('input');
          input.className = 'tf';
          input.name = field.name;
          input.value = field.value;
          input.size = field.len;
          input.maxLength = field.len;
          input.style.width = field.len + 'ch';
          input.setAttribute('aria-label', field.label);
          nodes.push(input);
          c += field.len - 1;
        } else {
          var span = document.createElement('span');
          var ch = line.charAt(c - 1);
          span.textContent = ch === ' ' ? '\u00a0' : ch;
          nodes.push(span);
        }
      }
      row.replaceChildren.apply(row, nodes);
    });
    var first = term.querySelector('input');
    if (first) first.focus();
  }

  function send(key) {
    var tx = term.querySelector('input[name=tx]');
    var cs = term.querySelector('input[name=case]');
    var params = new URLSearchParams({ key: key, tx: tx ? tx.value : '', case: cs ? cs.value : '', from: current.tx, current: current.case });
    status.textContent = 'X SYSTEM';
    fetch('/eis/api/screen?' + params.toString())
      .then(function (r) { return r.json(); })
      .then(function (reply) {
        current = { tx: reply.tx, case: reply.case };
        paint(reply.screen);
        status.textContent = 'READY';
      });
  }

  document.querySelectorAll('.keys button').forEach(function (b) {
    b.addEventListener('click', function () { send(b.getAttribute('data-key')); });
  });
  term.addEventListener('keydown', function (e) {
    if (e.key === 'Enter') { e.preventDefault(); send('ENTER'); }
    if (e.key === 'F3' || e.key === 'F7' || e.key === 'F8') { e.preventDefault(); send('P' + e.key); }
  });
})();
