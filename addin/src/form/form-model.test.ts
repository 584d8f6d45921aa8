import { describe, expect, it } from 'vitest';
import type { Plan, Reason } from '../api/types';
import {
  addTag, chooseReason, chooseThankYou, companyOf, describeDefaults, emptyForm, fromPlan, mapServerErrors, removeTag, toRequest, validate,
} from './form-model';

const reason = (over: Partial<Reason> = {}): Reason => ({
  code: 'price', label: 'Price', hint: 'Too expensive.', callbackWindow: { fromDays: 55, toDays: 70, anchor: 'after-mark' },
  followUpDays: [21, 49], emphasis: 'Value.', suggestedOpening: 'Hi', thankYouByDefault: true, ...over,
});
const reflex = reason({ code: 'reflex-no', label: 'Reflex brush-off', thankYouByDefault: false, followUpDays: [10], callbackWindow: { fromDays: 21, toDays: 28, anchor: 'after-mark' } });
const reasons = [reason(), reflex];
const message = {
  itemId: 'rest-id', conversationId: 'conv', internetMessageId: '<m@x>', subject: 'Re: offer',
  sender: { email: 'dana@fabrikam.co.uk', name: 'Dana' },
};
const filled = () => ({ ...chooseReason(emptyForm(), reason()), stage: 'proposal' as const });

describe('the no form', () => {
  it('turns the thank-you note off when a reflex brush-off is picked and on again for price', () => {
    const off = chooseReason(emptyForm(), reflex);
    expect(off.thankYou).toBe(false);
    expect(chooseReason(off, reason()).thankYou).toBe(true);
  });

  it("keeps the rep's own thank-you choice when the reason changes", () => {
    const chosen = chooseThankYou(chooseReason(emptyForm(), reason()), true);
    expect(chooseReason(chosen, reflex).thankYou).toBe(true);
  });

  it('describes a reason\'s defaults in words', () => {
    expect(describeDefaults(reason())).toMatchObject({ callback: 'Callback in 55–70 days', cadence: 'Follow-ups after ~3, 7 weeks', thankYou: 'Thank-you note by default' });
    expect(describeDefaults(reflex).thankYou).toBe('No thank-you note by default');
    expect(describeDefaults(reason({ followUpDays: [30, 60, 90, 120], callbackWindow: { fromDays: -75, toDays: -30, anchor: 'next-budget-year' } })))
      .toMatchObject({ callback: 'Callback 30–75 days before their next budget year', cadence: 'Follow-ups about monthly (4)' });
    expect(describeDefaults(reason({ followUpDays: [2] })).cadence).toBe('One follow-up after 2 days');
  });

  it('adds tags trimmed and without case-insensitive duplicates, and removes them', () => {
    let s = addTag(emptyForm(), 'goals', '  grow   exports ');
    s = addTag(s, 'goals', 'Grow exports');
    s = addTag(s, 'goals', '   ');
    s = addTag(s, 'goals', 'hire');
    expect(s.goals).toEqual(['grow exports', 'hire']);
    expect(removeTag(s, 'goals', 0).goals).toEqual(['hire']);
  });

  it('requires a reason and a stage', () => {
    expect(validate(emptyForm(), reasons, '2025-03-10')).toMatchObject({ reason: expect.any(String), stage: expect.any(String) });
    expect(validate(filled(), reasons, '2025-03-10')).toEqual({});
  });

  it('rejects a callback date in the past, malformed or beyond two years, only when a callback was agreed', () => {
    const s = { ...filled(), callbackAgreed: true };
    expect(validate({ ...s, callbackDate: '2025-03-10' }, reasons, '2025-03-10').callbackDate).toMatch(/after today/);
    expect(validate({ ...s, callbackDate: '2025-02-30' }, reasons, '2025-03-10').callbackDate).toMatch(/yyyy-mm-dd/);
    expect(validate({ ...s, callbackDate: '2028-01-01' }, reasons, '2025-03-10').callbackDate).toMatch(/two years/);
    expect(validate({ ...s, callbackDate: '2025-06-02' }, reasons, '2025-03-10')).toEqual({});
    expect(validate({ ...filled(), callbackDate: '1999-01-01' }, reasons, '2025-03-10')).toEqual({});
  });

  it('limits the length of the prospect\'s words and of tags', () => {
    expect(validate({ ...filled(), prospectWords: 'x'.repeat(2001) }, reasons, '2025-03-10').prospectWords).toBeDefined();
    expect(validate({ ...filled(), interests: ['y'.repeat(51)] }, reasons, '2025-03-10')['tags.interests']).toBeDefined();
  });

  it('builds the API request from the form and the open message', () => {
    const s = { ...filled(), prospectWords: ' Too pricey for us ', goals: ['grow'], callbackAgreed: false, callbackDate: '2025-06-02' };
    const debriefed = { ...s, debrief: { ...s.debrief, askedMoreThanPitched: 'no' as const } };
    const request = toRequest(debriefed, message, 'W. Europe Standard Time');
    expect(request).toMatchObject({
      conversationId: 'conv', itemId: 'rest-id', internetMessageId: '<m@x>', subject: 'Re: offer',
      prospect: { email: 'dana@fabrikam.co.uk', name: 'Dana', company: 'Fabrikam' },
      reason: 'price', stage: 'proposal', prospectWords: 'Too pricey for us', callbackAgreed: false, callbackDate: null,
      thankYou: true, timeZone: 'W. Europe Standard Time',
      debrief: { askedMoreThanPitched: false, proposedBeforeExploringNeeds: null, note: null },
    });
    expect(toRequest(s, message, 'UTC').debrief).toBeNull();
  });

  it('guesses the company from a business mail domain but not from public mail', () => {
    expect(companyOf('a@contoso.com')).toBe('Contoso');
    expect(companyOf('a@mail.northwind.de')).toBe('Northwind');
    expect(companyOf('a@gmail.com')).toBeNull();
  });

  it('maps the server\'s field errors next to the fields, and the rest to the form', () => {
    expect(mapServerErrors({ 'tags.goals[2]': ['Too long.'], 'Debrief.Note': ['Too long.'], '$.callbackDate': ['Past.'], 'prospect.email': ['Bad e-mail.'], Stage: ['Unknown stage.'] }))
      .toEqual({ 'tags.goals': 'Too long.', 'debrief.note': 'Too long.', callbackDate: 'Past.', form: 'Bad e-mail.', stage: 'Unknown stage.' });
  });

  it('re-opens the form prefilled from a plan', () => {
    const plan: Plan = {
      planId: 'p', conversationId: 'conv', state: 'active', outcome: null, prospect: null, category: null, steps: [], engagement: null, awayUntil: null,
      mark: { reason: 'price', stage: 'demo', prospectWords: 'Later', tags: { goals: ['g'], challenges: [], interests: ['i'] }, callbackAgreed: true, callbackDate: '2025-06-02', contractEndsOn: null, thankYou: false, debrief: null },
    };
    expect(fromPlan(plan)).toMatchObject({ reason: 'price', stage: 'demo', goals: ['g'], interests: ['i'], callbackAgreed: true, callbackDate: '2025-06-02', thankYou: false, thankYouChosen: true });
  });
});
