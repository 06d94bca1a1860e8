// The query UI's and the resource pages' static files — YASGUI's build from its npm package (never a CDN: the CSP allows
// only this origin) and our own bootstrap script and stylesheets — each read, fingerprinted and
// gzipped once per process.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

// The package's "require" export is build/yasgui.min.js; its siblings are the rest of the build.
const YASGUI_BUILD = dirname(createRequire(import.meta.url).resolve('@zazuko/yasgui'));
const OWN = fileURLToPath(new URL('./assets/', import.meta.url));

const SOURCES = {
  'yasgui/yasgui.min.js': { path: join(YASGUI_BUILD, 'yasgui.min.js'), type: JS },
  'yasgui/yasgui.min.css': { path: join(YASGUI_BUILD, 'yasgui.min.css'), type: CSS },
  'query-ui.js': { path: join(OWN, 'query-ui.js'), type: JS },
  'query-ui.css': { path: join(OWN, 'query-ui.css'), type: CSS },
  'pages.css': { path: join(OWN, 'pages.css'), type: CSS },
} as const;

/** A servable asset, by its path under /assets/. */
export type AssetName = keyof typeof SOURCES;

export const ASSET_NAMES = Object.keys(SOURCES) as AssetName[];

export function isAssetName(name: string): name is AssetName {
  return Object.hasOwn(SOURCES, name);
}

export interface StaticAsset {
  readonly type: string;
  /** The text as served (the leak alarm scans this once per app, not per request). */
  readonly text: string;
  readonly body: Uint8Array<ArrayBuffer>;
  readonly gzip: Uint8Array<ArrayBuffer>;
  /** A content fingerprint: the page links `?v=<version>` so a changed file gets a new URL. */
  readonly version: string;
  readonly etag: string;
}

const loaded = new Map<AssetName, Promise<StaticAsset>>();

/** The asset, read on first use and kept (the files do not change while the process runs). */
export function staticAsset(name: AssetName): Promise<StaticAsset> {
  let asset = loaded.get(name);
  if (!asset) {
    asset = readAsset(name);
    // A failed read is not cached: the next request tries again.
    asset.catch(() => loaded.delete(name));
    loaded.set(name, asset);
  }
  return asset;
}

/** `assets/<name>?v=<version>` for every asset, relative to a page at the root. */
export async function assetUrls(): Promise<Record<AssetName, string>> {
  const entries = await Promise.all(
    ASSET_NAMES.map(async (name) => [
      name,
      `assets/${name}?v=${(await staticAsset(name)).version}`,
    ]),
  );
  return Object.fromEntries(entries) as Record<AssetName, string>;
}

async function readAsset(name: AssetName): Promise<StaticAsset> {
  const source = SOURCES[name];
  // The source map is not served (3.6 MB, and only for debugging YASGUI itself): without the
  // comment, browsers do not ask for it.
  const text = (await readFile(source.path, 'utf8')).replace(
    /\n\/\/# sourceMappingURL=\S+\s*$/,
    '\n',
  );
  const body = new TextEncoder().encode(text);
  const version = createHash('sha256').update(body).digest('base64url').slice(0, 12);
  return {
    type: source.type,
    text,
    body,
    gzip: new Uint8Array(gzipSync(body)),
    version,
    etag: `"${version}"`,
  };
}
