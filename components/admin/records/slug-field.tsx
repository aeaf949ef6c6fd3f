'use client';
import { useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { slugify } from '@/lib/editor/slug';
import type { RecordTypeName } from '@/lib/validation/records';
import { describe, errorId, FieldError, inputId } from '../form/field-error';

/**
 * The slug: filled by transliterating the name while the editor has not typed one of their own,
 * checked for form and uniqueness as it changes (and again by the server on save).
 */
export function SlugField({ type, value, recordId, errors, label }: { type: RecordTypeName; value: string; recordId?: string; errors?: string[]; label: string }) {
  const t = useTranslations('Admin.slug');
  const [slug, setSlug] = useState(value);
  const [touched, setTouched] = useState(Boolean(value));
  const [status, setStatus] = useState<'idle' | 'free' | 'taken' | 'invalid'>('idle');
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const form = field.current?.form;
    if (!form || touched) return;
    const follow = (event: Event) => {
      const target = event.target as HTMLInputElement;
      if (target.name === 'texts.name.en' || (target.name === 'texts.name.ru' && !(form.elements.namedItem('texts.name.en') as HTMLInputElement | null)?.value)) {
        setSlug(slugify(target.value));
      }
    };
    form.addEventListener('input', follow);
    return () => form.removeEventListener('input', follow);
  }, [touched]);

  useEffect(() => {
    if (!slug) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const params = new URLSearchParams({ type, slug, ...(recordId ? { except: recordId } : {}) });
      const response = await fetch(`/api/admin/slug?${params}`, { signal: controller.signal }).catch(() => null);
      if (!response?.ok) return;
      const answer = (await response.json()) as { valid: boolean; free: boolean };
      setStatus(!answer.valid ? 'invalid' : answer.free ? 'free' : 'taken');
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [slug, type, recordId]);

  const hintId = `${inputId('slug')}-hint`;
  return (
    <div>
      <label htmlFor={inputId('slug')} className="block text-sm font-medium">
        {label}
      </label>
      <p id={hintId} className="text-xs text-slate-600">
        {t('hint')}
      </p>
      <input
        ref={field}
        {...describe('slug', errors, `${hintId} slug-status`)}
        name="slug"
        value={slug}
        required
        maxLength={120}
        onChange={(event) => {
          setTouched(true);
          setSlug(event.target.value);
        }}
        className="mt-1 block w-full rounded border border-slate-400 px-2 py-1.5 font-mono text-sm"
      />
      <p id="slug-status" aria-live="polite" className={`text-xs ${status === 'free' ? 'text-green-800' : 'text-red-700'}`}>
        {status === 'idle' || !slug ? '' : t(status)}
      </p>
      <FieldError id={errorId('slug')} errors={errors} />
    </div>
  );
}
