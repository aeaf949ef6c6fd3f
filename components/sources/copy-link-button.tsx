'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * Copies the absolute URL of one paragraph (…/sources/slug#p-4) and says so through a live
 * region. Server-rendered (and without JavaScript) it is a plain link to the anchor; it becomes
 * a button once hydrated, when the clipboard can be reached.
 */
export function CopyLinkButton({
  anchor,
  buttonText,
  buttonLabel,
  linkText,
  linkLabel,
  copiedText,
  failedText,
}: {
  anchor: string;
  buttonText: string;
  buttonLabel: string;
  linkText: string;
  linkLabel: string;
  copiedText: string;
  failedText: string;
}) {
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const [message, setMessage] = useState('');

  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(''), 4000);
    return () => clearTimeout(timer);
  }, [message]);

  const control =
    'rounded px-1 text-xs text-blue-800 underline decoration-1 underline-offset-2 hover:decoration-2 print:hidden';

  if (!hydrated) {
    return (
      <a href={`#${anchor}`} aria-label={linkLabel} className={control}>
        {linkText}
      </a>
    );
  }

  async function copy() {
    const url = `${window.location.origin}${window.location.pathname}#${anchor}`;
    try {
      await navigator.clipboard.writeText(url);
      setMessage(copiedText);
    } catch {
      // No clipboard (insecure origin, permission refused): leave the link where it can be copied.
      window.location.hash = anchor;
      setMessage(failedText);
    }
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <button type="button" onClick={copy} aria-label={buttonLabel} className={`${control} cursor-pointer text-left`}>
        {buttonText}
      </button>
      <span role="status" aria-live="polite" className="text-xs text-slate-700">
        {message}
      </span>
    </span>
  );
}
