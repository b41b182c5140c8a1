import { Campaign } from '../campaigns/campaign.entity';
import { Player } from '../campaigns/player.entity';
import { Dispatch } from '../gazette/dispatch.entity';
import { Edition } from '../gazette/edition.entity';
import { PressRelease } from '../gazette/press-release.entity';
import { Scholar } from '../scholars/scholar.entity';
import { Theory } from '../theories/theory.entity';

/** Every entity of the schema, for the data source and the migration generator. */
export const ENTITIES = [Campaign, Player, Scholar, Theory, PressRelease, Edition, Dispatch];
