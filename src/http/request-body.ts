// A request body as text: its media type, strictly UTF-8 (a body that is not is a 400, never
// decoded with replacement characters), its charset parameter checked.
import type { Context } from 'hono';
import type { AppEnv } from './env.ts';
import { HttpError } from './errors.ts';

export interface TextBody {
  /** The Content-Type's media type, lower-cased, without parameters ('' when none was sent). */
  readonly mediaType: string;
  readonly text: string;
  readonly bytes: number;
}

/** The media type of the request (without parameters); 415 for a charset other than UTF-8. */
export function requestMediaType(c: Context<AppEnv>): string {
  const header = c.req.header('Content-Type') ?? '';
  const [type = '', ...params] = header.split(';');
  for (const param of params) {
    const [name, value = ''] = param.split('=').map((s) => s.trim().toLowerCase());
    if (name === 'charset' && value.replace(/"/g, '') !== 'utf-8')
      throw new HttpError(
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        `charset ${value} is not accepted: send UTF-8`,
      );
  }
  return type.trim().toLowerCase();
}

export async function readTextBody(c: Context<AppEnv>): Promise<TextBody> {
  const mediaType = requestMediaType(c);
  const buffer = await c.req.arrayBuffer();
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    throw new HttpError(400, 'INVALID_UTF8', 'the request body is not valid UTF-8');
  }
  return { mediaType, text, bytes: buffer.byteLength };
}
