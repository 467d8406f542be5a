// How a report is named where a figure cites it: "定西日报 2022-02-07".
import type { CoreData } from '../coreData.ts';
import type { Report } from '../schema.ts';

export function reportLabel(report: Pick<Report, 'publisher' | 'title' | 'date'> | undefined): string {
  // An undated page is named by its publisher alone.
  return report ? `${report.publisher || report.title} ${report.date}`.trim() : '';
}

export function reportLabelById(data: Pick<CoreData, 'report'>, reportId: string): string {
  return reportLabel(data.report.get(reportId)) || reportId;
}
