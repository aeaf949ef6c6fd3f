'use client';

import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { getPathname, useRouter } from '@/lib/i18n/navigation';
import { recordPath } from '@/lib/data/record-types';
import type { RecordTypeName } from '@/lib/validation/records';

interface Suggestion {
  type: RecordTypeName;
  slug: string;
  title: { en: string | null; ru: string | null };
  matched: string;
}

const MIN_CHARS = 2;
const DELAY_MS = 200;

/**
 * The search form: a plain GET form to /search that works without JavaScript, enhanced into an
 * ARIA combobox that suggests names and aliases as one types (debounced, from
 * /api/v1/search/suggest). Arrow keys move through the suggestions, Enter opens the chosen
 * record (or submits the query when none is chosen), Escape closes the list.
 */
export function SearchBox({ defaultValue = '', autoFocus = false }: { defaultValue?: string; autoFocus?: boolean }) {
  const t = useTranslations('Search');
  const tTypes = useTranslations('Types');
  const locale = useLocale() as 'en' | 'ru';
  const router = useRouter();
  const id = useId();
  const [value, setValue] = useState(defaultValue);
  const [items, setItems] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const text = value.trim();
  const expanded = open && items.length > 0 && text.length >= MIN_CHARS;
  const listId = `${id}-suggestions`;
  const optionId = (index: number) => `${id}-option-${index}`;

  // A reader may type before the page is interactive: take over what the input already holds.
  useEffect(() => {
    const typed = input.current;
    if (typed && typed.value !== defaultValue) {
      setValue(typed.value);
      setOpen(document.activeElement === typed);
    }
  }, [defaultValue]);

  useEffect(() => {
    if (text.length < MIN_CHARS) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const params = new URLSearchParams({ q: text.slice(0, 100), locale });
        const response = await fetch(`/api/v1/search/suggest?${params}`, { signal: controller.signal });
        if (!response.ok) return;
        const body = (await response.json()) as { items: Suggestion[] };
        setItems(body.items);
        setActive(-1);
      } catch {
        // Aborted by the next keystroke, or offline: the form still submits.
      }
    }, DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, locale]);

  function choose(item: Suggestion) {
    setOpen(false);
    router.push(recordPath(item.type, item.slug));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (items.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setOpen(true);
      setActive((current) => (expanded ? (current + step + items.length) % items.length : step === 1 ? 0 : items.length - 1));
    } else if (event.key === 'Enter' && expanded && active >= 0) {
      event.preventDefault();
      choose(items[active]);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  }

  return (
    <form role="search" method="get" action={getPathname({ href: '/search', locale })} className="space-y-2">
      <label htmlFor={`${id}-q`} className="block font-medium">
        {t('label')}
      </label>
      <div className="flex max-w-3xl flex-wrap gap-2">
        <div className="relative min-w-0 flex-1 basis-56">
          <input
            ref={input}
            id={`${id}-q`}
            type="search"
            name="q"
            value={value}
            maxLength={500}
            placeholder={t('placeholder')}
            autoComplete="off"
            autoFocus={autoFocus}
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
            onChange={(event) => {
              setValue(event.target.value);
              setOpen(true);
              if (event.target.value.trim().length < MIN_CHARS) setItems([]);
            }}
            onKeyDown={onKeyDown}
            onFocus={() => setOpen(true)}
            onBlur={() => setOpen(false)}
            className="w-full rounded border border-slate-500 px-3 py-2 text-slate-900 placeholder:text-slate-600"
          />
          <ul
            id={listId}
            role="listbox"
            aria-label={t('suggestions')}
            hidden={!expanded}
            className="absolute inset-x-0 top-full z-20 mt-1 max-h-96 overflow-y-auto rounded border border-slate-300 bg-white py-1 shadow-lg"
          >
            {items.map((item, index) => {
              const title = item.title[locale] ?? item.title[locale === 'ru' ? 'en' : 'ru'] ?? item.slug;
              const titleLang = item.title[locale] ? undefined : locale === 'ru' ? 'en' : 'ru';
              const alias = item.matched !== item.title.en && item.matched !== item.title.ru ? item.matched : null;
              return (
                <li
                  key={`${item.type}:${item.slug}`}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === active}
                  // Keeps the focus in the input, so the list is not closed before the click.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => choose(item)}
                  className={`cursor-pointer px-3 py-2 ${index === active ? 'bg-blue-800 text-white' : 'text-slate-900 hover:bg-blue-50'}`}
                >
                  <span lang={titleLang}>{title}</span>
                  {alias && <span className="ml-1 text-sm">({t('alsoKnownAs', { alias })})</span>}
                  <span className={`block text-xs ${index === active ? 'text-white' : 'text-slate-700'}`}>{tTypes(`one.${item.type}`)}</span>
                </li>
              );
            })}
          </ul>
        </div>
        <button type="submit" className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900">
          {t('submit')}
        </button>
      </div>
      <p role="status" className="sr-only">
        {expanded ? t('suggestionsCount', { count: items.length }) : ''}
      </p>
    </form>
  );
}
