// A page that says what went wrong (unknown resource, malformed key, page past the end), in the
// reader's language, with the site's frame so the reader can go on from there.
import { Layout } from './layout.tsx';
import type { PageEnv } from './page-env.ts';

export function MessagePage({
  env,
  title,
  message,
  back,
}: {
  env: PageEnv;
  title: string;
  message: string;
  back?: string | undefined;
}) {
  return (
    <Layout env={env} title={title}>
      <h1>{title}</h1>
      <p>{message}</p>
      {back ? (
        <p>
          <a href={back}>{env.t.firstPage}</a>
        </p>
      ) : null}
    </Layout>
  );
}
