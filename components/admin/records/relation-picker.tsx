'use client';
import { useEffect, useId, useRef, useState, useSyncExternalStore, useTransition } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { createDraftAction } from '@/lib/actions/inline-create';
import type { RecordTypeName } from '@/lib/validation/records';
import { errorId, FieldError } from '../form/field-error';

export interface PickedRecord {
  ref: string;
  label: string;
}

interface Option extends PickedRecord {
  create?: RecordTypeName;
}

interface Props {
  name: string;
  label: string;
  targets: RecordTypeName[];
  selected: PickedRecord[];
  errors?: string[];
}

const creatable: RecordTypeName[] = ['person', 'organisation'];
const noSubscription = () => () => {};

/**
 * A searchable, keyboard-operable picker (the ARIA combobox pattern) for a relation. Chosen
 * records are checkboxes named like the field, so the form also works without JavaScript: there
 * the search box takes "type:slug" as typed. A missing person or organisation can be created
 * here as a draft.
 */
export function RelationPicker({ name, label, targets, selected, errors }: Props) {
  const t = useTranslations('Admin.picker');
  const types = useTranslations('Types.one');
  const locale = useLocale();
  const id = useId();
  const [picked, setPicked] = useState(selected);
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<Option[]>([]);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  // True once hydrated: the search box then stops submitting what was typed.
  const enhanced = useSyncExternalStore(noSubscription, () => true, () => false);
  const [pending, startTransition] = useTransition();
  const [notice, setNotice] = useState('');
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!open) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const params = new URLSearchParams({ types: targets.join(','), q: query, locale });
      try {
        const response = await fetch(`/api/admin/records?${params}`, { signal: controller.signal });
        if (!response.ok) return setNotice(t('searchFailed'));
        const found = ((await response.json()) as { items: PickedRecord[] }).items.filter((item) => !picked.some((p) => p.ref === item.ref));
        const creations = query.trim().length >= 2 ? targets.filter((type) => creatable.includes(type)).map((type) => ({ ref: `new:${type}`, label: t('create', { type: types(type), name: query.trim() }), create: type })) : [];
        setOptions([...found, ...creations]);
        setActive(-1);
        setNotice(t('results', { count: found.length }));
      } catch (error) {
        if ((error as Error).name !== 'AbortError') setNotice(t('searchFailed'));
      }
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, open, targets, locale, picked, t, types]);

  function choose(option: Option) {
    if (option.create) {
      const form = new FormData();
      form.set('type', option.create);
      form.set('name', query.trim());
      form.set('nameLocale', locale);
      form.set('locale', locale);
      startTransition(async () => {
        const state = await createDraftAction({ status: 'idle' }, form);
        if (state.status === 'ok' && state.data) {
          setPicked((list) => [...list, { ref: state.data!.ref, label: `${state.data!.name} (${types(option.create!)}, ${t('draft')})` }]);
          setNotice(t('created', { name: state.data.name }));
        } else {
          setNotice(state.message ?? t('searchFailed'));
        }
      });
    } else {
      setPicked((list) => [...list, option]);
      setNotice(t('added', { name: option.label }));
    }
    setQuery('');
    setOpen(false);
    input.current?.focus();
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((index) => Math.min(index + 1, options.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, 0));
    } else if (event.key === 'Enter' && open && active >= 0 && options[active]) {
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  }

  const listId = `${id}-list`;
  return (
    <fieldset className="rounded border border-slate-300 p-3">
      <legend className="px-1 text-sm font-medium">{label}</legend>
      {picked.length > 0 && (
        <ul className="mb-2 flex flex-wrap gap-2">
          {picked.map((item) => (
            <li key={item.ref}>
              <label className="flex items-center gap-1 rounded bg-slate-100 px-2 py-1 text-sm">
                <input type="checkbox" name={name} value={item.ref} defaultChecked />
                {item.label}
              </label>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={`${id}-input`} className="sr-only">
        {t('searchLabel', { field: label })}
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        name={enhanced ? undefined : name}
        role="combobox"
        aria-expanded={open && options.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? `${id}-option-${active}` : undefined}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? errorId(name) : undefined}
        placeholder={enhanced ? t('placeholder') : t('noScriptPlaceholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
        autoComplete="off"
        className="block w-full rounded border border-slate-400 px-2 py-1.5 text-sm"
      />
      {open && options.length > 0 && (
        <ul id={listId} role="listbox" aria-label={label} className="mt-1 max-h-60 overflow-auto rounded border border-slate-300 bg-white shadow">
          {options.map((option, index) => (
            <li
              key={option.ref}
              id={`${id}-option-${index}`}
              role="option"
              aria-selected={index === active}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(option)}
              className={`cursor-pointer px-2 py-1 text-sm ${index === active ? 'bg-blue-100' : ''} ${option.create ? 'italic' : ''}`}
            >
              {option.label}
            </li>
          ))}
        </ul>
      )}
      <p aria-live="polite" className="sr-only">
        {pending ? t('creating') : notice}
      </p>
      <FieldError id={errorId(name)} errors={errors} />
    </fieldset>
  );
}
