// Starts YASGUI on the query page: this server's /sparql as the only endpoint, no lookups on other
// origins (the CSP would block them; prefix.cc and LOV autocompletion are switched off), and the
// queries/ catalogue opened as tabs from the list beside the editor.
/* global Yasgui, document, window, fetch, URL, MutationObserver */
(function startQueryUi() {
  'use strict';
  var root = document.getElementById('yasgui');
  if (!root || typeof Yasgui === 'undefined') return;
  var endpoint = new URL(root.dataset.endpoint || 'sparql', document.baseURI).href;

  // Yasqe deep-merges its defaults into every editor's config and lodash merges arrays index by
  // index, so the completer list must be cut at the defaults: "property" and "class" ask
  // lov.linkeddata.es; "prefixes" uses its bundled list (prefixCcApi stays null).
  var completers = ['variables', 'prefixes'];
  Yasgui.Yasqe.defaults.autocompleters = completers.slice();
  Yasgui.defaults.yasqe.autocompleters = completers.slice();
  Yasgui.Yasqe.defaults.prefixCcApi = null;

  var yasgui = new Yasgui(root, {
    persistenceId: 'plaza-query-ui',
    copyEndpointOnNewTab: true,
    requestConfig: { endpoint: endpoint, method: 'POST' },
    endpointCatalogueOptions: {
      getData: function () {
        return [{ endpoint: endpoint }];
      },
    },
  });
  // Tabs remembered from an earlier visit may name another server's endpoint.
  Object.keys(yasgui._tabs).forEach(function (id) {
    var tab = yasgui.getTab(id);
    if (tab && tab.getEndpoint() !== endpoint) tab.setEndpoint(endpoint);
  });

  var catalogue = fetch(root.dataset.catalogue || 'queries', {
    headers: { Accept: 'application/json' },
  }).then(function (response) {
    if (!response.ok) throw new Error('GET queries: ' + response.status);
    return response.json();
  });

  function openExample(file) {
    return catalogue.then(function (body) {
      var example = body.queries.find(function (q) {
        return q.file === file;
      });
      if (!example) return;
      var open = Object.keys(yasgui._tabs).find(function (id) {
        return yasgui.getTab(id).getName() === example.title;
      });
      if (open) {
        yasgui.selectTabId(open);
        return;
      }
      yasgui.addTab(true, {
        name: example.title,
        yasqe: { value: example.query },
        requestConfig: { endpoint: endpoint },
      });
    });
  }

  function failed(error) {
    window.console.warn(error);
    var note = document.createElement('p');
    note.className = 'load-failed';
    note.setAttribute('role', 'alert');
    note.textContent = root.dataset.loadFailed || 'The example queries could not be loaded.';
    root.parentNode.insertBefore(note, root);
  }

  // YASGUI leaves some controls without a name (axe: label, select-name); they are named here,
  // again after every redraw, in the page's language.
  var names = [
    ['.autocomplete', root.dataset.labelEndpoint],
    ['.yasqe .CodeMirror textarea', root.dataset.labelEditor],
    ['.yasr .CodeMirror textarea', root.dataset.labelResponse],
    ['select.tableSizer', root.dataset.labelPageSize],
  ];
  function nameControls() {
    names.forEach(function (pair) {
      root.querySelectorAll(pair[0]).forEach(function (control) {
        if (pair[1] && !control.hasAttribute('aria-label'))
          control.setAttribute('aria-label', pair[1]);
      });
    });
  }
  nameControls();
  new MutationObserver(nameControls).observe(root, { childList: true, subtree: true });

  // YASGUI's own "+" sits inside its tablist, where only tabs belong (axe: aria-required-children);
  // query-ui.css hides it and this named button outside the list takes its place.
  var newTab = document.createElement('button');
  newTab.type = 'button';
  newTab.className = 'new-tab';
  newTab.textContent = root.dataset.labelNewTab || 'New query tab';
  newTab.addEventListener('click', function () {
    yasgui.addTab(true);
  });
  root.parentNode.insertBefore(newTab, root);

  catalogue.catch(failed);
  document.querySelectorAll('button[data-example]').forEach(function (button) {
    button.addEventListener('click', function () {
      openExample(button.dataset.example).catch(function () {});
    });
  });
})();
