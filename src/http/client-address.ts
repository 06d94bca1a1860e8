// The peer address of a request, when it came over a socket (app.request() in tests has none).
import type { Context } from 'hono';

interface NodeBindings {
  readonly incoming?: { readonly socket?: { readonly remoteAddress?: string } };
}

export function clientAddress(c: Context): string | undefined {
  const env = c.env as NodeBindings | undefined;
  return env?.incoming?.socket?.remoteAddress;
}

export function isLoopback(address: string | undefined): boolean {
  return (
    address !== undefined &&
    (address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.'))
  );
}
