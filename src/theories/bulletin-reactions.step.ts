import { Injectable } from '@nestjs/common';
import { In, IsNull, type EntityManager } from 'typeorm';
import { Player } from '../campaigns/player.entity';
import {
  DIGEST_ORDER,
  DigestStepRegistry,
  type DigestContext,
  type DigestStep,
  type ReactionRequest,
} from '../gazette/digest-step';
import { PressRelease } from '../gazette/press-release.entity';
import { Scholar } from '../scholars/scholar.entity';
import { Theory } from './theory.entity';

/**
 * Maximum reactions to bulletins in one edition. Eight one-line reactions keep a digest's language
 * model request within its token budget and the gossip item short.
 */
export const MAX_BULLETIN_REACTIONS = 8;

/** Characters of the claim quoted in the event a scholar reacts to. */
const CLAIM_EXCERPT_LENGTH = 80;

/** Backing a theory publicly reads as admiration of its author. */
const SUPPORTER_STANCE = 3;

interface NewBulletin {
  theory: Theory;
  pressNumber: number;
  playerName: string;
}

/**
 * The digest step in which the supporters of each bulletin printed in this edition react to it
 * in character. Supporters take turns across bulletins, first-named first, so every bulletin gets
 * a voice before any gets a second one, up to `MAX_BULLETIN_REACTIONS`.
 */
@Injectable()
export class BulletinReactionsStep implements DigestStep {
  readonly name = 'bulletin-reactions';
  readonly order = DIGEST_ORDER.bulletinReactions;

  constructor(registry: DigestStepRegistry) {
    registry.register(this);
  }

  async run(context: DigestContext): Promise<void> {
    const bulletins = await this.findNewBulletins(context.manager, context.campaign.id);
    const turns = takeTurns(bulletins.map(({ theory }) => theory.supporterIds));
    if (turns.length === 0) {
      return;
    }
    const scholarIds = [...new Set(turns.map(([, scholarId]) => scholarId))];
    const scholars = await context.manager.findBy(Scholar, {
      campaignId: context.campaign.id,
      id: In(scholarIds),
    });
    const byId = new Map(scholars.map((scholar) => [scholar.id, scholar]));

    for (const [bulletinIndex, scholarId] of turns) {
      const scholar = byId.get(scholarId);
      if (scholar) {
        context.reactions.push(reactionTo(bulletins[bulletinIndex], scholar));
      }
    }
  }

  /**
   * The bulletins not yet printed in an edition, with their theories. Each theory publishes
   * exactly one Academic Bulletin in the same transaction, in the same order, so the newest
   * unprinted bulletins belong to the theories with the highest bulletin numbers.
   */
  private async findNewBulletins(
    manager: EntityManager,
    campaignId: number,
  ): Promise<NewBulletin[]> {
    const releases = await manager.find(PressRelease, {
      where: { campaignId, type: 'academic_bulletin', editionId: IsNull() },
      order: { number: 'ASC' },
    });
    if (releases.length === 0) {
      return [];
    }
    const theories = await manager.find(Theory, {
      where: { campaignId },
      order: { bulletinNumber: 'DESC' },
      take: releases.length,
    });
    theories.reverse();
    const players = await manager.findBy(Player, {
      id: In([...new Set(theories.map((theory) => theory.playerId))]),
    });
    const names = new Map(players.map((player) => [player.id, player.displayName]));

    return theories.map((theory, i) => ({
      theory,
      pressNumber: releases[i].number,
      playerName: names.get(theory.playerId) ?? 'a rival',
    }));
  }
}

/**
 * Pairs of (bulletin index, scholar id) in speaking order: the first supporter of every bulletin,
 * then the second of every bulletin, and so on, at most `MAX_BULLETIN_REACTIONS`, then sorted
 * back into bulletin order for printing.
 */
export function takeTurns(supporterLists: readonly number[][]): [number, number][] {
  const turns: [number, number][] = [];
  const rounds = Math.max(0, ...supporterLists.map((list) => list.length));
  for (let round = 0; round < rounds; round += 1) {
    for (const [index, list] of supporterLists.entries()) {
      if (round < list.length && turns.length < MAX_BULLETIN_REACTIONS) {
        turns.push([index, list[round]]);
      }
    }
  }

  return turns.sort((a, b) => a[0] - b[0]);
}

function reactionTo(bulletin: NewBulletin, scholar: Scholar): ReactionRequest {
  const claim = bulletin.theory.claim.trim();
  const excerpt =
    claim.length > CLAIM_EXCERPT_LENGTH ? `${claim.slice(0, CLAIM_EXCERPT_LENGTH - 1)}…` : claim;

  return {
    scholarId: scholar.id,
    scholarName: scholar.name,
    archetype: scholar.archetype,
    catchphrase: scholar.catchphrase,
    traits: { ...scholar.stats },
    event: `backs Bulletin No. ${bulletin.theory.bulletinNumber} by ${bulletin.playerName}: "${excerpt}"`,
    stance: SUPPORTER_STANCE,
    allowedNumbers: [bulletin.theory.bulletinNumber, bulletin.pressNumber],
    pressNumber: bulletin.pressNumber,
  };
}
