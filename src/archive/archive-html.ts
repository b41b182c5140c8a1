import { createHash } from 'node:crypto';
import escapeHtml from 'escape-html';
import { PRESS_TYPE_LABELS, type PressRelease } from '../gazette/press-release.entity';
import type { Player } from '../campaigns/player.entity';
import type { Scholar } from '../scholars/scholar.entity';
import { FACTIONS } from '../scholars/scholar-profile';
import type { Theory } from '../theories/theory.entity';

const STYLE = `
body{font:17px/1.55 Georgia,'Times New Roman',serif;margin:0;background:#f6f1e6;color:#1f1b16}
header,main,footer{max-width:46rem;margin:0 auto;padding:1rem 1.25rem}
header{border-bottom:3px double #1f1b16}
header a{color:inherit;text-decoration:none;font-variant:small-caps;letter-spacing:.06em}
h1{font-size:1.7rem;margin:.4rem 0}
h2{font-size:1.2rem;margin:1.6rem 0 .4rem}
a{color:#2f5d8a}
ol.press{list-style:none;padding:0}
blockquote{margin:.3rem 0 .3rem 1.2rem;font-style:italic}
ol.press li{padding:.45rem 0;border-bottom:1px solid #d8cdb6}
.meta{color:#6b5f4b;font-size:.9rem}
.body p{margin:.6rem 0}
nav.pages{display:flex;gap:1rem;flex-wrap:wrap;margin:1.2rem 0}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}
dt{font-weight:bold}
footer{color:#6b5f4b;font-size:.85rem}
`;

/** Hash of the inline stylesheet, so the Content-Security-Policy allows it and nothing else. */
const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');

/**
 * The archive's Content-Security-Policy: no scripts, frames, forms or outside resources; only
 * the one inline stylesheet above, by hash.
 */
export const ARCHIVE_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${STYLE_HASH}'`,
  "img-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Path prefix of one campaign's archive; the guild id is digits only, checked by the caller. */
export function archivePath(guildId: string): string {
  return `/archive/${guildId}`;
}

