import { Campaign } from '../campaigns/campaign.entity';
import { Player } from '../campaigns/player.entity';
import { GameEvent } from '../events/game-event.entity';
import { Dispatch } from '../gazette/dispatch.entity';
import { Edition } from '../gazette/edition.entity';
import { PressRelease } from '../gazette/press-release.entity';
import { Challenge } from '../expeditions/challenge.entity';
import { Conference } from '../expeditions/conference.entity';
import { DomainTag } from '../expeditions/domain-tag.entity';
import { Expedition } from '../expeditions/expedition.entity';
import { Scholar } from '../scholars/scholar.entity';
import { ScholarFeeling } from '../scholars/scholar-feelings.entity';
import { ScholarFact } from '../scholars/scholar-memory.entity';
import { PoachingOffer } from '../scholars/poaching-offer.entity';
import { SymposiumDebt } from '../symposium/symposium-debt.entity';
import { SymposiumPledge } from '../symposium/symposium-pledge.entity';
import { SymposiumSession } from '../symposium/symposium-session.entity';
import { SymposiumTopic } from '../symposium/symposium-topic.entity';
import { SymposiumVote } from '../symposium/symposium-vote.entity';
import { Theory } from '../theories/theory.entity';

/** Every entity of the schema, for the data source and the migration generator. */
export const ENTITIES = [
  Campaign,
  Player,
  Scholar,
  Theory,
  PressRelease,
  Edition,
  Dispatch,
  Expedition,
  Conference,
  Challenge,
  DomainTag,
  ScholarFeeling,
  ScholarFact,
  PoachingOffer,
  GameEvent,
  SymposiumTopic,
  SymposiumSession,
  SymposiumVote,
  SymposiumPledge,
  SymposiumDebt,
];
