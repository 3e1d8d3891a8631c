// LeonovData site: optional comforts. Every page reads and works without this script.
(function () {
  'use strict';
  var root = document.documentElement;
  var saved = null;
  try { saved = localStorage.getItem('leo-theme'); } catch (e) { /* storage may be off for file: pages */ }
  if (saved === 'light' || saved === 'dark') { root.setAttribute('data-theme', saved); }

  var button = document.getElementById('theme');
  if (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      var dark = root.getAttribute('data-theme') === 'dark' ||
        (!root.hasAttribute('data-theme') && window.matchMedia('(prefers-color-scheme: dark)').matches);
      var next = dark ? 'light' : 'dark';
      root.setAttribute('data-theme', next);
      try { localStorage.setItem('leo-theme', next); } catch (e) { /* ignore */ }
    });
  }

  var marks = Array.prototype.slice.call(document.querySelectorAll('mark.span'));
  // Escape hides the focused span's card until focus moves on.
  document.addEventListener('keydown', function (event) {
    var mark = event.target.closest && event.target.closest('mark.span');
    if (event.key === 'Escape' && mark) { mark.classList.add('closed'); }
    // j / k move between spans, as in a reader.
    if ((event.key === 'j' || event.key === 'k') && marks.length && !event.ctrlKey && !event.metaKey && !event.altKey) {
      var at = marks.indexOf(mark);
      var next = event.key === 'j' ? Math.min(marks.length - 1, at + 1) : Math.max(0, at - 1);
      marks[at < 0 ? 0 : next].focus();
      event.preventDefault();
    }
  });
  marks.forEach(function (mark) {
    mark.addEventListener('blur', function () { mark.classList.remove('closed'); });
  });

  // A linked span (#s12) gets the focus, so its card shows and the keyboard continues from there.
  function focusTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (target && target.matches('mark.span')) { target.focus({ preventScroll: false }); }
  }
  window.addEventListener('hashchange', focusTarget);
  focusTarget();
})();
