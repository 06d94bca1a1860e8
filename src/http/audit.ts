// An official's access to the internal graph goes to the audit log before it proceeds: who, in
// which role, did what (query, update, graph-store) with which text or graph.
import type { Principal } from '../policy/roles.ts';
import type { AccessAudit } from './deps.ts';

export function auditInternalAccess(
  audit: AccessAudit,
  principal: Principal,
  action: 'query' | 'update' | 'graph-store',
  detail: string,
): Promise<void> {
  return audit.record({
    who: principal.name,
    role: principal.role,
    action,
    target: 'internal',
    detail,
  });
}
