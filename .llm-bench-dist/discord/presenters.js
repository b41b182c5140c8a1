"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.bulletinEmbed = bulletinEmbed;
exports.statusEmbed = statusEmbed;
exports.wagerEmbed = wagerEmbed;
exports.scholarEmbed = scholarEmbed;
exports.gazetteEmbed = gazetteEmbed;
exports.pressPageEmbed = pressPageEmbed;
const luxon_1 = require("luxon");
const influence_1 = require("../campaigns/influence");
const gazette_layout_1 = require("../gazette/gazette-layout");
const press_release_entity_1 = require("../gazette/press-release.entity");
const scholar_profile_1 = require("../scholars/scholar-profile");
const confidence_1 = require("../theories/confidence");
const INK = 0x2f5d8a;
/** Formats a reputation change with its sign, using a true minus sign. */
function signed(value) {
    return value > 0 ? `+${value}` : value < 0 ? `−${Math.abs(value)}` : '0';
}
/** Discord renders `<t:seconds:F>` in each reader's own time zone. */
function discordTime(at, style = 'F') {
    return `<t:${Math.floor(at.getTime() / 1000)}:${style}>`;
}
function bulletinEmbed(bulletin) {
    return (0, gazette_layout_1.pressEmbed)(bulletin);
}
function statusEmbed(campaign, player, openTheories, nextEditionAt) {
    const cap = (0, influence_1.influenceSoftCap)(player.reputation);
    const influence = scholar_profile_1.FACTIONS.map((faction) => `${faction}: **${player.influence[faction]}** / ${cap}`).join('\n');
    const theories = openTheories
        .slice(0, 10)
        .map((theory) => `No. ${theory.bulletinNumber} · ${confidence_1.CONFIDENCE_LABELS[theory.confidence]} · due ${discordTime(theory.deadlineAt, 'R')}`)
        .join('\n') || 'None open.';
    const fields = [
        { name: 'Reputation', value: `${signed(player.reputation)} (from −50 to +50)`, inline: true },
        { name: 'Year', value: String(campaign.currentYear), inline: true },
        { name: 'Next Gazette', value: discordTime(nextEditionAt, 'R'), inline: true },
        { name: `Influence (soft cap ${cap})`, value: influence },
        { name: `Open theories (${openTheories.length})`, value: (0, gazette_layout_1.truncate)(theories, 1024) },
    ];
    if (player.stakeCooldownDigests > 0) {
        fields.push({
            name: 'Recruitment',
            value: `Chances halved for ${player.stakeCooldownDigests} more digest(s) after a career stake.`,
        });
    }
    return { title: `Standing of ${player.displayName}`, color: INK, fields };
}
function wagerEmbed() {
    const rows = confidence_1.CONFIDENCES.map((confidence) => {
        const { vindicated, refuted } = confidence_1.CONFIDENCE_TABLE[confidence];
        return {
            name: confidence_1.CONFIDENCE_LABELS[confidence],
            value: `vindicated ${signed(vindicated)} · partial ${signed((0, confidence_1.partialReward)(confidence))} · refuted ${signed(refuted)}`,
        };
    });
    return {
        title: 'The confidence wager',
        color: INK,
        description: 'A theory stakes reputation on its confidence. It pays once, when the first of your expeditions or conferences tests it. Left untested past its deadline, it lapses for −1. After any stake-my-career result your recruitment chances are halved for the next 2 digests.',
        fields: rows,
    };
}
function memoryFields(memory) {
    const names = new Map(memory.players.map((player) => [player.id, player.displayName]));
    const feelings = memory.feelings.map((feeling) => {
        const subject = feeling.subjectKind === 'player'
            ? (names.get(feeling.subjectId) ?? 'a departed lead')
            : `scholar #${feeling.subjectId}`;
        const scar = feeling.scarLevel !== null ? ` (scarred at ${feeling.scarLevel.toFixed(1)})` : '';
        return `${subject}: ${feeling.value.toFixed(1)}${scar}`;
    });
    const facts = memory.facts.map((fact) => `${discordTime(fact.at, 'R')} · ${fact.type.replaceAll('_', ' ')}`);
    return [
        { name: 'Strongest feelings', value: (0, gazette_layout_1.truncate)(feelings.join('\n') || 'None yet.', 1024) },
        { name: 'Remembers', value: (0, gazette_layout_1.truncate)(facts.join('\n') || 'Nothing of note yet.', 1024) },
    ];
}
function scholarEmbed(scholar, employerName, memory) {
    const stats = Object.entries(scholar.stats)
        .map(([stat, value]) => `${stat} ${value}`)
        .join(' · ');
    const politics = scholar_profile_1.FACTIONS.map((faction) => `${faction} ${signed(scholar.politics[faction])}`).join(' · ');
    return {
        title: (0, gazette_layout_1.truncate)(`${scholar.name}, ${scholar.title}`, 256),
        color: INK,
        description: (0, gazette_layout_1.truncate)(`*"${scholar.catchphrase}"*`, 4096),
        fields: [
            { name: 'Archetype', value: scholar.archetype, inline: true },
            { name: 'Disciplines', value: scholar.disciplines.join(', '), inline: true },
            { name: 'Employer', value: employerName ?? 'Unaffiliated', inline: true },
            { name: 'Methods', value: scholar.methods.join(', ') },
            { name: 'Drives', value: (0, gazette_layout_1.truncate)(scholar.drives.join(', '), 1024), inline: true },
            { name: 'Virtues', value: (0, gazette_layout_1.truncate)(scholar.virtues.join(', '), 1024), inline: true },
            { name: 'Vice', value: (0, gazette_layout_1.truncate)(scholar.vice, 1024), inline: true },
            { name: 'Stats', value: stats },
            { name: 'Politics', value: politics },
            { name: 'Taboos', value: (0, gazette_layout_1.truncate)(scholar.taboos.join('; ') || 'None known.', 1024) },
            { name: 'Career', value: (0, gazette_layout_1.truncate)(scholar.career.join('\n'), 1024) },
            ...(memory ? memoryFields(memory) : []),
        ],
    };
}
/**
 * The latest headlines. With `archiveBaseUrl` (PUBLIC_BASE_URL) set, the title links to the
 * campaign's public archive.
 */
function gazetteEmbed(campaign, recent, nextEditionAt, archiveBaseUrl = null) {
    const lines = recent.map((item) => `**No. ${item.number}** · ${press_release_entity_1.PRESS_TYPE_LABELS[item.type]} · ${item.headline}`);
    const nextLocal = luxon_1.DateTime.fromJSDate(nextEditionAt, { zone: campaign.timeZone });
    return {
        title: `The Gazette · Year ${campaign.currentYear}`,
        ...(archiveBaseUrl ? { url: `${archiveBaseUrl}/archive/${campaign.guildId}` } : {}),
        color: INK,
        description: (0, gazette_layout_1.truncate)(lines.join('\n') || 'No press yet. Be the first to publish a theory.', 4096),
        footer: {
            text: `Next edition ${nextLocal.toFormat('ccc HH:mm ZZZZ')}. Read any item with /gazette number.`,
        },
    };
}
/** One press release; with `archiveUrl` set, its title links to the item's archive page. */
function pressPageEmbed(item, archiveUrl = null) {
    const embed = (0, gazette_layout_1.pressEmbed)(item);
    return {
        ...embed,
        ...(archiveUrl ? { url: archiveUrl } : {}),
        timestamp: item.createdAt.toISOString(),
    };
}
//# sourceMappingURL=presenters.js.map