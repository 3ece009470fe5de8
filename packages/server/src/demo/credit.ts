import { type DemoWorld, seeded } from './world.js';

/**
 * Two-way ratings after the work (双向互评, seed 001): each side rates the other on the
 * dimensions of DOMAIN.md §2.7. Ratings stay sealed until both sides rated or the window closed.
 */
export async function rate(
  world: DemoWorld,
  key: string,
  raterRole: 'WORKER' | 'EMPLOYER',
  stars: number,
  comment: string,
): Promise<void> {
  const order = seeded(world.assignments, key, 'work order');
  const by = raterRole === 'WORKER' ? seeded(world.workers, order.workerKey, 'worker').by : order.by;
  const dimensions =
    raterRole === 'WORKER'
      ? { PAY_ON_TIME: stars, DESCRIPTION_ACCURATE: stars, SAFETY: 5, RESPECT: stars }
      : { PUNCTUAL: stars, QUALITY: stars, ATTITUDE: 5 };
  await world.api.as(by)('POST', '/ratings', {
    assignmentId: order.id,
    raterRole,
    stars,
    dimensions,
    comment,
  });
}
