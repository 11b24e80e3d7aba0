import type { HelmRevision } from '../../lib/helm';

/** Helm history rows from `revision:status:description` strings (the description may hold colons). */
export function history(...rows: string[]): HelmRevision[] {
  return rows.map((row) => {
    const [revision, status, ...description] = row.split(':');
    return {
      revision: Number(revision),
      status: status!,
      description: description.join(':'),
      updated: '2026-01-01T00:00:00Z',
      chart: 'inference-service-0.1.0',
      appVersion: '1.0.0',
    };
  });
}
