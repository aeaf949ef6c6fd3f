'use client';

import { useEffect } from 'react';
import { usePathname } from 'next/navigation';

/**
 * Marks the paragraph the URL's #p-N points at (data-targeted), for the cases :target misses:
 * the language switcher and other client-side navigations change the URL through the History
 * API, which moves the page to the anchor but does not set :target. Renders nothing.
 */
export function TargetHighlight() {
  const pathname = usePathname();

  useEffect(() => {
    function mark() {
      for (const element of document.querySelectorAll('[data-targeted]')) element.removeAttribute('data-targeted');
      const id = decodeURIComponent(window.location.hash.slice(1));
      if (/^p-\d+$/.test(id)) document.getElementById(id)?.setAttribute('data-targeted', 'true');
    }
    mark();
    window.addEventListener('hashchange', mark);
    return () => window.removeEventListener('hashchange', mark);
  }, [pathname]);

  return null;
}
