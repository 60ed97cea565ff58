import { readFileSync } from 'node:fs';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { Resvg } from '@resvg/resvg-js';

// The icon is drawn once, as SVG, and rendered to every toolbar and store size at build time.
const ICON_SOURCE = new URL('./entrypoints/icon/quotelight.svg', import.meta.url);
const ICON_SIZES = [16, 32, 48, 128] as const;
const ICONS = Object.fromEntries(ICON_SIZES.map((size) => [size, `icon/${size}.png`]));
const renderIcon = (svg: string, size: number) => new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();

// The e2e build (`--mode e2e`) adds a loopback host permission so automation can inject
// without the toolbar click that grants activeTab; the shipped build has no host permission.
export default defineConfig({
  imports: false,
  // Static files (the _locales strings) sit with the entrypoints that ship them.
  publicDir: 'entrypoints/public',
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  // QL_BUILD_UNMINIFIED=1 keeps function names, for the CPU profiles of `QL_BENCH_PROFILE=1 npm run bench:speed`.
  vite: () => ({ plugins: [preact()], ...(process.env.QL_BUILD_UNMINIFIED === '1' ? { build: { minify: false } } : {}) }),
  // The sources zip for addons.mozilla.org: the repository, without what git ignores locally.
  zip: { excludeSources: ['screenshots/**', 'stats.html', '.scratch/**', '**/*.log'] },
  hooks: {
    // WXT names the toolbar button after the popup's <title>; the localized tooltip wins.
    'build:manifestGenerated': (_wxt, manifest) => {
      const button = manifest.action ?? manifest.browser_action;
      if (button) {
        button.default_title = '__MSG_actionTitle__';
        button.default_icon = ICONS;
      }
    },
    'build:publicAssets': (_wxt, files) => {
      const svg = readFileSync(ICON_SOURCE, 'utf8');
      // WXT writes `contents` with fs.writeFile, which takes bytes as they are.
      for (const size of ICON_SIZES) files.push({ relativeDest: ICONS[size]!, contents: renderIcon(svg, size) as unknown as string });
    },
  },
  manifest: ({ mode, browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    icons: ICONS,
    default_locale: 'en',
    // contextMenus: "Open in reader mode" and "Copy key quotes" on pages.
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    commands: {
      'toggle-reader': { suggested_key: { default: 'Alt+Shift+R' }, description: '__MSG_commandToggleReader__' },
    },
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'quotelight@quotelight.example',
              strict_min_version: '140.0',
              // Quotelight collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
