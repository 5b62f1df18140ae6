import { MonitoringRun } from './runs/monitoring-run.entity';
import { MonitoringValue } from './runs/monitoring-value.entity';
import { MonitoringNote } from './note/monitoring-note.entity';
import { Recommendation } from './recommendations/recommendation.entity';
import { MonitoringSchedule } from './schedules/monitoring-schedule.entity';
import { IndicatorTarget } from './targets/indicator-target.entity';

export const INDICATORS_ENTITIES = [IndicatorTarget, MonitoringRun, MonitoringValue, MonitoringSchedule, Recommendation, MonitoringNote];
