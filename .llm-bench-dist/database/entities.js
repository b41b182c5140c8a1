"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ENTITIES = void 0;
const campaign_entity_1 = require("../campaigns/campaign.entity");
const player_entity_1 = require("../campaigns/player.entity");
const game_event_entity_1 = require("../events/game-event.entity");
const dispatch_entity_1 = require("../gazette/dispatch.entity");
const edition_entity_1 = require("../gazette/edition.entity");
const press_release_entity_1 = require("../gazette/press-release.entity");
const challenge_entity_1 = require("../expeditions/challenge.entity");
const conference_entity_1 = require("../expeditions/conference.entity");
const domain_tag_entity_1 = require("../expeditions/domain-tag.entity");
const expedition_entity_1 = require("../expeditions/expedition.entity");
const scholar_entity_1 = require("../scholars/scholar.entity");
const scholar_feelings_entity_1 = require("../scholars/scholar-feelings.entity");
const scholar_memory_entity_1 = require("../scholars/scholar-memory.entity");
const poaching_offer_entity_1 = require("../scholars/poaching-offer.entity");
const symposium_debt_entity_1 = require("../symposium/symposium-debt.entity");
const symposium_pledge_entity_1 = require("../symposium/symposium-pledge.entity");
const symposium_session_entity_1 = require("../symposium/symposium-session.entity");
const symposium_topic_entity_1 = require("../symposium/symposium-topic.entity");
const symposium_vote_entity_1 = require("../symposium/symposium-vote.entity");
const theory_entity_1 = require("../theories/theory.entity");
/** Every entity of the schema, for the data source and the migration generator. */
exports.ENTITIES = [
    campaign_entity_1.Campaign,
    player_entity_1.Player,
    scholar_entity_1.Scholar,
    theory_entity_1.Theory,
    press_release_entity_1.PressRelease,
    edition_entity_1.Edition,
    dispatch_entity_1.Dispatch,
    expedition_entity_1.Expedition,
    conference_entity_1.Conference,
    challenge_entity_1.Challenge,
    domain_tag_entity_1.DomainTag,
    scholar_feelings_entity_1.ScholarFeeling,
    scholar_memory_entity_1.ScholarFact,
    poaching_offer_entity_1.PoachingOffer,
    game_event_entity_1.GameEvent,
    symposium_topic_entity_1.SymposiumTopic,
    symposium_session_entity_1.SymposiumSession,
    symposium_vote_entity_1.SymposiumVote,
    symposium_pledge_entity_1.SymposiumPledge,
    symposium_debt_entity_1.SymposiumDebt,
];
//# sourceMappingURL=entities.js.map