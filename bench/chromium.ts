/** Headless Chromium for the benchmark, launched as a server process so a hung page can be killed. */
import { CHROMIUM_ARGS } from '../scripts/ensureChromium';
import { chromium, type Browser, type BrowserServer } from 'playwright-core';

export { CHROMIUM_ARGS };
/** Chromium as a server process, so a page that hangs can be killed outright. */
export class Chromium {
  private constructor(
    private server: BrowserServer,
    public browser: Browser,
  ) {}

  static async start(): Promise<Chromium> {
    const server = await chromium.launchServer({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    });
    try {
      const browser = await chromium.connect(server.wsEndpoint());
      return new Chromium(server, browser);
    } catch (e) {
      await server.kill();
      throw e;
    }
  }

  async kill(): Promise<void> {
    await this.server.kill().catch(() => undefined);
  }

  async close(): Promise<void> {
    const closing = this.browser.close().catch(() => undefined);
    const timer = new Promise((r) => setTimeout(r, 10_000));
    await Promise.race([closing, timer]);
    await this.kill();
  }
}
