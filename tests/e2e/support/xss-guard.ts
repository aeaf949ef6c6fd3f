import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';

/**
 * Watches a browser for any sign that a cross-site scripting payload ran or reached the DOM as
 * markup: the payloads' marker `__xss(n)` being called, a dialog (alert, confirm, prompt), a
 * frame or a popup appearing, a Content-Security-Policy violation, and, after every page load,
 * elements and attributes that only an injected payload would bring (event-handler attributes,
 * `javascript:` and `data:` addresses, frames, stray scripts and styles).
 */
export interface Execution {
  kind: string;
  detail: string;
  url: string;
}

export interface Guard {
  context: BrowserContext;
  executions: Execution[];
  /** Pages opened and checked with `visit`/`check`, for the report. */
  checked: string[];
  newPage(): Promise<Page>;
}

/** Runs in every frame before the page's own scripts. */
function installMarker() {
  const target = window as unknown as { __xssReport?: (kind: string, detail: string) => Promise<void> };
  const report = (kind: string, detail: unknown) => void target.__xssReport?.(kind, String(detail));
  Object.defineProperty(window, '__xss', { value: (id: unknown) => report('marker', id), writable: false, configurable: false });
  document.addEventListener('securitypolicyviolation', (event) => report('csp', `${event.violatedDirective}: ${event.sample || event.blockedURI}`));
}

/**
 * A fresh browser context under watch. `csp: 'bypassed'` ignores the site's Content-Security-Policy,
 * so what is checked is the markup itself: the CSP would block an inline payload anyway, and the
 * test must show that none is there to block.
 */
export async function guardedContext(browser: Browser, csp: 'bypassed' | 'enforced'): Promise<Guard> {
  const context = await browser.newContext({ bypassCSP: csp === 'bypassed' });
  const executions: Execution[] = [];
  await context.exposeBinding('__xssReport', ({ frame }, kind: string, detail: string) => {
    executions.push({ kind, detail, url: frame.url() });
  });
  await context.addInitScript(installMarker);
  const watch = (page: Page) => {
    page.on('dialog', (dialog) => {
      executions.push({ kind: `dialog ${dialog.type()}`, detail: dialog.message(), url: page.url() });
      void dialog.dismiss();
    });
    page.on('frameattached', (frame) => executions.push({ kind: 'frame', detail: frame.name() || frame.url(), url: page.url() }));
    page.on('popup', (popup) => executions.push({ kind: 'popup', detail: popup.url(), url: page.url() }));
  };
  return {
    context,
    executions,
    checked: [],
    async newPage() {
      const page = await context.newPage();
      watch(page);
      return page;
    },
  };
}

/** Elements and attributes on the page that the site never renders itself, described. */
export function injectedMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const describe = (element: Element) => `<${element.tagName.toLowerCase()}> in ${element.parentElement?.tagName.toLowerCase() ?? 'document'}`;
    const urlAttributes = new Set(['href', 'xlink:href', 'src', 'action', 'formaction', 'data', 'background', 'poster']);
    // React's own placeholder action on a form whose action is a function.
    const reactFormPlaceholder = /^javascript:throw new Error\('A React form was unexpectedly submitted/;
    for (const element of document.querySelectorAll('*')) {
      const tag = element.tagName.toLowerCase();
      if (['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'marquee', 'isindex', 'keygen', 'xmp', 'mglyph'].includes(tag)) found.push(describe(element));
      if (tag === 'meta' && element.getAttribute('http-equiv')?.toLowerCase() === 'refresh') found.push(describe(element));
      for (const attribute of element.attributes) {
        const name = attribute.name.toLowerCase();
        const value = attribute.value;
        if (name.startsWith('on')) found.push(`${describe(element)} with ${name}="${value}"`);
        if (name === 'srcdoc') found.push(`${describe(element)} with srcdoc`);
        if (urlAttributes.has(name) && /^\s*(javascript|vbscript|data:text\/html)/i.test(value) && !reactFormPlaceholder.test(value)) {
          found.push(`${describe(element)} with ${name}="${value}"`);
        }
        if (name === 'style' && /expression\(|javascript:|__xss/i.test(value)) found.push(`${describe(element)} with style="${value}"`);
      }
      if (tag === 'script') {
        const text = element.textContent ?? '';
        const data = element.getAttribute('type') === 'application/ld+json' || /^\(?self\.__next_f/.test(text.trim());
        if (!data && /__xss|alert\(|confirm\(|prompt\(/.test(text)) found.push(`${describe(element)}: ${text.slice(0, 80)}`);
      }
      if (tag === 'style' && /__xss|javascript:/i.test(element.textContent ?? '')) found.push(`${describe(element)}: ${element.textContent?.slice(0, 80)}`);
    }
    return found;
  });
}

/** Lets late handlers (image errors, autofocus) fire, then asserts nothing ran and nothing got in. */
export async function check(guard: Guard, page: Page, what = page.url()) {
  await page.waitForLoadState('load');
  await page.waitForTimeout(150);
  expect(await injectedMarkup(page), `injected markup on ${what}`).toEqual([]);
  expect(guard.executions, `script ran on ${what}`).toEqual([]);
  guard.checked.push(what);
}

/** Opens a page (it must answer 200) and checks it. */
export async function visit(guard: Guard, page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await check(guard, page, path);
}
