"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ARCHIVE_CSP = void 0;
exports.archivePath = archivePath;
exports.renderBody = renderBody;
exports.renderIndex = renderIndex;
exports.renderPress = renderPress;
exports.renderPlayer = renderPlayer;
exports.renderScholar = renderScholar;
exports.renderNotFound = renderNotFound;
const node_crypto_1 = require("node:crypto");
const escape_html_1 = __importDefault(require("escape-html"));
const press_release_entity_1 = require("../gazette/press-release.entity");
const scholar_profile_1 = require("../scholars/scholar-profile");
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
const STYLE_HASH = (0, node_crypto_1.createHash)('sha256').update(STYLE).digest('base64');
/**
 * The archive's Content-Security-Policy: no scripts, frames, forms or outside resources; only
 * the one inline stylesheet above, by hash.
 */
exports.ARCHIVE_CSP = [
    "default-src 'none'",
    `style-src 'sha256-${STYLE_HASH}'`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
].join('; ');
/** Path prefix of one campaign's archive; the guild id is digits only, checked by the caller. */
function archivePath(guildId) {
    return `/archive/${guildId}`;
}
function page(title, guildId, body) {
    const home = guildId
        ? `<a href="${archivePath(guildId)}">The Great Work · Gazette archive</a>`
        : 'The Great Work · Gazette archive';
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${(0, escape_html_1.default)(title)}</title>
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
function renderBody(text) {
    return text
        .split(/\n{2,}/)
        .map((block) => {
        const lines = block.split('\n').map((line) => {
            const escaped = (0, escape_html_1.default)(line).replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
            return escaped.startsWith('&gt; ')
                ? `<blockquote>${escaped.slice('&gt; '.length)}</blockquote>`
                : `${escaped}<br>`;
        });
        return `<p>${lines.join('\n').replace(/<br>$/, '')}</p>`;
    })
        .join('\n');
}
function pressLink(guildId, item) {
    return `<a href="${archivePath(guildId)}/press/${item.number}">No. ${item.number}</a>`;
}
function pressListItems(guildId, items) {
    if (items.length === 0) {
        return '<p>No press yet.</p>';
    }
    const rows = items.map((item) => `<li>${pressLink(guildId, item)} · <span class="meta">${(0, escape_html_1.default)(press_release_entity_1.PRESS_TYPE_LABELS[item.type])}, year ${item.year}</span><br>${(0, escape_html_1.default)(item.headline)}</li>`);
    return `<ol class="press">\n${rows.join('\n')}\n</ol>`;
}
/** Renders one page of the archive index, newest first, with links to the neighbouring pages. */
function renderIndex(guildId, items, pageNumber, pageCount, total) {
    const base = archivePath(guildId);
    const links = [];
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
function renderPress(guildId, item, latestNumber) {
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
<p class="meta">Press No. ${item.number} · ${(0, escape_html_1.default)(press_release_entity_1.PRESS_TYPE_LABELS[item.type])} · year ${item.year}</p>
<h1>${(0, escape_html_1.default)(item.headline)}</h1>
<div class="body">
${renderBody(item.body)}
</div>
</article>
<nav class="pages">${neighbours.join(' ')}</nav>`;
    return page(`No. ${item.number}: ${item.headline}`, guildId, body);
}
/** Renders a player's public profile, their theories and their press. */
function renderPlayer(guildId, player, theories, press) {
    const influence = scholar_profile_1.FACTIONS.map((faction) => `<dt>${faction}</dt><dd>${player.influence[faction]}</dd>`).join('');
    const theoryRows = theories.map((theory) => `<li><a href="${archivePath(guildId)}/bulletins/${theory.bulletinNumber}">Bulletin No. ${theory.bulletinNumber}</a> · <span class="meta">${(0, escape_html_1.default)(theory.confidence)}, ${(0, escape_html_1.default)(theory.status)}</span><br>${(0, escape_html_1.default)(theory.claim)}</li>`);
    const body = `<h1>${(0, escape_html_1.default)(player.displayName)}</h1>
<dl><dt>Reputation</dt><dd>${player.reputation}</dd>${influence}</dl>
<h2>Theories</h2>
${theoryRows.length ? `<ol class="press">${theoryRows.join('\n')}</ol>` : '<p>No theories yet.</p>'}
<h2>Press</h2>
${pressListItems(guildId, press)}`;
    return page(player.displayName, guildId, body);
}
/** Renders a scholar's public profile and the press that names them. */
function renderScholar(guildId, scholar, employer, press) {
    const employerHtml = employer
        ? `<a href="${archivePath(guildId)}/players/${(0, escape_html_1.default)(employer.userId)}">${(0, escape_html_1.default)(employer.displayName)}</a>`
        : 'Unaffiliated';
    const career = scholar.career.map((line) => `<li>${(0, escape_html_1.default)(line)}</li>`).join('');
    const body = `<h1>${(0, escape_html_1.default)(scholar.name)}</h1>
<p class="meta">${(0, escape_html_1.default)(scholar.title)} · ${(0, escape_html_1.default)(scholar.archetype)}</p>
<p><em>“${(0, escape_html_1.default)(scholar.catchphrase)}”</em></p>
<dl>
<dt>Disciplines</dt><dd>${(0, escape_html_1.default)(scholar.disciplines.join(', '))}</dd>
<dt>Methods</dt><dd>${(0, escape_html_1.default)(scholar.methods.join(', '))}</dd>
<dt>Employer</dt><dd>${employerHtml}</dd>
</dl>
<h2>Career</h2>
<ul>${career}</ul>
<h2>Press</h2>
${pressListItems(guildId, press)}`;
    return page(scholar.name, guildId, body);
}
/** Renders the 404 page, naming what was not found. */
function renderNotFound(guildId, what) {
    const back = guildId
        ? `<p><a href="${archivePath(guildId)}">Back to the archive index</a></p>`
        : '';
    return page('Not found', guildId, `<h1>Not found</h1>\n<p>${(0, escape_html_1.default)(what)}</p>\n${back}`);
}
//# sourceMappingURL=archive-html.js.map