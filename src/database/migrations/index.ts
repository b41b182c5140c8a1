import { CreateSchema1796400000000 } from './1796400000000-CreateSchema';
import { AddExpeditions1796500000000 } from './1796500000000-AddExpeditions';
import { AddEventsAndSymposium1796600000000 } from './1796600000000-AddEventsAndSymposium';
import { AddScholarMemory1796700000000 } from './1796700000000-AddScholarMemory';
import { AddScholarStatus1796800000000 } from './1796800000000-AddScholarStatus';
import { AddCampaignSchedule1796900000000 } from './1796900000000-AddCampaignSchedule';
import { AddEditionFolds1797000000000 } from './1797000000000-AddEditionFolds';

/** Migrations in the order they run. */
export const MIGRATIONS = [
  CreateSchema1796400000000,
  AddExpeditions1796500000000,
  AddEventsAndSymposium1796600000000,
  AddScholarMemory1796700000000,
  AddScholarStatus1796800000000,
  AddCampaignSchedule1796900000000,
  AddEditionFolds1797000000000,
];
