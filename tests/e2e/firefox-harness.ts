import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { TimeoutError, type Browser, type Page } from 'puppeteer-core';
import { REPO } from './harness';

/**
 * Firefox end to end: Debian's firefox-esr, headless, driven by puppeteer-core over WebDriver BiDi
 * (Playwright only drives its own patched Firefox). The add-on is the MV2 e2e build, installed as a
 * temporary add-on through BiDi `webExtension.install`.
 */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve(REPO, '.output/firefox-mv2-e2e');
/** Fixed through the `extensions.webextensions.uuids` pref, so `moz-extension://` URLs are known up front. */
export const FIREFOX_EXTENSION_UUID = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';

/** Builds the Firefox e2e add-on (`wxt build -b firefox --mode e2e`) into `.output/firefox-mv2-e2e`. */
export function buildFirefoxExtension(): void {
  try {
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mode', 'e2e'], { cwd: REPO, stdio: 'pipe' });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    process.stderr.write(`${stdout ?? ''}${stderr ?? ''}`);
    throw error;
  }
}

/** The add-on's gecko id, from the built manifest. */
export function geckoId(): string {
  const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error('The Firefox build has no browser_specific_settings.gecko.id.');
  return id;
}

/** Why Firefox cannot be used here, or undefined if the executable exists and reports a version. */
export function firefoxUnavailable(): string | undefined {
  if (!existsSync(FIREFOX_PATH)) return `${FIREFOX_PATH} does not exist (apt-get install firefox-esr, or set FIREFOX_PATH)`;
  try {
    execFileSync(FIREFOX_PATH, ['--version'], { stdio: 'pipe', timeout: 30_000 });
    return undefined;
  } catch (error) {
    const { stderr, message } = error as { stderr?: Buffer; message: string };
    return `${FIREFOX_PATH} --version failed: ${`${stderr ?? ''}`.trim() || message}`;
  }
}

/** This machine or this Firefox cannot run the Firefox tests; `message` says exactly why. */
export class FirefoxUnavailableError extends Error {}

export interface FirefoxWithExtension {
  browser: Browser;
  /** `moz-extension://<uuid>` */
  extensionOrigin: string;
  profileDir: string;
  close: () => Promise<void>;
}

/** Launches headless firefox-esr with a fresh profile and the e2e add-on installed as a temporary add-on. */
export async function launchFirefoxWithExtension(): Promise<FirefoxWithExtension> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) throw new Error('Build the Firefox e2e add-on first.');
  const id = geckoId();
  // One temporary directory holds the profile and a HOME Firefox may write to (we may run as root
  // with a HOME that is not ours); both go away on close.
  const root = mkdtempSync(join(tmpdir(), 'quotelight-firefox-'));
  const profileDir = join(root, 'profile');
  const home = join(root, 'home');
  mkdirSync(profileDir);
  mkdirSync(home);
  const cleanUp = () => rmSync(root, { recursive: true, force: true });
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      userDataDir: profileDir,
      // WebDriver BiDi refuses to navigate to anything but http(s), file, blob and about:blank
      // ("Navigation to "moz-extension://…" is not allowed in this context") unless the remote
      // agent may touch privileged contexts; the popup is a moz-extension:// page.
      args: ['--remote-allow-system-access'],
      timeout: 45_000,
      protocolTimeout: 45_000,
      env: { ...process.env, HOME: home, MOZ_HEADLESS: '1', MOZ_CRASHREPORTER_DISABLE: '1', XDG_RUNTIME_DIR: home },
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [id]: FIREFOX_EXTENSION_UUID }),
        // Temporary add-ons load unsigned anyway; say so for the profile as well.
        'xpinstall.signatures.required': false,
        'extensions.install.requireBuiltInCerts': false,
        // Nothing reaches for the network: no proxy lookups, updates, telemetry or remote settings.
        'network.proxy.type': 0,
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        'app.update.enabled': false,
        'app.update.auto': false,
        'browser.shell.checkDefaultBrowser': false,
        'browser.discovery.enabled': false,
        'browser.ping-centre.telemetry': false,
        'datareporting.healthreport.uploadEnabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.enabled': false,
        'toolkit.telemetry.unified': false,
        'toolkit.telemetry.archive.enabled': false,
        'toolkit.telemetry.server': '',
        'extensions.blocklist.enabled': false,
        'extensions.getAddons.showPane': false,
        'extensions.htmlaboutaddons.recommendations.enabled': false,
        'browser.safebrowsing.provider.mozilla.updateURL': '',
        'browser.topsites.contile.enabled': false,
        'browser.newtabpage.activity-stream.feeds.snippets': false,
      },
    });
  } catch (error) {
    cleanUp();
    throw new FirefoxUnavailableError(`${FIREFOX_PATH} did not start headless: ${oneLine(error)}`);
  }
  const close = async () => {
    await browser.close().catch(() => {});
    cleanUp();
  };
  try {
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
  } catch (error) {
    await close();
    // An old Firefox without BiDi `webExtension.install` is a limit of the browser; any other
    // install error (a manifest Firefox rejects) is a failure of the add-on.
    if (/unknown command|unsupported operation|not supported/i.test(firstLine(error))) {
      throw new FirefoxUnavailableError(`${FIREFOX_PATH} cannot install add-ons over WebDriver BiDi: ${firstLine(error)}`);
    }
    throw error;
  }
  return { browser, extensionOrigin: `moz-extension://${FIREFOX_EXTENSION_UUID}`, profileDir, close };
}

