import type { DomainBehaviour } from '../../operations/definitions.js';
import { employmentReports, employmentReportsList, employmentReportsSubmit } from './employment-reports.js';
import { openDataCatalog, openDataGigMarkets } from './open-data.js';
import { openDataJobs } from './open-data-jobs.js';
import { openDataStatistics } from './open-data-statistics.js';
import { reportDueSweep } from './report-due.js';
import { statisticsGet } from './statistics.js';
import {
  workerActivityStats,
  workerActivityStatsList,
  workerActivityStatsSubmit,
} from './worker-activity-stats.js';

/** Employment reports, worker statistics, aggregated statistics and open data (docs/domains/reporting.md). */
export const reporting: DomainBehaviour = {
  resources: [employmentReports, workerActivityStats],
  custom: {
    'employmentReports.list': employmentReportsList,
    'employmentReports.submit': employmentReportsSubmit,
    'workerActivityStats.list': workerActivityStatsList,
    'workerActivityStats.submit': workerActivityStatsSubmit,
    'statistics.get': statisticsGet,
    'openData.catalog': openDataCatalog,
    'openData.gigMarkets': openDataGigMarkets,
    'openData.jobs': openDataJobs,
    'openData.statistics': openDataStatistics,
  },
  sweeps: [reportDueSweep],
};
