import { ResultKeysCheckedPerStatement1795450000001 } from './1795450000001-ResultKeysCheckedPerStatement';
import { ResultScoresInline1795450000000 } from './1795450000000-ResultScoresInline';
import { MonitoringValueRunCheckedPerStatement1795440000006 } from './1795440000006-MonitoringValueRunCheckedPerStatement';
import { MonitoringValueOneIndex1795440000005 } from './1795440000005-MonitoringValueOneIndex';
import { RegionRunsAndBreakdowns1795440000004 } from './1795440000004-RegionRunsAndBreakdowns';
import { MonitoringNotes1795440000003 } from './1795440000003-MonitoringNotes';
import { Recommendations1795440000002 } from './1795440000002-Recommendations';
import { MonitoringSchedules1795440000001 } from './1795440000001-MonitoringSchedules';
import { KeysCheckedWithoutRowLocks1795450000002 } from './1795450000002-KeysCheckedWithoutRowLocks';
import { Monitoring1795440000000 } from './1795440000000-Monitoring';
import { ResultImports1795430000000 } from './1795430000000-ResultImports';
import { DeficitBankIndex1795420000000 } from './1795420000000-DeficitBankIndex';
import { Diagnostics1795410000000 } from './1795410000000-Diagnostics';
import { StaffImports1795344517579 } from './1795344517579-StaffImports';
import { StaffListIndexes1795400000000 } from './1795400000000-StaffListIndexes';
import { Events1795339763508 } from './1795339763508-Events';
import { StaffRegistry1795337687143 } from './1795337687143-StaffRegistry';
import { Initial1795335068497 } from './1795335068497-Initial';
// Every migration, in order. `npm run migration:generate -- Name` appends here.
export const MIGRATIONS: Function[] = [Initial1795335068497, StaffRegistry1795337687143, Events1795339763508, StaffImports1795344517579, StaffListIndexes1795400000000, Diagnostics1795410000000,
  DeficitBankIndex1795420000000, ResultImports1795430000000, Monitoring1795440000000, MonitoringSchedules1795440000001, Recommendations1795440000002,
  MonitoringNotes1795440000003, RegionRunsAndBreakdowns1795440000004, MonitoringValueOneIndex1795440000005,
  MonitoringValueRunCheckedPerStatement1795440000006, ResultScoresInline1795450000000,
  ResultKeysCheckedPerStatement1795450000001, KeysCheckedWithoutRowLocks1795450000002];
