// The meeting object of a meeting_minutes export, as mappings/schemas/meeting-minutes.schema.json
// defines it (property names as in the file).
import type { CommitteeTypeLabel, DecisionOutcomeLabel, MeetingRoleLabel } from './codes.ts';

export interface CommitteeJson {
  readonly code: string;
  readonly name: string;
  readonly name_en?: string;
  readonly type: CommitteeTypeLabel;
  readonly department_code: string;
  readonly policies?: readonly string[];
}

export interface AttendeeJson {
  readonly role: MeetingRoleLabel;
  readonly name: string;
  readonly public_official: boolean;
  readonly position?: string;
}

export interface AgendaItemJson {
  readonly order: number;
  readonly title: string;
  readonly related_policies?: readonly string[];
  readonly related_programmes?: readonly string[];
  readonly related_projects?: readonly string[];
  readonly related_documents?: readonly string[];
}

export interface VotesJson {
  readonly yes: number;
  readonly no: number;
  readonly abstain: number;
}

export interface DecisionJson {
  readonly agenda_order: number;
  readonly outcome: DecisionOutcomeLabel;
  readonly conditions?: string;
  readonly votes?: VotesJson;
}

export interface TurnJson {
  readonly speaker_role: MeetingRoleLabel;
  readonly speaker_name: string;
  readonly public_official?: boolean;
  readonly text: string;
}

export interface MeetingJson {
  readonly meeting_id: string;
  readonly committee: CommitteeJson;
  readonly sequence: number;
  readonly title?: string;
  readonly start: string;
  readonly end?: string;
  readonly place: string;
  readonly open: boolean;
  readonly closure?: {
    readonly legal_grounds?: readonly number[];
    readonly reason?: string;
    readonly release_date?: string;
  };
  readonly attendees: readonly AttendeeJson[];
  readonly agenda: readonly AgendaItemJson[];
  readonly decisions?: readonly DecisionJson[];
  readonly minutes?: { readonly turns: readonly TurnJson[] };
}
