import { ageOn } from '@gigmarket/engine';

type Data = Record<string, unknown>;
type Skill = { occupationCode: string; name?: string; level?: number };
type Qualification = { name?: string; type?: string; validUntil?: string | null; issuedOn?: string };

/** The worker's age in whole years on a date: from the birth date when stored, else the stored age. */
export function workerAge(worker: Data, on: string): number | undefined {
  if (typeof worker.birthDate === 'string') return ageOn(worker.birthDate, on);
  return typeof worker.age === 'number' ? worker.age : undefined;
}

/** The names of the worker's certificates valid on `date` (YYYY-MM-DD, Asia/Shanghai). */
export function certificatesValidOn(worker: Data, date: string): string[] {
  const qualifications = (worker.qualifications ?? []) as Qualification[];
  return qualifications
    .filter((q) => !q.validUntil || q.validUntil >= date)
    .flatMap((q) => [q.name, q.type].filter((v): v is string => typeof v === 'string'));
}

/** The required certificates (JobRequirements.certificates) the worker lacks on the work dates. */
export function missingCertificates(worker: Data, job: Data): string[] {
  const required = ((job.requirements as Data | undefined)?.certificates ?? []) as string[];
  const endDate = shanghaiDay(String((job.schedule as Data).endAt));
  const held = certificatesValidOn(worker, endDate);
  // A certificate valid on the last work day is valid on every work day (certificates do not start mid-job).
  return required.filter((name) => !held.some((h) => h === name || h.includes(name)));
}

/** Whether the worker is inside the job's age range on its start date (JobRequirements.ageMin/ageMax). */
export function ageProblem(worker: Data, job: Data): string | null {
  const req = (job.requirements ?? {}) as { ageMin?: number; ageMax?: number };
  if (req.ageMin === undefined && req.ageMax === undefined) return null;
  const age = workerAge(worker, String((job.schedule as Data).startAt));
  if (age === undefined) return null;
  if (req.ageMin !== undefined && age < req.ageMin) return `is ${age}, below the minimum age ${req.ageMin}`;
  if (req.ageMax !== undefined && age > req.ageMax) return `is ${age}, above the maximum age ${req.ageMax}`;
  return null;
}

/** Required skills the worker lacks at the required level (a lower number is a higher level). */
export function missingSkills(worker: Data, job: Data): string[] {
  const required = ((job.requirements as Data | undefined)?.skills ?? []) as Skill[];
  const held = (worker.skills ?? []) as Skill[];
  return required
    .filter(
      (r) =>
        !held.some(
          (s) =>
            s.occupationCode === r.occupationCode &&
            (r.level === undefined || (s.level !== undefined && s.level <= r.level)),
        ),
    )
    .map((r) => r.occupationCode);
}

/** The Asia/Shanghai calendar date of an RFC 3339 instant. */
export function shanghaiDay(instant: string): string {
  return new Date(new Date(instant).getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** The masked applicant summary the employer side sees (MatchedWorker; PIPL art. 28, E15). */
export function maskedWorker(
  worker: Data,
  facts: { completedAssignments: number; ratingAverage?: number | null; now: string },
): Data {
  const name = String(worker.name ?? '');
  const age = workerAge(worker, facts.now);
  const band = age === undefined ? undefined : Math.min(Math.floor(age / 10) * 10, 90);
  const skills = ((worker.skills ?? []) as Skill[]).map((s) => ({
    occupationCode: s.occupationCode,
    ...(s.name ? { name: s.name.slice(0, 50) } : {}),
    ...(s.level !== undefined ? { level: s.level } : {}),
  }));
  const qualifications = (worker.qualifications ?? []) as Array<Qualification & { issuerVerified?: boolean }>;
  return {
    workerId: worker.id,
    nameMasked: `${name.slice(0, 1)}${'*'.repeat(Math.max(1, Math.min(name.length - 1, 19)))}`,
    ...(band !== undefined ? { ageBand: `${band}-${band + 9}` } : {}),
    identityVerified: Boolean(worker.identityVerification),
    skills,
    certificates: qualifications
      .filter((q) => q.issuerVerified !== false && (!q.validUntil || q.validUntil >= facts.now.slice(0, 10)))
      .map((q) => String(q.name).slice(0, 100)),
    ...(typeof worker.residenceRegion === 'string' ? { residenceRegion: worker.residenceRegion } : {}),
    creditScore: typeof worker.creditScore === 'number' ? worker.creditScore : null,
    completedAssignments: facts.completedAssignments,
    ratingAverage: facts.ratingAverage ?? null,
  };
}
