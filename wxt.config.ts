import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The e2e build (`--mode e2e`) adds a loopback host permission so automation can inject
// without the toolbar click that grants activeTab; the shipped build has no host permission.
export default defineConfig({
  imports: false,
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ mode, browser }) => ({
    name: 'Quotelight',
    description: 'A clean reader view for news pages that finds who said what.',
    permissions: ['activeTab', 'scripting', 'storage'],
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    action: { default_title: 'Read with Quotelight' },
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
