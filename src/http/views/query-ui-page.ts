// The query UI's HTML page: YASGUI on this server's /sparql, the example catalogue beside it.
// Korean first, English for browsers that prefer it. No inline script (the CSP forbids it):
// assets/query-ui.js starts the editor.
import type { ExampleQuery } from '../query-catalogue.ts';
import type { AssetName } from '../static-assets.ts';
import type { Lang as UiLanguage } from './i18n.ts';

interface UiStrings {
  readonly title: string;
  readonly heading: string;
  /** HTML (trusted: written here). */
  readonly intro: string;
  readonly examples: string;
  readonly examplesHint: string;
  readonly source: string;
  /** HTML (trusted: written here). */
  readonly noscript: string;
  readonly loadFailed: string;
  /** Names for YASGUI's unlabelled controls and the new-tab button (assets/query-ui.js uses them). */
  readonly endpointLabel: string;
  readonly editorLabel: string;
  readonly responseLabel: string;
  readonly pageSizeLabel: string;
  readonly newTab: string;
}

const STRINGS: Record<UiLanguage, UiStrings> = {
  ko: {
    title: 'Plaza SPARQL 질의',
    heading: 'SPARQL 질의 편집기',
    intro:
      '공개 그래프를 SPARQL로 질의합니다. 질의 끝점은 이 서버의 <code>/sparql</code> 입니다 (SPARQL 1.1 프로토콜).',
    examples: '예제 질의',
    examplesHint: '예제를 고르면 새 탭에 열립니다. 실행 단추(▶)나 Ctrl+Enter로 실행하십시오.',
    source: '원문',
    noscript:
      '질의 편집기에는 JavaScript가 필요합니다. 스크립트 없이 질의하려면 <code>/sparql?query=…</code> 로 요청하십시오.',
    loadFailed: '예제 질의를 불러오지 못했습니다.',
    endpointLabel: 'SPARQL 끝점',
    editorLabel: 'SPARQL 질의',
    responseLabel: '질의 응답',
    pageSizeLabel: '한 쪽에 보일 행 수',
    newTab: '새 질의 탭',
  },
  en: {
    title: 'Plaza SPARQL query',
    heading: 'SPARQL query editor',
    intro:
      'Query the public graph with SPARQL. The endpoint is this server’s <code>/sparql</code> (SPARQL 1.1 Protocol).',
    examples: 'Example queries',
    examplesHint: 'Pick an example to open it in a new tab; run it with ▶ or Ctrl+Enter.',
    source: 'source',
    noscript:
      'The query editor needs JavaScript. Without it, send your query to <code>/sparql?query=…</code>.',
    loadFailed: 'The example queries could not be loaded.',
    endpointLabel: 'SPARQL endpoint',
    editorLabel: 'SPARQL query',
    responseLabel: 'Query response',
    pageSizeLabel: 'Rows per page',
    newTab: 'New query tab',
  },
};

export interface QueryUiPageInput {
  readonly lang: UiLanguage;
  readonly examples: readonly ExampleQuery[];
  /** Asset URLs relative to the page (the page is served at the root: /sparql, /query). */
  readonly assets: Readonly<Record<AssetName, string>>;
}

export function renderQueryUiPage({ lang, examples, assets }: QueryUiPageInput): string {
  const t = STRINGS[lang];
  const items = examples
    .map(
      (e) => `      <li>
        <button type="button" data-example="${escapeHtml(e.file)}">${escapeHtml(e.title)}</button>
        <p>${escapeHtml(e.description)} <a href="queries/${encodeURIComponent(e.file)}">${t.source}</a></p>
      </li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${t.title}</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="${escapeHtml(assets['yasgui/yasgui.min.css'])}">
  <link rel="stylesheet" href="${escapeHtml(assets['query-ui.css'])}">
  <script src="${escapeHtml(assets['yasgui/yasgui.min.js'])}" defer></script>
  <script src="${escapeHtml(assets['query-ui.js'])}" defer></script>
</head>
<body>
  <header>
    <h1>${t.heading}</h1>
    <p>${t.intro}</p>
  </header>
  <main>
    <nav class="examples" aria-labelledby="examples-heading">
      <h2 id="examples-heading">${t.examples}</h2>
      <p class="hint">${t.examplesHint}</p>
      <ol>
${items}
      </ol>
    </nav>
    <section class="editor">
      <noscript><p>${t.noscript}</p></noscript>
      <div id="yasgui" data-endpoint="sparql" data-catalogue="queries" data-load-failed="${escapeHtml(t.loadFailed)}"
        data-label-endpoint="${escapeHtml(t.endpointLabel)}" data-label-editor="${escapeHtml(t.editorLabel)}"
        data-label-response="${escapeHtml(t.responseLabel)}" data-label-page-size="${escapeHtml(t.pageSizeLabel)}"
        data-label-new-tab="${escapeHtml(t.newTab)}"></div>
    </section>
  </main>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch,
  );
}
