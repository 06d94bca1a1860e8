// A request body as text: its media type, strictly UTF-8 (a body that is not is a 400, never
// decoded with replacement characters), a charset other than UTF-8 refused with a 415.
import type { Context } from 'hono';
import { decodeUtf8, parseContentType } from '../serialize/form-encoding.ts';
import { ProtocolError } from '../serialize/protocol-error.ts';
import type { AppEnv } from './env.ts';

const UTF8_CHARSETS = new Set(['utf-8', 'utf8', 'us-ascii']);

export interface TextBody {
  /** The Content-Type's media type, lower-cased, without parameters ('' when none was sent). */
  readonly mediaType: string;
  readonly text: string;
  readonly bytes: number;
}

export async function readTextBody(c: Context<AppEnv>): Promise<TextBody> {
  const { mediaType, params } = parseContentType(c.req.header('Content-Type') ?? '');
  const charset = params.get('charset')?.toLowerCase();
  if (charset !== undefined && !UTF8_CHARSETS.has(charset))
    throw new ProtocolError(
      'UNSUPPORTED_CHARSET',
      `charset ${charset} is not accepted: send UTF-8`,
      {
        field: 'Content-Type',
      },
    );
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  return { mediaType, text: decodeUtf8(bytes, 'request body'), bytes: bytes.byteLength };
}