/**
 * Opens `moz-extension://<uuid>/<path>` in a new tab and waits until it has loaded.
 *
 * Firefox's WebDriver BiDi carries out the navigation but reports no events for extension
 * contexts (they are skipped "until we support debugging webextensions", Mozilla bug 1755014),
 * so `page.goto` never sees the load and times out. The page itself can be evaluated, so the
 * wait is done by asking it: its URL and `document.readyState`.
 */
export async function openExtensionPage(firefox: FirefoxWithExtension, path: string, timeout = 20_000): Promise<Page> {
  const page = await firefox.browser.newPage();
  const url = `${firefox.extensionOrigin}/${path}`;
  await page.goto(url, { timeout: 2_000 }).catch((error: unknown) => {
    if (!(error instanceof TimeoutError)) throw error;
  });
  const deadline = Date.now() + timeout;
  for (;;) {
    const state = await page.evaluate(() => ({ href: location.href, ready: document.readyState })).catch(() => undefined);
    if (state?.href === url && state.ready === 'complete') return page;
    if (Date.now() > deadline) throw new Error(`${url} did not load within ${timeout} ms (last seen: ${JSON.stringify(state)})`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** The WebExtension tab id Firefox gave the tab showing `url`, asked from an extension page. */
export async function firefoxTabIdOf(firefox: FirefoxWithExtension, url: string): Promise<number> {
  const probe = await openExtensionPage(firefox, 'popup.html?tab=-1');
  try {
    const id = await probe.evaluate(async (wanted) => {
      type Tabs = { tabs: { query: (q: object) => Promise<Array<{ id?: number; url?: string }>> } };
      const api = (globalThis as unknown as { browser: Tabs }).browser;
      const tabs = await api.tabs.query({});
      return tabs.find((tab) => tab.url === wanted)?.id ?? -1;
    }, url);
    if (id < 0) throw new Error(`No tab found for ${url}`);
    return id;
  } finally {
    await probe.close();
  }
}

/** The whole error message (puppeteer puts the browser's stderr after the first line), on one line. */
function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim().slice(0, 1_000);
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}

/** Opens the popup for a tab: `moz-extension://<uuid>/popup.html?tab=<id>`. */
export function openFirefoxPopup(firefox: FirefoxWithExtension, tabId: number): Promise<Page> {
  return openExtensionPage(firefox, `popup.html?tab=${tabId}`);
}
