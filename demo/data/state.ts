/**
 * The demo mainframe's memory: cases built for "today", changed by the screens' own forms
 * (a saved narration, an updated flag), gone when the server stops.
 */
import { todayIn } from '../../lib/dates/iso-date';
import { buildDemoCases } from './cases';
import type { AlaskaCase, DemoCase, MaineCase, OregonCase } from './types';

export class DemoState {
  readonly today: string;
  readonly cases: DemoCase[];

  constructor(today = todayIn('America/Los_Angeles')) {
    this.today = today;
    this.cases = buildDemoCases(today);
  }

  oregon(caseNo: string | undefined): OregonCase | undefined {
    return this.cases.find((c): c is OregonCase => c.state === 'OR' && c.caseNo === caseNo);
  }

  alaska(caseNo: string | undefined): AlaskaCase | undefined {
    return this.cases.find((c): c is AlaskaCase => c.state === 'AK' && c.caseNo === caseNo);
  }

  maine(caseNo: string | undefined): MaineCase | undefined {
    return this.cases.find((c): c is MaineCase => c.state === 'ME' && c.caseNo === caseNo);
  }
}
