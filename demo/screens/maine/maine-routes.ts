/** Maine ASPIRE request handling. */
import type { DemoState } from '../../data/state';
import type { MaineCase } from '../../data/types';
import type { DemoRequest, DemoResponse } from '../../http-types';
import { aspireCaseload, familyContractAmendment, participantActivities, participantSummary } from './aspire-screens';

function saveAmendment(c: MaineCase, form: URLSearchParams): string {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec((form.get('date') ?? '').trim());
  const action = (form.get('action') ?? '').trim().slice(0, 120);
  if (!m || !action) return 'Amendment date (MM/DD/YYYY) and action are required. Nothing saved.';
  const yn = (v: string | null) => (v === 'Y' ? 'Y' : 'N');
  c.amendments.push({
    no: c.amendments.length + 1,
    date: `${m[3]}-${m[1]}-${m[2]}`,
    action: action.toUpperCase(),
    participantSigned: yn(form.get('participantSigned')),
    departmentSigned: yn(form.get('departmentSigned')),
  });
  return 'Amendment saved.';
}

export function handleMaine(req: DemoRequest, state: DemoState): DemoResponse | undefined {
  if (req.path === '/aspire/' || req.path === '/aspire') {
    return { html: aspireCaseload(state.cases.filter((c): c is MaineCase => c.state === 'ME')) };
  }
  const c = state.maine(req.query.get('case') ?? undefined);
  if (req.path === '/aspire/participant') return c ? { html: participantSummary(c) } : { status: 404, html: 'No such case' };
  if (req.path === '/aspire/activities') return c ? { html: participantActivities(c) } : { status: 404, html: 'No such case' };
  if (req.path === '/aspire/fca') {
    if (!c) return { status: 404, html: 'No such case' };
    const message = req.method === 'POST' ? saveAmendment(c, req.form) : '';
    return { html: familyContractAmendment(c, state.today, message) };
  }
  return undefined;
}
