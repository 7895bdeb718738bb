/** The extension's one Dexie database, opened once per page. */
import { openDb, type CaseLensDb } from '../../lib/store/db';

let db: CaseLensDb | undefined;
export const getDb = (): CaseLensDb => (db ??= openDb());
