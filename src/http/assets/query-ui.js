// Starts YASGUI on the query page: this server's /sparql as the only endpoint, no lookups on other
// origins (the CSP would block them; prefix.cc and LOV autocompletion are switched off), and the
// queries/ catalogue opened as tabs from the list beside the editor.
/* global Yasgui, document, window, fetch, URL */
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

  catalogue.catch(failed);
  document.querySelectorAll('button[data-example]').forEach(function (button) {
    button.addEventListener('click', function () {
      openExample(button.dataset.example).catch(function () {});
    });
  });
})();
