import type { CoverageReason, CoverageStatus } from '../coverage/types';
import type { SiteId } from '../sites/types';

/** Row shapes of the records database. Nothing here holds prompt text or a detected value. */

export interface CoverageRow {
  host: string;
  site: SiteId;
  status: CoverageStatus;
  reason?: CoverageReason;
  updatedAt: number;
}

export interface CoverageLogRow {
  id?: number;
  host: string;
  site: SiteId;
  status: CoverageStatus;
  reason?: CoverageReason;
  ts: number;
  day: string;
}

/** Per day and site counters: kept after retention purges the detailed rows. */
export interface DailyCountRow {
  day: string;
  site: string;
  prompts: number;
  warnings: number;
  redactions: number;
  blocks: number;
  overrides: number;
  uploads: number;
  uploadsNotInspected: number;
}

export interface GuardEventRow {
  id?: number;
  ts: number;
  day: string;
  site: SiteId;
  host: string;
  trigger: 'paste' | 'send' | 'upload';
  policyAction: 'allow' | 'warn' | 'redact' | 'block';
  outcome: 'allowed' | 'redacted' | 'overridden' | 'cancelled' | 'blocked';
  byType: Record<string, number>;
  categories: string[];
  reasonGiven?: boolean;
}

export interface UploadRow {
  id?: number;
  ts: number;
  day: string;
  site: SiteId;
  host: string;
  inspected: boolean;
  fileKind: string;
  sizeBytes: number;
}

export interface PromptRow {
  id: string;
  ts: number;
  day: string;
  site: SiteId;
  skeleton: string;
  signature: string | number[];
  categories: string[];
}

export interface ToolDayRow {
  day: string;
  toolId: string;
  host: string;
  visits: number;
  /** Visits where an inspected tool's content script never reported (blocked or broken). */
  notInspectable: number;
}

export interface WorkflowMarkRow {
  workflowId: string;
  state: 'dismissed' | 'queued' | 'registered' | 'failed';
  reference?: string;
  error?: string;
  updatedAt: number;
}

export interface OutboxRow {
  key: string;
  kind: 'catalog-submission' | 'report';
  endpoint: string;
  headers: Record<string, string>;
  body: string;
  createdAt: number;
  attempts: number;
  nextAttemptAt: number;
  status: 'pending' | 'failed';
  lastError?: string;
  /** What the submission is about, so the UI can show its state (e.g. a workflow id). */
  subject?: string;
}

export interface MetaRow {
  key: string;
  value: unknown;
}
