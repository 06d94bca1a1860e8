// Test helper: a mapping's notices without the policy-context ones (tested in test/mappings/links).
import type { Notice } from '../../mappings/mapping.ts';
import { isPolicyContextNotice } from '../../mappings/policy/link-context.ts';

export function withoutLinkNotices(notices: readonly Notice[]): Notice[] {
  return notices.filter((n) => !isPolicyContextNotice(n.message));
}
