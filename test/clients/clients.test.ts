// Real SPARQL clients against a running Plaza over data/: SPARQLWrapper, rdflib, rapper, Comunica (issue 5 item 9).
import { afterAll, beforeAll } from 'vitest';
import { comunicaSuite } from './comunica.ts';
import { rapperSuite } from './rapper.ts';
import { rdflibSuite } from './rdflib.ts';
import {
  describeWithClient,
  pythonClientsMissing,
  rapperMissing,
  type ClientTarget,
} from './run-client.ts';
import { sparqlWrapperSuite } from './sparqlwrapper.ts';
import { openTestPlaza } from '../support/test-plaza.ts';

// One Plaza for every client: building it from data/ is the slow part.
let current: ClientTarget | undefined;
const target = (): ClientTarget => {
  if (!current) throw new Error('the test Plaza is not running');
  return current;
};

beforeAll(async () => {
  const plaza = await openTestPlaza();
  const server = await plaza.listen();
  current = { plaza, endpoint: `${server.url}sparql` };
});
afterAll(() => current?.plaza.close());

const python = pythonClientsMissing();
describeWithClient('SPARQLWrapper', python, () => sparqlWrapperSuite(target));
describeWithClient('rdflib', python, () => rdflibSuite(target));
describeWithClient('rapper', rapperMissing(), () => rapperSuite(target));
describeWithClient('Comunica', undefined, () => comunicaSuite(target));
