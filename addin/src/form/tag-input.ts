import { h, uid } from '../ui/dom';

export interface TagInputOptions {
  id: string;
  label: string;
  /** Singular noun for the remove buttons ("Remove goal: ..."). */
  noun: string;
  tags: string[];
  onAdd(text: string): string[];
  onRemove(index: number): string[];
  announce(text: string): void;
}

/** Chips: type a tag and press Enter (or comma); each chip has a remove button; Backspace in an empty box removes the last. */
export function tagInput(options: TagInputOptions): { element: HTMLElement; input: HTMLElement } {
  const listId = uid('tags');
  const input = h('fluent-text-input', { id: options.id, placeholder: 'Type and press Enter', 'aria-describedby': listId, 'control-size': 'small' }, options.label);
  const list = h('ul', { class: 'chips', id: listId, 'aria-label': options.label });

  const render = (tags: string[]) => {
    list.replaceChildren(
      ...tags.map((tag, i) =>
        h('li', { class: 'chip' },
          h('span', {}, tag),
          h('button', {
            type: 'button', class: 'chip-remove', 'aria-label': `Remove ${options.noun}: ${tag}`,
            onclick: () => {
              render(options.onRemove(i));
              options.announce(`Removed ${options.noun} ${tag}.`);
              (input as HTMLElement).focus();
            },
          }, '×'),
        ),
      ),
    );
    list.hidden = tags.length === 0;
  };

  input.addEventListener('keydown', (event) => {
    const e = event as KeyboardEvent;
    const field = input as unknown as { value: string };
    if (e.key === 'Enter' || e.key === ',') {
      // Enter adds a tag; it must not reach the text input's own handler, which would submit the form.
      e.preventDefault();
      e.stopImmediatePropagation();
      const text = field.value.trim();
      if (!text) return;
      render(options.onAdd(text));
      field.value = '';
      options.announce(`Added ${options.noun} ${text}.`);
    } else if (e.key === 'Backspace' && !field.value && list.children.length) {
      const last = list.children.length - 1;
      const text = list.children[last]?.querySelector('span')?.textContent ?? '';
      render(options.onRemove(last));
      options.announce(`Removed ${options.noun} ${text}.`);
    }
  }, { capture: true });

  render(options.tags);
  return { element: h('div', { class: 'tag-input' }, input, list), input };
}
