import Dexie, { type Table } from 'dexie';
import { applyMigrations } from './migrations';
import type {
  CoverageLogRow,
  CoverageRow,
  DailyCountRow,
  GuardEventRow,
  MetaRow,
  OutboxRow,
  PromptRow,
  ToolDayRow,
  UploadRow,
  WorkflowMarkRow,
} from './rows';

export const DB_NAME = 'shadow-ai-records';

export class RecordsDb extends Dexie {
  coverage!: Table<CoverageRow, string>;
  coverageLog!: Table<CoverageLogRow, number>;
  dailyCounts!: Table<DailyCountRow, [string, string]>;
  guardEvents!: Table<GuardEventRow, number>;
  uploads!: Table<UploadRow, number>;
  prompts!: Table<PromptRow, string>;
  toolDays!: Table<ToolDayRow, [string, string]>;
  workflowMarks!: Table<WorkflowMarkRow, string>;
  outbox!: Table<OutboxRow, string>;
  meta!: Table<MetaRow, string>;

  constructor(name = DB_NAME) {
    super(name);
    applyMigrations(this);
  }
}

let shared: RecordsDb | undefined;

/** One connection per JavaScript context (service worker, popup, options page). */
export function recordsDb(): RecordsDb {
  shared ??= new RecordsDb();
  return shared;
}

export const ALL_TABLES = [
  'coverage',
  'coverageLog',
  'dailyCounts',
  'guardEvents',
  'uploads',
  'prompts',
  'toolDays',
  'workflowMarks',
  'outbox',
  'meta',
] as const;
