// Listens on a host/port with @hono/node-server and closes cleanly (in-flight requests finish).
import { serve, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';
import type { AppEnv } from './env.ts';

export interface RunningServer {
  /** `http://host:port/` as actually bound (port 0 picks a free one). */
  readonly url: string;
  close(): Promise<void>;
}

export function listen(
  app: Hono<AppEnv>,
  options: { readonly host: string; readonly port: number },
): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => reject(error);
    const server: ServerType = serve(
      { fetch: app.fetch, hostname: options.host, port: options.port },
      (info) => {
        server.off('error', onError);
        const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
        resolve({
          url: `http://${host}:${info.port}/`,
          close: () =>
            new Promise<void>((done) => {
              // Idle keep-alive sockets would hold close() open for their whole timeout.
              if ('closeIdleConnections' in server) server.closeIdleConnections();
              server.close(() => done());
            }),
        });
      },
    );
    server.once('error', onError);
  });
}