function page(title: string, guildId: string | null, body: string): string {
  const home = guildId
    ? `<a href="${archivePath(guildId)}">The Great Work · Gazette archive</a>`
    : 'The Great Work · Gazette archive';

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>${home}</header>
<main>
${body}
</main>
<footer>Every press release of the campaign, kept under its permanent number.</footer>
</body>
</html>
`;
}

/**
 * Renders a press body: escapes everything, then turns `**bold**` into <strong>, lines starting
 * with `> ` into quotations and blank-line separated blocks into paragraphs, as the Gazette's
 * Discord formatting reads.
 */
export function renderBody(text: string): string {
  const html: string[] = [];
  for (const block of text.split(/\n{2,}/)) {
    // A quotation may not sit inside a paragraph, so it closes the lines gathered before it.
    let paragraph: string[] = [];
    const closeParagraph = () => {
      if (paragraph.length > 0) {
        html.push(`<p>${paragraph.join('<br>\n')}</p>`);
        paragraph = [];
      }
    };
    for (const line of block.split('\n')) {
      const escaped = escapeHtml(line).replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
      if (escaped.startsWith('&gt; ')) {
        closeParagraph();
        html.push(`<blockquote>${escaped.slice('&gt; '.length)}</blockquote>`);
      } else {
        paragraph.push(escaped);
      }
    }
    closeParagraph();
  }

  return html.join('\n');
}

function pressLink(guildId: string, item: PressRelease): string {
  return `<a href="${archivePath(guildId)}/press/${item.number}">No. ${item.number}</a>`;
}

function pressListItems(guildId: string, items: PressRelease[]): string {
  if (items.length === 0) {
    return '<p>No press yet.</p>';
  }
  const rows = items.map(
    (item) =>
      `<li>${pressLink(guildId, item)} · <span class="meta">${escapeHtml(PRESS_TYPE_LABELS[item.type])}, year ${item.year}</span><br>${escapeHtml(item.headline)}</li>`,
  );

  return `<ol class="press">\n${rows.join('\n')}\n</ol>`;
}

/** Renders one page of the archive index, newest first, with links to the neighbouring pages. */
export function renderIndex(
  guildId: string,
  items: PressRelease[],
  pageNumber: number,
  pageCount: number,
  total: number,
): string {
  const base = archivePath(guildId);
  const links: string[] = [];
  if (pageNumber > 1) {
    links.push(`<a rel="prev" href="${base}?page=${pageNumber - 1}">Newer</a>`);
  }
  links.push(`<span>Page ${pageNumber} of ${pageCount}</span>`);
  if (pageNumber < pageCount) {
    links.push(`<a rel="next" href="${base}?page=${pageNumber + 1}">Older</a>`);
    links.push(`<a href="${base}?page=${pageCount}">Oldest</a>`);
  }
  const body = `<h1>The Gazette archive</h1>
<p class="meta">${total} press release(s), newest first.</p>
${pressListItems(guildId, items)}
<nav class="pages">${links.join(' ')}</nav>`;

  return page(`Gazette archive, page ${pageNumber}`, guildId, body);
}

/** Renders a press release on its own permanent page, linking "next" up to `latestNumber`. */
export function renderPress(guildId: string, item: PressRelease, latestNumber: number): string {
  const base = archivePath(guildId);
  const neighbours = [
    item.number > 1
      ? `<a rel="prev" href="${base}/press/${item.number - 1}">No. ${item.number - 1}</a>`
      : '',
    item.number < latestNumber
      ? `<a rel="next" href="${base}/press/${item.number + 1}">No. ${item.number + 1}</a>`
      : '',
  ];
  const body = `<article>
<p class="meta">Press No. ${item.number} · ${escapeHtml(PRESS_TYPE_LABELS[item.type])} · year ${item.year}</p>
<h1>${escapeHtml(item.headline)}</h1>
<div class="body">
${renderBody(item.body)}
</div>
</article>
<nav class="pages">${neighbours.join(' ')}</nav>`;

  return page(`No. ${item.number}: ${item.headline}`, guildId, body);
}

/** Renders a player's public profile, their theories and their press. */
export function renderPlayer(
  guildId: string,
  player: Player,
  theories: Theory[],
  press: PressRelease[],
): string {
  const influence = FACTIONS.map(
    (faction) => `<dt>${faction}</dt><dd>${player.influence[faction]}</dd>`,
  ).join('');
  const theoryRows = theories.map(
    (theory) =>
      `<li><a href="${archivePath(guildId)}/bulletins/${theory.bulletinNumber}">Bulletin No. ${theory.bulletinNumber}</a> · <span class="meta">${escapeHtml(theory.confidence)}, ${escapeHtml(theory.status)}</span><br>${escapeHtml(theory.claim)}</li>`,
  );
  const body = `<h1>${escapeHtml(player.displayName)}</h1>
<dl><dt>Reputation</dt><dd>${player.reputation}</dd>${influence}</dl>
<h2>Theories</h2>
${theoryRows.length ? `<ol class="press">${theoryRows.join('\n')}</ol>` : '<p>No theories yet.</p>'}
<h2>Press</h2>
${pressListItems(guildId, press)}`;

  return page(player.displayName, guildId, body);
}

/** Renders a scholar's public profile and the press that names them. */
export function renderScholar(
  guildId: string,
  scholar: Scholar,
  employer: Player | null,
  press: PressRelease[],
): string {
  const employerHtml = employer
    ? `<a href="${archivePath(guildId)}/players/${escapeHtml(employer.userId)}">${escapeHtml(employer.displayName)}</a>`
    : 'Unaffiliated';
  const career = scholar.career.map((line) => `<li>${escapeHtml(line)}</li>`).join('');
  const body = `<h1>${escapeHtml(scholar.name)}</h1>
<p class="meta">${escapeHtml(scholar.title)} · ${escapeHtml(scholar.archetype)}</p>
<p><em>“${escapeHtml(scholar.catchphrase)}”</em></p>
<dl>
<dt>Disciplines</dt><dd>${escapeHtml(scholar.disciplines.join(', '))}</dd>
<dt>Methods</dt><dd>${escapeHtml(scholar.methods.join(', '))}</dd>
<dt>Employer</dt><dd>${employerHtml}</dd>
</dl>
<h2>Career</h2>
<ul>${career}</ul>
<h2>Press</h2>
${pressListItems(guildId, press)}`;

  return page(scholar.name, guildId, body);
}

/** Renders the 404 page, naming what was not found. */
export function renderNotFound(guildId: string | null, what: string): string {
  const back = guildId
    ? `<p><a href="${archivePath(guildId)}">Back to the archive index</a></p>`
    : '';

  return page('Not found', guildId, `<h1>Not found</h1>\n<p>${escapeHtml(what)}</p>\n${back}`);
}
