/** One bulletin, with its snapshot, by id; or AppError not_found. */
import type { Kysely } from 'kysely';
import type { Bulletin, Database } from '../../platform/db/schema.js';
import { notFound } from '../../platform/errors.js';

export async function getBulletin(options: {
  db: Kysely<Database>;
  id: number;
}): Promise<Bulletin> {
  const bulletin = await options.db
    .selectFrom('bulletins')
    .selectAll()
    .where('id', '=', options.id)
    .executeTakeFirst();
  if (!bulletin) throw notFound({ zh: '通报', en: 'bulletin' }, options.id);
  return bulletin;
}
