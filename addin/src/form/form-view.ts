import type { Reason } from '../api/types';
import { STAGES } from '../api/types';
import { insightsLink } from '../ui/insights-link';
import { h, uid } from '../ui/dom';
import { tagInput } from './tag-input';
import {
  addTag, chooseReason, chooseThankYou, DEBRIEF_QUESTIONS, describeDefaults, LIMITS, removeTag, STAGE_LABELS,
  type Answer, type FieldErrors, type FieldId, type FormState, type TagList,
} from './form-model';

export interface FormViewOptions {
  reasons: Reason[];
  initial: FormState;
  /** True when changing the reason of an existing plan. */
  editing: boolean;
  onSubmit(state: FormState): void;
  onCancel(): void;
  announce(text: string): void;
}

export interface FormView {
  element: HTMLElement;
  state(): FormState;
  showErrors(errors: FieldErrors): void;
  setBusy(busy: boolean): void;
  focusStart(): void;
}

type ValueElement = HTMLElement & { value: string };
type CheckElement = HTMLElement & { checked: boolean };

export function formView(options: FormViewOptions): FormView {
  let state = options.initial;
  const errorSlots = new Map<FieldId, HTMLElement>();
  const controls = new Map<FieldId, HTMLElement>();

  const errorFor = (field: FieldId) => {
    const el = h('p', { class: 'field-error', id: uid('err'), hidden: true });
    errorSlots.set(field, el);
    return el;
  };

  // Reason, with the hint and the playbook's defaults shown as the rep picks it.
  const reasonId = 'reason';
  const reason = h('fluent-dropdown', { id: reasonId, placeholder: 'Choose a reason', 'aria-labelledby': `${reasonId}-label` },
    h('fluent-listbox', {}, ...options.reasons.map((r) => h('fluent-option', { value: r.code, selected: r.code === state.reason }, r.label))),
  ) as ValueElement;
  const defaults = h('div', { class: 'reason-defaults', 'aria-live': 'polite' });
  const renderDefaults = () => {
    const r = options.reasons.find((x) => x.code === state.reason);
    if (!r) {
      defaults.replaceChildren(h('p', { class: 'muted' }, 'Each reason comes with its own callback window and follow-up rhythm.'));
      return;
    }
    const d = describeDefaults(r);
    defaults.replaceChildren(
      h('p', { class: 'hint' }, r.hint),
      h('ul', { class: 'defaults', 'aria-label': `Defaults for ${r.label}` },
        h('li', {}, d.callback), h('li', {}, d.cadence), h('li', {}, d.thankYou), d.emphasis ? h('li', {}, `Content: ${d.emphasis}`) : null),
    );
  };
  reason.addEventListener('change', () => {
    state = chooseReason(state, options.reasons.find((r) => r.code === reason.value));
    thankYou.checked = state.thankYou;
    renderDefaults();
    clearError('reason');
  });

  const stageId = 'stage';
  const stage = h('fluent-dropdown', { id: stageId, placeholder: 'Choose the stage', 'aria-labelledby': `${stageId}-label` },
    h('fluent-listbox', {}, ...STAGES.map((s) => h('fluent-option', { value: s, selected: s === state.stage }, STAGE_LABELS[s]))),
  ) as ValueElement;
  stage.addEventListener('change', () => {
    state = { ...state, stage: (stage.value as FormState['stage']) || '' };
    clearError('stage');
  });

  const words = h('fluent-textarea', { id: 'prospect-words', block: true, resize: 'vertical', maxlength: LIMITS.prospectWords, placeholder: 'What exactly did they say?' },
    h('span', { slot: 'label' }, "The prospect's own words"),
  ) as ValueElement;
  words.addEventListener('input', () => (state = { ...state, prospectWords: words.value ?? '' }));

  const tags = (list: TagList, label: string, noun: string) => {
    const t = tagInput({
      id: `tags-${list}`, label, noun, tags: state[list],
      onAdd: (text) => ((state = addTag(state, list, text)), clearError(`tags.${list}`), state[list]),
      onRemove: (i) => ((state = removeTag(state, list, i)), state[list]),
      announce: options.announce,
    });
    controls.set(`tags.${list}`, t.input);
    return h('div', { class: 'field' }, t.element, errorFor(`tags.${list}`));
  };

  const agreedId = 'callback-agreed';
  const agreed = h('fluent-checkbox', { id: agreedId, checked: state.callbackAgreed }) as CheckElement;
  const dateId = 'callback-date';
  const callbackDate = h('input', { type: 'date', id: dateId, class: 'native-input', value: state.callbackDate, disabled: !state.callbackAgreed }) as HTMLInputElement;
  agreed.addEventListener('change', () => {
    state = { ...state, callbackAgreed: agreed.checked };
    callbackDate.disabled = !agreed.checked;
    clearError('callbackDate');
  });
  callbackDate.addEventListener('input', () => ((state = { ...state, callbackDate: callbackDate.value }), clearError('callbackDate')));

  const contractId = 'contract-ends';
  const contract = h('input', { type: 'date', id: contractId, class: 'native-input', value: state.contractEndsOn }) as HTMLInputElement;
  contract.addEventListener('input', () => ((state = { ...state, contractEndsOn: contract.value }), clearError('contractEndsOn')));

  const thankYouId = 'thank-you';
  const thankYou = h('fluent-switch', { id: thankYouId, checked: state.thankYou }) as CheckElement;
  thankYou.addEventListener('change', () => (state = chooseThankYou(state, thankYou.checked)));

  const debrief = h('details', { class: 'debrief' },
    h('summary', {}, 'Self-debrief (optional)'),
    h('p', { class: 'muted' }, 'A minute of honest reflection helps you and your coach. Only you and your coach see it.'),
    ...DEBRIEF_QUESTIONS.map((q) => {
      const name = uid('q');
      const current = state.debrief[q.key];
      const radio = (value: Answer, text: string) =>
        h('label', { class: 'radio' },
          h('input', {
            type: 'radio', name, value, checked: current === value,
            onchange: () => (state = { ...state, debrief: { ...state.debrief, [q.key]: value } }),
          }),
          text);
      return h('fieldset', { class: 'question' }, h('legend', {}, q.text), radio('yes', 'Yes'), radio('no', 'No'), radio('', 'Skip'));
    }),
    (() => {
      const note = h('fluent-textarea', { id: 'debrief-note', block: true, resize: 'vertical', maxlength: LIMITS.note }, h('span', { slot: 'label' }, 'Note to self')) as ValueElement;
      note.addEventListener('input', () => (state = { ...state, debrief: { ...state.debrief, note: note.value ?? '' } }));
      queueMicrotask(() => (note.value = state.debrief.note));
      controls.set('debrief.note', note);
      return h('div', { class: 'field' }, note, errorFor('debrief.note'));
    })(),
  ) as HTMLDetailsElement;
  if (Object.entries(state.debrief).some(([, v]) => v)) debrief.open = true;

  const submit = h('fluent-button', { appearance: 'primary', type: 'submit' }, options.editing ? 'Save changes' : 'Save and plan follow-up');
  const cancel = options.editing ? h('fluent-button', { type: 'button', onclick: () => options.onCancel() }, 'Cancel') : null;
  const formError = h('div', { class: 'form-error', role: 'alert', hidden: true, id: uid('form-error'), tabindex: -1 });
  errorSlots.set('form', formError);

  controls.set('reason', reason);
  controls.set('stage', stage);
  controls.set('prospectWords', words);
  controls.set('callbackDate', callbackDate);
  controls.set('contractEndsOn', contract);
  controls.set('thankYou', thankYou);

  const form = h('form', { class: 'no-form', novalidate: true, 'aria-labelledby': 'form-title' },
    h('h2', { id: 'form-title', tabindex: -1 }, options.editing ? 'Change the reason' : 'Why did they say no?'),
    h('div', { class: 'field' }, h('label', { id: `${reasonId}-label`, for: reasonId }, 'Reason'), reason, errorFor('reason'), defaults),
    h('div', { class: 'field' }, h('label', { id: `${stageId}-label`, for: stageId }, 'Sales stage when it happened'), stage, errorFor('stage')),
    h('div', { class: 'field' }, words, errorFor('prospectWords')),
    h('fieldset', { class: 'group' }, h('legend', {}, 'What matters to them'),
      h('p', { class: 'muted' }, 'Follow-ups are matched to these, so they help with their goals rather than pitch.'),
      tags('goals', 'Goals', 'goal'), tags('challenges', 'Challenges', 'challenge'), tags('interests', 'Interests', 'interest')),
    h('fieldset', { class: 'group' }, h('legend', {}, 'Callback'),
      h('div', { class: 'inline' }, agreed, h('label', { for: agreedId }, 'They agreed to a callback')),
      h('div', { class: 'field' }, h('label', { for: dateId }, 'Date they named (optional)'), callbackDate, errorFor('callbackDate')),
      h('div', { class: 'field' }, h('label', { for: contractId }, 'Their current contract ends (optional)'), contract, errorFor('contractEndsOn'))),
    h('div', { class: 'inline' }, thankYou, h('label', { for: thankYouId }, 'Draft a thank-you note')),
    errorFor('thankYou'),
    debrief,
    formError,
    h('div', { class: 'actions' }, submit, cancel),
    insightsLink(),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    options.onSubmit(state);
  });
  // fluent-button type=submit submits through ElementInternals; Enter in a text field must not submit (tags use Enter).
  form.addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT') e.preventDefault();
  });

  queueMicrotask(() => (words.value = state.prospectWords));
  renderDefaults();
  // The dropdowns render their combobox button in the light DOM; name it by the visible label and the current value.
  const nameDropdowns = () => {
    for (const [dropdown, labelId] of [[reason, `${reasonId}-label`], [stage, `${stageId}-label`]] as const) {
      const control = dropdown.querySelector<HTMLElement>('[slot="control"]');
      if (!control) continue;
      if (control.getAttribute('aria-labelledby') !== `${labelId} ${control.id}`) control.setAttribute('aria-labelledby', `${labelId} ${control.id}`);
      // A combobox must always state whether it is expanded; the component drops the attribute while closed.
      if (!control.hasAttribute('aria-expanded')) control.setAttribute('aria-expanded', 'false');
    }
  };
  requestAnimationFrame(nameDropdowns);
  new MutationObserver(nameDropdowns).observe(form, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-expanded', 'aria-labelledby'] });

  function clearError(field: FieldId) {
    const slot = errorSlots.get(field);
    if (slot) slot.hidden = true;
    controls.get(field)?.removeAttribute('aria-invalid');
    controls.get(field)?.removeAttribute('aria-errormessage');
  }

  return {
    element: form,
    state: () => state,
    showErrors(errors) {
      for (const field of errorSlots.keys()) clearError(field);
      let first: HTMLElement | undefined;
      for (const [field, message] of Object.entries(errors) as [FieldId, string][]) {
        const slot = errorSlots.get(field) ?? formError;
        slot.textContent = message;
        slot.hidden = false;
        const control = controls.get(field);
        if (control) {
          control.setAttribute('aria-invalid', 'true');
          control.setAttribute('aria-errormessage', slot.id);
          control.setAttribute('aria-describedby', slot.id);
          if (field === 'debrief.note') debrief.open = true;
          first ??= control;
        }
      }
      (first ?? formError).focus();
    },
    setBusy(busy) {
      submit.toggleAttribute('disabled', busy);
      form.setAttribute('aria-busy', String(busy));
    },
    focusStart() {
      (form.querySelector('#form-title') as HTMLElement | null)?.focus();
    },
  };
}
