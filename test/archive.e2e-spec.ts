import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { DataSource } from 'typeorm';
import { ManualClock } from '../src/common/clock';
import { SandboxGame } from '../src/sandbox/sandbox-game';
import type { SandboxUser } from '../src/sandbox/sandbox-types';
import { tempDatabase } from './support/temp-database';

const CHROMIUM_PATH = '/usr/bin/chromium';
const HOSTILE_CLAIM = '<script>alert(1)</script>';
const PUBLIC_BASE_URL = 'https://archive.greatwork.test';

/** Starts Debian's chromium headless, or fails naming the package to install. */
async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `The archive browser test needs Chromium at ${CHROMIUM_PATH}. Install the Debian package "chromium" (apt-get install -y chromium).`,
    );
  }

  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

describe('the public archive', () => {
  let database: ReturnType<typeof tempDatabase>;
  let game: SandboxGame;
  let ada: SandboxUser;
  let baseUrl: string;

  beforeAll(async () => {
    database = tempDatabase('archive');
    const clock = new ManualClock(new Date('2026-12-04T10:00:00Z'));
    game = await SandboxGame.start({
      databasePath: database.path,
      clock,
      timers: false,
      env: { PUBLIC_BASE_URL },
    });
    ada = game.addPlayer('ada');
    baseUrl = await game.app.getUrl();

    // Bulletin No. 1 carries the hostile claim; 29 more push it to the archive's second page.
    await game.command(ada, {
      name: 'submit_theory',
      options: { claim: HOSTILE_CLAIM, confidence: 'suspect' },
    });
    for (let index = 2; index <= 30; index += 1) {
      await game.command(ada, {
        name: 'submit_theory',
        options: { claim: `Stratum ${index} was laid by a flood.`, confidence: 'suspect' },
      });
    }
  });

  afterAll(async () => {
    await game?.stop();
    database?.cleanup();
  });

  function archiveUrl(path = ''): string {
    return `${baseUrl}/archive/${game.guild.id}${path}`;
  }

  describe('over HTTP', () => {
    it('serves the index with a strict policy', async () => {
      const response = await fetch(archiveUrl());
      const html = await response.text();

      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
      const policy = response.headers.get('content-security-policy') ?? '';
      expect(policy).toContain("default-src 'none'");
      expect(policy).not.toContain('script-src');
      expect(policy).not.toContain('unsafe-inline');
      expect(html).toContain('30 press release(s), newest first.');
      expect(html).toContain('Page 1 of 2');
      expect(html).not.toContain('<script');
    });

    it('escapes player text', async () => {
      const html = await (await fetch(archiveUrl('/press/1'))).text();

      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).not.toContain(HOSTILE_CLAIM);
    });

    it('redirects a bulletin number to its press page', async () => {
      const response = await fetch(archiveUrl('/bulletins/2'), { redirect: 'manual' });

      expect(response.status).toBe(302);
      expect(response.headers.get('location')).toBe(`/archive/${game.guild.id}/press/2`);
    });

    it.each([
      ['/archive/12345', 'No campaign is archived under this address.'],
      [`/archive/${'x'.repeat(5)}`, 'No campaign is archived under this address.'],
      ['/press/999', 'There is no press release No. 999 in this archive.'],
      ['/press/abc', 'There is no press release No. abc in this archive.'],
      ['/bulletins/999', 'There is no Academic Bulletin No. 999 in this archive.'],
      ['?page=3', 'The archive has 2 page(s); there is no page 3.'],
      ['?page=0', 'Pages are numbered from 1.'],
      ['/players/1', 'No such player in this campaign.'],
      ['/scholars/99999', 'No such scholar in this campaign.'],
    ])('answers 404 for %s', async (path, message) => {
      const url = path.startsWith('/archive/') ? `${baseUrl}${path}` : archiveUrl(path);
      const response = await fetch(url);

      expect(response.status).toBe(404);
      expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(await response.text()).toContain(message);
    });

    it('shows a player with their theories and press', async () => {
      const html = await (await fetch(archiveUrl(`/players/${ada.id}`))).text();

      expect(html).toContain('<h1>ada</h1>');
      expect(html).toContain(`href="/archive/${game.guild.id}/bulletins/1"`);
      expect(html).toContain(`href="/archive/${game.guild.id}/press/30"`);
      expect(html).toContain('&lt;script&gt;');
    });

    it('shows a scholar profile', async () => {
      const [scholar] = await game.app
        .get(DataSource)
        .query<{ id: number; name: string }[]>('SELECT id, name FROM scholars ORDER BY id LIMIT 1');
      const response = await fetch(archiveUrl(`/scholars/${scholar.id}`));

      expect(response.status).toBe(200);
      expect(await response.text()).toContain(scholar.name.replace(/'/g, '&#39;'));
    });

    it('links /gazette to the archive', async () => {
      const reply = await game.command(ada, { name: 'gazette' });
      const item = await game.command(ada, { name: 'gazette', options: { number: 1 } });

      expect(reply.embeds[0].url).toBe(`${PUBLIC_BASE_URL}/archive/${game.guild.id}`);
      expect(item.embeds[0].url).toBe(`${PUBLIC_BASE_URL}/archive/${game.guild.id}/press/1`);
    });
  });

  describe('in a headless browser', () => {
    let browser: Browser;

    beforeAll(async () => {
      browser = await launchChromium();
    });

    afterAll(async () => {
      await browser?.close();
    });

    it('shows hostile text without running it, and pages back to Bulletin No. 1', async () => {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });

      await page.goto(archiveUrl());
      await page.getByRole('link', { name: 'Older' }).click();
      await page.waitForURL(/\?page=2$/);
      await page.getByRole('link', { name: 'No. 1', exact: true }).click();
      await page.waitForURL(/\/press\/1$/);

      expect(await page.locator('h1').textContent()).toContain('Academic Bulletin No. 1');
      expect(await page.locator('article').textContent()).toContain(HOSTILE_CLAIM);
      expect(await page.locator('script').count()).toBe(0);
      await page.screenshot({ path: '/tmp/archive.png', fullPage: true });

      await page.goto(archiveUrl('/bulletins/1'));
      expect(page.url()).toBe(archiveUrl('/press/1'));
      expect(dialogs).toEqual([]);
      await page.close();
    });
  });
});
